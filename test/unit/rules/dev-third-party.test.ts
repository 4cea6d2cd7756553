// Scores the FULL default linter on the clause-2.3 dev set (written before tuning) and on the example
// corpus restricted to 2.3, and checks that no clean case of either file gets a block or warn from a
// 2.3 rule. Targets from the lint brief: recall ≥ 0.97, every clause ≥ 0.9, false alarms ≤ 0.02.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';

interface Case {
  id: string;
  text: string;
  expect: string[];
  kind: string;
}

const load = (name: string): Case[] =>
  readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Case);

const FAMILY = '2.3';
const linter = createLinter();
const alarming = (text: string) => linter.lint(text).filter((f) => f.severity === 'block' || f.severity === 'warn');

function score(cases: Case[]) {
  const violating = cases.filter((c) => c.expect.includes(FAMILY));
  const clean = cases.filter((c) => c.expect.length === 0);
  const missed = violating.filter((c) => !alarming(c.text).some((f) => c.expect.includes(f.clause)));
  const falseAlarms = clean.filter((c) => alarming(c.text).some((f) => f.clause === FAMILY));
  return {
    recall: (violating.length - missed.length) / violating.length,
    falseAlarmRate: falseAlarms.length / clean.length,
    missed: missed.map((c) => `${c.id} ${c.kind}: ${c.text}`),
    falseAlarms: falseAlarms.map((c) => `${c.id} ${c.kind}: ${c.text} -> ${JSON.stringify(alarming(c.text).map((f) => [f.rule, f.match]))}`),
    sizes: [violating.length, clean.length],
  };
}

describe('clause 2.3 (third-party information) on the dev set and the corpus', () => {
  const dev = score(load('dev-third-party.jsonl'));
  const corpus = score(load('corpus-examples.jsonl'));

  it('dev set: recall ≥ 0.97 on 2.3', () => {
    expect(dev.sizes[0]).toBeGreaterThanOrEqual(150);
    expect(dev.recall, dev.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
  it('dev set: false alarms ≤ 0.02', () => {
    expect(dev.sizes[1]).toBeGreaterThanOrEqual(150);
    expect(dev.falseAlarmRate, dev.falseAlarms.join('\n')).toBeLessThanOrEqual(0.02);
  });
  it('corpus: every 2.3 case caught, no clean case flagged by a 2.3 rule', () => {
    expect(corpus.missed).toEqual([]);
    expect(corpus.falseAlarms).toEqual([]);
  });
});
