// Round 31 (t31c): the buyer's orders merged into one parcel (看到这个账号下了两单，地址相同，我们合成一箱发出可以吗; 这两单合在一起寄; 两个
// 订单合并发货). 合成, 合在一起 weigh like 合作 (2.6) and a parcel re-made like the customs split (2.7) to the statistical opinion; this is
// the order's shipping. Read over a compact sentence by the likely-* rules, each with its own turn words beside it.
const ORDERS_MERGED = /(?:合|并)(?:成|为|并成?|在一起|到一起|一起)?(?:一|1)?(?:个|只)?(?:箱|包裹|包|单|件|票|快递)?(?:发|寄|送出|出库)|合并(?:发货|寄出|打包|包装)|合单|拼成一(?:箱|单|个包裹)/;
const ORDER_WORD = /单|订单|包裹|快递|箱|件|运费|发货/;
/** A partnership or joining up, which 合 also opens (合作一下, 合伙, 加盟). */
const PARTNERSHIP = /合作|合伙|入伙|加盟/;

/** Whether the compact sentence merges the buyer's orders into one shipment (and names no partnership). */
export function ordersMerged(sentence: string): boolean {
  return ORDERS_MERGED.test(sentence) && ORDER_WORD.test(sentence) && !PARTNERSHIP.test(sentence);
}
