// Typed number reader for clause 2.3 (notes/lint.md §3): digit runs in the FOLDED view, joined across
// the separators evaders put inside a number (138 0013 8000, 138-0013-8000, 一五九 一二三四, ⑴⑶⑻), read
// with Chinese and radio numerals (幺三八 洞洞幺), then classified by shape, checksum and nearby words.
// "≥ 8 digits ⇒ bad" is noise (houbb #9/#17): an order, tracking, customs or batch number, a barcode,
// a date, money or a spec is NOT a contact. Only the caller decides what to flag.

import type { LintContext } from '../context';
import { phraseRegex } from '../context';

export type NumberKind =
  | 'mobile' // 1[3-9] + 9 digits
  | 'international' // +852 9123 4567, +86 139…
  | 'landline' // 021-62345678, 0755 8321 6549
  | 'service' // 400/800 numbers
  | 'hotline' // 95338, 12315, 11183: public service numbers
  | 'bank-card' // 16–19 digits, Luhn-valid with a card prefix, or grouped like a card
  | 'id-card' // 18-digit resident ID with a valid checksum
  | 'date'
  | 'ean' // EAN-13 barcode with a valid check digit
  | 'money'
  | 'spec' // 5000mah, 900g, 220v
  | 'code' // glued to letters: SF1234…, 20240312a, EA…CN, model numbers
  | 'order' // an order/tracking/customs/batch/… word governs it
  | 'tail' // 尾号 5678
  | 'masked' // 138****1234
  | 'plain'; // anything else (quantities, short numbers, QQ-like ids)

export interface NumberRun {
  /** Folded-view range, end exclusive. */
  start: number;
  end: number;
  digits: string;
  kind: NumberKind;
  /** Whether Chinese/radio numerals were read (一五九…). */
  chinese: boolean;
  /** Number of digit groups (separated by spaces, dashes, dots…). */
  groups: number;
}

export const CN_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', '○': '0', 洞: '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 貳: '2', 三: '3', 叁: '3', 叄: '3', 參: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6', 七: '7', 柒: '7', 拐: '7', 八: '8', 捌: '8', 九: '9', 玖: '9', 勾: '9',
};
/** Characters allowed between the digits of one number: spaces, dashes, dots, brackets (⑴ folds to "(1)"), 、 */
// Round 45 (t45i): the bar | ¦ (｜ folds to |) too, a number dressed as bars of a score (1 3 8 | 6 6 2 | 0 4 1 5 7); weak as well, so a
// price list or a size table split by bars (159 | 169 | 179) is still read one number at a time.
const SEPARATORS = ' \u3000\t-‐‑‒–—―_.·・•/()（）[]、,，|¦';
/** Separators that may also end one number and start another (电话13812345678，订单号…): runs are re-read across them. */
const WEAK = '、,，|¦';
const MASKS = '*＊x×•●';
const MAX_GAP = 3;

// Per-unit tables over the BMP, so the reader walks char codes: indexing folded[i] makes a fresh string
// per CJK unit, and a Record lookup on it is a dictionary probe — together they were the reader's cost.
const NO_DIGIT = -1;
/** Digit value of a folded unit (0–9, ASCII or Chinese/radio numeral), or -1. */
const DIGIT_VALUE = new Int8Array(0x10000).fill(NO_DIGIT);
for (let d = 0; d <= 9; d++) DIGIT_VALUE[0x30 + d] = d;
for (const [ch, d] of Object.entries(CN_DIGITS)) DIGIT_VALUE[ch.charCodeAt(0)] = +d;
const IS_SEPARATOR = 1;
const IS_MASK = 2;
const IS_WEAK = 4;
const GAP_CLASS = new Uint8Array(0x10000);
for (const [chars, bit] of [[SEPARATORS, IS_SEPARATOR], [MASKS, IS_MASK], [WEAK, IS_WEAK]] as const) {
  for (let k = 0; k < chars.length; k++) GAP_CLASS[chars.charCodeAt(k)] = GAP_CLASS[chars.charCodeAt(k)]! | bit;
}
// Round 11: an emoji or a decorative symbol put between the digits (1🌸3🌸9…, 1♥3♥9…, 1️⃣): a surrogate pair
// (two units, within MAX_GAP), variation selectors, the zero-width joiner and the BMP hearts, stars and flowers.
for (const [lo, hi] of [[0xd800, 0xdfff], [0x2600, 0x27bf], [0x2b50, 0x2b55]] as const) for (let c = lo; c <= hi; c++) GAP_CLASS[c] = GAP_CLASS[c]! | IS_SEPARATOR;
for (const ch of '\ufe0f\ufe0e\u200d\u20e3') GAP_CLASS[ch.charCodeAt(0)] = GAP_CLASS[ch.charCodeAt(0)]! | IS_SEPARATOR;
const DIGIT_TEXT = '0123456789';
const O = 0x6f; // 'o' read as zero inside a number: 138oo13
const L = 0x6c; // 'l' read as one at the start: l38…

