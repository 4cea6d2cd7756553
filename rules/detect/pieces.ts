// A contact dictated in pieces (notes/lint.md §3): 前半截 lucky，后半截 wine520，连起来就是我的号;
// 尾号3372，前面是152 0918，拼起来打; 网址前半截是 nzmilk-direct，后面接 .co.nz; 邮箱前缀 lucky88，后缀是QQ的.
// Each piece is too short to be anything on its own, so the detector reads the order words (前/中/后/尾…)
// and the join words (拼起来/连起来…) of one sentence, puts the pieces in the order they name, and asks
// what the whole is: a mobile number, a link, an e-mail address or an account id.
//
// Speed: only sentences holding an order or join word are read (one gate regex over the compact view).

import type { LintContext } from '../context';
import { HARD } from '../normalize';
import { digitOf, isMobile } from './numbers';
import { findLinks } from './urls';

export type AssemblyKind = 'mobile' | 'mobile-head' | 'link' | 'email' | 'account';

export interface Assembly {
  /** Compact range from the first piece to the last. */
  start: number;
  end: number;
  value: string;
  kind: AssemblyKind;
}

type Role = 'head' | 'middle' | 'tail';

// Order words (folded view). Numerals inside them (前三位, 最后四位) are consumed with the word.
const CUE =
  /前半截|前半段|前半部分|前一半|前缀|开头(?:是)?|打头|前几位|前[三四五六七3-7]位|头[三四3-4]位|前面(?:是|几位)?|第一段|中间(?:[三四3-4]位|几位|是)?|第二段|后半截|后半段|后半部分|后一半|后缀|结尾(?:是)?|尾号|尾数|后[三四五六七八3-8]位|后几位|最后(?:[三四五3-5]位)?|末[三四3-4]位|后面(?:是|接|加|跟|再加|再接)?|第三段|拼起来|连起来|合起来|连在一起|拼在一起|组合起来|合在一起|串起来|接上|加上|再加(?:上)?/y;
const GATE = /前半|后半|前缀|后缀|前面|后面|前三位|头三位|后[四五六七八4-8]位|前几位|中间|尾号|尾数|最后|拼起来|连起来|合起来|连在一起|拼在一起|组合起来|合在一起|串起来|开头|结尾|打头|再加|加上/;
const JOIN = /拼起来|连起来|合起来|连在一起|拼在一起|组合起来|合在一起|串起来/;
const roleOf = (cue: string): Role | undefined =>
  /^(?:前|开头|头|第一)/.test(cue) ? 'head' : /^(?:中间|第二)/.test(cue) ? 'middle' : /^(?:后|尾|结尾|最后|末|第三|接上|加上|再加)/.test(cue) ? 'tail' : undefined;
// A piece: latin/digit material (single spaces inside allowed), a dot-led suffix (.co.nz, 点com), or Chinese numerals.
const PIECE = /(?:点 ?|\.)?[a-z0-9_\-.]+(?: [a-z0-9_\-.]+)*|[零〇一二三四五六七八九幺洞]{3,}/y;
const UNIT_AFTER = /^\s*(?:元|块|件|个|天|号(?!码)|%|折|楼|层|罐|瓶|盒|ml|g|kg)/;
const MAIL_PROVIDER = /^(?:qq|163|126|139|gmail|outlook|hotmail|sina|sohu|yahoo|icloud|foxmail|yeah)$/;
const MAIL_WORD = /邮箱|邮件|email|mail|电邮/;
// A contact account, not a product code: 我的号 / 聊天号 / 加我 / V (色号, 型号, 批次号 are goods).
// (round 26, t26a: a latin label only standing alone — WX2208, V80, Q3 glued to digits are the codes themselves, style or model numbers)
// (round 29, t29c: …or a helper of ours to note down, or "over there" faster than here — 记一下我们的小助理，前半段是wanyue，后半段接0817，
// 那边发图比这里快: the assembled id is whom to reach)
const ACCOUNT_WORD = /(?:我|我的|私人|个人|聊天|小|大)号|账号|帐号|(?<![a-z0-9])(?:id|v|vx|wx|q|qq)(?![a-z0-9])|微信|聊天|加我|加一下|好友|搜我|(?:我们|我的|我家|咱们|咱家|找|加|记一下|存一下|联系)(?:的)?(?:小助理|小助手|助理|小秘书|专属客服|私人客服)|那边(?:发|回|更|比|快|聊|说)|比这里快|比这边快/;
// (round 11: a call verb at the number: 您白天打这个, 打过来, 打给我)
const PHONE_WORD = /电话|手机|号码|打我|打这个|打过来|打给|拨|致电|call|tel/;
const PARTIAL_REST = /后[四五六七八4-8]位|后几位|后面|剩下|其余|其他几位|尾号|尾数/;
const PARTIAL_CALL = /电话|手机|号码|打过来|打给|打我|拨|致电|call|tel|联系/;
const ORDER_WORD = /订单|单号|运单|快递|物流|批号|批次|货号|型号|色号|款号|款式号|编码|编号|尺码|口令|条码|验证码|取件码|券码|优惠码|sku/;

