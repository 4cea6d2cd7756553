// Round 67 (engfa67): 平台 with a trade of its own named right before it — 赌博平台, 博彩平台, 投资理财平台, 网贷平台, 刷单平台 — is some
// other platform, the one a scam warning is about (赌博平台说稳赚不赔都是骗人的，遇到了请报警; 那些博彩平台都是骗局，请举报), never
// Kuaishou: no rule that reads 平台 as Kuaishou (its voice posed as, its name smeared) applies to it. An e-commerce or shopping platform
// (电商平台, 购物平台, 跨境平台) is left to those rules.

import type { LintContext } from '../context';

/** Trades that no shopping platform is: gambling, lending, investing, order brushing, pyramid money games, dating. */
export const OTHER_TRADE_BEFORE_PLATFORM =
  /(?:赌博|博彩|赌球|网赌|赌钱|彩票|菠菜|投资|理财|网贷|借贷|贷款|放贷|刷单|诈骗|传销|资金盘|虚拟币|数字货币|炒币|炒股|期货|外汇|交友|约会|返利|兼职|杀猪盘)(?:类|类的|的)?$/;

/** True when the hit at compact [start, …) opens on 平台 and another trade's name stands right before it (same clause). */
export function otherTradePlatform(ctx: LintContext, start: number): boolean {
  return ctx.compact.startsWith('平台', start) && OTHER_TRADE_BEFORE_PLATFORM.test(ctx.before(start, 8, 'soft'));
}
