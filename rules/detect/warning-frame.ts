// Warning and refusal frames. For the 2.6 family (framed() below): a reply that names the bait only to warn against it or to
// turn the topic down is service, not an offer. 凡是私信您“兼职刷单、日结佣金”的都是诈骗; 如果有人推荐您贷款，
// 请直接举报; 贷款这类问题我们回答不了; 招聘以官方公告为准，这个窗口只处理订单; 别相信能“代开发票”的人.
//
// Two frames, both judged around an anchor hit (no full-text scan):
// - the anchor's sentence holds a warning / disowning / refusal marker (WARNING, REFUSAL) and no turn back
//   to an offer (但我可以…, 私下找我, 加我);
// - the anchor sits inside quotation marks (the bait quoted) and a disowning word is near, even in the next
//   sentence (收到“帮忙投票领奖品”的消息。那不是我们发的).
// Round 8: refusals by scope (只在这里为您处理订单的问题, 不处理招聘相关的事情); the buyer's question restated (您刚才问能不能私下…)
// and 随时找我 turn back to no offer.
// Round 15 (t15a): disbelief in the news or the media (别信新闻里说的，这个政府迟早完蛋) warns the buyer off no scam.
// Patterns are over the compact view (folded, simplified, no punctuation), like cue-rule's.

import type { LintContext } from '../context';
import type { Cue } from './cue-rule';
import { OWN_OFFER_CLAUSE, sentenceOf } from './cue-rule';
import { insideQuotes } from './quoted';
import { THESE_FEW } from '../context-words';

/** Warning the buyer off, or disowning the message: 请勿点击, 别相信, 是诈骗, 请举报, 不是我们发的 — not the sales push 请勿错过. */
// Round 22 (t22ca): …or disowned as unrelated to the shop (您看到的招代理信息和我们无关, 那条消息跟本店没关系), 不是我们店的活动 — the
// thing disowned is something the buyer received (a message, a link, an account, a person; lead: not the agent's own side line,
// 我私人接的活，和店铺没关系, which offers it);
// Round 43 (t43m): …or said to have no tie-up with the shop (书后面那页早教课程广告跟我们店没有合作) — a third party's ad in or on the goods.
// REFUSAL: a scheme said to be none of ours (我们没有任何拉人头、发展下线返利的玩法).
const WARNING =
  /(?:请勿|切勿|谨防|警惕|当心)(?!错过|犹豫|迟疑|观望|再等|外传|声张|告诉|泄露|透露)|勿信|勿点|(?:别相信|不要相信|别信|不要信)(?!新闻|电视|官媒|媒体|报道|宣传)|不要轻信|别轻信|小心上当|防骗|诈骗|骗局|骗子|骗钱|是骗|上当受骗|举报|冒充|冒用|假冒(?:客服|我们|本店)|自称(?:是)?(?:本店|我们|官方|客服|平台)|不是(?:我们|本店|官方|店铺)(?:店|家)?(?:发|说|的)|(?:消息|信息|短信|私信|链接|通知|广告|传单|宣传单|卡片|插页|彩页|活动|电话|来电|账号|群|页面|二维码|网站|店|号|人|那个|那条|那些|这些|对方|他们)[^，。！？]{0,4}(?:和|跟|与)(?:我们|本店|我们店|我们家|店铺|官方)(?:都|也|完全|根本|并|毫)?(?:无关|没关系|没有关系|没有任何关系|毫无关系|不相干|没有(?:任何)?合作|没合作|无合作|不是合作)|(?:我们|本店|店铺|官方)(?:不会|从不|从来不|绝不|不)(?:发|私信|主动|联系|推荐|推销|招|让您|要求)|违法的|是违法|属于违法|违规的|(?:(?<!要)不要|别|千万别|千万不要|切记不要|最好别|最好不要|劝您别|劝你别|不建议您?)(?:去)?(?:参与|参加|碰|投钱|投资|加入|掺和|相信|上当)(?![^]{0,10}(?:别人的|别家|外面的)[^]{0,8}(?:我的|我们的|我这|跟我|跟着我))/;

