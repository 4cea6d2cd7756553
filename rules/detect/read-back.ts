// Round 35 (t35c): the buyer's text for a card, an engraving or a print copied by the agent and read back for a check
// (您贺卡上要写的“…”，我照抄了一遍，字没写错吧？ / 刻字内容我照着打了一遍，您核对一下有没有错字): the question is about the agent's own copy.
// 没写错吧 weighs like a jab at the buyer's literacy to the model; it is none when the copying is ours and the buyer is not the one
// said to have erred (您自己写错了吧, 你是不是打错字了 stay). Shared by the second opinion's 2.4 gate.
import { AT_BUYER } from './own-shortfall';

/** The agent copied, typed or set the text (我照抄了一遍, 这边照着打了, 我们已经录入). */
const OWN_COPY = /(?:我|我们|这边|我这边|客服)(?:已经|先|都|刚|刚刚|又)?(?:照抄|抄|誊|照着(?:打|写|抄|录|刻|印)|录入|打|复制|刻|排|印)(?:了|好了|过|下来|上)?(?:一遍|一下|一次|一份)?/;
/** …and asks whether it came out right (字没写错吧, 有没有错字, 对不对, 您核对一下). */
const CHECK_ASKED = /(?:没|有没有|是不是|会不会)(?:写|抄|打|刻|印|录|排)错|错字|错别字|对不对|对吗|没错吧|核对|确认一下|看一下对/;
/** The buyer said to have erred (您自己写错了吧, 你是不是打错了, 您写的字都是错的). */
const BUYER_ERRED = /(?:您|你)(?:自己|本人)?(?:是不是|有没有|肯定|应该|又|总是|老是)?(?:写|打|填|抄|发)(?:的字|的)?(?:都|也)?(?:错|是错)/;

/** Whether sentence `s` (compact) reads back the agent's own copy of the buyer's text for a check, no one put down. */
export function ownCopyChecked(s: string): boolean {
  return OWN_COPY.test(s) && CHECK_ASKED.test(s) && !BUYER_ERRED.test(s) && !AT_BUYER.test(s.replace(/(?:您|你)(?:核对|确认|看|看看|检查)/g, ''));
}
