// Generalisation probe: rewrites every dev set line the way agents and evaders write (traditional characters,
// full-width, invisible or spaced separators, digits as Chinese numerals or circled, a greeting and a stock
// closing around it, a clean everyday sentence before or after it) and reports, per rewrite, how many caught
// violations stay caught and how many clean lines start to alarm. A measurement, not a test: no floor.
//   npx tsx scripts/probe-rewrites.ts [-v] [rewrite]     (-v lists what was lost or newly flagged)
// Reads test/fixtures/dev-*.jsonl only (never the held-out sets). 2.1 lines are skipped: a rewrite may add Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { createLinter } from '../rules/engine';

interface Line { id: string; text: string; expect: string[] }
const verbose = process.argv.includes('-v');
const only = process.argv.slice(2).find((a) => !a.startsWith('-'));
const linter = createLinter();
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const fixtures = new URL('../test/fixtures/', import.meta.url);
const lines: Line[] = readdirSync(fixtures)
  .filter((f) => /^dev-.*\.jsonl$/.test(f))
  .sort()
  .flatMap((f) => readFileSync(new URL(f, fixtures), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line));

const caught = (text: string, expect: string[]) => linter.lint(text).some((f) => expect.includes(f.clause) && f.severity !== 'info');
const alarms = (text: string) => linter.lint(text).some((f) => f.severity !== 'info');
const violations = lines.filter((l) => l.expect.length && !l.expect.includes('2.1') && caught(l.text, l.expect));
const clean = lines.filter((l) => !l.expect.length && !alarms(l.text));
// Short clean everyday sentences that end a sentence, for the before/after rewrites; one picked per line by a hash.
const everyday = clean.map((l) => l.text).filter((t) => t.length < 60 && /[。！？～]$/.test(t));
const pick = (s: string) => {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return everyday[h % everyday.length]!;
};
const ended = (s: string) => (/[。！？!?～~]$/.test(s) ? s : `${s}。`);

const REWRITES: Record<string, (s: string) => string> = {
  traditional: (s) => toTraditional(s),
  fullwidth: (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  'zero-width': (s) => [...s].join('\u200b'),
  spaced: (s) => [...s].join(' '),
  'chinese-digits': (s) => s.replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[+d]!),
  'circled-digits': (s) => s.replace(/[0-9]/g, (d) => '⓪①②③④⑤⑥⑦⑧⑨'[+d]!),
  'greeting-closing': (s) => `亲～${ended(s)}有问题随时找我哈😊`,
  'clean-before': (s) => `${pick(s)}${s}`,
  'clean-after': (s) => `${ended(s)}${pick(s)}`,
};

console.log(`dev sets: ${violations.length} caught violations (2.1 aside), ${clean.length} clean lines without an alarm`);
for (const [name, rewrite] of Object.entries(REWRITES)) {
  if (only && name !== only) continue;
  const lost = violations.filter((l) => !caught(rewrite(l.text), l.expect));
  const flagged = clean.filter((l) => alarms(rewrite(l.text)));
  console.log(`${name.padEnd(17)} still caught ${(1 - lost.length / violations.length).toFixed(3)} (lost ${lost.length}) | newly flagged clean ${flagged.length}`);
  if (!verbose) continue;
  for (const l of lost) console.log(`  lost    ${l.id} ${l.expect.join(',')} ${rewrite(l.text)}`);
  for (const l of flagged) {
    const rules = linter.lint(rewrite(l.text)).filter((f) => f.severity !== 'info').map((f) => f.rule);
    console.log(`  flagged ${l.id} ${rewrite(l.text)} -> ${rules.join(',')}`);
  }
}
