// Someone else's act asked back and debunked (round 7, generic false alarms): the buyer reports what a third
// party did or said, the agent repeats it as a question and answers it with a denial in the next sentence —
// 有人以我们店的名义招代理、收加盟费？那是假的，我们从来不招代理. / 听说你们在招刷单？没有的事. The asked sentence
// is the report, not the agent's offer; and 那是假的 right after such a question judges the report, not the goods.
// Not when the answer owns it (有人说我们卖高仿？没错 / 对，就是…): the next sentence must open with a denial.

import type { LintContext } from '../context';
import { endsAsQuestion } from './cue-rule';

/** The asked sentence reports someone else: 有人…, 听说…, 网上说…, 据说…. */
const REPORTER = /有人|听说|网上说|网上传|据说|别人说|朋友说|传言|谣传/;
/** The next sentence opens with a denial or a debunk. */
const DEBUNK = /^(?:那|这|都|全)?(?:个|些)?(?:都|全|纯属|绝对)?(?:是假的|是谣言|是骗|是诈骗|是冒充|假的|不是|没有|没这|绝对没有|从来没有|从没|不会|并没有|当然不|当然没有|不存在|谣言|骗人|诈骗)/;

/** The hit sits in a question that reports someone else's act, and the next sentence denies it. */
export function reportedThenDenied(ctx: LintContext, lead: string, end: number): boolean {
  if (!REPORTER.test(lead) || !endsAsQuestion(ctx, end)) return false;
  const close = end + ctx.after(end, 60, 'hard').length;
  return DEBUNK.test(ctx.compact.slice(close, close + 8));
}

/** 那是假的 / 这都是假的 opening the sentence right after a question: the asked report is false, not the goods. */
export function debunksAskedReport(ctx: LintContext, start: number): boolean {
  const lead = ctx.before(start, 8, 'hard');
  if (!/^(?:那|这)(?:个|些)?(?:都|全|纯属)?是$/.test(lead)) return false;
  const [s] = ctx.toOriginal(start - lead.length, start);
  const prior = ctx.text.slice(Math.max(0, s - 3), s);
  return /[？?][\s"'”’）)]*$/.test(prior);
}