/** Turning the topic down and back to the order: 这类问题我们回答不了, 这个窗口只处理订单, 代写论文我们不做，本店只卖保健品,
 * 我们客服这边不处理招聘相关的事情 (round 8), 也不在这里谈合作 (a refusal by place; round 15),
 * 关注品牌官网的招聘信息, 这种事我不懂，说回您的订单. */
// (round 36, t36a: not a refusal limited to outsiders — 一般人我们不卖 keeps the goods for insiders)
// (round 39, t39o: …nor an exclusivity that affirms the service named — 代练、租号，我们不做别的只做这个: 不做别的 refuses the others, 只做这个
// points back at the service; 我们只做代练 names it as the one trade. 本店只卖保健品 after a refusal still turns the topic down.)
// (round 41, t41h: …or the topic said to be beyond the agent, 招聘的事客服这边不了解 — not 不方便在这说 alone, which hints at elsewhere)
// (round 40, t40b: …only with that exclusivity after it — 只做, 专门, 就做; 代练这种我们不做别的解释，就是不做 refuses more words about it, 别的
// qualifying 解释: the refusal stands)
const REFUSAL =
  /回答不了|答不了|没法回答|无法回答|不能回答|解答不了|无法解答|帮不了|办不了|开不了|做不了|不在(?:我们|客服|服务)?(?:的)?(?:服务)?范围|(?:只|仅)(?:能|负责|处理|管|受理|限)[^]{0,8}(?:订单|售后|商品|购物|物流)|(?:只|仅)(?:在这里|在这|在此)?(?:为您|为你|给您|给你|帮您|帮你)?(?:处理|负责|解答|回答)[^]{0,4}(?:订单|售后|商品|购物|物流)|(?:不|没法|无法)(?:处理|负责|受理|回答|解答|接待)[^]{0,8}(?:相关|这类|这种|此类|方面)|不方便(?:回答|透露|讨论)|(?:请|建议您?)(?:咨询|找|联系)(?:银行|专业|正规|官方|相关部门)|以[^]{0,6}官方[^]{0,4}(?:公告|通知|渠道)为准|(?:关注|查看|留意)[^]{0,4}官(?:网|方)|(?<!一般人|外人|生人|陌生人|新客|新客户|不熟的|不认识的)(?:我们|本店|店里|这边|咱们)(?:这边)?(?:都|也|全都|一概|一律|统统|从来|绝对)?(?:不做|不卖|不提供|不接|不涉及|不办|不懂)(?!(?:别的|其他|其它|别家|别样)[^]{0,6}?(?:只|专门|专做|专接|就(?:做|接|卖|搞|干|弄|提供)))|(?:我们|本店|店里|我们店|咱们)(?:这边)?(?:从来)?(?:没有|没)任何[^]{0,14}(?:玩法|活动|机制|模式|做法|项目)|(?:我们|本店|这边|客服|这里)(?:客服)?(?:这边)?(?:不处理|不负责|不受理)(?:这类|这种|这方面|这块|[^]{0,6}?(?:相关|方面|这块)|[^]{0,6}?的(?:事|问题))|(?:的事|的事情|的问题|这方面|这块|这类事)(?:我们|本店|这边|客服|这里){1,3}(?:不处理|不负责|不受理|处理不了|不(?:太)?了解|不(?:太)?清楚)|(?:本店|我们)只(?:卖|做|经营)(?!这个|这些|这块|这一块|这行|这一行|这项|这门|这种|这类|$)|我(?:也)?不(?:太)?(?:懂|清楚)|(?:说|聊|回)回[^]{0,4}订单|不在(?:这里|这儿|这边|此|这个窗口|客服这边|店铺这边)(?:谈|聊|讨论|处理|办|接|做|回答)/;

