// Round 12 (fa12): frames in which a flagged word is answered, explained or listed, not said. Shared by the cue rules
// (cue-rule.ts cueRule, before the cues are judged) and the 2.3 rules (cues.ts warningContext): one place, seven frames.
//
// - echoRebutted: the word sits in a question that the very next words rebut — 二维码付款？不存在的, 您问“有没有仿版”？没有的亲,
//   您说别家可以帮忙拆单免税？这个我们做不了. Not 要高仿？有的亲 / 加微信？可以呀 (no rebuttal), nor a rebuttal that turns back (…没有，但是…).
// - correctedQuote: the word quoted and then corrected or told apart — 之前同事说'平台已判定'是不准确的, 不是“1:1复刻”那种意思.
// - condemned: the word as the subject of an unlawfulness label — 仿版是违法的, 私下交易属于违规行为 (not …是违法的，但我们这批…).
// - listedUnder: the word in an enumerated list governed by a header that names scam tricks (以下都是骗子的常见套路：①…；②…) or by a
//   prohibition opening a 包括/比如 list (客服不能发布第三方信息，包括站外链接、二维码、电子邮箱) — until the list's sentence ends,
//   with no first-person ask inside it (…包括微信，加我就行).
// - refusedQuote: the quoted thing is the object of a refusal right before the quote — 无法提供“不走平台的优惠价”, 不能把商品报成“礼品”.
// - definedSentence: a quoted word defined and set apart from the copy sense — “1:1”是指还原比例，不是“1:1复刻”那种意思, ‘高防’是指防护
//   等级，跟高仿没有任何关系 (not when the definition claims likeness: ‘高防’是指跟专柜一模一样).
// - correctedQuote also takes a quote named as a complaint's topic (关于‘高仿’的差评) and the buyer's own words (您的原话是“…”).
// - refusedAfter: the thing named, then refused in its own clause — 加微信这个真不行 (not …不行吗, …不行的话, …不行，但是…).
// All tests read the hit's own sentence or the text right around it (bounded), after cheap unit prechecks.

import type { LintContext } from '../context';
import { firstAtLeast } from '../sorted';
import { quotePair } from './quoted';

const QUESTION_MARK = /[？?]/;

/** What opens the answer after the question mark (original text, punctuation kept); round 36 (t36c): past a pasted FAQ's answer label (Ｑ：…？\nＡ：不是的).
 * Round 36 (t36g): …or a bare refusal with no subject, closing its clause (不卖哦, 不加的, 绝不提供。) — not 不卖给你 / 不收钱就…. */