/** Digit value of folded unit `code`, or -1 (also for surrogates and anything astral). */
export const digitValue = (code: number): number => DIGIT_VALUE[code]!;

export function digitOf(ch: string): string | undefined {
  if (ch.length !== 1) return ch >= '0' && ch <= '9' ? ch : CN_DIGITS[ch];
  const v = DIGIT_VALUE[ch.charCodeAt(0)]!;
  return v === NO_DIGIT ? undefined : DIGIT_TEXT[v];
}

const isLowerLatin = (c: number) => c >= 0x61 && c <= 0x7a;

/** 'l' for 1 at the start of a number (l38-0013-8000, l 3 9 O 8…), when no letter is glued before it. */
function lForOne(folded: string, i: number): boolean {
  if (folded.charCodeAt(i) !== L || i + 1 >= folded.length) return false;
  if (i > 0 && isLowerLatin(folded.charCodeAt(i - 1))) return false;
  let k = i + 1;
  while (k < folded.length && k - i <= MAX_GAP && folded.charCodeAt(k) === 0x20) k++;
  const next = folded.charCodeAt(k);
  return next >= 0x30 && next <= 0x39;
}

const isOL = (c: number) => c === O || c === L;
/** 'o' for 0 and 'l' for 1 inside a number (138oo13, 1 3 9 O 8 l 2): not glued to any other latin letter. */
function lookalike(folded: string, k: number): boolean {
  if (!isOL(folded.charCodeAt(k))) return false;
  const prev = k > 0 ? folded.charCodeAt(k - 1) : 0;
  const next = k + 1 < folded.length ? folded.charCodeAt(k + 1) : 0;
  return !(isLowerLatin(prev) && !isOL(prev)) && !(isLowerLatin(next) && !isOL(next));
}

