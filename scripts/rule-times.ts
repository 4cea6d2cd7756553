// Where a lint's time goes, rule by rule: wraps every registered rule's check with a timer and lints the dev
// fixtures' texts (at ~50 chars: the short ones; at larger sizes: texts joined up to the size), then prints per
// rule its time per lint, the share of that spent in drafts where the rule had no lexicon hit (work a gate on the
// draft's units could skip), how often it had hits and how often it reported.
//   npx tsx scripts/rule-times.ts [size = 500] [passes = 3]
// Inclusive times: a shared per-draft view (ctx.memo) is charged to the first rule that asks for it. Timers add
// ~1 µs per rule call; on a shared machine read the shares, not the absolute figures.
import { readdirSync, readFileSync } from 'node:fs';
import type { LintContext, TermHit } from '../rules/context';
import { createLinter } from '../rules/engine';
import { RULES } from '../rules/registry';

const size = Number(process.argv[2] ?? 500);
const passes = Number(process.argv[3] ?? 3);

interface Tally {
  ms: number;
  msWithoutHits: number;
  withHits: number;
  reported: number;
}
const tallies = new Map<string, Tally>();
const clear = () => {
  for (const r of RULES) tallies.set(r.meta.id, { ms: 0, msWithoutHits: 0, withHits: 0, reported: 0 });
};
clear();
// Wrapped before the linter is made: it keeps the modules and calls rule.check per draft.
for (const rule of RULES) {
  const check = rule.check;
  rule.check = (ctx: LintContext, hits: readonly TermHit[]) => {
    const t = tallies.get(rule.meta.id)!;
    const before = ctx.findings.length;
    const t0 = performance.now();
    check.call(rule, ctx, hits);
    const ms = performance.now() - t0;
    t.ms += ms;
    if (hits.length) t.withHits++;
    else t.msWithoutHits += ms;
    if (ctx.findings.length > before) t.reported++;
  };
}
const linter = createLinter();

const dir = new URL('../test/fixtures/', import.meta.url);
const texts: string[] = [];
for (const f of readdirSync(dir).filter((n) => n.startsWith('dev-')).sort())
  for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
const drafts =
  size <= 60
    ? texts.filter((t) => t.length <= 60).slice(0, 3000)
    : Array.from({ length: 600 }, (_, i) => {
        let s = '';
        for (let j = i * 7; s.length < size; j++) s += texts[j % texts.length];
        return s.slice(0, size);
      });

for (const d of drafts) linter.lint(d); // warm-up
clear();
const t0 = performance.now();
for (let p = 0; p < passes; p++) for (const d of drafts) linter.lint(d);
const total = performance.now() - t0;
const lints = passes * drafts.length;
const us = (ms: number) => ((ms * 1000) / lints).toFixed(1).padStart(7);
const pct = (n: number) => `${((100 * n) / lints).toFixed(0).padStart(3)}%`;
let rules = 0;
for (const t of tallies.values()) rules += t.ms;
console.log(`${drafts.length} drafts of ≤ ${size} chars × ${passes}: ${us(total)} µs a lint; rules ${us(rules)} µs; the rest (normalise, scan, finish) ${us(total - rules)} µs`);
console.log('     µs a lint  share  rule                           µs without hits  hits in  reported in');
for (const [id, t] of [...tallies].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${us(t.ms)}  ${((100 * t.ms) / total).toFixed(1).padStart(5)}%  ${id.padEnd(30)} ${us(t.msWithoutHits)}          ${pct(t.withHits)}     ${pct(t.reported)}`);
}