/** A turn back to offering after the warning: 但我可以帮您, 私下找我, 加我, 来我这做; secrecy (请勿外传, 别告诉别人) is no warning. */
// (有什么需要随时找我 closes a service reply, it turns back to nothing; round 8)
// Round 31 (t31f): …or a price named for the buyer who wants it (店里不卖的，要的话三十一斤; 想要的话二十块一瓶): a side sale past the
// shop's refusal.
const TURN = /但是?我|不过我|可是我|私下|私聊|(?<!随时|有事|需要|问题)找我|加我|联系我|来我|我这(?:有|做|边有|里有)|保密|偷偷|别声张|别告诉|不要告诉|别跟别人说|(?:要|想要|需要|喜欢)的话[^]{0,6}?(?:[0-9一二两三四五六七八九十百千几]+(?:块|元)|[0-9二两三四五六七八九十百千几]+[一每](?:斤|个|盒|瓶|件|份|包|罐|袋|只|条|箱))/;


/** Round 39 (t39o): the shop's one trade named right before the anchor (只做, 只接, 专门做). */
const ONLY_THIS_BEFORE = /(?:只|专门|专)(?:做|卖|接|搞|经营|提供|干)(?:的是|的就是)?$/;

/** The buyer's question restated, up to the anchor's neighbourhood: 您刚才问能不能私下交个朋友, 关于您问的兼职. */
const ECHO = /(?:您|你|亲)(?:刚才|刚刚|之前|上次)?(?:问|想问|咨询|提到|说)[^]{0,14}/;
/** Disowning words that make quoted bait a warning: 那不是我们发的, 别信, 都是假的. */
const DISOWN = /不是我们|不是本店|不是官方|并非|不会|从不|从来不|别|不要|勿|诈骗|骗|假的|举报|冒充|违法|谣言|无关|不存在|没有/;

/** An A-not-A question (要不要, 会不会, 是不是, 能不能): masked before DISOWN reads its 不. */
const A_NOT_A = /(要|会|是|能|可|有)(?:不|没)\1/g;

/** The frame regexes, so cue rules can list them as vocabulary (traditional characters fold into them). */
export const WARNING_FRAME_REGEXES: readonly RegExp[] = [WARNING, REFUSAL, TURN, DISOWN];

/**
 * True when the anchor at compact [start, end) is named inside a warning or refusal frame rather than offered.
 * Cue rules use it as `unless`.
 */
export function warningFrame(ctx: LintContext, start: number, end: number): boolean {
  const sentence = sentenceOf(ctx, start, end, 48);
  // den16: a refusal governs its own clause. When the anchor's clause opens anew on the shop and a modal of ability or offer
  // (我们不做代购，我们可以帮您代办签证), a refusal in an earlier clause no longer frames it: REFUSAL is read from that clause on.
  const own = ctx.before(start, 24, 'soft');
  const refusalScope = OWN_OFFER_CLAUSE.test(own) ? own + ctx.compact.slice(start, end) + ctx.after(end, 48, 'hard') : sentence;
  // The buyer's own question restated (您刚才问能不能私下交个朋友——不好意思…) is no turn back to an offer.
  // Round 39 (t39o): the anchor named as the one thing the shop does (我们不做别的，只做代练; 专门只接代充) is offered: no refusal frames it.
  const onlyThis = ONLY_THIS_BEFORE.test(ctx.before(start, 6));
  if ((WARNING.test(sentence) || (!onlyThis && REFUSAL.test(refusalScope))) && !TURN.test(sentence.replace(ECHO, ''))) return true;
  if (!insideQuotes(ctx, start, end)) return false;
  // Quoted bait: the disowning may come in the next sentence (…的消息。那不是我们发的，请勿点击).
  // Round 36 (t36f): an A-not-A question asks, it disowns nothing (要不要加入我们的“藏家俱乐部”, 会不会, 是不是): its 不要 / 不会 is no
  // disowning word.
  const near = (ctx.before(start, 30, 'hard') + ctx.after(end, 60, 'hard') + nextSentence(ctx, end)).replace(A_NOT_A, '');
  return DISOWN.test(near) && !TURN.test(near);
}

/**
 * Round 19 (t19dk): a whole compact sentence that warns the buyer off (WARNING) and never turns back to an offer (TURN) — for the
 * statistical 2.6 opinion, which marks whole sentences (最近有人冒充我们店拉人做“刷单兼职”…那都是诈骗，我们从来不招人，您千万别信).
 */
