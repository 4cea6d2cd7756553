// Round 49 (t49d): shared by the loan and unrelated-service rules (2.6).
import type { LintContext } from '../context';

// Round 49 (t49d, dev II FA): the platform's own pay-later named and the shop saying it cannot open or raise it (平台上的“先用后付”是平台和支付
// 机构提供的…我这边没办法帮您开通或者提额哈): a refusal about the checkout's credit, nothing lent. The pair: the platform product in the sentence,
// a cannot-do right before the anchor in its clause.
const PLATFORM_CREDIT_T49D = /先用后付|花呗|月付|白条|信用购|分期免息/;
const CANNOT_BEFORE_T49D = /(?:没办法|没法|无法|不能|不可以|帮不了|做不了|办不了|不支持)(?:帮|替|给)?(?:您|你)?[^，。！？]{0,8}$/;
export function platformCreditDeclinedT49d(ctx: LintContext, start: number, end: number): boolean {
  return CANNOT_BEFORE_T49D.test(ctx.before(start, 16, 'soft')) && PLATFORM_CREDIT_T49D.test(ctx.before(start, 60, 'hard') + ctx.after(end, 30, 'hard'));
}
