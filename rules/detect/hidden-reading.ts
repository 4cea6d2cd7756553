// Round 38 (t38h): a contact spelt by a hidden reading the draft itself tells the buyer to make — an acrostic (加湿器…\n微风档…\n信号灯…\n
// 号称… 竖着看第一个字; 藏头诗) or words written backwards (倒着念：8866_ahs 号信微 = 微信号 sha_6688). The instruction is the tell: the
// line or clause initials, or the words right around it read backwards, spell a contact token the forward text does not hold.
// Shared by contact-pointer (2.3). One whole-text test per lint (the instruction); the readings are built only when it is there.
import type { LintContext } from '../context';
import { HARD } from '../normalize';

/** The instruction to read down the initials (竖着看, 藏头, 每行第一个字, 首字连起来). */
const ACROSTIC_CUE = /竖着(?:看|读|念|连)|藏头|(?:每行|每句|每一行|每一句|每段|开头|句首|行首)(?:的)?(?:第一个|头一个|第一|首)?字|(?:第一个|头一个|首个)字(?:连|串|拼|竖|合)|首字(?:连|串|拼|合)/g;
/** The instruction to read backwards (倒着念, 反过来读, 从后往前看). */
const BACKWARDS_CUE = /(?:倒着|倒过来|反着|反过来|从后往前|从右往左|逆着)(?:念|读|看|连|拼)/g;
/** A contact token or an add, in the compact view's folded spelling (微信/薇信/vx/qq/电话…). */
const CONTACT_SPELT = /(?:加|\+|添加|搜)(?:我|个|下)?(?:[微薇威维围徽溦葳v][信伩x]?|q|扣|电话|手机)|[微薇威维围徽溦葳][信伩]|(?<![a-z])(?:vx|wx|v信|qq)(?![a-z])|扣扣|企鹅号|电话|手机号|私聊我|加我|打我/;

export interface HiddenContact {
  /** Compact range of the instruction. */
  start: number;
  end: number;
  kind: 'acrostic' | 'backwards';
  /** The hidden reading that spelt the contact. */
  reading: string;
}

/** The compact run from `from` forward (or back from `to`) up to the next break of kind `stop` or stronger, at most `max` units. */
function runAfter(ctx: LintContext, from: number, max: number, stop: number): string {
  const bb = ctx.norm.breakBefore;
  const n = ctx.compact.length;
  let e = from;
  while (e < n && e - from < max && (e === from || bb[e]! < stop)) e++;
  return ctx.compact.slice(from, e);
}
function runBefore(ctx: LintContext, to: number, max: number, stop: number): string {
  const bb = ctx.norm.breakBefore;
  let s = to;
  while (s > 0 && to - s < max && (s === to || bb[s]! < stop)) s--;
  return ctx.compact.slice(s, to);
}

const reverse = (s: string) => [...s].reverse().join('');

/** The initials of every sentence (lines, 。！？) and of every clause (，、：), in order. */
function initials(ctx: LintContext): [string, string] {
  const bb = ctx.norm.breakBefore;
  let lines = '';
  let clauses = '';
  for (let i = 0; i < ctx.compact.length; i++) {
    if (i === 0 || bb[i]! >= HARD) lines += ctx.compact[i];
    if (i === 0 || bb[i]! > 0) clauses += ctx.compact[i];
  }
  return [lines, clauses];
}

/** The contacts a hidden reading spells (none on almost every draft: the instructions are rare words). */
export function hiddenContacts(ctx: LintContext): HiddenContact[] {
  const text = ctx.compact;
  const out: HiddenContact[] = [];
  ACROSTIC_CUE.lastIndex = 0;
  const acrostic = ACROSTIC_CUE.exec(text);
  if (acrostic) {
    for (const reading of initials(ctx)) {
      // at least three initials spell it, and the forward text does not already say it (that is the forward rules' case)
      const m = CONTACT_SPELT.exec(reading);
      if (m && reading.length >= 3 && !text.includes(m[0])) {
        out.push({ start: acrostic.index, end: acrostic.index + acrostic[0].length, kind: 'acrostic', reading });
        break;
      }
    }
  }
  BACKWARDS_CUE.lastIndex = 0;
  for (let m = BACKWARDS_CUE.exec(text); m; m = BACKWARDS_CUE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // the words right after the instruction (倒着念：8866_ahs 号信微) or right before it (号信微 sha_6688（倒着读）), read backwards
    for (const words of [runAfter(ctx, end, 30, HARD), runBefore(ctx, start, 30, HARD)]) {
      const reading = reverse(words);
      const c = CONTACT_SPELT.exec(reading);
      if (c && !words.includes(c[0])) {
        out.push({ start, end, kind: 'backwards', reading });
        break;
      }
    }
  }
  return out;
}

export const HIDDEN_READING_VOCABULARY = [ACROSTIC_CUE.source, BACKWARDS_CUE.source, CONTACT_SPELT.source];
