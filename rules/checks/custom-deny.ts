// The agent's own forbidden terms (options page): plain words, each with its clause and severity.

import type { RuleModule } from '../define-rule';
import type { CustomTerm } from '../engine';

export const CUSTOM_DENY_ID = 'custom-deny';

export function customDenyRule(deny: readonly CustomTerm[]): RuleModule {
  const byTerm = new Map(deny.map((d) => [d.term, d]));
  const rule: RuleModule = {
    meta: {
      id: CUSTOM_DENY_ID,
      clause: '2.3',
      severity: 'warn',
      title: { zh: '店铺自定义禁用词', en: 'Shop-defined forbidden term' },
      description: { zh: '客服或店主在设置中添加的禁用词。', en: 'A term the agent or shop owner added in the options.' },
      hint: { zh: '删除或改写该词。', en: 'Remove or reword the term.' },
    },
    terms: deny.map((d) => ({ term: d.term, severity: d.severity })),
    check(ctx, hits) {
      for (const hit of hits) {
        const custom = byTerm.get(hit.spec.term);
        if (!custom) continue;
        const before = ctx.findings.length;
        ctx.report(rule, {
          start: hit.start,
          end: hit.end,
          severity: custom.severity,
          message: custom.note ? `自定义禁用词：${custom.note}` : '店铺自定义禁用词',
          fix: '',
        });
        // A custom term cites the clause its author chose.
        for (const f of ctx.findings.slice(before)) f.clause = custom.clause;
      }
    },
  };
  return rule;
}
