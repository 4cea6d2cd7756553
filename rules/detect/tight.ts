// The "tight" view for link and e-mail shapes: the folded view with spelled-out separators turned back
// into symbols (艾特/(at)/[at] → @, 点/dot/。/丶 → ., ' dian ' before a TLD → .) and spaces dropped between link characters, so
// `w w w . m y b a o . n e t`, `hkbeauty 点 com` and `mygo2019 艾特 一六三 点 com` read as the link or
// address they stand for (notes/lint.md §3). Every unit maps back to a folded-view range.
//
// Speed: this walks every unit of every draft, so it works on char codes with lookup tables, looks up
// spelled words only among those starting with the unit at hand, and builds in the linter's reused buffers.

import type { LintContext } from '../context';
import { unitsToString } from '../normalize';
import { Scratch } from '../scratch';
import { CN_DIGITS, digitValue } from './numbers';

export interface TightView {
  text: string;
  /** Folded start / end (exclusive) of each unit. */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

// A new spelled word here must keep ADDRESS_MATERIAL / LINK_SHAPE (below) true wherever it can be converted.
const AT_WORDS = ['(艾特)', '[艾特]', '【艾特】', '艾特', '爱特', '小老鼠', '圈a', '(at)', '[at]', '{at}', '<at>', '（at）', '【at】', '(@)', '[@]'];
const DOT_WORDS = ['(dot)', '[dot]', '{dot}', '<dot>', '（dot）', '【dot】', '(点)', '[点]', '(.)', '[.]', '（.）', '点', '點', '。', '｡', '丶', '·', '・', '∙', '．'];
// Spelled-out mail domains right after the @.
const DOMAIN_WORDS: [string, string][] = [
  ['一六三', '163'], ['幺六三', '163'], ['一二六', '126'], ['幺二六', '126'], ['一三九', '139'], ['幺三九', '139'], ['扣扣', 'qq'], ['企鹅', 'qq'],
  ['球球', 'qq'], ['新浪', 'sina'], ['网易', '163'], ['谷歌', 'gmail'], ['搜狐', 'sohu'], ['雅虎', 'yahoo'], ['微软', 'outlook'],
];
const SPELLED_SEPARATORS = [...AT_WORDS, ...DOT_WORDS];
const TLD_WORDS: [string, string][] = [['康姆', 'com'], ['康木', 'com'], ['扣姆', 'com'], ['西恩', 'cn']];

// Unit classes (BMP table): a link or address character, a domain label character, a space (JS \s and U+3000),
// a special unit (may start a spelled word, a Chinese numeral or a space: anything else is copied as is).
const LINK = 1;
const LABEL = 2;
const SPACE = 4;
const SPECIAL = 8;
/** The unit starts some spelled word (an @, a dot, a mail domain, a TLD) or ' at ' / ' dot '. */
const WORD_START = 16;
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (let k = 0; k < chars.length; k++) CLASS[chars.charCodeAt(k)] = CLASS[chars.charCodeAt(k)]! | bit;
};
mark('abcdefghijklmnopqrstuvwxyz0123456789', LINK | LABEL);
mark('.@:/-_?=&%#+~', LINK);
// Exactly what /[\s\u3000]/ matches in the BMP; all special but U+FEFF (never in a folded view anyway).
mark('\t\n\u000b\u000c\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000', SPACE | SPECIAL);
mark('\ufeff', SPACE);
for (const w of [...SPELLED_SEPARATORS, ...DOMAIN_WORDS.map(([x]) => x), ...TLD_WORDS.map(([x]) => x), ' at ', ' dot ']) mark(w[0]!, SPECIAL | WORD_START);
const ZAI = 0x5728; // 在
mark('在', SPECIAL | WORD_START);
const MAIL_DOMAIN_AHEAD = /^(?:qq|163|126|139|gmail|outlook|hotmail|sina|sohu|yahoo|icloud|foxmail|yeah)\s*(?:\.|点|點|。|dot)/;
mark(Object.keys(CN_DIGITS).join(''), SPECIAL);
const isSpace = (code: number) => (CLASS[code]! & SPACE) !== 0; // NaN (past the end) → undefined → false
const isLabel = (code: number) => (CLASS[code]! & LABEL) !== 0;
const isLink = (code: number) => (CLASS[code]! & LINK) !== 0;
/** A Chinese or radio numeral (ASCII digits are not special here). */
const isCnDigit = (code: number) => code > 0x39 && digitValue(code) >= 0;

