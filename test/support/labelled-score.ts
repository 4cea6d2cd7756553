// The whole default linter on a labelled set, scored the way ../shared/tools/score-corpus.mjs scores the held-out set (see
// test/unit/rules/labelled-sets.test.ts). Shared by the four labelled-sets files, which split the sets so that both test workers
// share the lints (one file was ~50 s in one worker); each file builds its own linter once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createLinter } from '../../rules/engine';

export interface Case {
  id: string;
  text: string;
  expect: string[];
  kind: string;
}

export const load = (name: string): Case[] =>
  readFileSync(join(process.cwd(), 'test/fixtures', name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Case);

const linter = createLinter();

export function score(cases: Case[]) {
  const perClause: Record<string, { caught: number; total: number }> = {};
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let violating = 0;
  let clean = 0;
  for (const c of cases) {
    const findings = linter.lint(c.text);
    if (c.expect.length === 0) {
      clean++;
      const alarms = findings.filter((f) => f.severity !== 'info');
      if (alarms.length) falseAlarms.push(`${c.id}: ${c.text} -> ${alarms.map((f) => `${f.clause}:${f.rule}:${f.match}`).join(', ')}`);
      continue;
    }
    violating++;
    const hit = findings.some((f) => c.expect.includes(f.clause) && (f.severity !== 'info' || f.clause === '2.1'));
    if (!hit) missed.push(`${c.id} ${JSON.stringify(c.expect)}: ${c.text}`);
    for (const clause of c.expect) {
      const row = (perClause[clause] ??= { caught: 0, total: 0 });
      row.total++;
      if (hit) row.caught++;
    }
  }
  return { recall: (violating - missed.length) / violating, falseAlarmRate: falseAlarms.length / clean, perClause, missed, falseAlarms };
}

/** A held-out set's floor against regressions: its score is read, never its lines. */
export function heldOutFloor(file: string, recall: number, falseAlarms: number): void {
  it(`${file} (never tuned to): no regression below recall ${recall}, false alarms ≤ ${falseAlarms}`, () => {
    const s = score(load(file));
    expect(s.recall).toBeGreaterThanOrEqual(recall);
    expect(s.falseAlarmRate).toBeLessThanOrEqual(falseAlarms);
  });
}
