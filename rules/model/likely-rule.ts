// A rule module per clause around the statistical second opinion (classifier.ts). It speaks only when the
// word rules said nothing at warn or block for its clause: their findings name the words and often carry a
// fix, this one can only point at a sentence. Always `warn`: the first send is held, a second goes through.
import type { Bilingual, RuleModule } from '../define-rule';
import { defineRule } from '../define-rule';
import { MODEL_CLAUSES, type ModelClause } from './clauses';
import { overThreshold, scoreWindows } from './classifier';
import { quotedUnits } from './grams';

export interface LikelyRuleSpec {
  id: string;
  clause: ModelClause;
  title: Bilingual;
  /** What the clause forbids, in the words the banner shows. */
  forbids: Bilingual;
  hint: Bilingual;
  /** One-line message on the finding. */
  message: string;
}

export function likelyRule(spec: LikelyRuleSpec): RuleModule {
  const c = MODEL_CLAUSES.indexOf(spec.clause);
  const rule: RuleModule = defineRule({
    meta: {
      id: spec.id,
      clause: spec.clause,
      severity: 'warn',
      title: spec.title,
      description: {
        zh: `统计判断（按已标注的客服回复训练，可能误判）：规则 ${spec.clause} ${spec.forbids.zh}。只在词句规则没有发现本条问题时提示，整句标出。`,
        en: `Statistical judgement (trained on labelled replies; may be wrong): rule ${spec.clause} ${spec.forbids.en}. Speaks only when the word rules found nothing for this clause; marks the whole sentence.`,
      },
      hint: spec.hint,
    },
    check(ctx) {
      for (const f of ctx.findings) if (f.clause === spec.clause && f.severity !== 'info') return;
      const windows = ctx.memo('model-windows', () =>
        scoreWindows(ctx.compact, ctx.norm.breakBefore, quotedUnits(ctx.folded, ctx.norm.compactToFolded)),
      );
      for (const w of windows) {
        if (!overThreshold(w, c)) continue;
        const [start, end] = w.sentence[c]!;
        ctx.report(rule, { start, end, message: spec.message });
      }
    },
  });
  return rule;
}