/** Words grouped by their first unit, each group in list order (so the first match is the list's first match). */
function byFirst<T>(items: readonly T[], word: (item: T) => string): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const c = word(item).charCodeAt(0);
    let group = map.get(c);
    if (!group) map.set(c, (group = []));
    group.push(item);
  }
  return map;
}
const AT_BY_FIRST = byFirst(AT_WORDS, (w) => w);
const DOT_BY_FIRST = byFirst(DOT_WORDS, (w) => w);
const SEPARATORS_BY_FIRST = byFirst(SPELLED_SEPARATORS, (w) => w);
const DOMAIN_BY_FIRST = byFirst(DOMAIN_WORDS, ([w]) => w);
const TLD_BY_FIRST = byFirst(TLD_WORDS, ([w]) => w);

/** The first word of `groups` that `s` has at `i`. */
function wordAt(s: string, i: number, groups: Map<number, string[]>): string | undefined {
  const group = groups.get(s.charCodeAt(i));
  if (group) for (const w of group) if (s.startsWith(w, i)) return w;
  return undefined;
}
function pairAt(s: string, i: number, groups: Map<number, [string, string][]>): [string, string] | undefined {
  const group = groups.get(s.charCodeAt(i));
  if (group) for (const p of group) if (s.startsWith(p[0], i)) return p;
  return undefined;
}

/** Next non-space unit index, at most `max` spaces away (as before: up to max + 1 spaces skipped), or -1. */
function nextSolid(s: string, i: number, max = 3): number {
  let k = i;
  while (k < s.length && k - i <= max && isSpace(s.charCodeAt(k))) k++;
  return k < s.length && !isSpace(s.charCodeAt(k)) ? k : -1;
}

// Where a tight view can get a latin letter or a digit from (every link and address pattern needs one):
// the draft's own, a numeral mailbox or spelled domain after an @ (@, 艾特, 爱特 or latin 'at'), a spelled TLD.
const LINK_MATERIAL = /[a-z0-9@]|艾特|爱特|康姆|康木|扣姆|西恩/;

/** Whether the draft can hold a link or an e-mail address at all (memoised precheck before the tight view). */
export function mayHoldLinkOrAddress(ctx: LintContext): boolean {
  return ctx.memo('third-party:link-material', () => LINK_MATERIAL.test(ctx.folded));
}

// Finer prechecks on the folded view, one per consumer, so most drafts never build the tight view (it
// walks every unit). Each is a necessary condition for what the consumer looks for, derived from what
// buildTight can emit: it only drops spaces and turns spelled words into '@', '.', a domain or a TLD.
//
// An '@' in the tight view comes from an '@' or a spelled at (艾特, 爱特, (at), ' at ' …); 'qq.com' with no
// '@' needs a 'q' (spaces between 'q q' may be dropped).
const ADDRESS_MATERIAL = /[@q]|艾特|爱特|at|小老鼠|圈a|[a-z0-9_] ?在/;
/** Whether the tight view can hold an e-mail address (the '@' or the 'qq.com' shorthand). */
export function mayHoldAddress(ctx: LintContext): boolean {
  return ctx.memo('third-party:address-material', () => ADDRESS_MATERIAL.test(ctx.folded));
}
// Every link pattern needs '://' or a '.' followed by a label unit. ':' '/' '/' may have spaces between
// (dropped inside links). A '.' of the draft may be followed (after dropped spaces) by a label, a
// numeral read as a mailbox digit, or a spelled TLD (康姆 西恩 扣姆 康木). A spelled dot (点, 。, dot …)
// becomes '.' only right after a label unit (a-z0-9, or the last unit of a spelled domain or TLD, spaces
// between) and before a label or a spelled TLD.
const CN_NUMERALS = Object.keys(CN_DIGITS).join('');
// The dot said in pinyin between spaced labels (haitaoyun dian net): only before a common TLD, so 'xiao dian' stays a word.
const PINYIN_DOT_TLD = '(?:com|cn|net|top|shop|vip|xyz|cc|org|store|co|io|me)(?![a-z0-9])';
const PINYIN_DOT_AHEAD = new RegExp(`^${PINYIN_DOT_TLD}`);
const LINK_SHAPE = new RegExp(
  [
    ':\\s*/\\s*/',
    `\\.\\s*[a-z0-9\\-康扣西${CN_NUMERALS}]`,
    `[a-z0-9三六九扣鹅球浪易歌狐虎软姆木恩]\\s*[(\\[{<（【]?(?:点|點|。|｡|丶|·|・|∙|．|\\.|dot)[)\\]}>）】]?\\s*[a-z0-9康扣西]`,
    `[a-z0-9]\\s+dian\\s+${PINYIN_DOT_TLD}`,
  ].join('|'),
);
// What every LINK_SHAPE match holds: ':', 'dot', 'dian', or a dot followed (past a bracket and spaces) by a
// label unit. Its few leading units let the regex engine skip along, where LINK_SHAPE tries its four
// branches at every unit; most drafts fail it (a 。 before more Chinese), and LINK_SHAPE then never runs.
const LINK_SHAPE_GATE = new RegExp(`:|dot|dian|[.点點。｡丶·・∙．][)\\]}>）】]?\\s*[a-z0-9\\-康扣西${CN_NUMERALS}]`);
/** Whether the tight view can hold a link ('://', or a '.' followed by a label). */
export function mayHoldLink(ctx: LintContext): boolean {
  return ctx.memo('third-party:link-shape', () => LINK_SHAPE_GATE.test(ctx.folded) && LINK_SHAPE.test(ctx.folded));
}

