// 2.1: the shop must serve buyers in Chinese. A reply with no Chinese at all gets advice (never blocks:
// a brand name or an emoji may be the whole right answer, and the agent knows the buyer).

import { defineRule } from '../define-rule';

const HAN = /\p{Script=Han}/u;

const rule = defineRule({
  meta: {
    id: 'no-chinese',
    clause: '2.1',
    severity: 'info',
    title: { zh: '回复中没有中文', en: 'Reply has no Chinese' },
    description: {
      zh: '规则 2.1 要求商家提供中文咨询服务。整条回复没有一个汉字时提示（只提示，不拦截）。',
      en: 'Rule 2.1 requires service in Chinese. A reply without a single Chinese character gets a notice (never blocked).',
    },
    hint: { zh: '用中文回复买家，英文品牌名可以保留。', en: 'Answer in Chinese; English brand names may stay.' },
  },
  check(ctx) {
    const text = ctx.text;
    if (HAN.test(text)) return;
    const start = text.search(/\S/u);
    if (start < 0) return;
    const end = text.trimEnd().length;
    ctx.report(rule, { start, end, view: 'original' });
  },
});

export default rule;
