// Metamorphic survival of the word rules (round 62): every caught violation and every clean line of the dev sets and the example
// corpus is rewritten by meaning-preserving edits (test/support/metamorphic.ts); the table shows, per edit kind and per rule, how
// many caught violations stay caught and how many clean lines stay clean. A measurement; the floors live in
// test/unit/rules/metamorphic-62.test.ts. Never reads the held-out sets.
//   npx tsx scripts/metamorphic.ts [--sample N] [--kind K] [-v]
//   --sample N  a seeded sample of N violating and N clean lines (default: every line)
import { createLinter } from '../rules/engine';
import { ALL_EDITS, devLines, measureSurvival, rate, sampleLines, type Tally } from '../test/support/metamorphic';

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sample = Number(option('--sample') ?? 0);
const kind = option('--kind');

const all = devLines(new URL('../test/fixtures/', import.meta.url));

const linter = createLinter();
const lines = sampleLines(all, sample);
const edits = kind ? ALL_EDITS.filter((e) => e.kind === kind) : ALL_EDITS;
const t0 = Date.now();
const s = measureSurvival(lines, (t) => linter.lint(t), edits);
const pct = (t: Tally | undefined) => `${(100 * rate(t)).toFixed(1).padStart(5)}% (${t ? t.total - t.kept : 0}/${t?.total ?? 0})`;

console.log(`${lines.length} lines (${lines.filter((l) => l.expect.length).length} violating), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log('edit kind      violations still caught (lost/tried)   clean still clean (flagged/tried)');
const sum = (m: Map<string, Tally>) => [...m.values()].reduce((a, t) => ({ kept: a.kept + t.kept, total: a.total + t.total }), { kept: 0, total: 0 });
for (const e of edits) console.log(`${e.kind.padEnd(14)} ${pct(s.violationsByKind.get(e.kind)).padEnd(40)} ${pct(s.cleanByKind.get(e.kind))}`);
console.log(`${'ALL'.padEnd(14)} ${pct(sum(s.violationsByKind)).padEnd(40)} ${pct(sum(s.cleanByKind))}`);
console.log('\nper rule (violations it caught): lost variants; and clean variants it newly flags');
const rules = new Set([...s.violationsByRule.keys(), ...s.falseAlarmsByRule.keys()]);
const rows = [...rules].map((r) => ({ r, v: s.violationsByRule.get(r), fa: s.falseAlarmsByRule.get(r) ?? 0 }));
rows.sort((a, b) => (b.v ? b.v.total - b.v.kept : 0) + b.fa - ((a.v ? a.v.total - a.v.kept : 0) + a.fa));
for (const { r, v, fa } of rows) console.log(`${r.padEnd(36)} ${pct(v).padEnd(24)} new FA ${fa}`);
if (verbose) for (const f of s.failures) console.log(`  ${f.kind.padEnd(12)} ${f.id} ${f.what}: ${JSON.stringify(f.variant)}`);
