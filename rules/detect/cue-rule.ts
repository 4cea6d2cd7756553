// Cue rules for the conduct family (2.4–2.9): an anchor word found by the engine's one automaton pass,
// judged by small regexes over its neighbourhood in the same sentence. A 1 MB paste therefore costs one
// scan plus a few bounded regex tests per anchor, never a full-text regex per pattern.
//
// Patterns are written against the COMPACT view (folded, lowercased, simplified, no spaces/punctuation),
// so 「傻 @# 逼」, 「ＳＢ」 and 「我 是 快 手 官 方」 reach them in their plain forms.
//
// Round 15 (t15b): a cue's before/after/sentence/window tests leave out the words inside someone else's quote (the buyer's message,
// a stranger's threat told back; detect/quoted.ts othersQuoteRanges) when the anchor is outside it, keeping only the quoted party's
// act (差评, 投诉, 退款…): 您说有人发消息说“知道你住哪”，请问是哪个账号？ is no whereabouts threat at 账号.

import { firstUnits, holdsUnitOf, maskMatches, type LintContext, type TermHit } from '../context';
import { defineRule, FoldedTerm, type RuleMeta, type RuleModule, type TermSpec } from '../define-rule';
import { CONDITIONALS, DENIALS, QUESTION_LEADS, RHETORICAL } from '../lexicon/conduct';
import { foldTerm, HARD, SOFT } from '../normalize';
import type { Severity } from '../types';
import { buyerQuoted, hasQuoteMarks, mentionedWords, offeredAfterQuote, othersQuote, othersQuoteEnd, othersQuoteRanges, quotedSpeech, reportedAbuse } from './quoted';
import { askedThenDeclined, askedThingDeclined, askNear, REPORT_REACH, reportedThenDenied, reporterNear } from './answered';
import { productCode } from './codes';
import { straddles } from './straddle';
import { rebutted } from './rebut';
import { depicted, glossed, templateTitle } from './mention';
import { negatedCompound } from './negated-compound';
import { leadingEdge, mayMatch, trailingEdge, type Edge } from './regex-edges';
import { DraftWords, needBits, needOfPattern } from './regex-needs';

// Read once: under tsx (CommonJS) every read of an imported binding is a getter call, and judge() calls
// this up to four times per cue.
const mayMatchUnit = mayMatch;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation of plain words, folded like drafts, longest first. Latin or digit edges get
 * word boundaries so 'sb' never matches inside 'usb' and 'ks' never inside 'thanks'.
 */
export function alt(words: readonly string[]): string {
  const folded = [...new Set(words.map(foldTerm).filter(Boolean))].sort((a, b) => b.length - a.length);
  const parts = folded.map((w) => {
    let s = escapeRegex(w);
    if (/^[a-z]/.test(w)) s = `(?<![a-z])${s}`;
    else if (/^[0-9]/.test(w)) s = `(?<![0-9])${s}`;
    if (/[a-z]$/.test(w)) s = `${s}(?![a-z])`;
    else if (/[0-9]$/.test(w)) s = `${s}(?![0-9])`;
    return s;
  });
  return `(?:${parts.join('|')})`;
}

/**
 * Regex over the compact view: interpolated word lists become folded alternations, literal text is
 * taken raw (write it simplified and lowercase). re`${SECOND_PERSON}(?:是|就是)?$`
 */
export function re(strings: TemplateStringsArray, ...parts: readonly (readonly string[] | string)[]): RegExp {
  let source = strings.raw[0]!;
  parts.forEach((part, i) => {
    source += (typeof part === 'string' ? part : alt(part)) + strings.raw[i + 1]!;
  });
  return new RegExp(source);
}

const DENIAL_TAIL = new RegExp(`${alt(DENIALS)}.{0,4}$`);
// Words that hold a bare denial unit (别, 防, 怕, 没, 莫) but deny nothing: 特别提醒, 防身喷雾, 哪怕是, 没错; and 怕是 /
// 怕不是 / 只怕, which foretell (您往后网购怕是不会太顺: round 21).
// They are masked out (same length) before the denial tests, as cues.ts does for the 2.3 rules.
const NOT_DENIAL = new RegExp(
  alt([
    '特别', '告别', '分别', '级别', '类别', '性别', '个别', '差别', '派别', '道别', '离别', '送别', '辞别', '别致', '别墅', '别名', '别称', '别针', '别家', '别的', '别处', '别人',
    '防身', '防伪', '防窜', '防水', '防晒', '防滑', '防护', '防御', '防狼', '防爆', '防盗', '防蚊', '防辐射', '防摔', '防尘', '防臭', '防脱', '防潮', '防冻', '防弹', '消防',
    '国防', '海防', '边防', '哪怕', '恐怕', '怕是', '怕不是', '只怕', '没错', '没想到', '没得说', '淹没', '出没', '莫名', '约莫',
    // 没 inside a verb of seizing or sinking (海关罚没的原单尾货; round 12, t12c).
    '罚没', '没收', '吞没', '埋没', '沉没', '湮没', '覆没',
    // 说 of the agent's own aside, so 说我们 (RHETORICAL: 谁说我们…) does not read 顺便说我们还有… as a rumour denied (round 40, t40l).
    '顺便说', '顺带说', '顺便再说', '顺嘴说',
    // A difference denied is a likeness claimed (跟正品喝不出区别的高仿, 和原版没区别的复刻, 摸不出来的A货): the word is sold, not denied
    // (round 43, t43b; DENIAL_QUANTIFIED already reads 没有任何区别 so). A sense that cannot tell, or no difference.
    // (only with the difference named: 看不出是假的 of a realistic imitation still denies the word — the sense alone is no likeness)
    ...['看', '喝', '摸', '吃', '尝', '闻', '听', '瞧', '品', '分', '认', '辨', '验', '测'].flatMap((v) => ['区别', '差别', '差异', '两样'].map((d) => `${v}不出${d}`)),
    '没区别', '没有区别', '没差别', '没有差别', '没什么区别', '没啥区别', '没两样', '没什么两样', '没啥两样', '无差别', '没差异', '没有差异',
    // Round 60 (eng60b): 小心 with a degree complement is intransitive — "watch yourself", said to the buyer — and governs nothing after it
    // (小心点 知道你住哪儿, 你小心着点 我认得你家): no warning of what follows, as 小心骗子 / 小心高仿 are.
    '小心点', '小心一点', '小心些', '小心一些', '小心着点', '小心点儿', '小心着', '小心为妙',
  ]),
  'g',
);
const maskNonDenials = (text: string): string => maskMatches(text, NOT_DENIAL);
const DENIAL_OR_RHETORICAL_FIRST = firstUnits([...DENIALS, ...RHETORICAL]);
/** The unit maskMatches() writes over a masked word: denied()'s fast path needs it to start no denial word. */
const FILLER_IS_DENIAL_FIRST = DENIAL_OR_RHETORICAL_FIRST[maskMatches('x', /x/g).charCodeAt(0)] === 1;
const RHETORICAL_ANY = new RegExp(alt(RHETORICAL));
const CONDITIONAL_ANY = new RegExp(alt(CONDITIONALS));
const QUESTION_TAIL = new RegExp(`${alt(QUESTION_LEADS)}.{0,2}$`);
const CONDITIONAL_FIRST = firstUnits(CONDITIONALS);

// Round 13 (t13b): a denial inside a condition whose consequence the speaker then states (你不接我们就打你老婆电话, 不删我就…)
// negates the buyer's act, not the anchor after 我们就.
const CONDITION_THEN = /(?:我们|我|咱们|咱)(?:就|便)/;

/**
 * Round 24 (t24c): quoted items juxtaposed (没有什么“复印版”“扫描版”, 不卖“高仿”、“A货”): the compact start of the quoted item right
 * before the one at `start`, or -1. The denial of the first item governs the rest, as in a 、 list (deniedList).
 */