const REBUT =
  /^[\s"'”’」』）)\-—–~～…!！，,]*(?:(?:[AaＡａ]|答|回答|回复|答复|解答)[ \t\u3000]*[:：][\s]*)?(?:亲亲?|哈+|呃|嗯)?[，,\s~～]*(?:不存在(?:的|哦|哈|呢)?|没有(?:的|哦|呢|啦|滴|哈|这回事|这种|这个|这样)|没有[，,。！!~～]|没这(?:回事|种|个)|当然(?:不|没有)|绝对(?:不|没有)|不是(?:的|哦|呢|啦|这样)|不是[，,。！!~～]|并不是|并没有|哪有|哪里有|怎么可能|怎么会|不行(?:的|哦|哈|呢)?[，,。！!~～]|不可以(?:的|哦|哈|呢)?[，,。！!~～]|不能(?:的|哦|哈|呢)?[，,。！!~～]|做不了|办不了|(?:这个|这种|这些|这)?(?:事|忙)?(?:我们|本店|咱们|我们店|我家|咱家|小店|咱)(?:这边|家|店|这儿|这里|这)?(?:真的|确实|是|都|也|一律|从来|绝对)?(?:做不了|办不了|帮不了|不做|不卖|不提供|不支持|不接受|不能|不可以|不会|没有|从不|不搞)|(?:真的?|确实|绝对|肯定|都|也|一律|从来)?(?:不|从不|绝不)(?:卖|售|出售|做|提供|支持|接受|加|收|搞|碰|进)(?:的|哦|哈|呢|啦|呀|滴|噢)*(?:[，,。！!~～\s]|$))/;
/** …and no turn back to the thing in the rebutting sentence. */
const TURN = /但是|但|不过|可是|只是|有的|可以的|可以呀|没问题|加我|找我|私聊|私下|联系我|转我|发我|我的(?:微信|电话|号)/;

/** The hit's sentence is a question answered at once by a rebuttal. */
export function echoRebutted(ctx: LintContext, end: number): boolean {
  const text = ctx.text;
  const rest = ctx.after(end, 40, 'hard');
  const close = end + rest.length;
  if (close === 0) return false;
  const at = ctx.toOriginal(close - 1, close)[1];
  const m = /^[\s"'”’」』）)]*[？?]/.exec(text.slice(at, at + 6));
  if (!m) return false;
  const answer = text.slice(at + m[0].length, at + m[0].length + 40);
  const r = REBUT.exec(answer);
  // 没有的话考虑下我呗: a condition, not a rebuttal.
  if (!r || /^的?话/.test(answer.slice(r[0].length))) return false;
  const sentenceEnd = answer.search(/[。！!？?\n]/);
  const said = answer.slice(r[0].length, sentenceEnd < 0 ? answer.length : sentenceEnd);
  return !TURN.test(said);
}

/**
 * Round 19 (t19bq): the buyer's question quoted with no question mark of its own (您问“不走平台能便宜点吗”——不能哈，…; 您问的“能私下
 * 交易吗”，不可以的): a verb of asking before the quote, a question particle closing it, and a rebuttal (REBUT) right after it,
 * with no turn back in the rebutting sentence (…不能，但是加我…).
 */
const ASKED_LEAD = /(?:问|问的|问过|问了|问我|问我们|咨询|咨询的)[：:，,\s]*$/;
const ASK_CLOSE = /(?:吗|么|嘛|不|没|没有|呢|行不行|可不可以|能不能)[\s？?～~…]*$/;
const ASK_OPEN = /^(?:能不能|可不可以|可以不可以|能否|可否|是否可以|有没有|行不行)|(?:吗|么|嘛|行不行|可以不|能不能)[\s？?～~…]*$/;
const OPENING_ANSWER_CANT = /^[\s—\-–:：~～…，,]*[^。！？!?\n，,]{0,16}?(?:没法|无法|不能|不可以|不支持|做不了|办不了|不提供|开不了|不行)/;
function quotedAskRebutted(ctx: LintContext, start: number, end: number): boolean {
  const pair = quotePair(ctx, start, end);
  if (!pair) return false;
  const [open, close] = pair;
  const text = ctx.text;
  const said = text.slice(open + 1, close);
  // Round 20 (t20bt): …or the buyer's question quoted to open the reply, no verb of asking (“能不能走对公账户开专票”——跨境商品没法开…),
  // answered with a can't in the first clause after it.
  const opening = text.slice(0, open).trim() === '' && ASK_OPEN.test(said);
  if (opening) {
    const first = text.slice(close + 1, close + 41);
    const cant = OPENING_ANSWER_CANT.exec(first);
    if (cant) {
      const end = first.search(/[。！!？?\n]/);
      return !TURN.test(first.slice(cant[0].length, end < 0 ? first.length : end));
    }
  }
  if (!ASKED_LEAD.test(text.slice(Math.max(0, open - 8), open)) || !ASK_CLOSE.test(said)) return false;
  const answer = text.slice(close + 1, close + 41);
  const r = REBUT.exec(answer);
  if (!r || /^的?话/.test(answer.slice(r[0].length))) return false;
  const sentenceEnd = answer.search(/[。！!？?\n]/);
  return !TURN.test(answer.slice(r[0].length, sentenceEnd < 0 ? answer.length : sentenceEnd));
}

/** After a closing quote: the words called wrong, or told apart as not what is meant. */
const CORRECTED_AFTER = /^\s*(?:这(?:个|种|句)?(?:话|说法)?)?(?:是|都是|其实是|说得|说的|属于)?(?:不准确|不正确|不严谨|不对|错误|错的|有误|说错|写错|打错|标错|口误|笔误|不实|误导)/;
const MEANT_AFTER = /^\s*(?:那种|这种|那个|这个|的)(?:意思|含义|说法)/;
const NOT_BEFORE_QUOTE = /(?:不是|并不是|而不是|并非|不指|不代表)\s*$/;

/** A sentence that defines a quoted word and sets it apart from the copy sense: “1:1”是指还原比例，不是“1:1复刻”那种意思. */
// (…or set apart as unrelated: ‘高防’是指高防护等级IP68，跟高仿没有任何关系.)
const DEFINED_SENTENCE = /[”"'’」]\s*(?:是指|指的是|是说|说的是|的意思是|意思是)([^。！？!?\n]{0,30}?)(?:(?:不是|而不是|并不是|并非)[^。！？!?\n]{0,16}(?:意思|含义|意义)|(?:跟|和|与)[^。！？!?\n]{0,8}(?:没有任何关系|没有关系|没关系|无关|不是一回事|是两回事))/;

/** A closing quote and a definer (”是指, "意思是): every DEFINED_SENTENCE match starts at one. */
const DEFINER = /[”"'’」]\s*(?:是指|指的是|是说|说的是|的意思是|意思是)/g;

export function definedSentence(ctx: LintContext, start: number, end: number): boolean {
  const [s, e] = ctx.toOriginal(start, end);
  const text = ctx.text;
  // The text read below lies within [s − 60, e + 60): without a definer starting there, nothing can match (found once per
  // draft, so a long paste does not slice and search around every hit).
  if (!anyWithin(ctx.memo('rebut:definers', () => startsOf(DEFINER, text)), Math.max(0, s - 60), e + 60)) return false;
  const window = text.slice(Math.max(0, s - 60), s);
  const head = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('\n')) + 1);
  const stop = text.slice(e, e + 60).search(/[。！？!?\n]/);
  const m = DEFINED_SENTENCE.exec(head + text.slice(s, stop < 0 ? e + 60 : e + stop));
  // …and the definition itself claims no likeness to the genuine (‘高防’是指跟专柜一模一样，和防晒没关系).
  return m !== null && !LIKENESS.test(m[1]!);
}
const LIKENESS = /一模一样|一样|没区别|没有区别|无差别|看不出|分不出|专柜|正品|原版|原厂|大牌|复刻|仿/;

/** A quote named as the topic of a complaint (关于‘高仿’的差评), or the buyer's own words (您的原话是“…”). */
const TOPIC_BEFORE_QUOTE = /(?:关于|针对|对于|有关)\s*$/;
const TOPIC_AFTER_QUOTE = /^\s*(?:的|这条|这个|那条)?(?:差评|评价|评论|留言|投诉|质疑|说法|传言|反馈)/;
const OWN_WORDS_LEAD = /(?:您|你|买家|对方|顾客|客户)(?:的|刚才的|之前的)?原话(?:是|为)?[：:，,\s]*$/;

/**
 * Round 14 (fa14b): a quote said not to exist right after it — 您提到“平台规定必须好评才能退款”，没有这样的规定哦; “…”这种说法不存在 —
 * not asked back (没有这样的规定吗？) nor turned (…没有这样的规定，但是…).
 */
const DENIED_AFTER_QUOTE = /^[\s，,。！!—\-]*(?:亲|哦|呃|其实|但|可是)?[，,\s]*(?:(?:这(?:个|种|句)?(?:话|说法|规定|规则)?)?(?:是)?(?:根本|压根|并|从来|完全)?(?:没有|不存在|没)(?:这样|这种|这个|这条|这类|此|那样)?(?:的)?(?:规定|说法|规则|政策|要求|条款|回事|事)|(?:这(?:个|种|句)?(?:话|说法|规定|规则)?)?(?:根本|压根|其实)?(?:不存在|没这回事|是谣言|是误传|是误会)|平台(?:并|从来|根本)?(?:没有|没|不会有)(?:这样|这种|这条|这个)(?:的)?(?:规定|规则|要求|政策))(?![^。！？!?\n]{0,3}[？?吗么])/;
const DENIAL_TURN = /但是|但|不过|可是|只是|的确有|确实有/;
export function correctedQuote(ctx: LintContext, pair: readonly [number, number]): boolean {
  const [open, close] = pair;
  const after = ctx.text.slice(close + 1, close + 16);
  if (CORRECTED_AFTER.test(after)) return true;
  const denial = DENIED_AFTER_QUOTE.exec(ctx.text.slice(close + 1, close + 30));
  if (denial) {
    const rest = ctx.text.slice(close + 1 + denial[0].length, close + 60).split(/[。！？!?\n]/)[0]!;
    if (!DENIAL_TURN.test(rest)) return true;
  }
  const lead = ctx.text.slice(Math.max(0, open - 10), open);
  if (OWN_WORDS_LEAD.test(lead) || (TOPIC_BEFORE_QUOTE.test(lead) && TOPIC_AFTER_QUOTE.test(after))) return true;
  return MEANT_AFTER.test(after) && NOT_BEFORE_QUOTE.test(ctx.text.slice(Math.max(0, open - 6), open));
}

/** The word labelled unlawful right after it: 仿版是违法的, 私下交易属于违规行为. */
const CONDEMNED_AFTER = /^(?:[^，,。是都就也属违侵犯涉但我不]{0,3}?)(?:本身|这种东西|这类东西|这种事|这类事)?(?:都|本来就|本身就|就|也)?(?:是|属于|涉嫌)(?:违法|违规|侵权|犯法|不合法|违禁|诈骗)|^(?:[^，,。是都就也属违侵犯涉但我不]{0,3}?)(?:都|本身|本来就)?(?:违法|违规|侵权|犯法)/;
export function condemned(ctx: LintContext, end: number): boolean {
  const m = CONDEMNED_AFTER.exec(ctx.after(end, 12));
  return m !== null && !TURN.test(ctx.after(end, 40, 'hard').slice(m[0].length));
}

/** A header that names what follows as scam tricks, or a prohibition opening an inclusive list. */
// (round 29, t29b: …or names them as the scammer's lines — 骗子常说的几句话给您列一下：①“我是平台客服”②…)
const SCAM_HEADER = /(?:骗子|诈骗|骗局|冒充|钓鱼)[^。！？!?\n]{0,16}(?:套路|手段|手法|话术|伎俩|特征|骗术|情况|方式|说法|话|说辞|台词|借口|花招|招数|开场白)[^。！？!?\n]{0,8}[：:]/g;
const PROHIBITION_LIST = /(?:不能|不得|禁止|严禁|不允许|不可以|不准|请勿|切勿|不会)[^。！？!?\n]{0,30}?(?:包括|比如|例如|诸如|像是)[：:]?/g;
/** A first-person ask inside the list turns it back into an offer. */
const LIST_TURN = /加我|找我|联系我|私我|私聊我|我发|发您|发你|给您发|给你发|转我|转给我|给我|我的(?:微信|电话|号|v)|私下给|复制|打开|点开|点击|搜一下|搜索|便宜|优惠|要不要/;

export function listedUnder(ctx: LintContext, start: number, end: number): boolean {
  const text = ctx.text;
  const [s, e] = ctx.toOriginal(start, end);
  // Only the hit's own sentence can hold its header (a list ends at 。).
  // (Searched inside a bounded window: lastIndexOf over the whole text would make a long paste with no 。 quadratic.)
  // Cheap precheck: neither a scam word nor a prohibition word in the 320 units before the hit (the lead below lies
  // there); the words' places are found once per draft.
  if (!endsWithin(ctx.memo('rebut:list-words', () => wordPlaces(text)), Math.max(0, s - 320), s)) return false;
  const window = text.slice(Math.max(0, s - 320), s);
  const lead = window.slice(Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1);
  if (!/骗|冒充|钓鱼|不能|不得|禁止|严禁|不允许|不可以|不准|请勿|切勿|不会/.test(lead)) return false;
  let header = -1;
  SCAM_HEADER.lastIndex = 0;
  for (let m = SCAM_HEADER.exec(lead); m; m = SCAM_HEADER.exec(lead)) header = m.index + m[0].length;
  let listed = header >= 0 && !/[。\n]/.test(lead.slice(header));
  if (!listed) {
    // The prohibition and its 包括 list in the hit's own sentence.
    const sentenceStart = Math.max(lead.lastIndexOf('！'), lead.lastIndexOf('？')) + 1;
    const own = lead.slice(sentenceStart);
    PROHIBITION_LIST.lastIndex = 0;
    let at = -1;
    for (let m = PROHIBITION_LIST.exec(own); m; m = PROHIBITION_LIST.exec(own)) at = m.index + m[0].length;
    // Between 包括 and the hit: only list items (short, separated by 、，和或及).
    listed = at >= 0 && /^(?:[^，,。；;：:我是]{0,10}[、，,和或及]|以及)*[^，,。；;：:我是]{0,10}$/.test(own.slice(at));
  }
  if (!listed) return false;
  const tail = text.slice(e, e + 60);
  const stop = tail.search(/[。\n]/);
  // Round 29 (t29b): the scammer's lines quoted as items (③“加我QQ/微信处理”) are the list, not our ask: quotes are left out.
  const unquoted = (s: string) => s.replace(/“[^“”]*”|「[^「」]*」/g, '');
  return !LIST_TURN.test(unquoted(lead.slice(Math.max(0, header)).slice(-60))) && !LIST_TURN.test(unquoted(stop < 0 ? tail : tail.slice(0, stop)));
}

/** Right before the opening quote: a refusal whose object is the quoted thing. */
const REFUSED_BEFORE = /(?:无法|不能|没法|没办法|不会|不可以|不可能|不予|不|绝不)(?:按|照|根据)?[^，,。！？!?“”"「」]{0,8}?(?:提供|给|给您|做|办|答应|满足|接受|支持|开|发|报成|写成|改成|填成|标成|申报成|报为)\s*$/;
export function refusedQuote(ctx: LintContext, pair: readonly [number, number]): boolean {
  const open = pair[0];
  // Quotes listed one after another (报成“礼品”“样品”) share the refusal before the first.
  let lead = ctx.text.slice(Math.max(0, open - 24), open);
  const prev = /[”」』"'][、，,和或\s]*$/.exec(lead);
  if (prev) {
    const base = Math.max(0, open - 40);
    const k = ctx.text.slice(base, open - prev[0].length - 1).lastIndexOf(ctx.text[open] === '"' ? '"' : '“');
    if (k >= 0) lead = ctx.text.slice(Math.max(0, base + k - 24), base + k);
  }
  return REFUSED_BEFORE.test(lead);
}

/** The thing named, then refused in its own clause: 加微信这个真不行, 私下交易确实不可以 (not …不行吗, …不行的话, …不行，但是…). */
// (A topic marker or a speaker's adverb must stand between: 品牌渠道做不到这价 says what the channel cannot do.)
const REFUSED_AFTER = /^(?:(?:这个|这件事|这事|这种|这样)(?:真的?|确实|实在|是|绝对|肯定)?|(?:真的?|确实|实在|绝对|肯定))(?:不行|不可以|不能|不允许)(?![吗么嘛的话])/;
// Round 13 (fa13): the thing as a topic, the shop refusing to deal in it, closing its clause — 高仿的东西我们不敢卖，也不会卖, A货这种我们
// 从来不碰, 水货我们店一律不进 (not 高仿我们不敢卖太贵 / 不卖给别人: the refusal must end its clause; not …不卖，但是…).
const SHOP_REFUSED_AFTER = /^(?:款|版|货)?(?:的|的东西|的货|的商品|这种东西|这种货|这类东西|这类货|这种|这类|这些)?(?:我们|本店|我们店|我们家|咱们|咱家|店里|小店|我这边|我们这边)(?:店|家)?(?:是|都|也|从来|一律|一概|绝对|坚决|根本|肯定|可)*(?:不敢|不会|不|从不|绝不|决不|没)(?:敢)?(?:卖|做|进|碰|售|上架|经营|代购|出售|进货|拿货|搞)(?:的|过)?(?:哦|哈|呢|啊|呀)?$/;
export function refusedAfter(ctx: LintContext, end: number): boolean {
  const clause = ctx.after(end, 20);
  if (SHOP_REFUSED_AFTER.test(clause)) return !TURN.test(ctx.after(end, 40, 'hard').slice(clause.length));
  const m = REFUSED_AFTER.exec(ctx.after(end, 12));
  return m !== null && !TURN.test(ctx.after(end, 40, 'hard').slice(m[0].length));
}

const LIST_WORDS = ['骗', '冒充', '钓鱼', '不能', '不得', '禁止', '严禁', '不允许', '不可以', '不准', '请勿', '切勿', '不会'];

/** Start of every match of a global regex, in order. */
function startsOf(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Whether a sorted list holds a value in [lo, hi). */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  const i = firstAtLeast(sorted, lo);
  return i < sorted.length && sorted[i]! < hi;
}

/** First units of LIST_WORDS: a place can only start on one. */
const LIST_FIRST = new Uint8Array(0x10000);
for (const w of LIST_WORDS) LIST_FIRST[w.charCodeAt(0)] = 1;

/**
 * Every occurrence of LIST_WORDS (overlaps included) as [start, end], sorted by start (words of one start in list order).
 * One pass over the text (not one indexOf pass per word and a sort: 13 passes over a pasted megabyte).
 */
function wordPlaces(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!LIST_FIRST[text.charCodeAt(i)]) continue;
    for (const w of LIST_WORDS) if (text.startsWith(w, i)) (starts.push(i), ends.push(i + w.length));
  }
  return { starts, ends };
}

/** Whether a word lies wholly in [lo, hi). Words are at most 3 units long, so the first few from lo decide. */
function endsWithin(places: { starts: number[]; ends: number[] }, lo: number, hi: number): boolean {
  for (let i = firstAtLeast(places.starts, lo); i < places.starts.length && places.starts[i]! < hi; i++) if (places.ends[i]! <= hi) return true;
  return false;
}

/** What a draft holds at all, read once per draft: most drafts hold no question, quote, list header or definition. */
interface Features {
  question: boolean;
  quote: boolean;
  list: boolean;
  meaning: boolean;
}
function features(text: string): Features {
  return {
    question: QUESTION_MARK.test(text),
    quote: /[“”"'「」『』‘’]/.test(text),
    list: /骗|冒充|钓鱼|包括|比如|例如|诸如|像是/.test(text),
    meaning: /意思|含义|意义|关系|无关|回事/.test(text),
  };
}

/** Round 13 (fa13): the thing told apart from what the shop does — 我们是保税模式，和水客带货完全不同, 跟所谓的高仿根本不是一回事,
 * 与代购小作坊有本质区别 (not …和高仿没区别 / 跟专柜一样: likeness is no contrast; not …完全不同，但是…). */
// Round 14 (fa14b): a short modifier may sit between (和违禁的大麻制品不是一回事), and the sense told apart may say 意思/概念 (和山寨那种
// “复刻”不是一个意思).
// Round 44 (t44g): 什么/啥 in front, dismissing the word (跟什么“A货”完全不是一回事, 和啥高仿根本是两码事).
const APART_BEFORE = /(?:和|跟|与|同)(?:什么|啥)?(?:那种|这种|那些|所谓的?|外面的?|市面上的?|别家的?|一般的?|普通的?|[^，。！？、和跟与同我咱本]{1,4}的)?$/;
const APART_AFTER = /^(?:款|货|那种|这种|那些|之类的?|的做法|的模式|的东西|[^]{1,3}?|[^，。！？]{0,3}?(?:那种|这种|那类|说的|的那种)[^，。！？]{1,4}?)?(?:是|都|也|可)?(?:完全|根本|截然|压根|本质上|彻底)?(?:不同|不一样|不是一回事|不是一码事|不是一个意思|不是一个概念|是两回事|是两码事|两回事|两码事|无关|没关系|没有关系|没有任何关系|毫无关系|不沾边|有本质区别|有本质的区别|区别很大|有很大区别|完全是两样)/;
export function toldApart(ctx: LintContext, start: number, end: number): boolean {
  if (!APART_BEFORE.test(ctx.before(start, 8))) return false;
  const m = APART_AFTER.exec(ctx.after(end, 16));
  return m !== null && !TURN.test(ctx.after(end, 40, 'hard').slice(m[0].length));
}

/**
 * Round 14 (fa14b): the thing as what the buyer asks US to do, refused in the very next clause — 您想让我们在奶粉罐里夹带感冒药一起寄，
 * 这个绝对不行; 要我们先承认是假货再退款，这个做不到; 非要我们承认卖的是假货，抱歉没法承认. Not when the refusal turns back (…不行，除非加钱 /
 * …不行，但是…), nor a request we make of the buyer (让您加微信).
 */
const DEMANDED_OF_US = /(?:让|要|叫|逼|要求|非要|硬要|请)(?:我们|本店|我|店里|咱们|商家|店家|客服)[^。！？!?\n]{0,18}$/;
const REFUSED_NEXT = /^[^，,。！？!?\n]{0,14}?[，,；;—\s]+(?:亲|但|可是)?[，,\s]*(?:抱歉|不好意思|对不起)?[，,\s]*(?:这个|这事|这件事|这样|这种事|那)?(?:我们|本店|咱们)?(?:真的?|绝对|确实|实在|肯定|是|都|也|可)*(?:不行|做不到|办不到|做不了|办不了|不可以|不能|没法|没办法|不可能|帮不了|不会(?:这么|这样)?做)/;
const DEMAND_TURN = /除非|加钱|另外收|私下|悄悄|偷偷|加我|找我|但是|不过|可是|只是/;
export function demandRefused(ctx: LintContext, start: number, end: number): boolean {
  if (!DEMANDED_OF_US.test(ctx.before(start, 24, 'hard'))) return false;
  const at = ctx.toOriginal(end - 1, end)[1];
  const after = ctx.text.slice(at, at + 60);
  const m = REFUSED_NEXT.exec(after);
  if (!m) return false;
  const tail = after.slice(m[0].length).split(/[。！？!?\n]/)[0]!;
  return !DEMAND_TURN.test(tail);
}

/** Any of the frames above. */
export function rebutted(ctx: LintContext, start: number, end: number): boolean {
  const f = ctx.memo('rebut:features', () => features(ctx.text));
  if (f.question && echoRebutted(ctx, end)) return true;
  if (condemned(ctx, end)) return true;
  if (f.list && listedUnder(ctx, start, end)) return true;
  if (f.meaning && f.quote && definedSentence(ctx, start, end)) return true;
  if (refusedAfter(ctx, end)) return true;
  if (toldApart(ctx, start, end)) return true;
  if (demandRefused(ctx, start, end)) return true;
  if (!f.quote) return false;
  const pair = quotePair(ctx, start, end);
  return pair !== undefined && (correctedQuote(ctx, pair) || refusedQuote(ctx, pair) || quotedAskRebutted(ctx, start, end));
}
