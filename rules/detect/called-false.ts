// Round 17 (fa17b): a quoted message, picture or claim that the reply calls false — 您收到的“退款失败，请添加理赔专员微信”是假的,
// 那张图里的“扫码进群领199元券”是P的. What the quote says (加微信, 扫码进群) is the scam told back, not our ask; and 假的 after
// the quote judges the message, not the goods. Only curly and corner quotes (“”「」『』) are read: an ASCII " has no side
// (so detect/quoted.ts's enclosingQuote, which reads ASCII quotes too, is not used here).
import type { LintContext } from '../context';

const OPENERS = '“「『';
const CLOSERS = '”」』';
/** After the closing mark: the quote called false (是假的, 是P的, 都是伪造的) — no ask of ours after it in the clause. */
const CALLED_FALSE = /^\s*(?:都|全|也|肯定|绝对|根本|完全|其实)?是(?:假的|假消息|假通知|p的|ps的|p图|p过的|伪造的|骗人的|骗子发的|诈骗)/i;
/** The words right before the opening mark that make the quote something received or seen: 您收到的, 那张图里的, 短信里说. */
const RECEIVED_LEAD = /(?:收到|看到|接到|刷到|发来|发的|说的|写的|短信|消息|通知|弹窗|私信|链接|图里|图上|截图|海报|群里|那条|那张|那个|所谓)[^“「『”」』]{0,6}$/;

/** For 假的 after the quote: only a message or a picture received (not 那个“LV包”是假的). */
const MESSAGE_LEAD = /(?:收到|接到|刷到|发来|短信|消息|通知|弹窗|私信|链接|图里|图上|截图|海报|群里|那条|那张|这条|这张)[^“「『”」』]{0,6}$/;
const GOODS_TURN = /但|不过|可是|便宜|卖|拍|下单|做工|质量|一样/;
// Round 23 (t23dy): …or the quote names an account, a contact or an official identity (您看到的“快手官方客服微信”是假的, 那个“品牌售后
// 专员”的号是假的): an impostor called false, whatever the lead — not goods so named (那个“官方正品”是假的).
const ACCOUNT_QUOTE = /客服|微信|vx|qq|账号|帐号|号码|电话|热线|工作人员|小二|专员|群|公众号|官方号|主页|链接/i;
const GOODS_QUOTE = /货|商品|产品|正品|原装|东西|包|鞋|表|化妆品|奶粉|专柜|质量|做工|授权/;
const OUR_ASK = /加我|找我|联系我|私我|私聊|我的(?:微信|电话|号|qq)|扫这个|扫我/i;

/** The quote around or right after original offset `from` (within `lead` units), as [open, close) original offsets. */
function quoteAt(text: string, from: number, to: number): [number, number] | undefined {
  // Inside a quote: the last opener before `from` with no closer after it, and the first closer after `to`.
  for (let i = from - 1; i >= Math.max(0, from - 60); i--) {
    const c = text[i]!;
    if (CLOSERS.includes(c)) break;
    if (OPENERS.includes(c)) {
      const close = findCloser(text, to);
      return close === undefined ? undefined : [i, close];
    }
  }
  // Right before a quote (那张图里的“…”): an opener a few units after the hit.
  const near = text.slice(to, to + 6);
  const k = [...near].findIndex((c) => OPENERS.includes(c));
  if (k < 0 || /[，。！？,.!?]/.test(near.slice(0, k))) return undefined;
  const open = to + k;
  const close = findCloser(text, open + 1);
  return close === undefined ? undefined : [open, close];
}
function findCloser(text: string, from: number): number | undefined {
  for (let i = from; i < Math.min(text.length, from + 80); i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) return undefined;
    if (CLOSERS.includes(c)) return i;
  }
  return undefined;
}

/** The hit at compact [start, end) lies in (or names) a received message quoted and called false. */
export function quoteCalledFalse(ctx: LintContext, start: number, end: number): boolean {
  const t = ctx.text;
  if (!ctx.memo('called-false:open', () => /[“「『]/.test(t))) return receivedCalledFalse(ctx, start, end);
  const [os, oe] = ctx.toOriginal(start, end);
  const q = quoteAt(t, os, oe);
  if (!q) return receivedCalledFalse(ctx, start, end);
  if (!CALLED_FALSE.test(t.slice(q[1] + 1, q[1] + 12)) || OUR_ASK.test(t.slice(q[1] + 1, q[1] + 40))) return false;
  return RECEIVED_LEAD.test(t.slice(Math.max(0, Math.min(os, q[0]) - 12), q[0]));
}

