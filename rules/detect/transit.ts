// The parcel's transit time to our place: shared by the store-address rule (its vocabulary too) and the 2.3 second opinion
// (likely-off-platform). Round 39 (t39n): 到我们仓库大概要三天 tells how long goods take on the way to us, not a visit — 到我们 is
// no invitation there, and a sentence of it with nothing asked moves no one off the platform.
export const TRANSIT = /到(?:我们|我家|咱们|咱家|本店)(?:的)?(?:仓库|店里|公司|工作室|门店|这边|这里)?(?:大概|大约|一般|差不多|估计|最快|最多|最少|通常|正常)?(?:要|需要|得|是)?(?:[\d一二两三四五六七八九十几半]+(?:个)?(?:天|周|星期|工作日|小时)|一周|一礼拜)/g;
/** A visit, a pickup or a channel asked for: the sentence is more than a transit time. */
const ASKED = /来|过来|自提|到店|上门|当面|现场|提货|拿货|看货|取货|欢迎|找我|加|私|微|v|q|电话|号码|联系|地址|导航|定位|搜|扫|转账|付/;
/** A sentence (compact) that tells the goods' transit time to our place and asks nothing more. */
export function transitOnly(s: string): boolean {
  return s.includes('到') && s.replace(TRANSIT, '') !== s && !ASKED.test(s.replace(TRANSIT, ''));
}