export function warnsOff(sentence: string): boolean {
  return WARNING.test(sentence) && !TURN.test(sentence.replace(ECHO, ''));
}

/**
 * Round 40 (t40b): a whole compact sentence that closes on an emphatic bare refusal (代写论文这类我们不做过多解释，反正不接; …，就是不做; …，一律
 * 不做) and never turns back to an offer — for the statistical 2.6 opinion, which weighs the service's name, not the refusal.
 */
const CLOSING_REFUSAL = /(?:就是|反正|坚决|一律|统统|绝对|一概)(?:都|也)?(?:不做|不接|不卖|不搞|不碰|不提供|不干|不弄)(?:的)?(?:哦|哈|呢|啊|呀|啦|了|滴)*$/;
export function closesOnRefusal(sentence: string): boolean {
  return CLOSING_REFUSAL.test(sentence) && !TURN.test(sentence.replace(ECHO, ''));
}

/** The compact text of the sentence after the anchor's one (bounded). */
function nextSentence(ctx: LintContext, end: number): string {
  const rest = ctx.after(end, 200, 'hard');
  const next = end + rest.length;
  if (next >= ctx.compact.length) return '';
  return ctx.compact[next]! + ctx.after(next + 1, 40, 'hard');
}

/** The cues with the warning frame as their `unless` (keeps any `unless` a cue already has). */
export function framed(cues: readonly Cue[]): Cue[] {
  return cues.map((cue) => {
    const own = cue.unless;
    return { ...cue, unless: own ? (ctx, s, e) => own(ctx, s, e) || warningFrame(ctx, s, e) : warningFrame };
  });
}

// The 2.7 frame (illegal-content): a sentence that names an illegal thing only to warn the buyer off it or to
// refuse it is compliant. Scam alerts (凡是私信您“兼职刷单”的都是诈骗 / 那不是我们发的，请勿点击 / 请直接举报),
// the shop refusing (本店从不… / 我们不做… / 这个我们不能做 / 开不了), and labelling it unlawful
// (会被认定为走私 / 那是违法的). Written against the compact view; used as a sentence-wide cancel, so every
// alternative names a frame, never a bare 不 (不封号 / 不需要处方 are offers, not refusals).

