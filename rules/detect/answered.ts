// Someone else's act asked back and debunked (round 7, generic false alarms): the buyer reports what a third
// party did or said, the agent repeats it as a question and answers it with a denial in the next sentence —
// 有人以我们店的名义招代理、收加盟费？那是假的，我们从来不招代理. / 听说你们在招刷单？没有的事. The asked sentence
// is the report, not the agent's offer; and 那是假的 right after such a question judges the report, not the goods.
// Not when the answer owns it (有人说我们卖高仿？没错 / 对，就是…): the next sentence must open with a denial.
// Round 8 (fa8): the buyer's own ask restated and declined — 您刚才问能不能私下交个朋友——不好意思哦，我们只在这里处理订单 /
// 您问可不可以做代理，抱歉，我们不招 (askedThenDeclined): the ask is the buyer's, the agent turns it down, no question mark needed.
// Round 9 (fa9): the ask as 有没有/会不会 answered 没有 (您问我们有没有微信群，没有的; 您问能不能先借钱…——我们没有这种业务).

import type { LintContext } from '../context';
import { firstAtLeast } from '../sorted';
import { endsAsQuestion, nextSentenceStart } from './cue-rule';
import { adoptedBuyerQuote } from './quoted';
import { SOFT } from '../normalize';

/** The asked sentence reports someone else: 有人…, 听说…, 网上说…, 据说…. */
// (round 39, t39a: …and hearsay told as what many say — 网上都说, 很多人以为)
const REPORTER = /有人|听说|网上说|网上传|网上都说|据说|别人说|朋友说|传言|谣传|很多人说|好多人说|不少人说|大家都说|很多人以为|好多人以为/;
/** How far back the lead a caller passes reaches (cue-rule.ts cuts it with ctx.before(start, 40, 'hard')). */
export const REPORT_REACH = 40;
// REPORTER is a plain alternation, so a match inside a lead (a substring of the compact view ending at the hit)
// is a match of the whole compact view at the same place. With a lookaround, an anchor or \b that stops being
// true, and reporterNear() below gives no answer (every hit passes).
const REPORTER_PLAIN = !/\(\?<?[=!]|\\[bB]|\^|\$/.test(REPORTER.source);
const REPORTER_ALL = new RegExp(REPORTER.source, REPORTER.flags.replace(/[gy]/g, '') + 'g');

/** Compact offsets where a match of global `re` starts, ascending (each position tried: matches may overlap). */
function matchStarts(ctx: LintContext, key: string, re: RegExp): Int32Array {
  return ctx.memo(key, () => {
    const starts: number[] = [];
    const compact = ctx.compact;
    re.lastIndex = 0;
    for (let m = re.exec(compact); m; m = re.exec(compact)) {
      starts.push(m.index);
      re.lastIndex = m.index + 1;
    }
    return new Int32Array(starts); // (the array constructor copies a packed array directly; from() iterates)
  });
}

/** Whether one of `starts` lies in [start - REPORT_REACH, start). */
function startsWithinReach(starts: Int32Array, start: number): boolean {
  const first = firstAtLeast(starts, start - REPORT_REACH);
  return first < starts.length && starts[first]! < start;
}

/**
 * Whether a REPORTER match starts within REPORT_REACH units before compact `start`: when none does, no lead
 * of the hit can hold one and reportedThenDenied() is false. Cue rules ask this first for every anchor hit,
 * so most hits of a long paste skip cutting the lead and running REPORTER on it.
 */
export function reporterNear(ctx: LintContext, start: number): boolean {
  if (!REPORTER_PLAIN) return true;
  return startsWithinReach(matchStarts(ctx, 'answered:reporters', REPORTER_ALL), start);
}

/** The next sentence opens with a denial or a debunk. */
// Round 21 (t21bx): …said with certainty (有人用我们店名加您？那肯定是冒充的, 那一定是骗子).
const DEBUNK = /^(?:那|这|都|全)?(?:个|些)?(?:都|全|纯属|绝对|肯定|一定)?(?:是假的|是谣言|是骗|是诈骗|是冒充|假的|不是|没有|没这|绝对没有|从来没有|从没|不会|并没有|当然不|当然没有|不存在|谣言|骗人|诈骗)/;

/** After a report told as a statement: a debunk that names it (round 11). */
const STATED_DEBUNK =
  /^(?:那|这)(?:个|些|条|种)?(?:都|全|也)?(?:不是(?:我们|本店|官方|店铺|事实|真的)|是假的|是假消息|是谣言|纯属谣言|纯属造谣|是造谣|是诈骗|是骗局|是骗子|是冒充|是冒用)|^(?:纯属|都是)(?:谣言|造谣|诈骗|假的)/;

/** Round 39 (t39a): the report is hearsay — what others say or believe (有人说, 网上都说, 很多人以为, 听说), not an act of theirs. */
const SWEEPING_HEARD = /(?:有人|别人|网上|外面|朋友|很多人|好多人|不少人|有些人|有的人|大家)(?:都|也|常|总|一直)?(?:说|讲|传|以为|觉得|认为|担心)|听说|据说|传言|谣传/;
/** …qualified at the next clause's opening: 其实 + it depends, not all, not so. */
const HEARSAY_QUALIFIED = /^(?:但|可|不过)?(?:其实|实际上|事实上)(?:也)?(?:要看|得看|要分|得分|分情况|看情况|不一定|未必|不全是|不全都是|不都是|不完全是|并不|并非|不是|没有|不算|不属于)/;
/** …with no turn to a supply or a way round in that sentence. */
const QUALIFIED_TURN = /私下|私聊|私我|找我|加我|有货|搞到|搞得到|门路|路子|有渠道|特殊渠道|照样|照发|照寄|也能|能发|能寄|能带|带进来|偷偷|悄悄|懂的|查到|查得到|查不到|查不出|没人查|不会查|没事|无所谓|不要紧|但|不过|可是/;

/** The hit sits in a question that reports someone else's act, and the next sentence denies it. */
export function reportedThenDenied(ctx: LintContext, lead: string, end: number): boolean {
  if (!REPORTER.test(lead)) return false;
  // Round 11 (fa11): the report told as a statement and debunked by the next clause or sentence — 有人私信您说能做一比一的高仿，
  // 那不是我们 / 有人说我们卖高仿。这纯属谣言 (only a strong debunk that names the report: 那不是我们, 是谣言, 是诈骗).
  if (!endsAsQuestion(ctx, end)) {
    const next = end + ctx.after(end, 60, 'soft').length;
    if (next >= ctx.compact.length) return false;
    if (STATED_DEBUNK.test(ctx.compact.slice(next, next + 10))) return true;
    // Round 39 (t39a): …or a sweeping hearsay qualified at once by the facts (有人说进口种子都是“违禁品”，其实要看品种和渠道; 网上说这类
    // 药都是禁药，实际上不一定，国内有正规批文): 其实 + it depends / not all / not so, in the next clause — not when that sentence turns to
    // a supply or a way round (…其实我们私下有货 / 其实照样能发 / 其实不一定查得到).
    if (ctx.norm.breakBefore[next] !== SOFT || !SWEEPING_HEARD.test(lead)) return false;
    const said = ctx.compact.slice(next, next + 1) + ctx.after(next + 1, 60, 'hard');
    return HEARSAY_QUALIFIED.test(said) && !QUALIFIED_TURN.test(said);
  }
  const close = nextSentenceStart(ctx, end);
  return DEBUNK.test(ctx.compact.slice(close, close + 8));
}

// Round 10 (fa10): the buyer's own report asked back and debunked — 您说在QQ上跟我们聊过？那不是我们 / 您加了一个叫…的微信？那是冒充的.
// Round 32 (t32c): …or someone acting on the buyer and claiming to be someone (那个QQ号加您说是快手理赔的？不是我们).
const BUYER_REPORT = /(?:您|你|亲)(?:刚才|之前|是不是|是)?(?:说|提到|反映|加了|加的|收到|看到|遇到|接到|碰到)|(?:加|联系|找|私信|打给|打电话给)(?:了)?(?:您|你)(?:说|自称|称|谎称)/;
/** …with the hit inside the actor (那个QQ号加您说…, 有个微信加你说…): the act and the claim after it in the asked sentence. */
const ACTOR_LEAD = /(?:那个|这个|有个|一个|某个|陌生)[^]{0,4}$/;
const ACTOR_CLAIMS = /^[^]{0,4}?(?:加|联系|找|私信|打给|打电话给)(?:了)?(?:您|你)(?:说|自称|称|谎称)/;
/** The hit sits in a question restating what the buyer reported, and the next sentence denies it (detect/cues.ts warningContext). */
export function buyerReportedThenDenied(ctx: LintContext, lead: string, end: number): boolean {
  if (!(BUYER_REPORT.test(lead) || (ACTOR_LEAD.test(lead) && ACTOR_CLAIMS.test(ctx.after(end, 12, 'hard')))) || !endsAsQuestion(ctx, end)) return false;
  const close = nextSentenceStart(ctx, end);
  return DEBUNK.test(ctx.compact.slice(close, close + 8));
}

const REPORTED_CLAUSE = new RegExp(`^(?:${REPORTER.source})[^]*?(?:那|这)?(?:个|些)?(?:都|全|也|纯属)?是$`);

/** 那是假的 / 这都是假的 opening the sentence right after a question: the asked report is false, not the goods. */
export function debunksAskedReport(ctx: LintContext, start: number): boolean {
  // Round 11 (fa11): the report and its debunk in one clause — 有人以本店名义招人都是假的, 听说我们在招代理，这是假的 (the
  // clause opens on the report, 假的 judges it, not the goods).
  if (REPORTED_CLAUSE.test(ctx.before(start, 24, 'soft'))) return true;
  const lead = ctx.before(start, 8, 'hard');
  if (!/^(?:那|这)(?:个|些)?(?:都|全|纯属)?是$/.test(lead)) return false;
  const [s] = ctx.toOriginal(start - lead.length, start);
  const prior = ctx.text.slice(Math.max(0, s - 3), s);
  return /[？?][\s"'”’）)]*$/.test(prior);
}

// Round 34 (t34a): …or the buyer's question about the agent's own person (您问我多大、是哪里人，这些不太方便说; 你问起我的年龄，这个保密哈):
// the private words are the buyer's, the agent keeps them private.
// Round 19 (t19bs): the buyer's proposal reported with a bare 说 / 提议 / 建议 (您说同城可以当面交易省运费，这个我们不支持; 您说的“内部价私下给”
// 我们这没有的; 您说认识人能帮我们刷一波好评，这个我们不需要) and declined as 不支持 too. Not the buyer agreed with (您说得对, 您说的没错: AGREED).
/** The buyer's ask restated: 您(刚才)问能不能…, 你说想…, 亲问可不可以…. */
// Round 13 (t13a): the asker named without 有 (买家问能不能…, 很多人问能不能…, 客户总问…) and the buyer's ask as 您要我的… / 您要个….
// Round 10 (fa10): 说想 / 说要 carry their own wish (您说想转账给我们, 您说想直接把差价转给我), and a customer reported asking
// (有顾客想绕过平台直接找我们买, 有买家要求私下转账) is declined the same way.
// Round 13 (fa13): the askers named as a group (买家问能不能给个银行账号…，我们统一答复：不可以 / 很多人问能不能线下交易，统一回复：不能),
// and the buyer's bare 要 (t13a too: 买家问…/您要个…; 您要我的微信，实在不好意思，客服这边只能在快手里沟通).
// Round 44 (t44g): …or a bare 问 before the asked thing, the A-not-A tag after it (您问打个折直接转给我们行不行——不行哦亲). Kept plain (no
// lookaround): askNear() relies on it.
const BUYER_ASKS = /(?:(?:您|你|亲)(?:刚才|刚刚|之前|上次|刚)?|有(?:顾客|客人|买家|客户|粉丝|朋友|人)(?:私信)?|(?:买家|顾客|客人|客户|粉丝|很多人|好多人|不少人|经常有人|总有人|常有人|老有人|大家|很多买家|好多买家|不少买家|很多顾客|好多顾客|不少顾客)(?:都|也|经常|总|总是|常|老|私信)?)(?:(?:问|问我|问我们|问的是|想问|说想|说要|提出|提到想|咨询)(?:我们|我)?(?:店里|这边|咱家|咱们)?(?:能不能|可不可以|可唔可以|得唔得|可以不可以|能否|可否|要不要|是否可以|是不是可以|行不行|想|要|有没有|是不是有|会不会)|说(?:想|要)|说|提到|提议|建议|想要|想|要求|要(?:我|咱们|店里|店铺|客服|个|一个)|问(?:起|到)?我|问)/;
/** The buyer's words agreed with, not reported: 您说得对, 你说的没错 (round 19). */
const AGREED = /说(?:的|得)(?:对|没错|有道理|在理|是对的|不错)/;
const ASK_TAG = /^(?:们|家|店|这样|这么做|这么办)?(?:的话)?(?:行不行|可不可以|能不能|好不好|成不成|可以不|行吗|可以吗|好吗|能吗|行么|可以么)(?:呢|啊|呀|哈)?/;
/** A decline right after the ask, in the same or the next clause: 不好意思, 抱歉, 不行, 我们只在这里…. */
// Round 22 (t22by): …or the shop's calls and private numbers refused (亲说要电话沟通是吧，我们客服不外呼也不留私人号码).
// Round 22 (t22ca): Cantonese declines too (唔好意思, 唔得, 我哋唔收).
// Round 24 (t24c): 不用 waiving a gate (不用看医生, 不用处方) answers nothing — it is the offer's own term.
// Round 38 (t38c): …or the trade kept on the platform (有人问能不能私下交易便宜点，这里统一说一下：我们只在快手小黄车卖货).
// Round 42 (t42c): …nor a wait waived (不用等180天, 不用等那么久): the offer's own term, like 不用看医生.
// Round 36 (t36a): 不卖 limited to outsiders (一般人我们不卖) keeps the goods for insiders: it declines nothing.
const DECLINE = /^[^]{0,14}?(?:不好意思|唔好意思|唔得|唔可以|唔收|唔做|唔接受|唔支持|抱歉|对不起|不行|不可以|不能|不方便|不太方便|不便(?:说|透露|回答|告知|告诉)|(?:这个|这些|就)保密|没办法|做不到|不提供|不支持|不招|不做|(?<!(?:一般人|外人|生人|陌生人|新客户?|不熟的|不认识的)(?:我们|咱们|我|店里)?(?:都|也)?)(?:不卖|不售|不经营)(?!散|单|零|给|拆|裸|国内|现货|了|完)|没有(?!问题)|没这|恕|婉拒|只在这里|只在这儿|只在(?:快手|平台|店铺|官方|小黄车|直播间)|只(?:能|处理|负责|在平台)|不接受|不建议|不推荐|不外呼|没有外呼|不(?:留|给|提供|透露)(?:私人|个人|私下)|拒绝|(?:钱|款|付款|钱款)?(?:必须|只能|还是得|还是要|还是|都得|都要|一定要|得)(?:走|在|通过)(?:快手|平台|店铺|官方|订单)|没答应|不答应|没同意|没有同意|不同意|(?:真的|确实)?(?:不用|不需要|不必)(?!等[^，。！？]{0,5}?(?:天|个?月|周|小时|那么久|这么久|检疫|隔离|审批|排期)|走|在平台|通过平台|经过平台|经平台|下单|拍|(?:去)?(?:看)?医生|去医院|(?:开)?处方|开方|登记|实名))/;
// Round 21 (t21bv): …or the shop's own act declined a little later, 就不…了 (您说想扫码加个好友，二维码这边我们就不扫了哈; 您说想留个电话，
// 电话我们就不留了): the shop named, then 不 + a giving or scanning verb + 了.
const SHOP_DECLINES = /^[^]{0,22}?(?:我们|我|这边|客服|店里)(?:这边|就|也|还是|暂时|先|都)*(?:不|不去)(?:扫|加|给|留|发|存|互加|交换|接)(?:了|啦)/;
/** …and no yes or turn to a private channel after it (当然可以, 加我, 私下 — round 33, t33e: not 私下 denied, 客服是不能私下卖货的,
 * nor 私下 as the subject of a harm, 私下买出了问题…). */
const ACCEPT = /没问题|没有问题|当然可以|可以的|没问题|好呀|好啊|行啊|可以呀|加我|私聊|(?<!(?:不能|不可以|不会|不允许|无法|没法|不要|别|勿)[^，。]{0,5}|不)私下(?!交易|转账|付款|收款|联系|[^]{0,3}?(?:出了?问题|出事|没有?保障|不安全|有风险|被骗|不受保护))|私信我|联系我(?!们)|(?<!随时|有事|需要|问题|在这儿|在这里|这儿|这里|这边)找我(?!们)|我的(?:微信|电话|号)|转我|转给我|(?<!订单号|单号|截图|照片|图片|视频)发我|打给我|付给我|直接转|不用走|不走平台|绕过/;

// BUYER_ASKS is a plain alternation too (see REPORTER above): a match inside a lead is a match of the compact
// view starting at the same place, so a hit with no BUYER_ASKS match starting within REPORT_REACH units before it
// can have no lead that holds one. (Round 8 scanned the 40 units before every hit for 问/说/提/咨 instead; 说 is
// common enough that most hits then cut the lead and ran BUYER_ASKS anyway — 3.5% of a 1 MB paste's lint.)
const BUYER_ASKS_PLAIN = !/\(\?<?[=!]|\\[bB]|\^|\$/.test(BUYER_ASKS.source);
const BUYER_ASKS_ALL = new RegExp(BUYER_ASKS.source, BUYER_ASKS.flags.replace(/[gy]/g, '') + 'g');
const ASK_UNITS = new Set(['问', '说', '提', '咨'].map((c) => c.charCodeAt(0)));
/**
 * Whether the buyer's ask (BUYER_ASKS) may lie in a lead of the hit at `start`: false means
 * askedThenDeclined() is false for every lead of at most REPORT_REACH units ending at `start`. One regex pass
 * per draft, then a binary search per hit.
 */
export function askNear(ctx: LintContext, start: number): boolean {
  if (BUYER_ASKS_PLAIN) return startsWithinReach(matchStarts(ctx, 'answered:buyer-asks', BUYER_ASKS_ALL), start);
  // (Not plain: the old scan for a unit every ask needs.)
  const compact = ctx.compact;
  for (let k = start - 1; k >= 0 && k >= start - REPORT_REACH; k--) if (ASK_UNITS.has(compact.charCodeAt(k))) return true;
  return false;
}

/**
 * Round 38 (t38g): whether the lead holds the buyer's ask still governing the hit: an ask whose 您 is the one told (跟您说一下, 给你讲, 向您说明:
 * the agent speaking) is none, and the agent's own announcement after the last ask (您说想退，跟您说一下，平台…已确认…) starts the shop's words,
 * which the hit is then in. The lead is at most REPORT_REACH units: one short global scan, only for hits that reached this far.
 */
const TOLD_TO_BUYER = /[跟给向和对同]$/;
const ANNOUNCED = /(?:跟|和|向|给|对)(?:您|你)(?:说明|解释|讲|说|澄清|汇报|通报|强调)|告诉(?:您|你)|提醒(?:您|你)|通知(?:您|你)/;
function askStandsInLead(lead: string): boolean {
  BUYER_ASKS_ALL.lastIndex = 0;
  let lastEnd = -1;
  for (let m = BUYER_ASKS_ALL.exec(lead); m; m = BUYER_ASKS_ALL.exec(lead)) {
    const teller = /^[您你亲]/.test(m[0]) && TOLD_TO_BUYER.test(lead.slice(0, m.index));
    // (a bare 问 heading a noun — 您问的保卡, 问题, 问候 — restates no ask: what was asked about is then told; round 44, t44g)
    const nounAsked = m[0].endsWith('问') && /^[的题候好]/.test(lead.slice(m.index + m[0].length));
    if (!teller && !nounAsked) lastEnd = m.index + m[0].length;
    if (m[0].length === 0) BUYER_ASKS_ALL.lastIndex++;
  }
  return lastEnd >= 0 && !ANNOUNCED.test(lead.slice(lastEnd));
}

/**
 * The hit sits in the buyer's ask restated (您问能不能…) that the reply then declines, with no yes after it. `lead` is
 * the hit's sentence before it (cue-rule.ts passes the REPORT_REACH lead it cuts anyway): one short regex, no scan.
 */
export function askedThenDeclined(ctx: LintContext, lead: string, end: number): boolean {
  if (!BUYER_ASKS.test(lead) || AGREED.test(lead) || !askStandsInLead(lead)) return false;
  // (the ask's own A-not-A tag, 行不行 / 可不可以, is no answer: its 不行 declines nothing; round 44, t44g)
  const rest = ctx.after(end, 60, 'hard').replace(ASK_TAG, '');
  const close = nextSentenceStart(ctx, end);
  const next = close < ctx.compact.length ? ctx.compact.slice(close, close + 30) : '';
  const tail = rest + next;
  // Round 32 (t32c): …or early in the answer itself when the asked sentence runs on past the hit (您问能不能配套买弩或者弹弓？我们店只卖
  // 服装，那类东西不卖): DECLINE's reach counts from the answer too.
  // Round 33 (t33e): …or an explanation announced first (我这边需要跟您说明一下，…客服是不能给…; 这个要跟您解释一下：…不对外开放，也不支持自提):
  // the decline may come anywhere in the explained sentence.
  const told = EXPLAINED.exec(rest);
  const explained = told !== null && DECLINE_FAR.test(rest.slice(told[0].length) + next);
  return (DECLINE.test(tail) || SHOP_DECLINES.test(tail) || (rest.length > 0 && DECLINE.test(next)) || explained || TURNED_DOWN.test(rest)) && !ACCEPT.test(tail);
}
/**
 * Round 33 (t33e): …or the wish acknowledged, then turned down after a 但/不过 in the same sentence (您说想约我出来吃个饭，心意我们领了，不过作为
 * 店铺客服，我们是不能和买家私下见面的): the ask is still the buyer's.
 */
const TURNED_DOWN = /^[^]{0,30}?(?:不过|但是|可是|只是|然而|可惜|但)[^]{0,18}?(?:不能|不可以|不方便|没法|没办法|不允许|不行|做不到|不支持|不接受)/;
/** Round 33 (t33e): an explanation announced right after the restated ask (the ask's last words may end it first): 这个要跟您说明一下,
 * 我这边需要跟您解释一下, 先和您讲清楚. */
const EXPLAINED = /^[^]{0,16}?(?:关于这个|这个|这点|这一点|这边|我这边|我们这边|我)?(?:需要|要|得|必须|想|先)?(?:先)?(?:跟|和|向|给)(?:您|你)(?:说明|解释|讲|说|澄清|讲清楚|说清楚|讲明|说明白|讲明白)(?:一下|下)?/;
const DECLINE_FAR = new RegExp(DECLINE.source.replace('^[^]{0,14}?', '^[^]{0,60}?'));

/**
 * Round 36 (t36h): the buyer's ask told back and answered yes (有没有A货？有的，质量很好 / 是不是高仿？是的，您懂的): the question is the
 * buyer's, the yes is the shop's. The hit ends a question (a ？ after its sentence, or an A-not-A / 吗 ask before or after it in the sentence),
 * and the next sentence's first clause is a bare yes — 有, 有的, 当然有, 是的, 对, 卖的, 有货 with only particles after — and its sentence
 * turns nowhere (有的，但我们不卖 / 有的，不过都是正品). Not 有的话 (a condition), 有的店 (some shops), 是的话, 有没有…？没有的.
 */
const BARE_YES = /^(?:亲|亲亲|宝|宝子|嗯|嗯嗯|哈|哈哈)?(?:当然|肯定|必须|都|绝对|确实|现在|目前|一直)?(?:有|是|对|卖|有货|有卖|有现货|现货|可以|能)(?:的|滴|呢|呀|哦|哈|啊|嘞|啦|哟|噢|喔|嘛)*$/;
const YES_TURNS = /但|不过|可是|然而|只是|不卖|不是|没有|不做|不碰|不接|骗|假的|谣言|冒充|举报|违法|正品|溯源|报关|官方|品牌|授权/;
const ASK_IN_SENTENCE = /有没有|是不是|卖不卖|要不要|做不做|能不能|可不可以|有木有|吗|么|嘛/;
export function askedThenAffirmed(ctx: LintContext, start: number, end: number): boolean {
  // Round 37 (t37g): …or the buyer's ask set as a labelled quote and answered by a bare yes after the closing mark, with or without a ？
  // (「买家：是不是那种A货」 嗯 是的): detect/quoted.ts adoptedBuyerQuote reads the ask (是不是, 吧, 吗…) and the yes.
  if (adoptedBuyerQuote(ctx, start, end)) return true;
  const sentenceBefore = ctx.before(start, 24, 'hard');
  const sentenceAfter = ctx.after(end, 24, 'hard');
  if (!endsAsQuestion(ctx, end) && !ASK_IN_SENTENCE.test(sentenceBefore.slice(-8) + sentenceAfter.slice(0, 6))) return false;
  const next = nextSentenceStart(ctx, end);
  if (next >= ctx.compact.length) return false;
  // (the answer opens the next sentence: a hard break right before it)
  if (ctx.norm.breakBefore[next] === 0) return false;
  const first = ctx.compact[next]!;
  if (!BARE_YES.test(first + ctx.after(next + 1, 12, 'soft'))) return false;
  return !YES_TURNS.test(first + ctx.after(next + 1, 40, 'hard'));
}

/**
 * Round 66 (engfa66): the thing the buyer asked for, named as a noun (您问的拆单避税办法, 你要的不用身份证清关的渠道, 您说的那种“包税”), and the shop
 * saying it has none or does none in the same clause or the one right after (我们没有 / 本店不提供 / 这边做不了 / 我们没有任何办法): a refusal,
 * whatever the asked thing is. askedThenDeclined() reads a restated question (您问能不能…); here 您问的 heads a noun, so the decline must be
 * the noun's own predicate — the shop as its subject, the clause ending on the no (or on the way / service it denies), nothing after it
 * but another refusal (也不建议…). Not 您问的转账，直接转给我就行，没有手续费 (没有 denies a fee, not the ask), nor a no that turns (…，但可以私下…).
 */
const ASKED_THING = /(?:您|你|亲)(?:刚才|刚刚|之前|上次|刚)?(?:问的|问到的|要的|想要的|说的|提的|提到的|找的|要找的|想找的|打听的|咨询的)(?:那个|那种|这个|这种|那款|那些)?[^]{0,16}$/;
const SHOP_HAS_NONE =
  /^[^]{0,12}?(?:我们|本店|店里|我们店|这边|咱们|我这边|我这里|我这)(?:这边|店里|这里)?(?:真的|确实|实在|是|也|都|暂时|目前|一直|从来|根本|绝对)*(?:没有|没得|不提供|提供不了|不做|做不了|办不了|不卖|不支持|不接|帮不了|给不了|不能提供|不能做|不能帮)/;
const NONE_TAIL = /^(?:(?:任何|这种|这个|这类|这样的|什么|别的)?(?:的)?(?:办法|方法|渠道|门路|途径|路子|服务|业务|操作|东西)?(?:的|哦|哈|呢|哟|呀|啊|啦|了|滴|噢|喔|亲|呀)*$|也|更|而且|并且)/;
const NONE_TURNS = /但|不过|可是|只是|私下|私聊|私信|找我|加我|另外|其他渠道|别的渠道|备注|除非/;
export function askedThingDeclined(ctx: LintContext, start: number, end: number): boolean {
  if (!ASKED_THING.test(ctx.before(start, 24, 'soft'))) return false;
  const bb = ctx.norm.breakBefore;
  const rest = ctx.after(end, 30, 'soft');
  let answer = rest;
  let m = SHOP_HAS_NONE.exec(rest);
  if (!m && rest.length <= 10) {
    // The no may open the next clause (你问的不用处方那种，本店没有).
    const k = end + rest.length;
    if (k >= ctx.compact.length || bb[k] === 0) return false;
    answer = ctx.compact[k]! + ctx.after(k + 1, 30, 'soft');
    m = SHOP_HAS_NONE.exec(answer);
  }
  if (!m) return false;
  const tail = answer.slice(m[0].length);
  if (!NONE_TAIL.test(tail)) return false;
  return !NONE_TURNS.test(tail + ctx.after(end + rest.length, 60, 'hard'));
}
