// The "tight" view for link and e-mail shapes: the folded view with spelled-out separators turned back
// into symbols (艾特/(at)/[at] → @, 点/dot/。/丶 → .) and spaces dropped between link characters, so
// `w w w . m y b a o . n e t`, `hkbeauty 点 com` and `mygo2019 艾特 一六三 点 com` read as the link or
// address they stand for (notes/lint.md §3). Every unit maps back to a folded-view range.

import type { LintContext } from '../context';
import { CN_DIGITS } from './numbers';

export interface TightView {
  text: string;
  /** Folded start / end (exclusive) of each unit. */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** Characters a link or an address is made of. */
const LINK_CHAR = /[a-z0-9.@:/\-_?=&%#+~]/;
const LABEL_CHAR = /[a-z0-9]/;
const SPACE = /[\s\u3000]/;
const AT_WORDS = ['(艾特)', '[艾特]', '【艾特】', '艾特', '爱特', '(at)', '[at]', '{at}', '<at>', '（at）', '【at】', '(@)', '[@]'];
const DOT_WORDS = ['(dot)', '[dot]', '{dot}', '<dot>', '（dot）', '【dot】', '(点)', '[点]', '(.)', '[.]', '（.）', '点', '點', '。', '｡', '丶', '·', '・', '∙', '．'];
// Spelled-out mail domains right after the @.
const DOMAIN_WORDS: [string, string][] = [
  ['一六三', '163'], ['幺六三', '163'], ['一二六', '126'], ['幺二六', '126'], ['一三九', '139'], ['幺三九', '139'], ['扣扣', 'qq'], ['企鹅', 'qq'],
  ['球球', 'qq'], ['新浪', 'sina'], ['网易', '163'], ['谷歌', 'gmail'], ['搜狐', 'sohu'], ['雅虎', 'yahoo'], ['微软', 'outlook'],
];
const SPELLED_SEPARATORS = [...AT_WORDS, ...DOT_WORDS];
const TLD_WORDS: [string, string][] = [['康姆', 'com'], ['康木', 'com'], ['扣姆', 'com'], ['西恩', 'cn']];
// First characters of every spelled word: any other character takes the fast path.
const SPECIAL_FIRST = new Set([...SPELLED_SEPARATORS, ...DOMAIN_WORDS.map(([w]) => w), ...TLD_WORDS.map(([w]) => w), ' at ', ' dot '].map((w) => w[0]!));
const SPECIAL_CODE = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of SPECIAL_FIRST) table[ch.charCodeAt(0)] = 1;
  for (const ch of Object.keys(CN_DIGITS)) table[ch.charCodeAt(0)] = 1;
  for (const ch of ' \t\n\r\u3000\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u1680\u2000\u2001\u2004\u2005\u2006\u2007\u2008\u000b\u000c\u0085\u2028\u2029') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Next / previous non-space character index, at most `max` spaces away. */
function nextSolid(s: string, i: number, max = 3): number {
  let k = i;
  while (k < s.length && k - i <= max && SPACE.test(s[k]!)) k++;
  return k < s.length && !SPACE.test(s[k]!) ? k : -1;
}

export function tightView(ctx: LintContext): TightView {
  return ctx.memo('third-party:tight', () => buildTight(ctx.folded));
}

export function buildTight(folded: string): TightView {
  // Typed buffers: a megabyte paste is mostly the fast path below (one unit in, one unit out).
  let cap = folded.length + 16;
  let units = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let len = 0;
  const text = {
    get length() {
      return len;
    },
    at: (k: number) => String.fromCharCode(units[k]!),
  };
  const push = (s: string, from: number, to: number) => {
    if (len + s.length > cap) {
      cap = (len + s.length) * 2;
      const u = new Uint16Array(cap); u.set(units); units = u;
      const a = new Uint32Array(cap); a.set(starts); starts = a;
      const b = new Uint32Array(cap); b.set(ends); ends = b;
    }
    for (let k = 0; k < s.length; k++) {
      units[len] = s.charCodeAt(k);
      starts[len] = from;
      ends[len] = to;
      len++;
    }
  };
  const n = folded.length;
  const labelAt = (k: number) => k >= 0 && LABEL_CHAR.test(folded[k]!);
  // The last non-space unit emitted so far is a label character (a spelled domain like 一六三 counts).
  const afterLabel = () => {
    for (let k = text.length - 1; k >= 0 && text.length - k <= 4; k--) if (!SPACE.test(text.at(k))) return LABEL_CHAR.test(text.at(k));
    return false;
  };
  let afterAt = false; // just emitted an @: spelled domains may follow
  let afterDot = false;
  for (let i = 0; i < n; ) {
    const code = folded.charCodeAt(i);
    if (code < 0x10000 && !SPECIAL_CODE[code]) {
      afterAt = code === 0x40;
      afterDot = code === 0x2e;
      push(folded[i]!, i, i + 1);
      i++;
      continue;
    }
    const ch = folded[i]!;
    // A mailbox number in Chinese numerals: 二八三七四六五一九零@qq.com
    if (CN_DIGITS[ch] !== undefined && !afterAt) {
      let j = i;
      let digits = '';
      while (j < n && CN_DIGITS[folded[j]!] !== undefined) digits += CN_DIGITS[folded[j++]!];
      const next = nextSolid(folded, j, 2);
      const mailbox = digits.length >= 5 && next >= 0 && (folded[next] === '@' || AT_WORDS.some((w) => folded.startsWith(w, next)));
      // Either way the whole run is consumed here (re-scanning it from every numeral would be quadratic).
      for (let k = i; k < j; k++) push(mailbox ? CN_DIGITS[folded[k]!]! : folded[k]!, k, k + 1);
      afterAt = false;
      afterDot = false;
      i = j;
      continue;
    }
    if (!SPECIAL_FIRST.has(ch) && !SPACE.test(ch)) {
      afterAt = ch === '@';
      afterDot = ch === '.';
      push(ch, i, i + 1);
      i++;
      continue;
    }
    // Spelled-out @ between an address's parts.
    const at = AT_WORDS.find((w) => folded.startsWith(w, i));
    if (at && afterLabel() && nextSolid(folded, i + at.length) >= 0) {
      push('@', i, i + at.length);
      i += at.length;
      afterAt = true;
      continue;
    }
    if (ch === ' ' && folded.startsWith(' at ', i) && afterLabel() && labelAt(nextSolid(folded, i + 4))) {
      push('@', i + 1, i + 3);
      i += 4;
      afterAt = true;
      continue;
    }
    if (afterAt) {
      const word = DOMAIN_WORDS.find(([w]) => folded.startsWith(w, i));
      if (word) {
        push(word[1], i, i + word[0].length);
        i += word[0].length;
        afterAt = false;
        continue;
      }
    }
    if (afterDot) {
      const word = TLD_WORDS.find(([w]) => folded.startsWith(w, i));
      if (word) {
        push(word[1], i, i + word[0].length);
        i += word[0].length;
        afterDot = false;
        continue;
      }
    }
    // Spelled-out dot between two labels: hkbeauty 点 com, jpmall。com, xx (dot) com.
    const dot = DOT_WORDS.find((w) => folded.startsWith(w, i));
    if (dot) {
      const next = nextSolid(folded, i + dot.length);
      const nextOk = labelAt(next) || (next >= 0 && TLD_WORDS.some(([w]) => folded.startsWith(w, next)));
      if (afterLabel() && nextOk) {
        push('.', i, i + dot.length);
        i += dot.length;
        afterDot = true;
        continue;
      }
    }
    if (ch === ' ' && folded.startsWith(' dot ', i) && afterLabel() && labelAt(nextSolid(folded, i + 5))) {
      push('.', i + 1, i + 4);
      i += 5;
      afterDot = true;
      continue;
    }
    // Spaces inside a link: w w w . m y b a o . n e t
    if (SPACE.test(ch)) {
      const last = text.length ? text.at(text.length - 1) : undefined;
      const q = nextSolid(folded, i, 3);
      const joinsNext =
        q >= 0 &&
        (LINK_CHAR.test(folded[q]!) ||
          SPELLED_SEPARATORS.some((w) => folded.startsWith(w, q)) ||
          (afterAt && DOMAIN_WORDS.some(([w]) => folded.startsWith(w, q))) ||
          (afterDot && TLD_WORDS.some(([w]) => folded.startsWith(w, q))));
      if (last !== undefined && LINK_CHAR.test(last) && joinsNext) {
        i++;
        continue;
      }
    }
    if (!SPACE.test(ch)) {
      afterAt = ch === '@';
      afterDot = ch === '.';
    }
    push(ch, i, i + 1);
    i++;
  }
  let out = '';
  for (let k = 0; k < len; k += 8192) out += String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  return { text: out, start: starts.subarray(0, len), end: ends.subarray(0, len) };
}