/** Scam alerts: the message is someone else's and the buyer is told to ignore or report it. */
// (round 36, t36a: 报警 as calling the police, not an alarm device — 烟雾报警器, 报警灯)
// 别点 is a link not to click; 先别点确认 (hold back confirming receipt) is no alert (round 10, t10c).
// (round 41, t41c: not a dashboard that keeps alarming — 嫌仪表盘老报警麻烦, 故障报警)
const SCAM_ALERT = '诈骗|骗局|是骗子|骗子的|冒充|不是我们发的|不是本店发的|不是我们的人|不是官方|请勿|切勿|(?:千万别信|别相信|不要相信|别信)(?!新闻|电视|官媒|媒体|报道|宣传)|不要点(?!确认|击确认)|别点(?!确认|击确认)|请直接举报|请举报|直接举报|(?<!仪表|仪表盘|表盘|老|总|总是|老是|一直|经常|乱|故障|不|不会|不再|没|没有|自动|会不会|能不能)报警(?!器|灯|声|音|系统|装置|功能|按钮|铃|模块|提示|阈值|值|响|频率|距离|温度)|提高警惕|谨防|保护好|(?:劝您|劝你|千万|最好|您|你)(?:别|不要)(?:去)?(?:参与|参加|碰|投钱|投资|加入|掺和)(?!我们|我这|我的)';
/** The shop refusing: 本店从不招兼职, 我们绝不卖, 我们不做这种. */
const SHOP = '(?:我们|本店|小店|这边|我这边|咱们|我司|我家|我们家|我们店|店里)';
// 不会/不能 only before an act the shop would refuse: 我们不会发这种消息, 不能帮您寄; not 我们不会告诉别人.
// (round 40, t40i: …and 不经营 / 不销售, 电击器、甩棍都是管制器具，本店不经营)
// Round 67 (engfa67): …and the topic refused as talk — not passed on, not answered, not chatted about (反动的言论我们不转发, 涉及毒品的问题我们不会
// 回答, 色情的话题我们不聊).
const REFUSE_VERB = '(?:从不|从来不|从来没|从没|绝不|决不|不做|不卖|不售|不经营|不销售|不提供|不接|不碰|不参与|不搞|不支持|拒绝|不转发|不传播|不回答|不讨论|不聊(?![^]{0,3}(?:价|钱|细节|具体))|(?:不会|不能|不可以)(?:做|卖|发|提供|参与|碰|搞|招|推荐|帮|接|代|开|办|这样|这么|转发|传播|回答|解答|讨论|聊))';
/** Objectless refusals after the thing: 这个我们不能做, 发票开不了, 回答不了; 也不走水客. */
// Round 25 (t25c): …not a refusal that is the condition of another way (按实付金额开不了的话，可以多开一点; 做不了的时候…): 的话/的时候 after it.
// (round 67, engfa67: …or the question itself left unanswered — 这个问题涉及色情，我们没法回答)
const OBJECTLESS_REFUSAL = '(?:不能做|做不了|办不了|开不了|帮不了|没法帮|不能帮|不能代|不可以做|不接这|不做这|不碰这|回答不了|答应不了|(?:没法|无法|不能|不便)(?:回答|回复|解答)(?![^]{0,2}(?:太多|更多|多少|太细|细节)))(?!的话|的时候|时)|(?:不|没|也不|从不)走(?:水客|水路|水货|私|灰色|偏门)';
/** Labelled unlawful: 会被认定为走私, 那是违法的, 要承担法律责任. */
// Round 31 (t31c): …or 属于逃避海关监管 / 属于偷逃税款 (低报价格、化整为零都属于逃避海关监管).
// (round 33, t33a: …not denied or made light of: 不违法, 不算犯法, 别怕违法)
// (round 36, t36d: …or said to break the rules, 刷单违反平台规则 / 这样做违反海关规定 — not 不会违反, 怕违反, 虽然违反…但, nor with a turn after it, 违反海关规定，不过我们有门路 — 您放心评价 is no turn)
const UNLAWFUL = '(?<!不|没|不算|算不上|并不|不会|不构成|别怕|不怕|不用怕)(?:违法|犯法|犯罪)|(?<!不|没|不算|算不上|并不|不会|不构成|别怕|不怕|不用怕|怕|担心|虽然|虽说|虽|尽管|就算|即使|哪怕)违反了?(?:平台|国家|海关|快手|相关|法律|法规)?(?:的)?(?:规则|规定|法规|法律|条例|规范)(?![^]*(?:但|不过|可是|然而|又怎样|又如何|私聊|私下|私我|门路))|认定为|属于走私|属于违禁|属于(?:逃避|偷逃|逃税|瞒报|伪报|虚假申报)|法律责任|坐牢|不合法|涉嫌';

/**
 * Round 24 (t24c): practices listed and refused together (多开或者改品名都不行, 拆单还是低报都不可以), and a kind refused with its subject said
 * a clause before (我们是正规跨境店，绝不做报关做低、拆单避税这种事). Not 不X都不行 (must do X), nor a question (…都不行吗).
 */
const LIST_REFUSED = '(?:或者|或是|还是|以及)[^不]{1,10}都(?:是)?(?:不行|不可以|不允许)(?![吗么嘛])';
const KIND_REFUSED = '(?:绝不|决不|从不|从来不|坚决不|绝对不)(?:做|干|搞|碰|参与|接)[^]{1,16}?(?:这种|这类|这样的|此类)(?:事|事情|勾当|操作|做法|行为)';
/**
 * Round 31 (t31c): the practices named first (often as the buyer's question) and refused together by a count (…少报点价格，或者拆成几个包裹
 * ——这两种都不行; 以上几种做法我们一律不接受). Not a condition (这两种都不行的话…) nor a question (这两种都不行吗).
 */