/** Luhn checksum (bank cards). */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** GB 11643 checksum of an 18-character resident ID (last may be X). */
export function idCardValid(id: string): boolean {
  if (!/^\d{17}[\dx]$/i.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * weights[i]!;
  return '10x98765432'[sum % 11] === id[17]!.toLowerCase();
}

function eanValid(d: string): boolean {
  if (d.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (d.charCodeAt(i) - 48) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(12) - 48;
}

function dateLike(d: string): boolean {
  if (d.length !== 8) return false;
  const y = +d.slice(0, 4);
  const m = +d.slice(4, 6);
  const day = +d.slice(6, 8);
  return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

export const isMobile = (d: string) => /^1[3-9]\d{9}$/.test(d);
const HOTLINE = /^(?:95\d{3,4}|96\d{3}|1(?:00\d\d|1\d{3}|2\d{3})|950\d{3})$/;

// Words that make a digit run an identifier of the order, parcel, goods or customs process, not a contact.
const ORDER_WORDS = phraseRegex(
  [
    '订单', '单号', '运单', '快递单', '物流', '包裹', '编号', '批号', '批次', '条码', '条形码', '工号', '发票', '税号', '清关', '报关', '申报',
    '海关', '身份证', '证件', '护照', '验证码', '取件码', '提货码', '券码', '优惠码', '兑换码', '型号', '货号', '序列号', 'sn', '备案',
    '注册号', '许可证', '生产', '日期', '有效期', '保质期', '批准文号', '国药准字', '售后单', '退款单', '工单', '会员号', '卡券', '追溯码', '溯源码',
    '防伪码', '入库', '出库', '柜号', '提单', '航班', '车次', '商品id', '宝贝id', '链接id', '商品编码', '商品码', '商品号', '店铺id', '商品链接',
    // (round 27, t27a: a device's own code — IMEI, 串号, 设备号 — is no card or account: 您的手机IMEI是356938035643809)
    'imei', 'meid', '串号', '设备号', '设备码', '机身号', '机身码', '机器码', '识别码', '序列码',
  ],
  { flags: 'g' },
);
// An order word said not to be the number (不是订单号, 别看成单号; round 9).
const DENIED_ORDER = /(?:不是|并非|而非|别当成|别看成|不要当成|不要看成)(?:订单号?|单号|运单号?|快递单号?)/g;
// A phone word after the order word wins: 清关资料您打我电话 139….
const PHONE_CUES = /电话|手机|号码|致电|拨打|打我|联系|call|tel|座机|热线|微信|vx|wx|qq|扣扣|找我|私人|加我/g;
/** Index of the last match of the global regex `re` in `text`, or -1 (forEachMatch's walk, without a closure per call). */
function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  let pos = 0;
  while (pos <= text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    last = m.index;
    pos = re.lastIndex;
    if (m[0] === '') pos = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return last;
}
const CONTACT_LETTERS = /(?:tel|phone|mobile|call|whatsapp|wa|vx|wx|v|qq|q|line|tg|no)$/;
const UNIT_AFTER = /^(?:mah|ml|mg|kg|g|l|w|v|cm|mm|m|oz|ct|pcs|k|gb|tb|mb|hz|kw|ah|wh|iu|mcg|ug|km|s|h|min|p|kcal|kj|lb|ft|in|ppm|万|元|块|円|日元|韩元|美元|澳元|港币|欧元|rmb|年|月|日|天|罐|件|个|瓶|盒|箱|包|袋|片|粒|支|只|双|套|克|千克|公斤|斤|毫升|升|毫克|寸|码|岁|段|次|人|分|秒|小时|度|%|倍|折|号楼|楼|层|室|栋|单元|cm|平)/;
const MONEY_BEFORE = /[¥$€£₩]\s*$/;
/** Orders counted right before a number: 这单, 两单, 那几单号是 (round 19). */
const COUNTED_ORDERS = /(?:这|那|两|三|几|每|各|此|该)(?:个|几)?单\s*(?:号|号码)?\s*(?:是|为|[:：])?\s*$/;
/** Between two numbers of one list: 和, 、, 以及 (round 19). */
const LISTED_WITH = /^\s*(?:和|跟|与|及|以及|还有|或|或者|、)\s*$/;

/** Index of the first run starting at or after folded index `pos` (runs are sorted by start). */
export function firstRunFrom(runs: readonly NumberRun[], pos: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every number run of the draft (memoised per draft). */
export function numberRuns(ctx: LintContext): readonly NumberRun[] {
  return ctx.memo('third-party:numbers', () => readRuns(ctx.folded));
}

/** Whether folded[k] is a digit or numeral (a module function: readRuns runs on every draft). */
function digitAt(folded: string, k: number): boolean {
  return DIGIT_VALUE[folded.charCodeAt(k)]! >= 0; // NaN past the end → undefined → false
}

/** Reads the runs in folded[from, to). `split` stops a run at weak separators (used to re-read a segment). */
export function readRuns(folded: string, from = 0, to = folded.length, split = false): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (DIGIT_VALUE[code] === NO_DIGIT && code !== L) {
      i++;
      continue;
    }
    const leadingL = lForOne(folded, i);
    if (DIGIT_VALUE[code] === NO_DIGIT && !leadingL) {
      i++;
      continue;
    }
    const start = i;
    let digits = leadingL ? '1' : '';
    if (leadingL) i++;
    let chinese = false;
    let groups = 1;
    let masked = false;
    const cuts: number[] = [];
    let end = i;
    let j = i;
    while (j < n) {
      const c = folded.charCodeAt(j);
      const d = DIGIT_VALUE[c]!;
      if (d !== NO_DIGIT) {
        digits += DIGIT_TEXT[d];
        if (c > 0x39) chinese = true;
        j++;
        end = j;
        continue;
      }
      // 'o' for zero, 'l' for one inside a number: 138oo13, l 3 9 O 8 l 2 7 7 4 5
      if (isOL(c) && digits && lookalike(folded, j) && (digitAt(folded, j - 1) || isOL(folded.charCodeAt(j - 1)) || (j + 1 < n && (digitAt(folded, j + 1) || isOL(folded.charCodeAt(j + 1)) || GAP_CLASS[folded.charCodeAt(j + 1)]! & IS_SEPARATOR)))) {
        digits += c === O ? '0' : '1';
        j++;
        end = j;
        continue;
      }
      // A gap of separators or mask characters, then more digits.
      let k = j;
      let sawMask = false;
      let sawWeak = false;
      while (k < n && k - j < 8) {
        const gc = GAP_CLASS[folded.charCodeAt(k)]!;
        if (!(gc & (IS_SEPARATOR | IS_MASK)) || (split && gc & IS_WEAK)) break;
        if (gc & IS_MASK) sawMask = true;
        if (gc & IS_WEAK) sawWeak = true;
        k++;
      }
      const gap = k - j;
      const nextIsDigit = k < n && (digitAt(folded, k) || (lookalike(folded, k) && k + 1 < n && (digitAt(folded, k + 1) || isOL(folded.charCodeAt(k + 1)) || (GAP_CLASS[folded.charCodeAt(k + 1)]! & IS_SEPARATOR && (digitAt(folded, k + 2) || isOL(folded.charCodeAt(k + 2)))))));
      if (k > j && nextIsDigit && (gap <= MAX_GAP || sawMask)) {
        if (sawMask) masked = true;
        if (sawWeak) cuts.push(j);
        groups++;
        j = k;
        continue;
      }
      if (sawMask && digits) masked = true; // 138**** at the end
      break;
    }
    // Chinese numerals read only as a whole number of some length: 一两天, 三四个 stay words.
    if (!chinese || digits.length >= 7) {
      const whole = classify(folded, { start, end, digits, chinese, groups, kind: masked ? 'masked' : 'plain' });
      if (cuts.length && !whole.some((r) => CONTACT_KINDS.has(r.kind))) for (const r of cuts.concat(end).flatMap((cut, c) => segment(folded, c ? cuts[c - 1]! : start, cut))) pushListed(folded, runs, r);
      else for (const r of whole) pushListed(folded, runs, r);
    }
    i = Math.max(end, i + 1);
  }
  return runs;
}

// Round 19 (t19bs): a card-like number listed right after an order number is another order number (您这两单 5106 2209 8871 3340 125 和
// 5106 2209 8871 3340 126; 那几单：…123、…124).
function pushListed(folded: string, runs: NumberRun[], run: NumberRun): void {
  const prev = runs.at(-1);
  runs.push(run.kind === 'bank-card' && prev?.kind === 'order' && LISTED_WITH.test(folded.slice(prev.end, run.start)) ? { ...run, kind: 'order' } : run);
}

const CONTACT_KINDS = new Set<NumberKind>(['mobile', 'international', 'landline', 'service', 'bank-card']);

/** Re-reads the part of a run between two weak separators as a number of its own. */
function segment(folded: string, from: number, to: number): NumberRun[] {
  return readRuns(folded, from, to, true);
}

// Clause ends for classify(): the text after the last of them is the number's clause.
const CLAUSE_BREAK = new Uint8Array(0x10000);
for (const ch of '，,。！？!?；;\n') CLAUSE_BREAK[ch.charCodeAt(0)] = 1;
/** Index of the last clause break in `text`, or -1 (as text.split(/[，,。！？!?；;\n]/).pop() cuts). */
function lastClauseBreak(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && CLAUSE_BREAK[text.charCodeAt(k)] === 0) k--;
  return k;
}

// A module function, not a closure made per classify() call (one per number run of every draft).
function withKind(run: NumberRun, kind: NumberKind): NumberRun[] {
  return [{ ...run, kind }];
}

function classify(folded: string, run: NumberRun): NumberRun[] {
  if (run.kind === 'masked') return [run];
  const d = run.digits;
  const before = folded.slice(Math.max(0, run.start - 16), run.start);
  const after = folded.slice(run.end, run.end + 6);
  const glueBefore = /[a-z]+$/.exec(before)?.[0];
  const glueAfter = /^[a-z]/.test(after);

  if (/尾号\s*$|后\s*[四4]\s*位\s*$/.test(before)) return withKind(run, 'tail');
  if (glueBefore && !CONTACT_LETTERS.test(glueBefore)) return withKind(run, 'code');
  if (UNIT_AFTER.test(after.replace(/^\s+/, '')) && !(isMobile(d) && run.groups <= 3)) return withKind(run, MONEY_BEFORE.test(before) ? 'money' : 'spec');
  if (MONEY_BEFORE.test(before)) return withKind(run, 'money');
  if (glueAfter && !/^(?:qq|q|wx|vx)/.test(after)) return withKind(run, 'code');
  if (/\+\s*$/.test(before) && d.length >= 8 && d.length <= 15) return withKind(run, 'international');
  // Order-like words just before (same clause) govern the number.
  // (round 9: an order word denied — 售后专线（注意不是订单号哈）：139… — governs nothing)
  const clause = before.slice(lastClauseBreak(before) + 1).replace(DENIED_ORDER, (m) => '_'.repeat(m.length));
  // Round 19 (t19bs): …or the orders counted right before it (您这两单 5106 2209…, 这单：…, 那几单号是…).
  const orderish = lastIndex(ORDER_WORDS, clause) > lastIndex(PHONE_CUES, clause) || COUNTED_ORDERS.test(clause);

  if (isMobile(d)) return withKind(run, orderish ? 'order' : 'mobile');
  if (/^(?:0086|86)1[3-9]\d{9}$/.test(d)) return withKind(run, 'international');
  if (/^(?:400|800)\d{7}$/.test(d)) return withKind(run, 'service');
  if (HOTLINE.test(d)) return withKind(run, 'hotline');
  if (orderish) return withKind(run, 'order');
  if (d.length === 18 && idCardValid(d)) return withKind(run, 'id-card');
  if (/^0[1-9]\d{8,10}$/.test(d) && (run.groups >= 2 || /电话|座机|热线|致电|拨打|手机|号码|联系|tel|call/.test(before))) return withKind(run, 'landline');
  if (dateLike(d)) return withKind(run, 'date');
  if (eanValid(d) && /^(?:69|4[5-9]|3\d|40|50|54|76|8[0-9]|9[034]|7[0-9]|0)/.test(d) && run.groups === 1 && !/卡|账/.test(before)) return withKind(run, 'ean');
  if (d.length >= 15 && d.length <= 19 && /^(?:62|4|5|3|9)/.test(d) && (luhn(d) || cardGrouped(folded, run))) return withKind(run, 'bank-card');
  // Two numbers side by side (138 1234 5678 139 8765 4321) or a phone inside a longer grouped run.
  if (run.groups >= 2) {
    const inner = innerMobiles(folded, run);
    if (inner.length) return inner;
  }
  return [run];
}

/** 6222 0212 3456 7890 123: groups of four like a printed card. */
function cardGrouped(folded: string, run: NumberRun): boolean {
  // Chinese numerals count as digits: 六二二五 八八零一 二三四五 六七八九 is printed like a card too.
  const parts = [...folded.slice(run.start, run.end)].map((c) => digitOf(c) ?? ' ').join('').split(/ +/).filter(Boolean);
  return parts.length >= 4 && parts.slice(0, -1).every((p) => p.length === 4 || p.length === 6);
}

/** Mobile numbers made of consecutive groups of a longer run. */
function innerMobiles(folded: string, run: NumberRun): NumberRun[] {
  const groups: { start: number; end: number; digits: string }[] = [];
  let g: { start: number; end: number; digits: string } | undefined;
  for (let k = run.start; k < run.end; k++) {
    const code = folded.charCodeAt(k);
    const d = DIGIT_VALUE[code]! >= 0 ? DIGIT_TEXT[DIGIT_VALUE[code]!] : code === O ? '0' : undefined;
    if (d === undefined) {
      g = undefined;
      continue;
    }
    if (!g) groups.push((g = { start: k, end: k, digits: '' }));
    g.digits += d;
    g.end = k + 1;
  }
  const found: NumberRun[] = [];
  for (let a = 0; a < groups.length; a++) {
    let digits = '';
    for (let b = a; b < groups.length && digits.length < 11; b++) {
      digits += groups[b]!.digits;
      if (digits.length === 11 && isMobile(digits)) {
        found.push({ ...run, start: groups[a]!.start, end: groups[b]!.end, digits, kind: 'mobile', groups: b - a + 1 });
        a = b;
      }
    }
  }
  return found;
}
