// Valid/invalid tables for one lint rule, in the style of ESLint's RuleTester.
import { describe, expect, it } from 'vitest';
import type { RuleModule } from '../../rules/define-rule';
import { createLinter } from '../../rules/engine';
import { SEVERITY_RANK, type Severity } from '../../rules/types';

export interface InvalidCase {
  text: string;
  /** Exact original text of the finding (optional). */
  match?: string;
  /** Exact severity (default: at least warn, or the rule's own severity when it is info). */
  severity?: Severity;
  /** Expected replacement text of the quick fix (optional). */
  fix?: string;
}

export interface RuleTable {
  /** Compliant (or other-rule) texts: this rule must not report at or above `quietAbove`. */
  valid: readonly string[];
  invalid: readonly (InvalidCase | string)[];
}

export function ruleTable(rule: RuleModule, table: RuleTable): void {
  const linter = createLinter({ rules: [rule] });
  const floor: Severity = rule.meta.severity === 'info' ? 'info' : 'warn';
  describe(`rule ${rule.meta.id} (${rule.meta.clause})`, () => {
    describe('valid', () => {
      it.each(table.valid.map((t) => [t]))('%s', (text) => {
        const found = linter.lint(text).filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[floor]);
        expect(found, JSON.stringify(found)).toEqual([]);
      });
    });
    // The options page says which severities a rule's default can give (meta.severities, rules/rule-list.generated.ts):
    // the declaration must be exactly what the rule does over its own table, no more and no less.
    // 30 s, not the default 5 s: it lints the whole table (hundreds of rows for the big rules), which took 5.8–8.3 s at load ~60.
    it('emits exactly the severities its meta declares', { timeout: 30_000 }, () => {
      const seen = new Set<Severity>();
      for (const c of [...table.valid, ...table.invalid]) {
        for (const f of linter.lint(typeof c === 'string' ? c : c.text)) if (f.rule === rule.meta.id) seen.add(f.severity);
      }
      const order = (s: Iterable<Severity>) => [...s].sort((a, b) => SEVERITY_RANK[b] - SEVERITY_RANK[a]);
      expect(order(seen)).toEqual(order(rule.meta.severities ?? [rule.meta.severity]));
    });
    describe('invalid', () => {
      it.each(table.invalid.map((c) => [typeof c === 'string' ? c : c.text, typeof c === 'string' ? { text: c } : c]))('%s', (_t, c) => {
        const found = linter.lint(c.text).filter((f) => f.rule === rule.meta.id);
        const ok = found.filter(
          (f) =>
            (c.match === undefined || f.match === c.match) &&
            (c.severity ? f.severity === c.severity : SEVERITY_RANK[f.severity] >= SEVERITY_RANK[floor]) &&
            (c.fix === undefined || f.fix?.text === c.fix),
        );
        expect(ok.length, `findings: ${JSON.stringify(found)}`).toBeGreaterThan(0);
        for (const f of ok) {
          expect(c.text.slice(f.start, f.end)).toBe(f.match);
          expect(f.clause).toBe(rule.meta.clause);
        }
      });
    });
  });
}