const COUNT_REFUSED = `(?:${THESE_FEW}|这些|以上|上述|这几|两种|两个)[^不]{0,6}?(?:都|也|全|一律|统统|一概)(?:是)?(?:不行|不可以|不允许|不能做|不接受|不支持|不做|做不了)(?![吗么嘛]|的话)`;

/**
 * Round 41 (t41a): a bare way in left open after the refusal (仿真枪我们店不卖，老客找我单独发; 这个我们不能卖，不过要的话可以单独发;
 * 平台不让上，熟人另说): refused for everyone, then offered to some privately — the refusal is a turn, not a refusal. Read only after the
 * refusal's own match (cue-rule `refusalTurn`). Not the buyer told to come back to the shop's window for the order (有问题随时找我), nor a
 * kind refused singly too (不单独卖).
 */
export const WAY_IN_AFTER =
  /(?:老客|熟客|熟人|老顾客|老客户|老主顾|自己人|认识的人?|内部的?人)(?:的话|来的话)?(?:可以|能|另说|好说|找我|私聊|私我|私信|单独|私下|例外|除外|没问题|就行|就可以)|(?:要|想要|需要|真要|真想要|实在要|非要)的话[^]{0,6}?(?:找我|私聊|私我|私信我|单独|私下|另外(?:发|卖|寄|给)|另说|好说|偷偷)|(?<!不|不能|不会|不可以|不给)单独(?:发|卖|寄|给您?|给你|拿|出|备|留|走)|另说|私下(?:发|卖|寄|给|拿|出|走)/;

// Round 36 (t36a): not a refusal limited to outsiders, which keeps the goods for insiders (一般人我们不卖, 外人我们不接).
const OUTSIDERS = '(?<!一般人|外人|生人|陌生人|新客|新客户|不熟的|不认识的)';
/**
 * Round 67 (engfa67): the thing called controlled or banned, then the sale said impossible (弩是管制物品，不能买; 防身用的甩棍是管制器具，不能卖给您;
 * 电击器这种是管制的，您不能买，我们也没有) — not a carrier refused (不能发顺丰，我们走货车), nor a turn after it (但, 私下, 懂的, 要的话, 老客, 走…).
 */
const SALE_IMPOSSIBLE_SOURCE = '(?:不能|不可以|没法|无法|不允许|不准)(?:买|卖|购买|销售|出售)';
const CONTROLLED_NO_SALE = `(?:管制|违禁|禁售|禁运|禁寄)[^]{0,10}?(?:${SALE_IMPOSSIBLE_SOURCE}|(?:我们|本店|店里)(?:也|都)?(?:没有|不卖|不售))(?![^]*(?:但|不过|可是|私|懂|要的话|老客|熟客|熟人|走|换个|改))`;
// (round 67, engfa67: …with 一概 / 统统 too — 毒品相关的信息我们一概不提供)
export const REFUSAL_FRAME = new RegExp(`${SCAM_ALERT}|${OUTSIDERS}${SHOP}(?:也|都|是|一律|一概|统统|绝对|坚决)?${REFUSE_VERB}|${OBJECTLESS_REFUSAL}|${LIST_REFUSED}|${KIND_REFUSED}|${COUNT_REFUSED}|${UNLAWFUL}|${CONTROLLED_NO_SALE}`);

/**
 * Round 33 (t33a): a whole compact sentence that warns the buyer off an unlawful act and calls it unlawful (麻将图个乐，千万别赌钱，赌博是违法的;
 * 别买来路不明的药，那是犯法的) — for the statistical 2.7 and 2.4 opinions, which weigh the act's words like an offer or a jibe. Not when
 * the unlawfulness is denied or made light of (不违法, 小赌怡情, 没事), nor with a turn back to an offer (但, 私下, 找我, 群).
 */
