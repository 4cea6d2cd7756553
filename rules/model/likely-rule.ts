// A rule module per clause around the statistical second opinion (classifier.ts). It speaks only when the
// word rules said nothing at warn or block for its clause: their findings name the words and often carry a
// fix, this one can only point at a sentence. Always `warn`: the first send is held, a second goes through.
import type { Bilingual, RuleModule } from '../define-rule';
import type { LintContext } from '../context';
import type { Finding } from '../types';
import { defineRule } from '../define-rule';
import { MODEL_CLAUSES, type ModelClause } from './clauses';
import { overThreshold, scoreParts, scoreWindows, strongestGram } from './classifier';
import { orderCodeUnits, quotedUnits, trackingCodeUnits } from './grams';
import { THESE_FEW, THIRD_PARTIES } from '../context-words';
import { fixTextUnits } from '../fix-texts';
import { pinyinOnlyUnread } from '../detect/pinyin-body'; // round 49 (t49e)

export interface LikelyRuleSpec {
  id: string;
  clause: ModelClause;
  title: Bilingual;
  /** What the clause forbids, in the words the banner shows. */
  forbids: Bilingual;
  hint: Bilingual;
  /** One-line message on the finding. */
  message: string;
  /**
   * Round 19 (t19dk): the sentence (compact) is no breach of this clause whatever the model says (a scam warning for 2.6).
   * Round 25 (t25b): `next` is the compact text right after the sentence (up to 40 units), for a question answered by what follows.
   */
  // Round 32 (t32a): `prev` is the compact text right before the sentence (up to 40 units), for an answer to the question before it.
  unless?: (sentence: string, next: string, prev: string) => boolean;
  /**
   * Round 31 (t31g): the sentence is no breach of this clause given the word rules' findings (warn or block, any clause) that overlap
   * it, by rule id: a smear of the platform (defame-platform) speaks about the platform, not as it.
   */
  unlessFound?: (found: ReadonlySet<string>, sentence: string) => boolean;
  /**
   * Round 23 (t23cd): the window in plain register, same length (俺们 → 我们, 立马 → 马上): dialect and chatty words the model weighs
   * like rudeness. When the plain text no longer passes the threshold, the register was all that spoke. Returns the text unchanged
   * when nothing is to be plained (the common case: no second scoring).
   */
  plain?: (window: string) => string;
  /**
   * Round 34 (t34a): the reported sentence must hold one gram whose own weight for the clause reaches this (strongestGram, logit units
   * before the length scale): a short sentence of plain service words (纽扣松了的话我们寄一颗备用扣给您) can pass a low threshold on the
   * sum of its function words (我们, 给, 一) alone, with nothing in it that leans to the clause.
   */
  minGram?: number;
}

