// Row tables over the whole linter, for the tuners' per-round rule tests (round60-eng60a, round61-eng61a, round61-eng61b): a row raises its clause,
// or a clean row raises nothing at warn or block.
import { expect, it } from 'vitest';
import { createLinter } from '../../rules/engine';

const linter = createLinter();
/** The findings that hold a send (warn or block). */
export const raised = (text: string) => linter.lint(text).filter((f) => f.severity !== 'info');
/** One table of [text, clause] rows that must raise that clause. */
export const catches = (rows: readonly (readonly [string, string])[]) =>
  it.each(rows)('%s', (text, clause) => {
    expect(raised(text).map((f) => f.clause)).toContain(clause);
  }, 30_000);
/** One table of texts that must raise nothing. */
export const staysClean = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) => {
    expect(raised(text).map((f) => `${f.rule}:${f.match}`)).toEqual([]);
  }, 30_000);