// Round 32 (t32c): no quote needed when the thing is named as something the buyer received or saw, in the same clause, and that clause
// then calls it false (您收到的加QQ好友的申请不是真的; 您看到的那个微信客服号是骗子的) — no ask of ours in the sentence after it, and not a
// message we say we sent (我们发的QQ申请不是假的 has no 收到 lead; 您收到的QQ申请是真的 is not called false).
const RECEIVED_IN_CLAUSE = /(?:收到|接到|看到|刷到|碰到|遇到)(?:的|了|过)[^]{0,18}$/;
const CLAUSE_CALLED_FALSE =
  /^[^]{0,14}?(?<![不没并])(?:都|也|肯定|绝对|根本|完全|其实|全)?(?<![不没并])(?:不是真的|是假的|是假冒的|是冒充的|是骗子|是骗人的|是诈骗|是钓鱼|不是(?:我们|本店|官方|平台|快手)(?:发|加|弄|开)?的)/;
function receivedCalledFalse(ctx: LintContext, start: number, end: number): boolean {
  if (!RECEIVED_IN_CLAUSE.test(ctx.before(start, 22, 'soft'))) return false;
  const clause = ctx.after(end, 20, 'soft');
  const m = CLAUSE_CALLED_FALSE.exec(clause);
  if (!m) return false;
  return !OUR_ASK.test(ctx.after(end + m[0].length, 40, 'hard'));
}

/** 假的 at compact `start` judges a quote right before it (…“退款失败，请添加理赔专员微信”是假的): the message, not the goods. */
export function falseOfQuote(ctx: LintContext, start: number): boolean {
  const t = ctx.text;
  if (!ctx.memo('called-false:close', () => /[”」』]/.test(t))) return false;
  const [os] = ctx.toOriginal(start, start + 1);
  const m = /([”」』])\s*(?:都|全|也|肯定|绝对|根本|完全|其实)?是\s*$/.exec(t.slice(Math.max(0, os - 10), os));
  if (!m) return false;
  const close = Math.max(0, os - 10) + m.index;
  let open = -1;
  for (let i = close - 1; i >= Math.max(0, close - 80); i--) {
    if (OPENERS.includes(t[i]!)) { open = i; break; }
    if (CLOSERS.includes(t[i]!)) return false;
  }
  if (open < 0 || GOODS_TURN.test(t.slice(os, os + 30))) return false;
  const body = t.slice(open + 1, close);
  return MESSAGE_LEAD.test(t.slice(Math.max(0, open - 12), open)) || (ACCOUNT_QUOTE.test(body) && !GOODS_QUOTE.test(body));
}

/**
 * Round 23 (t23b): a group, account or shop disowned as ours after it is called fake (…是假的，不是我们开的 / 跟我们店没有任何关系 /
 * 我们没有开过任何小号): an impostor the buyer is warned of. Not our goods set against theirs (不是我们家的货, 不是我们这种正品).
 */
export const DISOWNED_AS_OURS =
  /不是(?:我们|本店|咱们|我家|我们家|我们店|店里)(?:官方)?(?:的|开的|建的|拉的|办的|设的|授权的|注册的)(?!货|东西|商品|产品|正品|奶粉)|不是(?:官方|本店)(?:的|开的|授权的)?(?![货东商产正])|(?:跟|和|与)(?:我们|本店|咱们|我们店|我们家|官方)(?:店|家)?(?:没|无|没有|毫无)(?:任何)?(?:关系|关联)|我们(?:从来)?(?:没有?|不)(?:开|建|拉|办|设)(?:过)?(?:任何)?(?:群|号|账号|分店|小号)/;
/** What an impostor is: a group, an account, a stage or a shop (not goods). */
const IMPOSTOR_BEFORE_FALSE = /(?:群|号|账号|帐号|主页|直播间|旗舰店|小店|店铺|分店|主播|客服|微信|公众号|链接|网站)[”」』]?(?:都|也|其实|肯定|根本|全)?是$/;

/** 假的 at compact [start, end) calls a group or account fake that the sentence then disowns as ours (那个主播号是假的，不是我们官方的). */
export function impostorCalledFalse(ctx: LintContext, start: number, end: number): boolean {
  return IMPOSTOR_BEFORE_FALSE.test(ctx.before(start, 12, 'soft')) && DISOWNED_AS_OURS.test(ctx.after(end, 40, 'hard'));
}