export function likelyRule(spec: LikelyRuleSpec): RuleModule {
  const c = MODEL_CLAUSES.indexOf(spec.clause);
  const rule: RuleModule = defineRule({
    meta: {
      id: spec.id,
      clause: spec.clause,
      severity: 'warn',
      title: spec.title,
      description: {
        zh: `统计判断（按已标注的客服回复训练，可能误判）：规则 ${spec.clause} ${spec.forbids.zh}。只在词句规则没有发现本条问题时提示，整句标出。`,
        en: `Statistical judgement (trained on labelled replies; may be wrong): rule ${spec.clause} ${spec.forbids.en}. Speaks only when the word rules found nothing for this clause; marks the whole sentence.`,
      },
      hint: spec.hint,
    },
    check(ctx) {
      for (const f of ctx.findings) if (f.clause === spec.clause && f.severity !== 'info') return;
      // The unmasked compact view (not ctx.compact): what the model was trained on.
      const compact = ctx.norm.compact.text;
      const windows = ctx.memo('model-windows', () => scoreWindows(compact, ctx.norm.modelBreakBefore, unreadUnits(ctx)));
      // Round 33 (t33d): a long reply's paragraphs and sentences too (classifier.ts scoreParts), each with its margin.
      const parts = ctx.memo('model-parts', () => scoreParts(compact, ctx.norm.modelBreakBefore, unreadUnits(ctx), (k) => paragraphBefore(ctx, k)));
      const said = new Set<number>();
      for (let i = 0; i < windows.length + parts.length; i++) {
        const w = i < windows.length ? windows[i]! : parts[i - windows.length]!;
        const margin = i < windows.length ? 0 : parts[i - windows.length]!.margin;
        if (!overThreshold(w, c, margin)) continue;
        const [start, end] = w.sentence[c]!;
        if (said.has(start)) continue;
        if (deniedThroughout(compact, ctx.norm.modelBreakBefore, start, end)) continue;
        if (spec.unless?.(compact.slice(start, end), compact.slice(end, end + 40), compact.slice(Math.max(0, start - 40), start))) continue;
        if (spec.unlessFound && spec.unlessFound(foundIn(ctx.findings, ...ctx.toOriginal(start, end)), compact.slice(start, end))) continue;
        if (spec.minGram !== undefined && strongestGram(compact.slice(start, end), c) < spec.minGram) continue;
        // Round 49 (t49e): toneless pinyin typed without the IME (亲，wo qu cang ku cha yi xia): the model weighs the letters where
        // syllables join (uc, gk, nm) like handles and shorthand; unless the pinyin spells a word of the clause, the word rules judge it.
        if (pinyinOnlyUnread(compact.slice(start, end), spec.clause)) continue;
        if (!overInPlainRegister(spec.plain ? (x) => plainChase(spec.plain!(x)) : plainChase, compact, ctx.norm.modelBreakBefore, w.start, w.end, c, unreadUnits(ctx), margin)) continue;
        said.add(start);
        ctx.report(rule, { start, end, message: spec.message });
      }
    },
  });
  return rule;
}

/**
 * The compact units the model does not read (quotes, order and tracking codes), once per draft. A module function, not a
 * closure in check(): under tsx every named closure made per call also pays a defineProperty for its name (~1 µs).
 */
function unreadUnits(ctx: LintContext): Uint8Array | undefined {
  const compact = ctx.norm.compact.text;
  // (round 47, t47b: …nor our own fix texts — fix-texts.ts)
  return ctx.memo('model-unread', () => fixTextUnits(compact, trackingCodeUnits(compact, orderCodeUnits(compact, quotedUnits(ctx.folded, ctx.norm.compactToFolded)))));
}

// Round 23 (t23b): a third party chased for the buyer (这两天我们天天催海关放行，您再耐心等等; 驿站那边我们天天打电话催; 一直追着快递要轨迹,
// 催得他们都烦了) weighs like nagging, calling or pressing the buyer to the model. In a sentence where a third party is chased, every
// chase not aimed at the buyer is read plain for every clause (催 → 问, 打电话 → 去询问, 催了三遍 → 问了三次; same length): what still
// passes is the buyer's own. Not when the buyer is the one chased (快递那边我们天天催您, 给您打电话).
const CHASE_VERB = '(?:催促|打电话|催|追|盯|磨)';
const CHASE_OF_THIRD_PARTY = new RegExp(
  `${CHASE_VERB}(?![你您])(?:着|了|一下|下|得|到|给)?(?:${THIRD_PARTIES}|他们|人家|对方)|${THIRD_PARTIES}(?:员|小哥|公司|师傅)?(?:那边|方面|这边|那里|那儿)?(?:我们|我|咱们|咱|这边|我这边|我们这边|店里)?(?:也|都|是|一直|每天|天天|在|去|会|已经|还|又|正在)*${CHASE_VERB}(?![你您])`,
);
const CHASE_PLAIN = /(?<![给跟和向对][你您])(催促|打电话|[催追盯磨])(?![你您])((?:了|过)?[0-9一二两三四五六七八九十几好]+)?(遍)?/g;
const PLAIN_VERB: Record<string, string> = { 催促: '询问', 打电话: '去询问', 催: '问', 追: '问', 盯: '跟', 磨: '问' };
function plainChase(window: string): string {
  if (!/[催追盯磨]|打电话/.test(window)) return window;
  return window.replace(/[^。！？!?]+/g, (sentence) =>
    CHASE_OF_THIRD_PARTY.test(sentence) ? sentence.replace(CHASE_PLAIN, (_m, verb: string, count = '', times = '') => PLAIN_VERB[verb]! + count + (times && '次')) : sentence,
  );
}

