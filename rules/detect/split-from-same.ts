// Round 43 (t43b): goods decanted from the same genuine bottle, told as such (这款是分装的…喝不出区别，因为就是同一瓶原液分的; 香水是从正装大瓶
// 里分出来的，闻不出区别): a sample split from the real thing cannot differ from it — a disclosure of the repack, not a copy passed off. Not
// with a copy word, a wink, a dilution or another source, or a turn (高仿, 懂的, 其实, 兑的, 国产原液, 但). Shared by counterfeit-implied's
// "cannot tell" cues and likely-counterfeit (2.8).

/** Split, poured or filled from the same bottle or from the full-size original. */
const SAME_SOURCE_SPLIT =
  /(?:同一|同一个|同批|同一批)(?:瓶|罐|桶|批|支|盒|大瓶|大罐)?(?:的)?(?:正装|原装|原液|原浆|大瓶|大罐)?(?:里|中)?(?:分|分装|倒|灌|取|分出|分装出)(?:的|出来|出)|(?:从|用)(?:正装|原装|正品|品牌|原厂)(?:的)?(?:大瓶|大罐|瓶|罐|桶|大桶)?(?:里|中)?(?:分|分装|倒|灌|取|分出)(?:的|出来|出)?/;
const SPLIT_NAMED = /分装|小样|分的|分出|倒出|试用装|旅行装/;
const SPLIT_TURN = /仿|假|山寨|复刻|原单|尾单|a货|一比一|1比1|懂|意会|其实|实际|兑|掺|勾兑|稀释|加水|国产|替代|平替|私下|但|不过|可是|只是|便宜|一折|零头/;

/** Compact text tells the goods as split from the same genuine bottle, with no copy word, wink, dilution or turn. */
export function splitFromSame(s: string): boolean {
  return SAME_SOURCE_SPLIT.test(s) && SPLIT_NAMED.test(s) && !SPLIT_TURN.test(s);
}
