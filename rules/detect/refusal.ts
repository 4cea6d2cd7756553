// Warning and refusal frames: a sentence that names an illegal thing only to warn the buyer off it or to
// refuse it is compliant. Scam alerts (凡是私信您“兼职刷单”的都是诈骗 / 那不是我们发的，请勿点击 / 请直接举报),
// the shop refusing (本店从不… / 我们不做… / 这个我们不能做 / 开不了), and labelling it unlawful
// (会被认定为走私 / 那是违法的). Written against the compact view; used as a sentence-wide cancel, so every
// alternative names a frame, never a bare 不 (不封号 / 不需要处方 are offers, not refusals).

/** Scam alerts: the message is someone else's and the buyer is told to ignore or report it. */
const SCAM_ALERT = '诈骗|骗局|是骗子|骗子的|冒充|不是我们发的|不是本店发的|不是我们的人|不是官方|请勿|切勿|千万别信|别相信|不要相信|别信|不要点|别点|请直接举报|请举报|直接举报|报警|提高警惕|谨防|保护好';
/** The shop refusing: 本店从不招兼职, 我们绝不卖, 我们不做这种. */
const SHOP = '(?:我们|本店|小店|这边|我这边|咱们|我司|我家|我们家|我们店|店里)';
// 不会/不能 only before an act the shop would refuse: 我们不会发这种消息, 不能帮您寄; not 我们不会告诉别人.
const REFUSE_VERB = '(?:从不|从来不|从来没|从没|绝不|决不|不做|不卖|不售|不提供|不接|不碰|不参与|不搞|不支持|拒绝|(?:不会|不能|不可以)(?:做|卖|发|提供|参与|碰|搞|招|推荐|帮|接|代|开|办|这样|这么))';
/** Objectless refusals after the thing: 这个我们不能做, 发票开不了, 回答不了; 也不走水客. */
const REFUSAL = '不能做|做不了|办不了|开不了|帮不了|没法帮|不能帮|不能代|不可以做|不接这|不做这|不碰这|回答不了|答应不了|(?:不|没|也不|从不)走(?:水客|水路|水货|私|灰色|偏门)';
/** Labelled unlawful: 会被认定为走私, 那是违法的, 要承担法律责任. */
const UNLAWFUL = '违法|犯法|犯罪|认定为|属于走私|属于违禁|法律责任|坐牢|不合法|涉嫌';

export const REFUSAL_FRAME = new RegExp(`${SCAM_ALERT}|${SHOP}(?:也|都|是|一律|绝对|坚决)?${REFUSE_VERB}|${REFUSAL}|${UNLAWFUL}`);
