// A shop's own store that no longer exists: shared by the store-address rule (its vocabulary too) and the 2.3 second
// opinion (likely-off-platform), which both let 以前的实体店已经关了 pass.
// Round 23 (t23a): a place that no longer exists (我们以前在中山路有个实体店，去年已经关了) invites nobody — unless a live place or a visit is
// in the same sentence (老店关了，新店在解放路25号; 门店关了一家，还有一家…欢迎来).
export const GONE = /关了|关门了|关掉了|关张了|倒闭了?|撤了|撤店了|撤掉了|不开了|没开了|不干了|不做了|转让了|停业了|歇业了|结业了|拆了|已经没有了|早就没有了/;
export const LIVE = /搬到|搬去|迁到|新店|新址|新开|开业|重新开|现在在|目前在|还在|还有|另一家|欢迎|过来|来店|到店|进店|自提|来拿|来取|来提|来看|来试|可以来|直接来|上门|当面|现场/;
const STORE_NOUN = /实体店|门店|门市|线下店|店面|档口|专卖店|体验店|专柜|铺面|铺头|店/;
/** A sentence (compact) telling of the shop's store that is gone, with no live place or visit in it. */
export function storeGone(s: string): boolean {
  return GONE.test(s) && STORE_NOUN.test(s) && !LIVE.test(s.replace(GONE, ''));
}