/** Whether a line break lies between compact units k − 1 and k (in the folded view, which keeps separators). */
function paragraphBefore(ctx: { folded: string; norm: { compactToFolded: Uint32Array } }, k: number): boolean {
  const map = ctx.norm.compactToFolded;
  for (let i = map[k - 1]! + 1; i < map[k]!; i++) if (ctx.folded.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** Ids of the rules with a warn or block finding overlapping original [start, end). */
function foundIn(findings: readonly Finding[], start: number, end: number): Set<string> {
  const ids = new Set<string>();
  for (const f of findings) if (f.severity !== 'info' && f.start < end && f.end > start) ids.add(f.rule);
  return ids;
}

/** Whether the window [start, end) in plain register (spec.plain) still passes clause `c`'s threshold; true when nothing is plained. */
function overInPlainRegister(plain: (w: string) => string, compact: string, breakBefore: Uint32Array, start: number, end: number, c: number, mask: Uint8Array | undefined, margin = 0): boolean {
  const text = compact.slice(start, end);
  const plained = plain(text);
  if (plained === text || plained.length !== text.length) return true;
  return scoreWindows(plained, breakBefore.subarray(start, end), mask?.subarray(start, end)).some((w) => overThreshold(w, c, margin));
}

// Round 11 (fa11): a sentence that denies in every clause (给了差评我们也不会上门找您的，更不会打电话骚扰 / 我们不是平台的人，
// 也不能替平台做判定) promises what the shop will not do; the model weighs its words like the breach. The gate lets it
// speak only when some clause asserts (other than handing the matter to the platform), or a clause turns the denial into a menace (不会放过你, 不会让你好过, 但是…, 要是…).
// (round 22, t22cc: …a rule or our practice refusing it, 平台不允许商家诱导好评，我们也不搞好评返现)
// Round 31 (t31c): …or says the shop cannot see or get at the buyer's data (不会泄露您的手机号，我们这边也看不到完整信息; 客服查不到您的
// 身份证号): what the shop has no access to menaces no one — not the rhetorical dare (别以为我们查不到你住哪, 你当我们看不见吗).
const CLAUSE_DENIAL = /不会|不能|没法|无法|不可能|绝不|从不|从来不|不代表|并非|不是|没有|不用|不必|不需要|不方便|别担心|不要担心|放心|不允许|禁止|不搞|不参与|(?<!(?:以为|当|觉得|认为|信不信)[^]{0,10})(?:看|查|拿|接触|获取|碰)不(?:到|着|见)(?![^]*[吗吧])/;
/** A clause that hands the matter to the platform (仲裁结果以平台页面为准, 请您咨询平台客服) asserts nothing of the shop's own. */
// Round 19 (t19bq): …or sends the buyer down the platform's own path instead (支付宝转我们就不必了，您在店里拍一下补差价链接就行，链接我用
// 商品卡片发您): the refused clause's words are no offer.
const CLAUSE_DEFER = /以[^]{0,16}为准|(?:咨询|联系|询问|找|问)(?:一下)?(?:快手|平台|官方)|补差价?(?:的)?链接|商品卡片|(?:在|到|去|从)(?:店里|店铺|直播间|平台|快手|小黄车|订单页|订单详情|这里|这儿|这边|这)(?:里|上)?(?:直接)?(?:拍|下单|付款|补拍|申请)|(?:有|由|走)平台(?:的)?(?:担保|保障)/;
const CLAUSE_TURN = /但|不过|可是|除非|否则|要是|如果|的话|让你|你等|试试|后果|小心|罢休|放过|算了|饶|客气|手软|好过|好受|就这么|走着瞧|你看着|为止/;
// An off-platform offer in a clause turns it too (不会骚扰您，私下加我就行) — unless the clause names the offer as a topic and closes
// on refusing it (线下交易、私下收款真的不用; round 24, t24a): a denial after the offer, ending the clause.
const CLAUSE_OFFER = /私下|加我|微信|转账/;
const CLOSES_ON_DENIAL = /(?:不用|不需要|不必|不行|不可以|不能|不支持|不接受|不做|不搞|不要|免了)(?:了|的|啦)?(?:哦|哈|呢|啊|呀|喔|噢|哟|啦)*$/;
// Round 24 (t24a): a short off-platform item before a clause that names another and closes on refusing it (线下交易、私下收款真的不用;
// 当面交易，私下转账都不行) is one refused list — the compact view keeps no 、, so the item is read by its shape: a bare off-platform noun
// phrase (no 加我 or 转我: an ask is no item).
const OFFER_ITEM = /^(?:线下|私下|站外|当面|现金|面对面)(?:交易|收款|付款|转账|支付|见面|交货|结算|联系)$|^(?:加|走)(?:微信|vx|qq|支付宝)$/;
const OFFER_TOPIC = /私下|线下|站外|当面|现金|微信|vx|qq|支付宝|转账|收款|交易/;
// Round 33 (t33a): an off-platform way named only as the object of the shop's refusal (咱们不走私下交易, 我们从不私下收款, 不接受微信转账)
// denies it: the offer words are struck out before the turn test, and the clause counts as a denial.
const OFFER_DENIED = /(?:不|别|拒绝|禁止|杜绝|从不|绝不|从来不)(?:走|搞|做|接受|支持|需要|用|进行|去|参与|提供|会|收)?(?:任何)?(?:私下|线下|站外)?(?:的)?(?:加)?(?:微信|转账|私下|线下|站外)(?:转账|交易|收款|付款|联系|沟通|支付)?/g;
function offerTurns(clause: string): boolean {
  if (clause.includes('不') || clause.includes('别') || clause.includes('禁') || clause.includes('拒') || clause.includes('杜')) clause = clause.replace(OFFER_DENIED, (m) => '否'.repeat(m.length));
  const offer = CLAUSE_OFFER.exec(clause);
  if (!offer) return false;
  const denial = CLOSES_ON_DENIAL.exec(clause);
  return !denial || denial.index < offer.index + offer[0].length;
}

// Round 22 (lead): a last clause that refuses everything before it as a set (或者我们加您微信直接转账，这两种都不行 / 私下交易、站外链接，
// 以上我们一律不支持) denies the whole sentence, whatever its earlier clauses name.
const REFUSES_ALL_BEFORE = new RegExp(
  String.raw`^(?:${THESE_FEW}|这些|以上|上述|两种|两个|这种)(?:方式|方法|做法|办法|操作|情况|要求)?(?:我们|本店|咱们|这边|店里)?(?:都|也|全|全都|一律|统统|一概)?(?:不行|不可以|不能|不支持|不接受|没法|没办法|做不了|办不了|不提供|不允许|不做|不会做)(?:的|了|啦)?(?:哦|哈|呢|啊|呀|喔|噢|哟|啦)*$`,
);

/** Whether every clause of compact [start, end) holds a denial and none turns it (see above). */
export function deniedThroughout(compact: string, breakBefore: ArrayLike<number>, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && breakBefore[last] === 0) last--;
  if (last > start && REFUSES_ALL_BEFORE.test(compact.slice(last, end))) return true;
  let from = start;
  let denials = 0;
  let itemPending = false;
  for (let i = start + 1; i <= end; i++) {
    if (i < end && breakBefore[i] === 0) continue;
    const clause = compact.slice(from, i);
    from = i;
    // (the previous clause was a bare off-platform item: this one must name another and close on refusing both)
    if (itemPending && !(OFFER_TOPIC.test(clause) && CLOSES_ON_DENIAL.test(clause))) return false;
    itemPending = false;
    // (a bare item is read as an item before it is read as an offer: 私下交易，支付宝转账我们一律不支持; round 25)
    if (i < end && OFFER_ITEM.test(clause)) {
      itemPending = true;
      continue;
    }
    if (CLAUSE_TURN.test(clause) || offerTurns(clause)) return false;
    // (a clause that closes on refusing counts as a denial too: 加微信转账我们都不接受哦; round 25)
    if (CLAUSE_DENIAL.test(clause) || CLOSES_ON_DENIAL.test(clause) || (CLAUSE_OFFER.test(clause) && !offerTurns(clause))) denials++;
    else if (!CLAUSE_DEFER.test(clause)) return false;
  }
  return denials > 0;
}
