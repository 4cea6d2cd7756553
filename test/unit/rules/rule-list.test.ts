// The options page lists the rules from rules/rule-list.generated.ts (not the registry, which would bundle the
// engine): it must say what the registry says (regenerate with `npx tsx scripts/gen-rule-list.ts`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/registry';
import { RULE_LIST } from '../../../rules/rule-list.generated';
import { renderRuleList } from '../../../scripts/rule-list-source';

describe('rule list for the options page', () => {
  it('is up to date with the registry (npx tsx scripts/gen-rule-list.ts)', () => {
    const file = readFileSync(new URL('../../../rules/rule-list.generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(renderRuleList(RULES));
  });

  it('names every registered rule once, in registry order, with its clause, severities and both titles', () => {
    expect(RULE_LIST.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const [i, entry] of RULE_LIST.entries()) {
      const { meta } = RULES[i]!;
      expect(entry).toEqual({ id: meta.id, clause: meta.clause, severity: meta.severity, severities: meta.severities ?? [meta.severity], title: meta.title });
      // The default severity is one of those it can emit.
      expect(entry.severities).toContain(meta.severity);
    }
  });

  it('goes stale when a rule is added or renamed', () => {
    const renamed = RULES.map((r, i) => (i === 0 ? { ...r, meta: { ...r.meta, title: { ...r.meta.title, zh: '改名' } } } : r));
    expect(renderRuleList(renamed)).not.toBe(renderRuleList(RULES));
    expect(renderRuleList(RULES.slice(1))).not.toBe(renderRuleList(RULES));
  });
});