function previousQuotedItem(ctx: LintContext, start: number): number {
  if (start === 0 || !hasQuoteMarks(ctx)) return -1;
  const at = ctx.toOriginal(start, start + 1)[0];
  const from = Math.max(0, at - 4);
  const m = /[”"’」』]\s*[、，,]?\s*[“"‘「『]\s*$/.exec(ctx.text.slice(from, at));
  if (!m) return -1;
  const close = from + m.index;
  // Walk back over the previous item (a few units) to the unit right after its opening mark.
  for (let p = start - 1, steps = 0; p >= 0 && steps < 12; p--, steps++) {
    const k = ctx.toOriginal(p, p + 1)[0];
    if (k >= close) continue;
    let i = k - 1;
    while (i >= 0 && /\s/.test(ctx.text[i]!)) i--;
    if (i >= 0 && /[“"‘「『]/.test(ctx.text[i]!)) return p;
  }
  return -1;
}

const KIND_WORD_BEFORE = /(?:那种|那类|那些|这种|这类|那样的)(?:所谓的?)?$/;
const IDENTITY_DENIED = /(?:不是|并不是|并非|绝非|绝不是|而不是|也不是|可不是|根本不是|从来不是)(?:(?![是但就只却])[^]){0,12}(?:那种|那类|那些|这种|这类|那样的)(?:所谓的?)?$/;
/** A denial or warning governs the compact position: 不卖高仿, 谨防高仿, 担心买到仿品. */
export function denied(ctx: LintContext, start: number, depth = 0): boolean {
  if (depth < 6) {
    const previous = previousQuotedItem(ctx, start);
    if (previous >= 0 && denied(ctx, previous, depth + 1)) return true;
  }
  // Round 33 (t33e): an identity denied with the kind named before the word (它不是市面上那种仿冒表, 并不是网上卖的那类A货, 不是大家以为的那种
  // 原单): 那种/这类 + the word is the kind the thing is said not to be — not when a turn (是, 但, 就, 只) stands between.
  if (KIND_WORD_BEFORE.test(ctx.before(start, 3, 'soft')) && IDENTITY_DENIED.test(ctx.before(start, 20, 'soft'))) return true;
  const raw = ctx.before(start, 10, 'soft');
  // Most anchors have no denial unit and no 任何 before them: masking (a regex replace) changes neither, so
  // skip it and answer as the masked text would (masking keeps the length and writes only its filler unit).
  if (!FILLER_IS_DENIAL_FIRST && !raw.includes('任何') && !holdsUnitOf(raw, DENIAL_OR_RHETORICAL_FIRST)) return inDeniedList(ctx, start, raw);
  const before = maskNonDenials(raw);
  if (before.includes('任何') && DENIAL_QUANTIFIED.test(ctx.before(start, 18, 'soft'))) return true;
  // Neither regex can match without the first unit of one of its words (most anchors have none near).
  if (!holdsUnitOf(before, DENIAL_OR_RHETORICAL_FIRST)) return inDeniedList(ctx, start, before);
  const m = DENIAL_TAIL.exec(before);
  if ((m !== null && !aNotAQuestion(before, m.index) && !CONDITION_THEN.test(m[0])) || RHETORICAL_ANY.test(before)) return true;
  // 不卖所谓的原单、尾单: a denial governs every later item of a 、 list.
  return inDeniedList(ctx, start, before);
}

// Round 39 (t39k): the anchor inside a later item of a 、 list, a verb or two of the item before it (没有邀请人头、拉下线这些; 不搞拉人头、
// 发展下线): the item is still one the list's denial governs, unless it goes on into a consequence (没有入会费、拉下线就返利). Only a short head with no subject, turn or copula (不是高仿、是正品 and
// 没有高仿、只有正品 turn; 不卖高仿、我们卖A货 names a new subject).
const LIST_ITEM_HEAD = /^(?:(?![我你您他她咱但就只是才可能会却而都也还要则])[^]){1,2}$/;
/** `before` (the anchor's clause up to it, as denied() read it) is empty or a short item head, and a 、 list before it holds a denial. */
function inDeniedList(ctx: LintContext, start: number, before: string): boolean {
  if (before === '') return deniedList(ctx, start);
  return LIST_ITEM_HEAD.test(before) && !ITEM_GOES_ON.test(ctx.after(start, 12, 'soft')) && deniedList(ctx, start - before.length);
}
/** …and the item does not go on into a consequence or an offer (没有入会费、拉下线就返利). */
const ITEM_GOES_ON = /就|才|便|的话|但|可是|不过|只要|即可|可以|能|返|奖|赚|拿/;

const DENIAL_ANY = new RegExp(alt(DENIALS));
/** othersQuoteEnd for a word ending at `end` (only drafts with a quotation mark get the walk). */
function othersQuoteEndOf(ctx: LintContext, end: number): number | undefined {
  return hasQuoteMarks(ctx) ? othersQuoteEnd(ctx, end - 1, end) : undefined;
}

// Round 11 (fa11): a denial AFTER the word, closing its clause — 原单、尾单一概没有, 高仿我们不卖, A货这些我们店从来不做的.
// Round 13 (t13d): also 的东西 before it and 不敢卖 (高仿的东西我们不敢卖).
// The clause must end on the denial (so 高仿和正品没有区别 and 原单没有吊牌 deny something else), and a 、 list before it
// shares it (原单 in 原单、尾单一概没有).
// Round 17 (fa17b): …the thing a group, a programme or a service (彩票群、投资群我们都没有, 代理制度我们店没有).
// Round 23 (t23dz): …the distal 那种/那类/那些 as well (您说的“柜姐都分辨不出来”那种我们不卖).
// Round 25 (t25c): …and a bare 没有 once a kind word or the shop stands before it (“懂的都懂”那种货没有哈, ‘代工厂货’我们没有哈) — alone it
// may be the tag of a question (看得出来没有).
// Round 32 (t32b): …the shop as 我们这/咱这/这儿 (A货我们这没有, 高仿咱这儿没有).
// Round 67 (engfa67): …the kind word after 的 (一比一还原的那种我们不做).
export const POSTPOSED_DENIAL =
  /^(?:(?:群|活动|业务|服务|项目|制度)?(?:的?(?:这些|这种|这类|那些|那种|那类|那样的)|之类的?|等|的)?(?:东西|货|商品|群|活动|业务|服务|项目|制度)?)?(?:我们|本店|我们店|我们家|咱们|咱|店里|小店|这边|这里)?(?:这边|家|店|这儿|这)?(?:(?:也|都|全|全都|统统|一概|一律|绝对|从来|根本|压根|从)(?:都|也)?(?:没有|没|是没有)|(?<=(?:这些|这种|这类|那些|那种|那类|那样的)(?:东西|货|商品)?|我们|本店|我们店|我们家|咱们|咱家|店里|小店|这边|这里|我们这|咱们这|咱这|我这|这儿)没有|(?:也|都|全|全都|统统|一概|一律|绝对|从来|根本|压根|从)?(?:都|也)?(?:不卖|不做|不售|不碰|不沾|不搞|不整|不弄|不接|不进|不提供|不出售|不经营|不会卖|不会做|不会有|不敢卖|不敢做|不敢碰|不敢进))(?:卖|做|进|售|碰)?(?:过)?(?:的)?(?:哦|哈|呢|啊|呀|喔|噢|滴)*$/;

// ---- Round 49 (t49f) ----
// A fronted topic refused by the shop with the verb of its own domain, closing the clause: 代理、加盟我们都不招, 上香、看风水这些我们
// 真不懂, 招商加盟我们暂时不开放 — POSTPOSED_DENIAL knows only the verbs of selling and having. The shop must be the subject here (a bare
// 不会/不懂 may be the buyer's), and the clause must end on the refusal (…我们不会告诉别人 refuses something else).
// Round 68 (engfa68): …the thing as 的事 (六合彩的事我们不懂也不聊), refusals chained with 也 (不懂也不聊), and the shop's advice against it or
// its not taking part (分开下单避税这个我们不建议, 这种事我们不参与).
const ROUND49_REFUSAL_VERB = '(?:不招|不招人|不开放|没开放|没有开放|不懂|不会|不了解|不涉及|不招收|不聊|不谈|不参与|不掺和|不建议|不推荐|不提倡)';
const ROUND49_POSTPOSED_DENIAL = new RegExp(
  `^(?:这些|这种|这类|那些|那种|那类|之类的?|等)?的?(?:东西|服务|业务|项目|事|事情)?(?:我们|本店|我们店|我们家|咱们|咱|店里|小店|这边|我这边|我们这边|客服)(?:这边|家|店|这儿|这)?(?:也|都|全|一概|一律|绝对|从来|根本|压根|真的|真|确实|实在|暂时|目前|是)*${ROUND49_REFUSAL_VERB}(?:(?:也|又|更|都)+${ROUND49_REFUSAL_VERB})*(?:这个|这些|的)?(?:哦|哈|呢|啊|呀|喔|噢|滴|啦|了)*$`,
);
const ROUND49_ITEM = /^[^不没无]{1,6}?(?=(?:这些|这种|这类|之类|等)?(?:我们|本店|我们店|咱|店里|这边|我这边|客服)(?:这边|家|店)?(?:也|都|全|一概|一律|绝对|从来|根本|压根|真的|真|确实|实在|暂时|目前|是)*(?:没|不))/;
// ---- end round 49 (t49f) ----

// Round 17 (fa17b): an offer declined right after it, closing its clause — 周末一起出去玩就不了哈, 见面还是免了, 喝一杯就不用了吧:
// 就/还是 + 不了/免了/不用了 (a few units of the act may stand between: 玩, 吃饭).
// (round 38, t38d: …or 不用啦, 不必了 — 加好友就不用啦)
// (round 41, t41h: …or waved off with 算了 — 约饭就算啦, 见面还是算了吧)
const POSTPOSED_DECLINE = /^[^不没别]{0,4}?(?:我|我们|咱们|我这边)?(?:就|还是)(?:不了|免了|不用了?|不必了?|不去了|算(?=了|啦))(?:了|啦)?(?:哦|哈|呢|啊|呀|喔|噢|滴|啦|吧|谢谢|谢谢您|谢谢你)*$/;

// Round 41 (t41m): …not when a private meeting is offered right after in the sentence (约饭就算了，改天私下约你; 见面就不必了，
// 下次单独约您出来): the decline only turns the offer round — not our service offered here (加好友就不用啦，有问题随时在这里找我).
const PRIVATE_TURN = /私下(?:约|见|联系|聊)|(?:改天|下次|回头|以后)(?:再|私下|单独)?约(?:你|您|顿饭)|单独约|约(?:你|您)(?:出来|吃|喝|见|看|玩|逛|一起)/;
function declineTurned(ctx: LintContext, pos: number): boolean {
  if (pos >= ctx.compact.length || ctx.norm.breakBefore[pos]! >= HARD) return false;
  return PRIVATE_TURN.test(ctx.compact[pos]! + ctx.after(pos + 1, 29, 'hard'));
}

// Round 38 (t38d): the shop unable to give it, closing the clause, the thing maybe one of two named with 或者/和 (私教课或者减肥计划我们给不了;
// 代写论文我们这边做不了; the word's head noun may follow a shorter anchor, as in POSTPOSED_DENIAL): the shop as subject — not a limit on something else after it (我们给不了这么低的价).
const POSTPOSED_UNABLE = /^(?:课|课程|班|服务|业务|项目|计划|方案)?(?:(?:或者|或是|或|和|以及|还有|跟|与)(?:(?![您你我不没就但])[\u4e00-\u9fff]){1,6}?)?(?:这些|这种|这类|之类的?|等)?(?:我们|本店|我们店|我们家|咱们|咱家|店里|小店|这边|我这边|我们这边|客服)(?:这边)?(?:也|都|实在|真的|确实|暂时|目前|是)*(?:给不了|提供不了|做不了|办不了|帮不了|教不了|接不了|弄不了|搞不了)(?:的)?(?:哦|哈|呢|啊|呀|喔|噢|滴|啦)*$/;

// …and the buyer's quoted ask answered by the shop's denial of its kind (您问的“1:1的有没有”——本店没有这种货): the shop as subject.
const POSTPOSED_KIND_DENIAL = /^(?:本店|我们|我们店|我们家|店里|小店|咱们|咱家|这边|我这边|我们这边)(?:店|家|这边)?(?:也|都|并|根本|从来|绝对|一直)?(?:没有|没|不卖|不做|不进|不售|不出|没卖过|没进过)(?:过)?(?:这种|这类|这样的|此类|这一类|这个)(?:货|东西|商品|产品|款|的)?(?:哦|哈|呢|啊|呀|喔|噢|滴|啦)*$/;

/**
 * Round 17 (t17b): a word inside the buyer's quote is refused after the closing mark (您说的那种'1:1还原'我们不卖, 您问的“1:1的有没有”——
 * 本店没有这种货): the denial governs the quote. Exported for cues whose own words hold a denial (deniable: false) but whose
 * quoted pitch is still refused whole (round 23, t23dz: 您说的“柜姐都分辨不出来”那种我们不卖).
 */
export function othersQuoteRefused(ctx: LintContext, end: number): boolean {
  const quoteEnd = end < ctx.compact.length && ctx.text.length > 0 ? othersQuoteEndOf(ctx, end) : undefined;
  if (quoteEnd === undefined || quoteEnd < end) return false;
  const rest = ctx.after(quoteEnd, 16, 'soft');
  if (POSTPOSED_DENIAL.test(rest) || POSTPOSED_DENIAL.test(toSpaceGap(ctx, quoteEnd, rest))) return true;
  // (after() stops before a break at its own start: the denial after a comma is read across it)
  if (quoteEnd < ctx.compact.length && POSTPOSED_KIND_DENIAL.test(ctx.compact[quoteEnd]! + ctx.after(quoteEnd + 1, 15, 'soft'))) return true;
  // …or the kind named, then refused in the next clause (您问的“…”那种货，本店不卖).
  const next = quoteEnd + rest.length;
  return QUOTED_KIND.test(rest) && next < ctx.compact.length && POSTPOSED_DENIAL.test(ctx.compact[next]! + ctx.after(next + 1, 15, 'soft'));
}
const QUOTED_KIND = /^(?:这种|这类|这些|那种|那类|那些|这样的|那样的)(?:货|东西|商品|产品|的)?$/;

/**
 * Round 25 (t25c): `rest` (compact text from `pos`) cut at the first space that breaks a clause in a short slangy reply (‘代工厂货’我们没有哈
 * 只卖正品): the compact view drops spaces, so the clause would run on. Only after a piece of two or more units — a word spaced out
 * letter by letter (高 仿 我 们 有) keeps running.
 */
export function toSpaceGap(ctx: LintContext, pos: number, rest: string): string {
  const { start: starts, end: ends } = ctx.norm.compact;
  const text = ctx.text;
  let piece = 0;
  for (let k = 1; k < rest.length && pos + k < starts.length; k++) {
    piece++;
    if (!/\s/.test(text.slice(ends[pos + k - 1]!, starts[pos + k]!))) continue;
    if (piece >= 2) return rest.slice(0, k);
    piece = 0;
  }
  return rest;
}

/**
 * Round 40 (t40b): the word's clause opens on the shop's refusal but runs on past it (代练这种我们不做别的解释 — "no more explanation"), and a
 * later clause of the sentence refuses bare, the thing taken up again with no object of its own (…，就是不做 / …，反正不接 / …，一律不做):
 * the word is what is refused. Not a refusal of something else in the clause (代练我们不收定金，直接拍 — no bare refusal follows), nor one
 * that names its own object (代练我们接，就是不做陪玩).
 */
const REFUSAL_OPENS = /^(?:这些|这种|这类|那些|那种|那类|之类的?|等)?(?:东西|货|服务|业务|项目)?(?:我们|本店|我们店|我们家|咱们|咱|店里|小店|这边|这里)?(?:这边|家|店|这儿|这)?(?:也|都|全|一概|一律|绝对|从来|根本|压根|从)?(?:都|也)?(?:不做|不卖|不接|不搞|不碰|不提供|不弄|不干)/;
const BARE_REFUSAL = /^(?:我们|本店|咱们|这边|我这边|店里)?(?:这边)?(?:就是|反正|坚决|一律|统统|绝对|真的|确实|也|都|是|就|肯定)*(?:不做|不接|不卖|不搞|不碰|不提供|不弄|不干|做不了|接不了)(?:的)?(?:哦|哈|呢|啊|呀|啦|了|滴)*$/;
function refusalResumed(ctx: LintContext, end: number): boolean {
  const own = ctx.after(end, 16, 'soft');
  if (!REFUSAL_OPENS.test(own)) return false;
  const compact = ctx.compact;
  const bb = ctx.norm.breakBefore;
  let pos = end + own.length;
  for (let k = 0; k < 3 && pos < compact.length && bb[pos]! < HARD; k++) {
    // (after() reads nothing from a position right after a break: the clause's first unit is read across it)
    const clause = compact[pos]! + ctx.after(pos + 1, 15, 'soft');
    if (BARE_REFUSAL.test(clause)) return true;
    pos += clause.length;
  }
  return false;
}

/**
 * Round 68 (engfa68): the word heads a longer name of the thing, taken up by a kind word and refused (代考代写这种服务我们没有, 拉人头返利这种
 * 我们没有): the few units between the word and the kind word only finish the thing's name — none of them a person, a denial, a copula or
 * a verb of having or selling, which would make it a clause of its own (高仿我们有这种, 正品是这种).
 */
const NAME_TAIL_THEN_KIND = /^(?:(?![我你您他她咱不没无非是有卖就但也都还])[\u4e00-\u9fff]){0,4}?(?:这些|这种|这类|那些|那种|那类|这个|那个)(?!的)(?:服务|东西|业务|项目|事|事情)?(?=我们|本店|我们店|我们家|咱们|咱|店里|小店|这边|我这边|我们这边|客服)/;
function kindDeniedAfterNameTail(rest: string): boolean {
  const m = NAME_TAIL_THEN_KIND.exec(rest);
  if (m === null) return false;
  const refusal = rest.slice(m[0].length);
  return POSTPOSED_DENIAL.test(refusal) || ROUND49_POSTPOSED_DENIAL.test(refusal);
}

/** Round 68 (engfa68): a private way in opened right after a refusal of 的事 (招聘的事客服这边不了解，私下找我聊): the refusal only turns the
 * talk elsewhere. */
function privateWayAfter(ctx: LintContext, pos: number): boolean {
  return pos < ctx.compact.length && /私下|私聊|找我聊|加我|单独聊|另外聊/.test(ctx.compact.slice(pos, pos + 20));
}

/** The word's clause (or the rest of its 、 list) ends on a denial of it (see POSTPOSED_DENIAL). */
export function deniedAfter(ctx: LintContext, end: number): boolean {
  if (othersQuoteRefused(ctx, end)) return true;
  if (refusalResumed(ctx, end)) return true;
  if (end < ctx.compact.length && ((POSTPOSED_DECLINE.test(ctx.after(end, 16, 'soft')) && !declineTurned(ctx, end + ctx.after(end, 16, 'soft').length)) || POSTPOSED_UNABLE.test(ctx.after(end, 16, 'soft')))) return true;
  let pos = end;
  for (let items = 0; items < 6; items++) {
    const rest = ctx.after(pos, 16, 'soft');
    if (POSTPOSED_DENIAL.test(rest) || (ROUND49_POSTPOSED_DENIAL.test(rest) && !(rest.startsWith('的') && privateWayAfter(ctx, pos + rest.length)))) return true; // (round 49, t49f)
    if (items === 0 && kindDeniedAfterNameTail(rest)) return true;
    // A 、 list goes on: the next item is another noun whose clause may end on the denial (原单、尾单一概没有).
    const next = pos + rest.length;
    if (rest.length > 8 || next >= ctx.compact.length) return false;
    // Round 39 (t39j): …or the list closed by a comma and a clause that takes it up again to deny it (卖号、租号、代练，这些我们店从来不做).
    // Round 67 (engfa67): …or by a clause of the shop's own that says it has none (…那种是违禁药，我们店绝对没有).
    if (!afterEnumerationComma(ctx, next)) return afterClauseComma(ctx, next) && (RESUMED_DENIAL.test(ctx.compact[next]! + ctx.after(next + 1, 15, 'soft')) || shopResumedDenial(ctx, next));
    // (after() stops before a break at its own start: the item's first unit is read across it; round 17, fa17b)
    const item = ctx.compact[next]! + ctx.after(next + 1, 15, 'soft');
    const m = /^[^不没无]{1,6}?(?=(?:这些|这种|这类|之类|等)?(?:我们|本店|我们店|咱|店里)?(?:这边|家|店)?(?:也|都|全|统统|一概|一律|绝对|从来|根本|压根)?(?:都|也)?(?:没|不))/.exec(item);
    if (m && POSTPOSED_DENIAL.test(item.slice(m[0].length))) return true;
    // (round 49, t49f: …the item's refusal with its domain verb and a softer adverb — 看风水、算命这些我们真不懂)
    const m49 = ROUND49_ITEM.exec(item);
    if (m49 && ROUND49_POSTPOSED_DENIAL.test(item.slice(m49[0].length))) return true;
    // Round 39 (t39j): walk on past this item to the next 、 (租号、共享账号、代充这些我们都不做: three items or more) — after() reads
    // nothing from a position right after a break, so staying at `next` never reached the third item.
    pos = item.length < 16 ? next + item.length : next;
  }
  return false;
}
// A denial quantified over everything governs a longer object (round 7): 不是任何大牌的仿制品, 不卖任何品牌的高仿 —
// but not a denial of the difference itself (和正品没有任何区别的高仿 still sells the 高仿) nor of a verb phrase
// (没有任何人能看出来这是高仿 denies that anyone can tell).
const DENIAL_QUANTIFIED = new RegExp(`${alt(DENIALS)}.{0,2}任何(?:(?!区别|差别|差异|不同|两样|问题|毛病|瑕疵|破绽|分别|色差)[^是能会看说出做卖觉认知发影响用]){0,10}$`);

// Round 12 (fa12): denials written as a list of parallel clauses — 不收入会费，也没有拉人头返利; 不卖高仿、不卖精仿 — each clause opens
// on a shop's refusal and a neighbouring clause opens on a denial too: the refusal governs its own clause's object (a short noun
// phrase, no verb of seeing, saying or being between: not 不会有人看出来是高仿，不会被查).
const LIST_HEAD = /^(?:我们|本店|店里|咱们|我家|小店|我们店)?(?:这边|家)?(?:也|更|还|都|绝对|从来|更加|也绝|并且|而且)?(?:不卖|不售|不做|不收|不接|不搞|不碰|不进|不提供|不支持|不接受|不出售|不经营|绝不|从不)(?:任何|什么|一切)?/;
const LIST_OBJECT = /^(?:(?!区别|差别|不同|问题|是|能|会(?![员费籍])|看|说|出来|觉|认|知道|发现|影响|用|就|直接|但|可|只)[^])*$/;
const NEXT_DENIAL = /^(?:我们|本店|店里|咱们|我家|小店|我们店)?(?:这边|家)?(?:也|更|还|都|绝对|从来|更加|也绝|并且|而且|同时)?(?:不|没有|没|绝不|从不|从来不|从没|无)/;
/** The position's clause opens on a refusal (LIST_HEAD) and the next or the previous clause opens on a denial. */
export function deniedParallel(ctx: LintContext, start: number, end: number): boolean {
  const own = ctx.before(start, 10, 'soft');
  const head = LIST_HEAD.exec(own);
  if (!head || !LIST_OBJECT.test(own.slice(head[0].length))) return false;
  const rest = ctx.after(end, 16, 'soft');
  const next = end + rest.length;
  if (next < ctx.compact.length && NEXT_DENIAL.test(ctx.compact.slice(next, next + 4))) return true;
  const clauseStart = start - own.length;
  if (clauseStart <= 0) return false;
  // before() stops at the break before clauseStart itself: read the clause that ends there.
  let previous = ctx.before(clauseStart - 1, 16, 'soft') + ctx.compact[clauseStart - 1];
  // Round 39 (t39n): …whole when it is a 、 list (我们没有拉人头、发展下线这些，也不收入会费): its head is the first item's.
  for (let from = clauseStart - previous.length, items = 0; items < 6 && from > 0 && afterEnumerationComma(ctx, from); items++) {
    const item = ctx.before(from - 1, 16, 'soft') + ctx.compact[from - 1];
    previous = item + previous;
    from -= item.length;
  }
  return LIST_HEAD.test(previous) || NEXT_DENIAL.test(previous);
}

// Round 15 (fa15): a denial that OPENS the anchor's clause governs the whole clause when its subject is the shop (or none) and nothing
// between turns it back: 我们不会因为差评联系您的单位或家人, 也绝不会私下把您的电话给别人, 本店从来不去买家家里. Not a denial of mercy
// (我们不会放过你, 不会让你好过, 不会就这么算了), a condition (不删的话…, 不撤我们就…), an exception (不会只打个电话) or a double denial.
// (round 33, t33e: …with an emphatic 是 before the denial — 我们是不能和买家私下见面的 — not the question 我们是不是…; and after a
// turn, 不过客服这边是不能…)
// (round 38, t38d: …the shop named as 店铺 or 我们家 — 我们店铺这边不另外提供分期或借款服务)
const CLAUSE_DENIAL = new RegExp(
  '^(?:(?:请|您|请您)?放心(?:吧)?)?(?:不过|但是|可是|只是|但)?(?:(?:我们店铺|我们|本店|小店|店里|店铺|我们店|我们家|咱家|咱们|咱|客服|我们客服|这边|我们这边)(?:这边)?(?:是(?=不(?!是)|没))?(?:也|都|并|绝对|从来|根本|向来|一直|更|也绝|绝|决)?(?:不|没有|没)' +
    '|(?:我们|本店|小店|店里|我们店|咱们|咱|客服|这边)?(?:也|都|并|绝对|从来|根本|向来|一直|更|也绝)?(?:不会|绝不会|决不会|绝对不会|绝不|决不|从不|从来不|从没|从未|不再)' +
    // Round 45 (t45c): …or the shop's subject carried over from the clause before, the denial opening with 也/并 (我们店没有打卡群，也不提供
    // 私教或者线下课程): 也不提供, 并没有 — a verb of offering after it, so 也不贵 or 也不用等 stay out.
    '|(?:也|并|更|亦)(?:不|没有|没)(?=提供|卖|售|做|开|办|搞|接|推|带|组织|经营|涉及|承接|代理|教|招))' +
    '(?!管|怕|在乎|信|介意|缺|差|止|嫌)(?:(?!就|才|便|否则|的话|还|只|仅|不仅|不光|不但|除了|而是|放过|罢休|客气|手软|算了|饶|好过|轻易|善了|心软|我|直接|改|换成|不|没|吗|难道|以为)[^]){0,16}$',
);
/** The anchor's clause (read whole: shorter than the reach) opens on the shop's denial (see CLAUSE_DENIAL). */
export function deniedClause(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 24, 'soft');
  // …and the clause does not go on into a consequence (我们不刷单就没有排名: a condition, not a denial of the act).
  return clause.length > 1 && clause.length < 24 && CLAUSE_DENIAL.test(clause) && !CLAUSE_GOES_ON.test(ctx.after(end, 16, 'soft'));
}
const CLAUSE_GOES_ON = /就|才|便|否则|的话|还|但|可是|不过/;

/** Walks back over a 、 list (a few items): true when an earlier item's clause holds a denial. */
function deniedList(ctx: LintContext, start: number): boolean {
  let pos = start;
  for (let items = 0; items < 6 && pos > 0 && afterEnumerationComma(ctx, pos); items++) {
    const item = ctx.before(pos - 1, 16, 'soft');
    if (DENIAL_ANY.test(maskNonDenials(item))) return true;
    pos = pos - 1 - item.length;
  }
  return false;
}

/** A clause that takes up the list before it and denies it: 这些我们都不做, 以上这几样本店一概没有 (POSTPOSED_DENIAL after the pronoun). */
// Not a bare shop subject (…，店里不卖，想要的话两块一个: not in the shop, sold aside), nor 店里 after the pronoun.
const RESUMED_DENIAL = new RegExp(`^(?:以上|上述)?(?:这些|这几样|这几种|这几项|这几类|这类|那些)(?:东西|服务|业务|项目)?(?!店里|小店)${POSTPOSED_DENIAL.source.slice(1)}`);
/**
 * Round 67 (engfa67): the next clause opens on the shop and closes on its denial (…是违禁药，我们店绝对没有) — not 我们没有问题, which runs on,
 * nor a way in after it (咸鸭蛋，店里不卖，想要的话两块一个).
 */
const SHOP_RESUMED_DENIAL = new RegExp(`^(?=我们|本店|我们店|我们家|咱们|店里|小店)${POSTPOSED_DENIAL.source.slice(1)}`);
const WAY_IN_AFTER_DENIAL = /但|不过|可是|私|(?:要|想要|需要)的话|找我|老客|熟客|熟人|单独/;
function shopResumedDenial(ctx: LintContext, start: number): boolean {
  const clause = ctx.compact[start]! + ctx.after(start + 1, 15, 'soft');
  return SHOP_RESUMED_DENIAL.test(clause) && !WAY_IN_AFTER_DENIAL.test(ctx.after(start + clause.length, 40, 'hard'));
}
function afterClauseComma(ctx: LintContext, start: number): boolean {
  let i = ctx.toOriginal(start, start + 1)[0] - 1;
  while (i >= 0 && /\s/.test(ctx.text[i]!)) i--;
  return ctx.text[i] === '，' || ctx.text[i] === ',';
}

function afterEnumerationComma(ctx: LintContext, start: number): boolean {
  let i = ctx.toOriginal(start, start + 1)[0] - 1;
  while (i >= 0 && /\s/.test(ctx.text[i]!)) i--;
  return ctx.text[i] === '、';
}

/** 能不能 / 要不要 / 有没有 at `at` (the 不 or 没): an A-not-A question asks, it denies nothing. */
function aNotAQuestion(text: string, at: number): boolean {
  const neg = text[at];
  return (neg === '不' || neg === '没') && at > 0 && text[at - 1] === text[at + 1];
}

/** A hypothesis governs the position: 如果鉴定不是正品…, 万一是仿品…. */
export function hypothetical(ctx: LintContext, start: number): boolean {
  const before = ctx.before(start, 14, 'soft');
  return holdsUnitOf(before, CONDITIONAL_FIRST) && CONDITIONAL_ANY.test(before);
}

/** The position is the object of a question: 是不是正品, 会不会买到高仿. */
export function questioned(ctx: LintContext, start: number): boolean {
  return QUESTION_TAIL.test(ctx.before(start, 6, 'soft'));
}

/** Whether the sentence holding compact index `end` ends in a question mark (punctuation lives only in the original). */
export function endsAsQuestion(ctx: LintContext, end: number): boolean {
  const tail = ctx.after(end, 60, 'hard');
  const close = end + tail.length;
  const at = close === 0 ? 0 : ctx.toOriginal(close - 1, close)[1];
  return /^[\s"'”’）)]*[？?]/.test(ctx.text.slice(at, at + 6));
}

/**
 * Round 36 (t36c): where the next sentence's words start, past an FAQ's answer label (Ｑ：能加微信吗？\nＡ：不可以哦 / 问：…？\n答：…):
 * a pasted FAQ heads the answer with A/答/回复 and a colon at a line's start, and the answer's denial comes after the label.
 * `end` is a compact index inside the asked sentence; returns a compact index.
 */
const ANSWER_LABEL = /^(?:a|答|回答|回复|答复|解答)$/;
export function nextSentenceStart(ctx: LintContext, end: number): number {
  const close = end + ctx.after(end, 60, 'hard').length;
  const compact = ctx.compact;
  if (close >= compact.length) return close;
  for (let len = 1; len <= 2 && close + len <= compact.length; len++) {
    if (!ANSWER_LABEL.test(compact.slice(close, close + len))) continue;
    const [s, e] = ctx.toOriginal(close, close + len);
    // (at a line's start — or the draft's — and a colon right after the label)
    if (!/(?:^|\n)[ \t\u3000]*$/.test(ctx.text.slice(Math.max(0, s - 8), s))) continue;
    if (!/^[ \t\u3000]*[:：]/.test(ctx.text.slice(e, e + 4))) continue;
    return close + len;
  }
  return close;
}

/** A clause opened on the shop and a modal of ability or offer: 我们可以帮您, 但我们能, 我们也可以, 这边可以给您 (den16). */
export const OWN_OFFER_CLAUSE = /^(?:但是?|不过|可是|而且|另外|同时|其实)?(?:我们|我|本店|咱们|这边|我这边|我们这边|店里)(?:这边)?(?:也|还|都|倒是|倒|其实)?(?:可以|能|会|帮(?:您|你)|给(?:您|你)|有渠道)/;

/** The anchor's sentence (bounded reach on each side), for "somewhere in the sentence" tests. */
export function sentenceOf(ctx: LintContext, start: number, end: number, reach = 40): string {
  return ctx.before(start, reach, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, reach, 'hard');
}

/**
 * Round 68 (eng27-68): a refusal covers what it refuses, not a different thing offered beside it in the same sentence (冰毒我们不卖，K粉有货;
 * 消音器不能卖，不过那个溶剂收集器有; 迷药有进口的，别的药我们不卖). True when the anchor's own clause holds no refusal and says the thing is to
 * be had (OFFERED_HERE), and every other clause of the sentence the refusal matches names an object of its own (冰毒, 别的药) — not a bare
 * refusal or one taken up by a pronoun (…，我们不卖; …，这些我们都不卖), which covers the whole sentence. A refusal read only across clauses
 * (none of the other clauses holds it whole) keeps its old reach.
 */
const OFFERED_HERE =
  /(?<![没无不])(?:有货|有现货|现货|到货|有(?:的|呢|哦|哈|啊|呀|啦)*$|倒是?有|还有(?!人)|也有(?!人)|都有(?!人)|有(?:[0-9两二三四五六七八九十几半]+|一(?!些人|个人|点))(?![人个]?(?:人|月|年|天|次|家|店))|有(?:进口|国外|日本|美国|泰国|港版|存货|库存|渠道))|(?<![只不才没])(?:可以|能)(?:发|卖|给(?:您|你)|寄|安排|代)|私聊/;
/** What a refusing clause holds besides its refusal that names no object: the shop, adverbs, particles, turns, pronouns. */
const NO_OBJECT_WORDS =
  /我们|本店|店里|小店|我家|我们家|我们店|咱们|咱家|这边|我这边|我这|现在|目前|暂时|一直|从来|一律|一概|统统|绝对|坚决|真的|确实|肯定|是|也|都|就|还|了|的|哦|哈|呢|啊|呀|啦|吧|嘛|滴|但是?|不过|可是|而且|亲|不好意思|抱歉|这些|那些|这种|那种|这类|那类|这个|那个|这样|那样|它们?|此类|以上|上述|这|那/g;
const OTHERS_NAMED = /别的|其他|其它|另外的/;
function namesOwnObject(clause: string, m: RegExpExecArray): boolean {
  const rest = clause.slice(0, m.index) + '\u0000' + clause.slice(m.index + m[0].length);
  if (OTHERS_NAMED.test(rest)) return true;
  return /[\u4e00-\u9fffa-z]/.test(rest.replace(NO_OBJECT_WORDS, ''));
}
/** A cue's own cancelling pattern (notSentence) matched a refusal of a sale, not an innocent context word (模型, 雪茄剪). */
const SALE_REFUSAL_MATCH = /不卖|不售|不提供|不做|不能|不可以|不销售|不出售|不经营|不上架|一律不|没得卖|不发|不接|不代|拒绝|下架|停售|没有|没卖/;
/** `onlySaleRefusals`: each clause's first match must itself refuse a sale (SALE_REFUSAL_MATCH), for a cue's mixed notSentence pattern. */
function refusalKeptToItsObject(ctx: LintContext, refusal: RegExp, start: number, end: number, onlySaleRefusals = false): boolean {
  if (refusal.global || refusal.sticky) return false;
  const bb = ctx.norm.breakBefore;
  const compact = ctx.compact;
  let clauseStart = start;
  while (clauseStart > 0 && bb[clauseStart]! < SOFT) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < compact.length && bb[clauseEnd]! < SOFT) clauseEnd++;
  const own = compact.slice(clauseStart, clauseEnd);
  if (refusal.test(own) || !OFFERED_HERE.test(own)) return false;
  let sentenceStart = clauseStart;
  while (sentenceStart > 0 && clauseStart - sentenceStart < 80 && bb[sentenceStart]! < HARD) sentenceStart--;
  let sentenceEnd = clauseEnd;
  while (sentenceEnd < compact.length && sentenceEnd - clauseEnd < 80 && bb[sentenceEnd]! < HARD) sentenceEnd++;
  let refusedElsewhere = false;
  for (let p = sentenceStart; p < sentenceEnd; ) {
    let q = p + 1;
    while (q < sentenceEnd && bb[q]! < SOFT) q++;
    if (p !== clauseStart) {
      const clause = compact.slice(p, q);
      const m = refusal.exec(clause);
      if (m) {
        if ((onlySaleRefusals && !SALE_REFUSAL_MATCH.test(m[0])) || !namesOwnObject(clause, m)) return false;
        refusedElsewhere = true;
      }
    }
    p = q;
  }
  return refusedElsewhere;
}

export interface Cue {
  /** Anchor words (plain text, folded like drafts). */
  words: readonly string[];
  severity: Severity;
  /** Short Chinese explanation shown to the agent. */
  message: string;
  /** Must match the text right before the anchor (end it with $). */
  before?: RegExp;
  /** Must match the text right after the anchor (start it with ^). */
  after?: RegExp;
  notBefore?: RegExp;
  notAfter?: RegExp;
  /** Must match somewhere in the anchor's sentence (anchor included); several: all must match. */
  sentence?: RegExp | readonly RegExp[];
  /** Cancels the cue when it matches the sentence; several: any one cancels. */
  notSentence?: RegExp | readonly RegExp[];
  /**
   * `sentence` / `notSentence` see this many compact units on each side, across sentence ends: a menace
   * split over sentences (你家小区门口那个快递柜挺方便的。…要不你再想想那个差评？).
   */
  window?: number;
  /**
   * When the anchor was met spelled wholly in latin letters (whole pinyin: kanni for 砍你), this must also
   * match the sentence: a brand or a name (Kanni, Xiaoni) is not a threat without one.
   */
  latinSentence?: RegExp;
  /** `sentence` must match outside the anchor itself (when the anchor is one of its own context words). */
  sentenceSkipsAnchor?: boolean;
  /**
   * Round 40 (t40b): a short sentence right before the anchor's (at most LEAD_IN_MAX units, the anchor near its own sentence's start)
   * that matches this whole counts with the anchor's sentence for `sentence`: an elliptic lead-in, the buyer's act echoed and answered
   * (非要投诉？行，后果你自己扛着 / 差评！到时候别怪我们 / 想退款是吧。那你看着办). Not with `window` (which already reaches across) nor for
   * `notSentence`, whose scope stays the anchor's own sentence.
   */
  leadIn?: RegExp;
  /** Neighbourhood for before/after: the clause (stops at ，、) or the sentence (default). */
  scope?: 'clause' | 'sentence';
  /** How far before/after reach (default 16 units). */
  reach?: number;
  /** A denial right before the anchor cancels the cue (default true). */
  deniable?: boolean;
  /** A hypothesis (如果…) before the anchor cancels the cue (default false). */
  hypothetical?: boolean;
  /**
   * A refusal or warning frame that cancels the cue when found in the anchor's sentence (or window), except that
   * a refusal in an earlier clause does not govern a clause that opens anew on the shop's offer (OWN_OFFER_CLAUSE):
   * 我们不卖烟，我们可以帮您代开发票 offers the invoice. Read from that clause on, then.
   */
  refusal?: RegExp;
  /**
   * Round 41 (t41a): a way in that, found after the refusal's match in the same scope, keeps the cue: the refusal turned (仿真枪我们店不卖，
   * 老客找我单独发).
   */
  refusalTurn?: RegExp;
  /** The anchor's sentence ending in ？ cancels the cue: a question announces nothing (您的评价被隐藏了？). */
  asked?: boolean;
  /** The reported range takes in what `before` / `after` matched. */
  grow?: boolean;
  /** Replacement for the reported range. */
  fix?: string;
  /** Cancels the cue when true for the hit (a frame test that needs the whole context, e.g. warningFrame). */
  unless?: (ctx: LintContext, start: number, end: number) => boolean;
  /**
   * Round 53 (eng53): the cue reports at its severity only when this is true for the anchor's own range, else at info: a fake-goods word is a
   * breach only on positive evidence that it describes the merchant's goods (detect/fake-word-scope.ts fakeWordClaimed).
   */
  evidence?: (ctx: LintContext, start: number, end: number) => boolean;
}

// [r].flat().every/some without the two arrays per call (judge runs on every anchor hit).
function allMatch(r: RegExp | readonly RegExp[], s: string): boolean {
  if (!Array.isArray(r)) return (r as RegExp).test(s);
  for (const x of r as readonly RegExp[]) if (!x.test(s)) return false;
  return true;
}
/** anyMatch for notSentence, save a pattern whose only match is a sale refused in a clause of its own beside the anchor's offer. */
function anyCancels(ctx: LintContext, r: RegExp | readonly RegExp[], s: string, start: number, end: number): boolean {
  if (!Array.isArray(r)) return (r as RegExp).test(s) && !refusalKeptToItsObject(ctx, r as RegExp, start, end, true);
  for (const x of r as readonly RegExp[]) if (x.test(s) && !refusalKeptToItsObject(ctx, x, start, end, true)) return true;
  return false;
}

/**
 * A cue made ready for judge(): defaults resolved, and the units its after (before) patterns can start
 * (end) with (detect/regex-edges.ts). Every cue gets the same object shape, so the property reads in
 * judge() stay monomorphic however differently the rules write their cues.
 */
class ReadyCue {
  readonly soft: boolean;
  /** The break kind that stops before/after (SOFT for a clause, HARD for a sentence). */
  readonly limit: number;
  readonly reach: number;
  readonly after: RegExp | undefined;
  readonly notAfter: RegExp | undefined;
  readonly before: RegExp | undefined;
  readonly notBefore: RegExp | undefined;
  /**
   * The four edges (after, notAfter, before, notBefore), read from the patterns on the cue's first judged hit:
   * analysing all 1,100 patterns when the engine is built took a sixth of a page's engine start, for cues
   * most drafts never reach.
   */
  private edges: readonly [Edge | undefined, Edge | undefined, Edge | undefined, Edge | undefined] | undefined = undefined;
  readonly grow: boolean;
  readonly sentence: RegExp | readonly RegExp[] | undefined;
  readonly notSentence: RegExp | readonly RegExp[] | undefined;
  readonly refusal: RegExp | undefined;
  readonly refusalTurn: RegExp | undefined;
  readonly window: number | undefined;
  readonly sentenceSkipsAnchor: boolean;
  readonly leadIn: RegExp | undefined;
  readonly latinSentence: RegExp | undefined;
  readonly deniable: boolean;
  readonly hypothetical: boolean;
  readonly asked: boolean;
  readonly unless: ((ctx: LintContext, start: number, end: number) => boolean) | undefined;
  constructor(readonly cue: Cue) {
    this.soft = cue.scope === 'clause';
    this.limit = this.soft ? SOFT : HARD;
    this.reach = cue.reach ?? 16;
    this.after = cue.after;
    this.notAfter = cue.notAfter;
    this.before = cue.before;
    this.notBefore = cue.notBefore;
    this.grow = cue.grow === true;
    this.sentence = cue.sentence;
    this.notSentence = cue.notSentence;
    this.refusal = cue.refusal;
    this.refusalTurn = cue.refusalTurn;
    this.window = cue.window;
    this.sentenceSkipsAnchor = cue.sentenceSkipsAnchor === true;
    this.leadIn = cue.window ? undefined : cue.leadIn;
    this.latinSentence = cue.latinSentence;
    this.deniable = cue.deniable !== false;
    this.hypothetical = cue.hypothetical === true;
    this.asked = cue.asked === true;
    this.unless = cue.unless;
  }
  private readEdges() {
    const { after, notAfter, before, notBefore } = this.cue;
    return (this.edges = [after && leadingEdge(after), notAfter && leadingEdge(notAfter), before && trailingEdge(before), notBefore && trailingEdge(notBefore)] as const);
  }
  get afterEdge(): Edge | undefined {
    return (this.edges ?? this.readEdges())[0];
  }
  get notAfterEdge(): Edge | undefined {
    return (this.edges ?? this.readEdges())[1];
  }
  get beforeEdge(): Edge | undefined {
    return (this.edges ?? this.readEdges())[2];
  }
  get notBeforeEdge(): Edge | undefined {
    return (this.edges ?? this.readEdges())[3];
  }
  /**
   * The words the after, before and each sentence pattern need (regex-needs.ts), as DraftWords bits: read on the
   * cue's first judged hit, as the edges are.
   */
  private needs: readonly Uint16Array[] | undefined = undefined;
  /** The draft (DraftWords.stamp) mayPassIn last answered for, and its answer. */
  private needsStamp = -1;
  private needsMet = true;
  private readNeeds(): readonly Uint16Array[] {
    const needs: Uint16Array[] = [];
    for (const pattern of [this.after, this.before, ...[this.sentence ?? []].flat()]) {
      const need = pattern && needOfPattern(pattern);
      if (need) needs.push(needBits(need));
    }
    return (this.needs = needs);
  }
  /** False when the draft lacks a word one of the patterns that must match needs: then the cue passes at none of its hits. */
  mayPassIn(words: DraftWords): boolean {
    if (this.needsStamp !== words.stamp) {
      const needs = this.needs ?? this.readNeeds();
      let met = true;
      for (let i = 0; i < needs.length && met; i++) met = words.mayMeet(needs[i]!);
      this.needsStamp = words.stamp;
      this.needsMet = met;
    }
    return this.needsMet;
  }
}

const readyCues = new WeakMap<Cue, ReadyCue>();
function ready(cue: Cue): ReadyCue {
  let r = readyCues.get(cue);
  if (!r) readyCues.set(cue, (r = new ReadyCue(cue)));
  return r;
}

/**
 * What the cues of one anchor hit share: the slices they test (text after and before the hit, the
 * sentence) and the frame tests (denied, hypothetical, asked). 平台 anchors twenty cues, which used to
 * cut and test the same neighbourhood twenty times. Reset for every hit; every value is a pure function
 * of the draft and the hit, so reading it from here changes no result.
 */
const NO_QUOTES: readonly number[] = [];

class HitMemo {
  start = 0;
  end = 0;
  // ctx.after / ctx.before slices by key reach * 2 + (soft ? 1 : 0); most cues use the default reach.
  // The first afterCount / beforeCount entries are this hit's; reset() zeroes the counts, not the arrays'
  // lengths (a length store is a runtime call, and reset() runs for every anchor hit).
  private afterKeys: number[] = [];
  private afterValues: string[] = [];
  private afterCount = 0;
  private beforeKeys: number[] = [];
  private beforeValues: string[] = [];
  private beforeCount = 0;
  private sentenceValue: string | undefined;
  private windowKey = -1;
  private windowValue = '';
  private skipValue: string | undefined;
  // -1: not computed yet, 0: false, 1: true.
  private deniedValue = -1;
  private hypotheticalValue = -1;
  private askedValue = -1;
  /** The draft's othersQuoteRanges (none when it has no quotation mark): set by useDraft(), read for every slice. */
  private quotes: readonly number[] = NO_QUOTES;

  /**
   * Reads the draft's quotes for the hits to come (once per check, not once per slice: the quotation-mark
   * test reads the whole draft, five times when it has none).
   */
  useDraft(ctx: LintContext): void {
    this.quotes = hasQuoteMarks(ctx) ? othersQuoteRanges(ctx) : NO_QUOTES;
  }

  reset(start: number, end: number): void {
    this.start = start;
    this.end = end;
    this.afterCount = 0;
    this.beforeCount = 0;
    this.sentenceValue = undefined;
    this.windowKey = -1;
    this.skipValue = undefined;
    this.deniedValue = -1;
    this.hypotheticalValue = -1;
    this.askedValue = -1;
  }

  /** ctx.after(end, reach); `masked`: others' quotes blanked (maskOthersQuotes), for the cue's own tests. */
  after(ctx: LintContext, reach: number, soft: boolean, masked = false): string {
    const key = reach * 4 + (soft ? 1 : 0) + (masked ? 2 : 0);
    const count = this.afterCount;
    for (let i = 0; i < count; i++) if (this.afterKeys[i] === key) return this.afterValues[i]!;
    const raw = ctx.after(this.end, reach, soft ? 'soft' : 'hard');
    const value = masked ? maskOthersQuotes(this.quotes, raw, this.end, this.start, this.end) : raw;
    this.afterKeys[count] = key;
    this.afterValues[count] = value;
    this.afterCount = count + 1;
    return value;
  }

  /** ctx.before(start, reach); `masked` as in after(). */
  before(ctx: LintContext, reach: number, soft: boolean, masked = false): string {
    const key = reach * 4 + (soft ? 1 : 0) + (masked ? 2 : 0);
    const count = this.beforeCount;
    for (let i = 0; i < count; i++) if (this.beforeKeys[i] === key) return this.beforeValues[i]!;
    const raw = ctx.before(this.start, reach, soft ? 'soft' : 'hard');
    const value = masked ? maskOthersQuotes(this.quotes, raw, this.start - raw.length, this.start, this.end) : raw;
    this.beforeKeys[count] = key;
    this.beforeValues[count] = value;
    this.beforeCount = count + 1;
    return value;
  }

  /** sentenceOf(ctx, start, end), others' quotes left out (maskOthersQuotes). */
  sentence(ctx: LintContext): string {
    if (this.sentenceValue === undefined) {
      this.sentenceValue = this.before(ctx, 40, false, true) + ctx.compact.slice(this.start, this.end) + this.after(ctx, 40, false, true);
    }
    return this.sentenceValue;
  }

  /** `window` compact units on each side of the hit, others' quotes left out. */
  window(ctx: LintContext, window: number): string {
    if (this.windowKey !== window) {
      this.windowKey = window;
      const from = Math.max(0, this.start - window);
      this.windowValue = maskOthersQuotes(this.quotes, ctx.compact.slice(from, this.end + window), from, this.start, this.end);
    }
    return this.windowValue;
  }

  /** The sentence with the anchor left out (sentenceSkipsAnchor), others' quotes too. */
  skipAnchor(ctx: LintContext): string {
    if (this.skipValue === undefined) {
      this.skipValue = `${this.before(ctx, 40, false, true)}\u0000${this.after(ctx, 40, false, true)}`;
    }
    return this.skipValue;
  }

  denied(ctx: LintContext): boolean {
    if (this.deniedValue < 0) this.deniedValue = denied(ctx, this.start) || deniedAfter(ctx, this.end) || deniedParallel(ctx, this.start, this.end) || deniedClause(ctx, this.start, this.end) ? 1 : 0;
    return this.deniedValue === 1;
  }

  hypothetical(ctx: LintContext): boolean {
    if (this.hypotheticalValue < 0) this.hypotheticalValue = hypothetical(ctx, this.start) ? 1 : 0;
    return this.hypotheticalValue === 1;
  }

  asked(ctx: LintContext): boolean {
    if (this.askedValue < 0) this.askedValue = endsAsQuestion(ctx, this.end) ? 1 : 0;
    return this.askedValue === 1;
  }
}

/**
 * Round 15 (t15b): `slice` (compact units from `from`) with the units inside someone else's quoted words (detect/quoted.ts
 * othersQuoteRanges) blanked, unless the hit [start, end) is itself inside such a quote: the buyer's words told back (您说有人发消息说
 * “知道你住哪”，请问是哪个账号？) are no context for a cue anchored outside them. Most drafts hold no quote: then nothing is cut.
 */
/** The quoted party's acts a reply may answer (a review, a complaint, a refund): kept when their quote is blanked. */
const QUOTED_ACT_KEEP = /差评|中评|好评|评价|一星|删评|投诉|举报|退款|退货|维权|曝光|介入|申诉|12315|消协|仲裁/g;

function maskOthersQuotes(ranges: readonly number[], slice: string, from: number, start: number, end: number): string {
  if (slice.length === 0 || ranges.length === 0) return slice;
  for (let k = 0; k < ranges.length; k += 2) if (start >= ranges[k]! && end <= ranges[k + 1]!) return slice;
  const to = from + slice.length;
  let out = slice;
  for (let k = 0; k < ranges.length; k += 2) {
    const s = Math.max(from, ranges[k]!);
    const e = Math.min(to, ranges[k + 1]!);
    if (s >= e) continue;
    // The quoted party's act stays (您说“我就要差评”，行，你住哪我们都知道): what they did is the dispute the reply answers.
    const quoted = out.slice(s - from, e - from);
    let kept = '\u0000'.repeat(quoted.length);
    for (const m of quoted.matchAll(QUOTED_ACT_KEEP)) kept = kept.slice(0, m.index) + m[0] + kept.slice(m.index + m[0].length);
    out = out.slice(0, s - from) + kept + out.slice(e - from);
  }
  return out;
}

/**
 * Round 23 (t23a): a menace the cue needed the window for (你妈手机号也在订单里吧？要不我打给她聊聊你退货的事。) is cancelled only by
 * words in the sentences it is made of — from the first sentence holding the anchor or a `sentence` cue to the last — not by a
 * separate sentence after or before it (…。提醒您谨防诈骗，平台不会让您私下转账。). When its last sentence is a question, the answer's
 * first clause counts too (…要不我打给她？开玩笑的). `windowText` is the window's compact slice from compact index `from`.
 */
function menaceSentences(ctx: LintContext, cues: RegExp | readonly RegExp[], windowText: string, from: number, start: number, end: number): string {
  let lo = start;
  let hi = end - 1;
  for (const r of [cues].flat()) {
    // (search() ignores a global regex's lastIndex; a cue's match starts in the sentence that holds it)
    const at = windowText.search(r);
    if (at < 0) continue;
    lo = Math.min(lo, from + at);
    hi = Math.max(hi, from + at);
  }
  const first = lo - ctx.before(lo, 80, 'hard').length;
  const last = hi + 1 + ctx.after(hi + 1, 80, 'hard').length;
  let scope = windowText.slice(Math.max(0, first - from), Math.max(0, last - from));
  if (last < ctx.compact.length && endsAsQuestion(ctx, last)) scope += ctx.compact[last]! + ctx.after(last + 1, 24, 'soft');
  return scope;
}

/** One memo for the hits of every cue rule's check(), reset for each hit (checks never nest). */
const hitMemo = new HitMemo();
/** The words the draft holds, for ReadyCue.mayPassIn: read once per draft by the first cue rule with an open cue. */
const draftWords = new DraftWords();

/** Judges one anchor hit; returns the compact range to report, or undefined. */
export function judge(ctx: LintContext, cue: Cue, start: number, end: number): [number, number] | undefined {
  const memo = new HitMemo();
  memo.useDraft(ctx);
  memo.reset(start, end);
  return judgeReady(ctx, ready(cue), memo);
}

/**
 * judgeReady's first-unit tests alone (after / before edges): false when judgeReady would surely return
 * undefined for the hit. Lets check() drop a hit none of whose cues can pass before the per-hit skips
 * (straddles, quotes, glosses…), which only ever drop hits too: a frequent anchor (规定, 要求, 地址) whose
 * cues all want a given unit before or after it then costs two character reads.
 */
function edgesMayPass(compact: string, bb: ArrayLike<number>, cue: ReadyCue, start: number, end: number): boolean {
  if (cue.after) {
    const next = cue.reach > 0 && end < compact.length && bb[end]! < cue.limit ? compact.charCodeAt(end) : -1;
    if (!mayMatchUnit(cue.afterEdge, next)) return false;
  }
  if (cue.before) {
    const prev = cue.reach > 0 && start > 0 && bb[start]! < cue.limit ? compact.charCodeAt(start - 1) : -1;
    if (!mayMatchUnit(cue.beforeEdge, prev)) return false;
  }
  return true;
}

/**
 * Round 47: the cues of one anchor term that pass edgesMayPass at a hit, by what those tests read — the unit before the hit and
 * the break before it, the unit after it and the break before that — so a term's cues are sorted once per neighbourhood, not
 * once per hit (平台 anchors twenty cues of impersonate-platform, most wanting a given unit before or after it). Kept per term's
 * cue list, a bounded number of neighbourhoods each (cleared when full). Every entry is a pure function of the cues and the key.
 */
const openByNeighbours = new WeakMap<readonly ReadyCue[], Map<number, readonly ReadyCue[]>>();
const MAX_NEIGHBOURHOODS = 128;
const NONE_OPEN: readonly ReadyCue[] = [];
/** The class of a break for edgesMayPass: below SOFT (none), below HARD (soft), hard. */
function breakClass(kind: number): number {
  return kind < SOFT ? 0 : kind < HARD ? 1 : 2;
}
function openCues(compact: string, bb: ArrayLike<number>, cues: readonly ReadyCue[], start: number, end: number): readonly ReadyCue[] {
  if (cues.length === 1) return edgesMayPass(compact, bb, cues[0]!, start, end) ? cues : NONE_OPEN;
  // (-1: no unit; the break class only matters where there is one)
  const before = start > 0 ? (compact.charCodeAt(start - 1) + 1) * 3 + breakClass(bb[start]!) : 0;
  const after = end < compact.length ? (compact.charCodeAt(end) + 1) * 3 + breakClass(bb[end]!) : 0;
  const key = before * 0x40000 + after;
  let byKey = openByNeighbours.get(cues);
  if (byKey === undefined) openByNeighbours.set(cues, (byKey = new Map()));
  let open = byKey.get(key);
  if (open === undefined) {
    let list: ReadyCue[] | undefined;
    for (let c = 0; c < cues.length; c++) if (edgesMayPass(compact, bb, cues[c]!, start, end)) (list ??= []).push(cues[c]!);
    open = list ?? NONE_OPEN;
    if (byKey.size >= MAX_NEIGHBOURHOODS) byKey.clear();
    byKey.set(key, open);
  }
  return open;
}

/** How long a lead-in sentence may be, and how far into its own sentence the anchor may stand (cue.leadIn). */
const LEAD_IN_MAX = 14;
const LEAD_IN_REACH = 20;
/**
 * Round 40 (t40b): `sentence` matched by the anchor's sentence together with the short sentence right before it, that sentence
 * matching `leadIn` whole (Cue.leadIn): 非要投诉？行，后果你自己扛着.
 */
function ledIn(ctx: LintContext, sentence: RegExp | readonly RegExp[], leadIn: RegExp, hit: HitMemo, context: string): boolean {
  const own = hit.before(ctx, LEAD_IN_REACH + 1, false).length;
  if (own > LEAD_IN_REACH) return false;
  const opens = hit.start - own;
  if (opens <= 0 || ctx.norm.breakBefore[opens]! < HARD) return false;
  const lead = ctx.before(opens - 1, LEAD_IN_MAX + 1, 'hard') + ctx.compact[opens - 1]!;
  if (lead.length > LEAD_IN_MAX || !leadIn.test(lead)) return false;
  return allMatch(sentence, lead + context);
}

function judgeReady(ctx: LintContext, cue: ReadyCue, hit: HitMemo): [number, number] | undefined {
  const start = hit.start;
  const end = hit.end;
  const limit = cue.limit;
  const reach = cue.reach;
  const compact = ctx.compact;
  const bb = ctx.norm.breakBefore;
  let from = start;
  let to = end;
  // Both first-unit tests before any regex: a cue with after and before (我是 + 快手 + 官方…) often passes its
  // after edge and fails its before edge, and then its after regex ran for nothing. Every test here is a pure
  // test of the hit and any failure returns undefined, so their order changes no result.
  if (cue.before && !mayMatchUnit(cue.beforeEdge, reach > 0 && start > 0 && bb[start]! < limit ? compact.charCodeAt(start - 1) : -1)) return undefined;
  // after first: its patterns start with ^ and fail at one position; a before pattern ($) is tried at each.
  if (cue.after || cue.notAfter) {
    // The first unit ctx.after() would return (-1: none): most hits fail their pattern on it.
    const next = reach > 0 && end < compact.length && bb[end]! < limit ? compact.charCodeAt(end) : -1;
    if (cue.after && !mayMatchUnit(cue.afterEdge, next)) return undefined;
    const notAfter = cue.notAfter && mayMatchUnit(cue.notAfterEdge, next) ? cue.notAfter : undefined;
    if (notAfter || cue.after) {
      const after = hit.after(ctx, reach, cue.soft, true);
      // The pattern that must match before the one that must not: most hits fail it, and then notAfter need
      // not run (both are pure tests and either failing returns undefined, so the order changes no result).
      if (cue.after) {
        // test() when the match itself is not needed: the same answer without a match array per hit.
        if (!cue.grow) {
          if (!cue.after.test(after)) return undefined;
        } else {
          const m = cue.after.exec(after);
          if (!m) return undefined;
          if (m.index === 0) to = end + m[0].length;
        }
      }
      if (notAfter?.test(after)) return undefined;
    }
  }
  if (cue.before || cue.notBefore) {
    // The last unit ctx.before() would return (-1: none); the before edge was tested above.
    const prev = reach > 0 && start > 0 && bb[start]! < limit ? compact.charCodeAt(start - 1) : -1;
    const notBefore = cue.notBefore && mayMatchUnit(cue.notBeforeEdge, prev) ? cue.notBefore : undefined;
    if (notBefore || cue.before) {
      const before = hit.before(ctx, reach, cue.soft, true);
      // before, then notBefore: as after / notAfter above.
      if (cue.before) {
        if (!cue.grow) {
          if (!cue.before.test(before)) return undefined;
        } else {
          const m = cue.before.exec(before);
          if (!m) return undefined;
          from = start - (before.length - m.index);
        }
      }
      if (notBefore?.test(before)) return undefined;
    }
  }
  if (cue.sentence || cue.notSentence) {
    const sentence = cue.window ? hit.window(ctx, cue.window) : hit.sentence(ctx);
    const context = cue.sentenceSkipsAnchor ? hit.skipAnchor(ctx) : sentence;
    if (cue.sentence && !allMatch(cue.sentence, context) && !(cue.leadIn && ledIn(ctx, cue.sentence, cue.leadIn, hit, context))) return undefined;
    // A sentence that breaches by itself is not cancelled by a neighbour's words (…把差评删了。谢谢 / 我们不接受代开发票。…):
    // the window's cancels stand only where the cue needed the window to match at all.
    // A question is answered by the next sentence (…后来怎么样了吗？回购了三次！): the window's cancels stand for it too.
    // Round 22 (lead): …and only the answer: a question's cancels come from its own sentence and the first clause of the next (开玩笑的,
    // 不会的), never from the sentence before (…我们不会私下联系您。你老婆知道你买这个吗？要不要我把订单截图发给她看看？) nor from
    // unrelated talk after it.
    let cancelScope = sentence;
    if (cue.window && cue.notSentence) {
      // The anchor's own sentence, as far as the window reaches into it.
      const ownBefore = hit.before(ctx, cue.window, false, true);
      const own = ownBefore + compact.slice(start, end) + hit.after(ctx, cue.window, false, true);
      if (!cue.sentence || cue.sentenceSkipsAnchor || allMatch(cue.sentence, own)) {
        if (hit.asked(ctx)) {
          // The answer opens the next sentence (…发给她看看？开玩笑的 / 不会的): its first clause, not all that follows.
          const ownEnd = end + hit.after(ctx, cue.window, false).length;
          const answer = ownEnd < compact.length ? compact[ownEnd]! + ctx.after(ownEnd + 1, cue.window, 'soft') : '';
          cancelScope = own + answer;
        } else cancelScope = own;
      } else cancelScope = menaceSentences(ctx, cue.sentence!, sentence, Math.max(0, start - cue.window), start, end);
    }
    // Round 68 (eng27-68): a cancelling refusal of another thing in another clause (香烟我们不卖，雪茄烟丝倒是有货) leaves the offer standing.
    if (cue.notSentence && anyCancels(ctx, cue.notSentence, cancelScope, start, end)) return undefined;
  }
  if (cue.refusal) {
    const own = hit.before(ctx, 24, true, true);
    const scope = OWN_OFFER_CLAUSE.test(own)
      ? own + compact.slice(start, end) + hit.after(ctx, 40, false, true)
      : cue.window ? hit.window(ctx, cue.window) : hit.sentence(ctx);
    const refused = cue.refusal.exec(scope);
    if (refused && !cue.refusalTurn?.test(scope.slice(refused.index + refused[0].length)) && !refusalKeptToItsObject(ctx, cue.refusal, start, end)) return undefined;
  }
  if (cue.latinSentence && !/[^a-z]/.test(ctx.compact.slice(start, end)) && !cue.latinSentence.test(hit.sentence(ctx))) return undefined;
  // Round 41 (t41a): …unless the sentence leaves a way in after the denial (仿真枪我们店不卖，老客找我单独发: refusalTurn).
  // Round 67 (engfa67): a grown hit (成人 + 视频) is denied after its grown end too (成人视频这类东西我们没有): the anchor's own end
  // leaves the medium in front of the denial.
  if (cue.deniable && (hit.denied(ctx) || (to > end && deniedAfter(ctx, to))) && !cue.refusalTurn?.test(ctx.after(to, 48, 'hard'))) return undefined;
  if (cue.hypothetical && hit.hypothetical(ctx)) return undefined;
  if (cue.asked && hit.asked(ctx)) return undefined;
  if (cue.unless?.(ctx, start, end)) return undefined;
  return [from, to];
}

/**
 * A cue rule's term: the index of its cues in the rule rides in a private field, so check() finds them with one
 * load (Number(tag) per hit was a string-to-number conversion, ~2% of a short draft) and the term lists read as
 * plain {term, severity, tag} (a spread copy loses the index: then the tag is read).
 * Round 64 (enginestart64): a class field, not Object.defineProperty of a symbol on each of the ~27k specs at
 * every page's engine start (a runtime call per spec, ~0.6 µs each in Node before the JIT warms up).
 */
class CueTerm extends FoldedTerm {
  readonly #cues: number;
  constructor(term: string, key: string, severity: Severity | undefined, cues: number) {
    super(term, key, severity, String(cues));
    this.#cues = cues;
  }
  static cuesOf(spec: TermSpec): number | undefined {
    return #cues in spec ? (spec as CueTerm).#cues : undefined;
  }
}

export interface CueRuleSpec {
  meta: RuleMeta;
  cues: readonly Cue[];
  /** Extra detection that does not fit an anchor (runs after the cues). */
  check?: (ctx: LintContext, rule: RuleModule) => void;
  /** Regexes `check` uses, so their characters fold from traditional script too. */
  regexes?: readonly RegExp[];
  /** Anchor words also match in pinyin (RuleModule.pinyin). */
  pinyin?: boolean;
  /** Skip hits inside someone else's quoted words or a quoted name (detect/quoted.ts): 您那句“…骗子”, 叫“疯狗357”. */
  skipQuoted?: boolean;
  /** Skip hits inside words quoted from someone else only (detect/quoted.ts othersQuote): 您提到的“违禁成分”. */
  skipOthersQuoted?: boolean;
  /** Skip hits that tell what happens in a film, a book or a game (detect/mention.ts depicted): 这部港片讲的是讨债公司泼油漆的故事. */
  skipDepicted?: boolean;
  /** Skip hits that are the tail of a 非- compound, naming the class's complement (detect/negated-compound.ts): 非处方药, 非管制刀具. */
  skipNegatedCompound?: boolean;
}

/** The sources of a cue rule's patterns and extra regexes (RuleModule.vocabulary). */
function vocabularyOf(spec: CueRuleSpec): string[] {
  return [
    ...spec.cues.flatMap((c) => [c.before, c.after, c.notBefore, c.notAfter, ...[c.sentence ?? []].flat(), ...[c.notSentence ?? []].flat(), c.refusal, c.refusalTurn, c.leadIn]),
    ...(spec.regexes ?? []),
  ]
    .filter((r): r is RegExp => r !== undefined)
    .map((r) => r.source);
}

/**
 * Every cue of a rule also yields when any of `extra` holds for its hit (its own `unless` first): a frame that holds for the
 * whole rule, e.g. a 平台 of another trade (impersonate-platform, defame-platform).
 */
export function alsoUnless(cues: readonly Cue[], ...extra: readonly NonNullable<Cue['unless']>[]): Cue[] {
  return cues.map((c) => ({ ...c, unless: (ctx: LintContext, s: number, e: number) => (c.unless?.(ctx, s, e) ?? false) || extra.some((f) => f(ctx, s, e)) }));
}

/**
 * Builds a rule module from cues: every cue word becomes a lexicon term, one term per folded word, tagged
 * with the cues it anchors (in cue order). Why one per word: 平台 anchors twenty cues of impersonate-platform,
 * and a term per cue made each hit twenty hits for the engine to allocate and dispatch.
 */
export function cueRule(spec: CueRuleSpec): RuleModule {
  /**
   * The rule's terms and the cues each one anchors, made on first need (round 66, engload66): folding every anchor word
   * (~47k in all the cue rules) and readying every cue was ~170 of the engine's ~650 CPU-ms of module evaluation in Node,
   * paid at every page's engine start. A linter on the prebuilt term table (term-tables.ts) needs neither until one of
   * this rule's terms is hit; its digest reads the words (termWords), not the terms.
   */
  let made: { terms: TermSpec[]; cuesOfTerm: ReadyCue[][] } | undefined;
  const make = (): { terms: TermSpec[]; cuesOfTerm: ReadyCue[][] } => {
    if (made) return made;
    // Round 28: a ReadyCue of its own per cue, not through ready()'s WeakMap (1,446 ephemeron entries at every
    // page's engine start that judge() alone reads): a ReadyCue is a pure function of its cue, so a second one
    // judges alike.
    const readied: ReadyCue[] = [];
    for (let index = 0; index < spec.cues.length; index++) readied.push(new ReadyCue(spec.cues[index]!));
    const terms: TermSpec[] = [];
    /** The cues each term anchors, by the term's tag. */
    const cuesOfTerm: ReadyCue[][] = [];
    // Plain loops, no closure: a closure over byKey would keep the map (and its keys) alive with check().
    const byKey = new Map<string, ReadyCue[]>();
    for (let index = 0; index < spec.cues.length; index++) {
      const cue = spec.cues[index]!;
      for (const term of cue.words) {
        const key = foldTerm(term);
        let cues = byKey.get(key);
        if (!cues) {
          byKey.set(key, (cues = []));
          // The cues ride on the spec (CueTerm), and so does the folded key: the engine need not fold the word again.
          terms.push(new CueTerm(term, key, cue.severity, cuesOfTerm.length));
          cuesOfTerm.push(cues);
        }
        cues.push(readied[index]!);
      }
    }
    // Trimmed copies: an array grown by push keeps spare capacity, and these live as long as the rule.
    for (let i = 0; i < cuesOfTerm.length; i++) cuesOfTerm[i] = cuesOfTerm[i]!.slice();
    return (made = { terms, cuesOfTerm });
  };
  const rule: RuleModule = defineRule({
    meta: spec.meta,
    get terms() {
      return make().terms;
    },
    get termWords() {
      return spec.cues.map((cue) => cue.words);
    },
    // Round 28: read when asked (only scripts/t2s-source.ts asks), not built at every page's engine start: the
    // sources of ~1,100 patterns and the arrays between cost ~10 ms there. The spec is kept by check() anyway.
    get vocabulary() {
      return vocabularyOf(spec);
    },
    pinyin: spec.pinyin,
    check(ctx: LintContext, hits: readonly TermHit[]) {
      const compact = ctx.compact;
      const bb = ctx.norm.breakBefore;
      let draftRead = false;
      // (no hits, no terms needed: most rules in most drafts)
      const cuesOfTerm = hits.length ? make().cuesOfTerm : [];
      for (const hit of hits) {
        // (a spec copied by spread lost its index: read the tag then)
        const cues = cuesOfTerm[CueTerm.cuesOf(hit.spec) ?? Number(hit.spec.tag)];
        if (!cues) continue;
        // Only the cues that can pass their first-unit tests (edgesMayPass): judgeReady would return undefined for the others at
        // those tests, before any other work. None: judge would accept none, so the skips below need not run either.
        const open = openCues(compact, bb, cues, hit.start, hit.end);
        if (open.length === 0) continue;
        // Judge the cues first: most hits pass none, and then the skips below need not run. They only ever drop
        // the hit and are pure tests of the draft (the memo holds pure values), so their order changes no result.
        if (!draftRead) (hitMemo.useDraft(ctx), draftWords.read(compact), (draftRead = true));
        hitMemo.reset(hit.start, hit.end);
        let passed: (ReadyCue | [number, number])[] | undefined;
        for (let c = 0; c < open.length; c++) {
          const cue = open[c]!;
          // A cue whose patterns need a word the draft lacks would fail judgeReady, which is a pure test: skip it.
          if (!cue.mayPassIn(draftWords)) continue;
          const range = judgeReady(ctx, cue, hitMemo);
          if (range) (passed ??= []).push(cue, range);
        }
        if (!passed) continue;
        // 高防护 is not 高防, 检测报告，您可以 is not 告您 (detect/straddle.ts).
        if (straddles(ctx, hit.start, hit.end)) continue;
        // SB-200 is a model code, not an insult's initials (detect/codes.ts).
        if (productCode(ctx, hit.start, hit.end)) continue;
        // 收皮在粤语里是“收工”的意思: the word glossed, not said (detect/mention.ts; round 11).
        if (glossed(ctx, hit.start, hit.end)) continue;
        // 【催评模板】…: the canned reply's title, not said to the buyer (detect/mention.ts; round 22, t22du).
        if (templateTitle(ctx, hit.start, hit.end)) continue;
        if (spec.skipDepicted && depicted(ctx, hit.start, hit.end)) continue;
        if (spec.skipNegatedCompound && negatedCompound(ctx, hit.start)) continue;
        // 您说快递员骂您傻X: someone else's abuse told, unquoted (detect/quoted.ts; round 11).
        if (spec.skipQuoted && reportedAbuse(ctx, hit.start)) continue;
        // 有人以我们店的名义招代理？那是假的: someone else's act asked back and denied (detect/answered.ts).
        // reporterNear() first: most hits have no 有人/听说… within reach, and then no lead to cut.
        if (reporterNear(ctx, hit.start) && reportedThenDenied(ctx, hitMemo.before(ctx, REPORT_REACH, false), hit.end)) continue;
        // 您刚才问能不能私下交个朋友——不好意思，我们只在这里处理订单: the buyer's ask restated and declined (round 8).
        if (askNear(ctx, hit.start) && askedThenDeclined(ctx, hitMemo.before(ctx, REPORT_REACH, false), hit.end)) continue;
        // 您问的拆单避税办法我们没有: the buyer's asked thing named, then the shop has none (round 66, engfa66).
        if (askedThingDeclined(ctx, hit.start, hit.end)) continue;
        // Answered, explained or listed, not said (detect/rebut.ts; round 12, fa12): 二维码付款？不存在的, 仿版是违法的.
        if (rebutted(ctx, hit.start, hit.end)) continue;
        // “精仿”“1:1”这种暗示假货的词: the word mentioned as a word, not said (detect/quoted.ts; round 18, fa18bp).
        if (mentionedWords(ctx, hit.start, hit.end)) continue;
        for (let k = 0; k < passed.length; k += 2) {
          const cue = passed[k] as ReadyCue;
          const range = passed[k + 1] as [number, number];
          if ((spec.skipQuoted && quotedSpeech(ctx, range[0], range[1])) || (spec.skipOthersQuoted && othersQuote(ctx, range[0], range[1]) && !offeredAfterQuote(ctx, range[0], range[1]))) continue;
          // Round 37 (t37c): …or starting in the buyer's labelled quote and read across its closing mark (「买家：我要曝光」 您…).
          if ((spec.skipQuoted || spec.skipOthersQuoted) && buyerQuoted(ctx, range[0], range[1])) continue;
          const evidence = cue.cue.evidence;
          if (evidence && !evidence(ctx, hit.start, hit.end)) {
            ctx.report(rule, { start: range[0], end: range[1], severity: 'info', message: cue.cue.message + UNCLAIMED_NOTE });
            continue;
          }
          ctx.report(rule, { start: range[0], end: range[1], severity: cue.cue.severity, message: cue.cue.message, fix: cue.cue.fix });
        }
      }
      spec.check?.(ctx, rule);
    },
  });
  return rule;
}

/** Appended to the message of a cue reported at info for want of evidence (Cue.evidence). */
const UNCLAIMED_NOTE = '（未见说的是本店所售商品，仅作提示）';

/** Runs a global regex over each sentence of the compact view; calls back with compact offsets. */
export function scanSentences(ctx: LintContext, regex: RegExp, onMatch: (start: number, end: number, m: RegExpExecArray) => void): void {
  const bounds = sentenceStarts(ctx);
  const text = ctx.compact;
  for (let k = 0; k < bounds.length; k++) {
    const s = bounds[k]!;
    const e = k + 1 < bounds.length ? bounds[k + 1]! : text.length;
    const sentence = text.slice(s, e);
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
      onMatch(s + m.index, s + m.index + m[0].length, m);
      if (m[0].length === 0) regex.lastIndex++;
    }
  }
}

/** Compact offsets where sentences start (after a hard break). */
export function sentenceStarts(ctx: LintContext): number[] {
  return ctx.memo('conduct:sentences', () => {
    const starts = [0];
    const bb = ctx.norm.breakBefore;
    const hard = HARD; // read once: under tsx an imported constant is a getter call, and this loop visits every unit
    for (let i = 1; i < ctx.compact.length; i++) if (bb[i] === hard) starts.push(i);
    return starts;
  });
}
