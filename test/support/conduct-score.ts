// Scores a linter on labelled cases for the conduct clauses 2.4–2.9, the way ../shared/tools/score-corpus.mjs
// does: a violating case is caught by a block/warn finding citing one of its expected clauses; a clean case
// is a false alarm when a conduct rule gives it a block or warn finding.
import type { Linter } from '../../rules/engine';
import type { ClauseId } from '../../rules/types';

export const CONDUCT_CLAUSES: readonly ClauseId[] = ['2.4', '2.5', '2.6', '2.7', '2.8', '2.9'];

export interface LabelledCase {
  id: string;
  text: string;
  expect: string[];
  kind: string;
  note?: string;
}

export interface ConductScore {
  violating: number;
  caught: number;
  recall: number;
  clean: number;
  falseAlarmRate: number;
  perClause: Record<string, { caught: number; total: number }>;
  misses: LabelledCase[];
  falseAlarms: (LabelledCase & { findings: string })[];
}

export function scoreConduct(linter: Linter, cases: readonly LabelledCase[]): ConductScore {
  const conduct = new Set<string>(CONDUCT_CLAUSES);
  const perClause: ConductScore['perClause'] = {};
  const misses: LabelledCase[] = [];
  const falseAlarms: ConductScore['falseAlarms'] = [];
  let violating = 0;
  let caught = 0;
  let clean = 0;
  for (const c of cases) {
    const alarms = linter.lint(c.text).filter((f) => conduct.has(f.clause) && f.severity !== 'info');
    if (c.expect.length === 0) {
      clean++;
      if (alarms.length) falseAlarms.push({ ...c, findings: alarms.map((f) => `${f.clause}:${f.rule}:${f.match}`).join(', ') });
      continue;
    }
    if (!c.expect.some((e) => conduct.has(e))) continue; // another family's case
    violating++;
    const hit = alarms.some((f) => c.expect.includes(f.clause));
    const first = c.expect[0]!;
    perClause[first] ??= { caught: 0, total: 0 };
    perClause[first].total++;
    if (hit) {
      caught++;
      perClause[first].caught++;
    } else misses.push(c);
  }
  return { violating, caught, recall: violating ? caught / violating : 1, clean, falseAlarmRate: clean ? falseAlarms.length / clean : 0, perClause, misses, falseAlarms };
}