const WARNED_OFF = /(?:千万|最好|一定|劝您|劝你|请|您|你|大家)?(?:别|不要|勿|切勿|请勿|不能|不可以|禁止|远离)/;
const CALLED_UNLAWFUL = /(?<!不|没|不算|算不上|哪里|哪)(?:违法|犯法|犯罪|不合法|违禁|要坐牢|会坐牢|法律责任)/;
const MADE_LIGHT = /不违法|不犯法|没违法|不算违法|不算犯法|没事|没关系|无所谓|怡情|小赌|玩点小钱|偷偷|私下|悄悄|别声张|但|不过|可是|除非|找我|加我|联系我|群|带(?:您|你)|我们(?:有|这有|可以)/;
export function warnsOffUnlawful(sentence: string): boolean {
  return CALLED_UNLAWFUL.test(sentence) && WARNED_OFF.test(sentence) && !MADE_LIGHT.test(sentence);
}

/**
 * Round 65 (engfa65): a practice held at a distance (所谓…, 那种…, 网上说的…) and called a risk, the buyer sent back to the safe way (所谓不用
 * 处方就能买的降压药风险很大，请一定遵医嘱用药): a warning the statistical 2.7 opinion weighs like the offer it names. Not made light of or
 * turned back to an offer (MADE_LIGHT).
 */
const HELD_AT_DISTANCE = /所谓|那种|那些|网上(?:说|卖)的|外面(?:说|卖)的|有些(?:店|商家|人)(?:说|卖)的/;
const CALLED_RISKY = /风险(?:很|特别|非常|极)?大|有风险|很危险|危险性|伤身|伤肝|伤肾|不安全|出事/;
const SAFE_WAY = /遵医嘱|(?:去|到)(?:正规)?(?:医院|药店)|咨询医生|问(?:问)?医生|(?:千万|一定|请)?(?:别|不要|勿)(?:买|信|用|吃|碰)/;
export function riskWarnedOff(sentence: string): boolean {
  return HELD_AT_DISTANCE.test(sentence) && CALLED_RISKY.test(sentence) && SAFE_WAY.test(sentence) && !MADE_LIGHT.test(sentence);
}

/**
 * Round 35 (t35f): a whole compact sentence that warns the buyer off a third party (别信那些说能退全款的群, 千万别理私信找您的人) and
 * calls that party a scam (都是骗钱的, 全是骗子, 那是诈骗) — for the statistical 2.7 and 2.4 opinions, which weigh 骗钱 like a smear. Not
 * with the buyer judged (你就是骗钱的) or a turn back to us (找我, 加我, 私下, 但).
 */
const WARNED_OFF_PARTY = /(?:别|不要|千万别|千万不要|切勿|请勿|勿)(?:去|再|随便|轻易)?(?:信|相信|加|加入|进|理|理会|点|扫|回|联系|参加|上当)/;
// (round 67, engfa67: …or a noun of fraud after a bare 是, said of anything but the buyer — 所谓的彩票内部消息是骗局)
const CALLED_SCAM = /(?:都|全|全都|肯定|一定|那|这|其实|根本)(?:是|就是)(?:来)?(?:骗钱|骗人|骗子|诈骗|骗局|骗)|(?<!你|您|你们|我|我们)(?:是|就是|属于)(?:一个|个|一场|典型的)?(?:骗局|诈骗)/;
const SCAM_TURN = /(?:你|您)(?:就|才|也|这|这是|就是)?(?:是|在|想)[^，。！？]{0,2}骗|找我|加我|联系我|私下|私聊|但|不过|可是|我们(?:有|这有|可以|的群)/;
// Round 67 (engfa67): …or the buyer sent to report it instead of warned off (赌博平台说稳赚不赔都是骗人的，遇到了请报警或拨打96110).
const SENT_TO_REPORT = /(?<!不用|不必|别|不要|没|没有|不会|不敢)(?:请|请您|可以|直接|马上|立即|及时|记得)?(?:报警|举报)(?!器|灯|声)|96110|反诈/;
export function warnsOffScam(sentence: string): boolean {
  return (WARNED_OFF_PARTY.test(sentence) || SENT_TO_REPORT.test(sentence)) && CALLED_SCAM.test(sentence) && !SCAM_TURN.test(sentence);
}