/**
 * Round 32 (t32c): a whole class of asks called false — 任何让您去加群外账号领券的都是假的, 凡是叫你私下转账的都是骗子: 假的 judges
 * whoever makes that ask, not the goods (counterfeit-terms) and not the platform named nearby (defame-platform). The class opens on
 * 任何/凡是/所有…, holds an ask of the buyer (让您/叫你/要您…), and is closed by 的 right before the verdict.
 */
export const ASK_CLASS_CALLED_FALSE =
  /(?:任何|凡是|所有|但凡|只要是|一切)[^，。！？]{0,24}?(?:让|叫|要|要求|喊|引导|请|劝)(?:您|你|大家)[^，。！？]{0,20}?的(?:人|号|账号|帐号|消息|信息|链接|电话|短信|群)?(?:都|全|一律|统统|全都)?(?:是|属于)(?:假的|假冒|冒充|骗子|骗人|诈骗)/;
const ASK_CLASS_LEAD =
  /(?:任何|凡是|所有|但凡|只要是|一切)[^]{0,24}?(?:让|叫|要|要求|喊|引导|请|劝)(?:您|你|大家)[^]{0,20}?的(?:人|号|账号|帐号|消息|信息|链接|电话|短信|群)?(?:都|全|一律|统统|全都)?(?:是|属于)$/;
/** 假的 at compact `start` closes a class of asks (ASK_CLASS_CALLED_FALSE) in its clause. */
export function askClassCalledFalse(ctx: LintContext, start: number): boolean {
  return ASK_CLASS_LEAD.test(ctx.before(start, 48, 'soft'));
}

/**
 * Round 44 (t44d): 假的 as the verdict on a scam the reply has just told — a message, a call, a code or a person that reached the buyer
 * (如果有人给您发二维码说扫了就能领“双倍赔付”，那一定是假的; 您收到的那条私信…没有官方认证标识，大概率是假的; 看他让不让您转账…只要有一条，
 * 就是假的): the verdict judges what was received or who called, not goods. The scam is told in the verdict's sentence or the two before
 * it, the verdict's own sentence names no goods and nothing of ours, and no goods turn follows it (…就是假的，但做工不错).
 */
const SCAM_TOLD =
  /骗子|诈骗|冒充|冒用|假冒|自称|陌生(?:人|号码|电话|来电|链接|账号)|(?:收到|接到|看到|刷到)(?:的|了|过)?[^，。！？]{0,6}?(?:私信|短信|电话|来电|消息|二维码|链接|邮件|通知|弹窗|网址|好友申请|验证码|群)|有人(?:给|跟|向|找|私信|联系|加)?(?:您|你)?(?:发|打|私信|联系|拉|加)|让(?:不让)?(?:您|你)(?:先)?(?:转账|汇款|打款|离开快手|去别的|加微信|加qq|扫码|私下|下载|点链接)/;
const SCAM_VERDICT_LEAD =
  /(?<![不没并])(?:那|这|他|她|对方)?(?:都|全|也|就|一定|肯定|绝对|必然|百分百|百分之百|大概率|多半|基本|基本上|应该|十有八九|八成|铁定|准)*是$/;
const VERDICT_OF_GOODS = /我们|我家|本店|咱|店里|这款|这批|这件|这瓶|这罐|这只|这双|货|商品|产品|正品|东西|包(?!裹)|鞋|表|奶粉|化妆品|衣服|吊牌|标签|包装|做工|质量/;
const SCAM_GOODS_TURN = /^[^。！？]{0,16}?(?:但|不过|可是|便宜|卖|拍|下单|做工|质量|一样|懂)/;
export function scamCalledFalse(ctx: LintContext, start: number, end: number): boolean {
  if (!SCAM_VERDICT_LEAD.test(ctx.before(start, 10, 'soft'))) return false;
  const t = ctx.text;
  const [os, oe] = ctx.toOriginal(start, end);
  const sentences = t.slice(Math.max(0, os - 160), os).split(/[。！？!?\n]/);
  const own = sentences[sentences.length - 1]!;
  if (VERDICT_OF_GOODS.test(own) || SCAM_GOODS_TURN.test(t.slice(oe, oe + 24))) return false;
  return SCAM_TOLD.test(sentences.slice(-3).join('。'));
}
