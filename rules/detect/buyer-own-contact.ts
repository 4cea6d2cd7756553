// Round 69 (engfa69): the buyer's own contact echoed back to turn it down — 您留的微信号我看到了，不过我们不能加买家微信 / 您刚才发的QQ号码
// 我们不会添加的 / 您说的邮箱abc123@qq.com我们这边不会发邮件的 / 您要我加您wx：lily_0808，这个不行哈 / 您刚才发了一个二维码图片，我们不会扫的.
// The channel is the buyer's (given, sent or named by the buyer, or the object of an act aimed at the buyer: 加您wx), and the rest of
// its sentence or the next one declines to use it. No shop channel is published: the agent keeps the talk here. Not when the buyer's
// contact is used (您留的微信我加了，通过一下), nor with our own channel offered instead (…加不了，加我的吧 vx abc_123; 打我电话).

import type { LintContext } from '../context';

/**
 * The buyer as the one who gave or named the channel, right before it (compact, within its clause): 您留的 / 您刚才发了 / 您的 — a giving done,
 * not asked for (您留个邮箱吧 is our ask).
 */
const BUYER_GIVER = '(?:(?:您|你)(?:刚才|刚刚|之前|前面|上面|刚|方才)?(?:在聊天里|在这里|这边)?(?:发|留|给|提供|报|写|填|贴|说|提到|推|分享)(?:了|过|来|过来|出来)?(?:的|了)|(?:您|你|买家)(?:自己)?的)';
const BUYER_GAVE = new RegExp(`${BUYER_GIVER}(?:这个|那个|一个|个|这串|那串|这张|那张)?[^我们加，]{0,6}$`);
/** An act of ours aimed at the buyer's channel, right before it: 加您wx / 打您电话 / 加买家微信. */
const AIMED_AT_BUYER = /(?:加|添加|打|拨|扫|联系)(?:一下)?(?:您|你|买家|客人|顾客)(?:的)?(?:这个|那个|个)?(?:微信|vx|wx|v|qq|扣扣|电话|手机|号码|号|邮箱)?$/;
/** …with the act itself refused before it: 我们不能加买家微信, 不会主动打您电话. */
const AIM_REFUSED = /(?:不|没法|无法|没办法)(?:会|能|可以|方便|再|去|主动|私下|允许)*(?:加|添加|打|拨|扫|联系)(?:一下)?(?:您|你|买家|客人|顾客)(?:的)?(?:这个|那个|个)?$/;
/** A decline of using it, in the rest of its sentence or the next one's opening. */
const DECLINED = /不会|不能|不可以|不方便|(?<![就也])不需要|(?<![就也])不用(?!担心|怕|急|着急|客气)|不加|不添加|不扫|不外呼|不打|不存|不记|不收|不发|没法|无法|没办法|加不了|不行|用不上|用不到|不做|(?:请|建议)(?:您|你)?(?:不要|别|撤回|删除|删掉)|撤回/;
/** The buyer's channel used after all (您的微信号abc_123我加了。不能通过的话告诉我): no decline, whatever follows. */
const USED = /(?<![不没])(?:加了|加上了|已加|已添加|存了|存下|扫了|通过一下|通过下|通过好友|私聊您|私聊你|私信您|私信你)/;
/** Our own channel handed over after it: no decline then, whatever is said about the buyer's. */
const OWN_OFFERED = /加我|我的(?:微信|vx|wx|v|qq|号|电话|手机|邮箱|私人)|我们的(?:微信|vx|wx|qq|号|电话|手机|邮箱)|(?:私聊|私信|打|拨|call)我(?!们)|扫我/;

/** Whether the contact at compact [start, end) is the buyer's own, echoed to turn it down (see above). */
export function buyerOwnDeclined(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 24, 'hard');
  const gave = BUYER_GAVE.test(lead);
  if (!gave && !AIMED_AT_BUYER.test(lead)) return false;
  // (the rest of the sentence, then the next sentence's opening: 您的微信号我看到了。不过我们不能加…)
  const rest = ctx.after(end, 40, 'hard');
  const close = end + rest.length;
  const next = close < ctx.compact.length ? ctx.compact[close]! + ctx.after(close + 1, 29, 'hard') : '';
  const said = rest + '。' + next;
  if (OWN_OFFERED.test(said) || USED.test(rest)) return false;
  return DECLINED.test(said) || AIM_REFUSED.test(ctx.before(start, 16, 'soft'));
}

/** The buyer's channel named with the giver before it, in a sentence of the compact view (for the statistical rule's sentences). */
const BUYER_CHANNEL = new RegExp(`(?:${BUYER_GIVER}|(?:加|添加|打|拨|扫)(?:一下)?(?:您|你|买家)(?:的)?)[^我们加]{0,8}?(?:微信|vx|wx|qq|扣扣|电话|手机|号码|邮箱|二维码|收款码|群)`);
/** Whether a sentence (compact) echoes the buyer's own channel and turns it down, with no channel of ours offered in it. */
export function buyerChannelDeclined(sentence: string): boolean {
  const m = BUYER_CHANNEL.exec(sentence);
  return m !== null && DECLINED.test(sentence.slice(m.index + m[0].length)) && !OWN_OFFERED.test(sentence) && !USED.test(sentence);
}