/**
 * Round 40 (t40i, t40j): a whole compact sentence that names a kind as controlled or banned and refuses it as the shop (蝴蝶刀、弹簧刀属于管制
 * 刀具，我们店不卖，只有厨房用刀; 电子烟是禁寄物品，本店不经营; 甩棍、电击器属于管制器具，店里不卖; 国内禁止添加的成分我们一律不加) — for the
 * statistical 2.7 opinion, which weighs the weapon's or the drug's name like an offer: the lawful line told by what it leaves out. Not with a
 * turn back to a sale or a way around it (但, 私下, 要的话, 懂的, 熟客, 备注, 门路) nor a refusal kept for outsiders (一般人我们不卖).
 */
const CALLED_CONTROLLED =
  /管制(?:刀具|器具|物品|品|器械|药品|类|枪支)|受管制|违禁(?:品|物品|成分|药品?)?|禁售|禁寄|禁运|(?:国家|国内|法律|海关|平台|法规)(?:明令|明确|严格)?禁止(?:添加|销售|售卖|进口|使用|携带|邮寄|出售|买卖)?|违法(?:成分|添加)/;
const SHOP_REFUSES = new RegExp(
  `${OUTSIDERS}${SHOP}(?:店|这边|这里)?(?:也|都|是|一律|绝对|坚决|从来)?(?:不卖|不售|不做|不提供|不接|不经营|不销售|不代购|不碰|没有卖|没卖过)` +
    '|(?:我们|本店|店里|咱们|咱家|这边|我们店|我们家|小店|我家)[^，。！？]{0,4}?(?:一律|从来|从|绝|绝对|坚决|统统|一概|都|也)?(?:不卖|不售|不销售|不出售|不经营|不代购|不做|不加|不添加|不上架|不进货|不提供|没有卖|没卖|不碰|不发|不接)' +
    '|(?:一律|从来|从|绝|绝对|坚决|统统|一概)(?:不卖|不售|不加|不添加|不做|不碰)',
);
const CONTROLLED_TURN =
  /但|不过|可是|除非|私下|私聊|私信|私我|偷偷|悄悄|别声张|保密|(?:要|想要|需要)的话|找我|加我|联系我|懂的|懂得|备注|改名|换个名|另外|单独|门路|渠道|(?<!不)代购|代买|带回|夹带|改装|一般人|外人|生人|熟客|老客|熟人|内部/;
// Round 67 (engfa67): …or the sale said impossible with no subject (防身用的甩棍是管制器具，不能卖给您; 电棍是管制器具，个人不能购买).
const SALE_IMPOSSIBLE = new RegExp(SALE_IMPOSSIBLE_SOURCE);
export function controlledRefused(sentence: string): boolean {
  return CALLED_CONTROLLED.test(sentence) && (SHOP_REFUSES.test(sentence) || SALE_IMPOSSIBLE.test(sentence)) && !CONTROLLED_TURN.test(sentence);
}

/**
 * Round 42 (t42h): a whole compact sentence that names the grey trade's goods and turns them away (水客的货我们不收，每台相机都有报关单; 走私货
 * 我们一律不碰) — for the statistical 2.7 opinion, which weighs 水客 and 走私 like an offer. Not with a turn back to a supply (但老客可以, 私下).
 */
const GREY_TRADE_REFUSED =
  /(?:水客|走私|水货|私货|黑货|来路不明)(?:的|带的|带来的|带进来的|过来的)?(?:货|东西|商品|单子?|生意|渠道)?(?:我们|我们店|本店|店里|咱们|咱家|我家|这边|我这边)?(?:一律|从来|从|都|也|坚决|绝对|一概|一直)*(?:不收|不要|不拿|不进|不卖|不做|不接|不碰|不走|不沾)/;
const GREY_TRADE_TURN = /但|不过|可是|除非|老客|熟客|私下|悄悄|偷偷|要的话/;
export function greyTradeRefused(sentence: string): boolean {
  return GREY_TRADE_REFUSED.test(sentence) && !GREY_TRADE_TURN.test(sentence);
}