export function tightView(ctx: LintContext): TightView {
  return ctx.memo('third-party:tight', () => buildTight(ctx.folded, ctx.scratch));
}

/** Builds the tight view of a folded text; with a `scratch`, in its reused buffers (the linter's, per draft). */
export function buildTight(folded: string, scratch: Scratch = new Scratch()): TightView {
  const n = folded.length;
  let cap = n + 16;
  let units = scratch.u16('tight', cap);
  let starts = scratch.u32('tight.start', cap);
  let ends = scratch.u32('tight.end', cap);
  let len = 0;
  const reserve = (more: number) => {
    if (len + more <= cap) return;
    cap = Math.max((len + more) * 2, 256);
    units = scratch.u16('tight', cap, len);
    starts = scratch.u32('tight.start', cap, len);
    ends = scratch.u32('tight.end', cap, len);
  };
  const push = (s: string, from: number, to: number) => {
    reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      units[len] = s.charCodeAt(k);
      starts[len] = from;
      ends[len] = to;
      len++;
    }
  };
  // One unit copied as is (no one-character string per special unit).
  const pushUnit = (code: number, at: number) => {
    if (len >= cap) reserve(1);
    units[len] = code;
    starts[len] = at;
    ends[len] = at + 1;
    len++;
  };
  const labelAt = (k: number) => k >= 0 && isLabel(folded.charCodeAt(k));
  // The last non-space unit emitted so far is a label character (a spelled domain like 一六三 counts).
  const afterLabel = () => {
    for (let k = len - 1; k >= 0 && len - k <= 4; k--) if (!isSpace(units[k]!)) return isLabel(units[k]!);
    return false;
  };
  let afterAt = false; // just emitted an @: spelled domains may follow
  let afterDot = false;
  for (let i = 0; i < n; ) {
    const code = folded.charCodeAt(i);
    if (!(CLASS[code]! & SPECIAL)) {
      // Fast path: one unit in, one unit out, for the whole run of plain units. In locals: len and the
      // buffers are captured by the helpers above, so each access to them is a closure-context load and store.
      if (len + (n - i) > cap) reserve(n - i); // (the run is at most the rest of the input)
      const u = units;
      const st = starts;
      const en = ends;
      let l = len;
      let c = code;
      do {
        u[l] = c;
        st[l] = i;
        en[l] = i + 1;
        l++;
        i++;
      } while (i < n && !(CLASS[(c = folded.charCodeAt(i))]! & SPECIAL));
      len = l;
      // The flags follow the run's last unit, as the unit-at-a-time loop left them.
      const last = u[l - 1]!;
      afterAt = last === 0x40;
      afterDot = last === 0x2e;
      continue;
    }
    const space = isSpace(code);
    // A mailbox number in Chinese numerals: 二八三七四六五一九零@qq.com
    if (isCnDigit(code) && !afterAt) {
      let j = i;
      while (j < n && isCnDigit(folded.charCodeAt(j))) j++;
      const next = j - i >= 5 ? nextSolid(folded, j, 2) : -1;
      const mailbox = next >= 0 && (folded.charCodeAt(next) === 0x40 || AT_WORDS.some((w) => folded.startsWith(w, next)));
      // Either way the whole run is consumed here (re-scanning it from every numeral would be quadratic).
      reserve(j - i);
      for (let k = i; k < j; k++) {
        const c = folded.charCodeAt(k);
        units[len] = mailbox ? 0x30 + digitValue(c) : c;
        starts[len] = k;
        ends[len] = k + 1;
        len++;
      }
      afterAt = false;
      afterDot = false;
      i = j;
      continue;
    }
    if (!(CLASS[code]! & WORD_START) && !space) {
      afterAt = code === 0x40;
      afterDot = code === 0x2e;
      pushUnit(code, i);
      i++;
      continue;
    }
    // Spelled-out @ between an address's parts.
    const at = wordAt(folded, i, AT_BY_FIRST);
    if (at && afterLabel() && nextSolid(folded, i + at.length) >= 0) {
      push('@', i, i + at.length);
      i += at.length;
      afterAt = true;
      continue;
    }
    // Round 11: 在 read as "at" between a mailbox name and a mail domain (xiaomei_jp 在 一六三 点 com, lily88在qq.com).
    if (code === ZAI && afterLabel()) {
      const q = nextSolid(folded, i + 1);
      if (q >= 0 && (pairAt(folded, q, DOMAIN_BY_FIRST) !== undefined || MAIL_DOMAIN_AHEAD.test(folded.slice(q, q + 12)))) {
        while (len > 0 && isSpace(units[len - 1]!)) len--; // xiaomei_jp 在: the space before it goes with it
        push('@', i, i + 1);
        i++;
        afterAt = true;
        continue;
      }
    }
    if (code === 0x20 && folded.startsWith(' at ', i) && afterLabel() && labelAt(nextSolid(folded, i + 4))) {
      push('@', i + 1, i + 3);
      i += 4;
      afterAt = true;
      continue;
    }
    if (afterAt) {
      const word = pairAt(folded, i, DOMAIN_BY_FIRST);
      if (word) {
        push(word[1], i, i + word[0].length);
        i += word[0].length;
        afterAt = false;
        continue;
      }
    }
    if (afterDot) {
      const word = pairAt(folded, i, TLD_BY_FIRST);
      if (word) {
        push(word[1], i, i + word[0].length);
        i += word[0].length;
        afterDot = false;
        continue;
      }
    }
    // Spelled-out dot between two labels: hkbeauty 点 com, jpmall。com, xx (dot) com.
    const dot = wordAt(folded, i, DOT_BY_FIRST);
    if (dot && afterLabel()) {
      const next = nextSolid(folded, i + dot.length);
      if (labelAt(next) || (next >= 0 && pairAt(folded, next, TLD_BY_FIRST) !== undefined)) {
        push('.', i, i + dot.length);
        i += dot.length;
        afterDot = true;
        continue;
      }
    }
    if (code === 0x20 && folded.startsWith(' dot ', i) && afterLabel() && labelAt(nextSolid(folded, i + 5))) {
      push('.', i + 1, i + 4);
      i += 5;
      afterDot = true;
      continue;
    }
    if (code === 0x20 && folded.startsWith(' dian ', i) && afterLabel() && PINYIN_DOT_AHEAD.test(folded.slice(i + 6, i + 13))) {
      push('.', i + 1, i + 5);
      i += 6;
      afterDot = true;
      continue;
    }
    // Spaces inside a link: w w w . m y b a o . n e t
    if (space && len > 0 && isLink(units[len - 1]!)) {
      const q = nextSolid(folded, i, 3);
      const joinsNext =
        q >= 0 &&
        (isLink(folded.charCodeAt(q)) ||
          wordAt(folded, q, SEPARATORS_BY_FIRST) !== undefined ||
          (afterAt && pairAt(folded, q, DOMAIN_BY_FIRST) !== undefined) ||
          (afterDot && pairAt(folded, q, TLD_BY_FIRST) !== undefined));
      if (joinsNext) {
        i++;
        continue;
      }
    }
    if (!space) {
      afterAt = code === 0x40;
      afterDot = code === 0x2e;
    }
    pushUnit(code, i);
    i++;
  }
  return { text: unitsToString(units, len), start: starts.subarray(0, len), end: ends.subarray(0, len) };
}