interface Piece {
  start: number; // folded
  end: number;
  text: string;
  role?: Role;
}

/** Regex sources for the rules' vocabulary, so traditional drafts (連起來, 後半截) fold to these words. */
export const PIECES_VOCABULARY = [CUE.source, GATE.source, MAIL_WORD.source, ACCOUNT_WORD.source, ORDER_WORD.source, PHONE_WORD.source];

export function assemblies(ctx: LintContext): readonly Assembly[] {
  return ctx.memo('third-party:pieces', () => (GATE.test(ctx.compact) ? find(ctx) : []));
}

function find(ctx: LintContext): Assembly[] {
  const found: Assembly[] = [];
  const folded = ctx.folded;
  const c2f = ctx.norm.compactToFolded;
  const bb = ctx.norm.breakBefore;
  // Sentences in folded coordinates, from the compact view's hard breaks.
  const starts = [0];
  const hard = HARD; // read once: under tsx an imported constant is a getter call, and this loop visits every unit
  for (let i = 1; i < ctx.compact.length; i++) if (bb[i] === hard) starts.push(c2f[i]!);
  starts.push(folded.length);
  for (let k = 0; k + 1 < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    const sentence = folded.slice(from, to);
    if (!GATE.test(sentence)) continue;
    const pieces = read(sentence, from);
    // Round 11: only the head of a mobile given (前三位是186 / 一三九开头), the rest pointed elsewhere (后八位跟店铺ID一样,
    // 后面是我生日), with a call word: a number half-told is still a number to call (a warning: the rest is not here).
    const partial = (): Assembly | undefined => {
      const numeric = pieces.filter((p) => /[0-9零〇一二三四五六七八九幺洞]/.test(p.text));
      const p = numeric.find((q) => q.role === 'head');
      if (!p || !PARTIAL_REST.test(sentence) || !PARTIAL_CALL.test(folded.slice(Math.max(0, from - 20), to)) || ORDER_WORD.test(sentence)) return undefined;
      const head = [...p.text].map((c) => digitOf(c) ?? 'x').join('');
      const told = numeric.reduce((n, q) => n + q.text.replace(/[^0-9零〇一二三四五六七八九幺洞]/g, '').length, 0);
      if (!/^1[3-9]\d$/.test(head) || told >= 11) return undefined;
      return { start: ctx.compactIndexOfFolded(p.start), end: Math.max(ctx.compactIndexOfFolded(p.start) + 1, ctx.compactIndexOfFolded(p.end)), value: head, kind: 'mobile-head' };
    };
    if (pieces.length < 2 || !(JOIN.test(sentence) || pieces.some((p) => p.role))) {
      const half = pieces.length ? partial() : undefined;
      if (half) found.push(half);
      continue;
    }
    const hit = judge(sentence, pieces);
    if (!hit) {
      const half = partial();
      if (half) found.push(half);
      continue;
    }
    // An order or goods word makes the pieces a code, unless a phone word says it is a number to call.
    if (!hit || (ORDER_WORD.test(sentence) && !(hit.kind === 'mobile' && PHONE_WORD.test(sentence)))) continue;
    const first = Math.min(...pieces.map((p) => p.start));
    const last = Math.max(...pieces.map((p) => p.end));
    found.push({ start: ctx.compactIndexOfFolded(first), end: Math.max(ctx.compactIndexOfFolded(first) + 1, ctx.compactIndexOfFolded(last)), ...hit });
  }
  return found;
}

// First units of CUE and PIECE matches: every other unit is skipped without running a regex.
const CUE_FIRST = new Set('前开头第中后结尾最末拼连合组串接加打再');
const PIECE_FIRST = /[a-z0-9_\-.点零〇一二三四五六七八九幺洞]/;
// A count of one digit (两个8, 三个0): two to five of it, the digit right after 个.
const REPEATED = /([两二三四五2-5])个([0-9零〇一二三四五六七八九幺洞])(?![0-9零〇一二三四五六七八九幺洞十百千万])/y;
const REPEAT_FIRST = new Set('两二三四五2345');
// One or two Chinese digits closing their clause (结尾是七七，/ 补个零就行) — not a count or a quantity going on (再加一瓶, 七个, 三点).
const SHORT_CN = /[零〇一二三四五六七八九幺洞]{1,2}(?=$|[，,。.！!？?;；\s~～]|就|即可|完|结束)/y;
// A digit added as one more (补个零, 再加个九, 添一个八).
const ADD_ONE = /(?:补|加|添|接|跟|多)(?:一)?个$/;

