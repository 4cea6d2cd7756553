// 2.3 by the statistical second opinion (rules/model/): moving the buyer off the platform in words the
// third-party rules have no pattern for.
import { likelyRule } from '../model/likely-rule';
import { storeGone } from '../detect/store-gone';

// Round 23 (t23a): the shop's store told as closed, nothing else asked (之前我们在南京西路88号有家门店，疫情那年关门了) — not with a
// contact, a payment or a channel in the sentence.
const OTHER_ASK = /加|私|转|微|v|q|电话|号码|联系|搜|扫|付|钱|群/;

export default likelyRule({
  id: 'likely-off-platform',
  clause: '2.3',
  title: { zh: '疑似引导买家离开平台（统计判断）', en: 'Likely moving the buyer off the platform (statistical)' },
  forbids: {
    zh: '禁止发送第三方联系方式、链接、收款账户，或引导买家到站外沟通、交易',
    en: 'forbids third-party contacts, links and payment accounts, and moving the talk or the trade off the platform',
  },
  hint: {
    zh: '请只用平台内的聊天、下单和售后功能；不要暗示其他联系或付款方式。',
    en: "Keep the talk, the order and after-sales on the platform's own tools; do not hint at other channels or payment.",
  },
  message: '这句话读起来像在引导买家到平台外联系或交易（统计判断，可能误判）',
  unless: (s) => storeGone(s) && !OTHER_ASK.test(s),
});