function read(sentence: string, base: number): Piece[] {
  const pieces: Piece[] = [];
  let role: Role | undefined;
  let lastCueEnd = -1;
  for (let i = 0; i < sentence.length; ) {
    const ch = sentence[i]!;
    if (!CUE_FIRST.has(ch) && !PIECE_FIRST.test(ch) && !REPEAT_FIRST.has(ch)) {
      i++;
      continue;
    }
    CUE.lastIndex = i;
    const cue = CUE_FIRST.has(ch) ? CUE.exec(sentence) : null;
    if (cue) {
      // Round 11: an order word said after its piece (一三五开头, 以3344结尾, 186打头): the piece glued before it takes the role.
      const last = pieces[pieces.length - 1];
      if (/^(?:开头|结尾|打头)$/.test(cue[0]) && last && !last.role && last.end - base === i) {
        last.role = roleOf(cue[0] === '打头' ? '开头' : cue[0]);
        role = undefined;
      } else role = roleOf(cue[0]) ?? role;
      i += cue[0].length;
      lastCueEnd = i;
      continue;
    }
    // Round 45 (t45i): a digit told by its count (再补两个8, 后面接三个6): the digit written that many times.
    REPEATED.lastIndex = i;
    const rep = REPEAT_FIRST.has(ch) ? REPEATED.exec(sentence) : null;
    if (rep) {
      const digit = digitOf(rep[2]!);
      if (digit) {
        pieces.push({ start: base + i, end: base + i + rep[0].length, text: digit.repeat(+digitOf(rep[1]!)!), role });
        role = undefined;
        i += rep[0].length;
        continue;
      }
    }
    // Round 45 (t45m): a short run of Chinese numerals (one or two) right after an order word or an added-one word (结尾是七七, 最后补个零,
    // 再加个九): too short for a piece anywhere else (一个, 七七事变), but here the sentence's next piece of a number told in parts.
    SHORT_CN.lastIndex = i;
    const short = (role !== undefined && /^(?:是|为|接|跟|加|再|就是)*$/.test(sentence.slice(lastCueEnd, i))) || ADD_ONE.test(sentence.slice(Math.max(0, i - 3), i)) ? SHORT_CN.exec(sentence) : null;
    if (short) {
      pieces.push({ start: base + i, end: base + i + short[0].length, text: short[0], role });
      role = undefined;
      i += short[0].length;
      continue;
    }
    PIECE.lastIndex = i;
    const m = PIECE.exec(sentence);
    if (m && /[a-z0-9零〇一二三四五六七八九幺洞]/.test(m[0]) && !(i > 0 && /[a-z0-9]/.test(sentence[i - 1]!))) {
      const text = m[0].trim();
      if (!UNIT_AFTER.test(sentence.slice(i + m[0].length))) pieces.push({ start: base + i, end: base + i + m[0].length, text, role });
      role = undefined;
      i += m[0].length;
      continue;
    }
    i++;
  }
  return pieces;
}

function judge(sentence: string, pieces: Piece[]): { value: string; kind: AssemblyKind } | undefined {
  const rank = (p: Piece) => (p.role === 'head' ? 0 : p.role === 'middle' ? 1 : p.role === 'tail' ? 3 : 2);
  const ordered = [...pieces].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const numeric = ordered.map((p) => [...p.text.replace(/[\s\-.]/g, '')].map((c) => digitOf(c) ?? 'x').join(''));
  const digits = numeric.join('');
  if (/^\d+$/.test(digits)) return isMobile(digits) ? { value: digits, kind: 'mobile' } : undefined;
  const parts = ordered.map((p) => p.text.replace(/\s+/g, '').replace(/^点/, '.'));
  // E-mail: a mailbox name plus a provider named as the suffix (后缀是QQ的).
  const provider = ordered.findIndex((p, i) => p.role === 'tail' && MAIL_PROVIDER.test(parts[i]!.replace(/^\./, '').replace(/\.com$/, '')));
  if (provider > 0 && MAIL_WORD.test(sentence)) {
    const name = parts.slice(0, provider).join('');
    if (/^[a-z0-9][a-z0-9._\-]{2,}$/.test(name)) return { value: `${name}@${parts[provider]!.replace(/^\./, '')}`, kind: 'email' };
  }
  const joined = parts.join('');
  if (/\.[a-z]{2,}/.test(joined)) {
    const link = findLinks({ text: joined, start: new Uint32Array(joined.length), end: new Uint32Array(joined.length) }).find((l) => l.kind !== 'own');
    if (link && link.url.length >= joined.length - 1) return { value: joined, kind: 'link' };
  }
  if (/^[a-z0-9_\-]{6,30}$/.test(joined) && /[a-z]/.test(joined) && /\d|_/.test(joined) && ACCOUNT_WORD.test(sentence)) return { value: joined, kind: 'account' };
  return undefined;
}
