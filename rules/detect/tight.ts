// The "tight" view for link and e-mail shapes: the folded view with spelled-out separators turned back
// into symbols (艾特/(at)/[at] → @, 点/dot/。/丶 → .) and spaces dropped between link characters, so
// `w w w . m y b a o . n e t`, `hkbeauty 点 com` and `mygo2019 艾特 一六三 点 com` read as the link or
// address they stand for (notes/lint.md §3). Every unit maps back to a folded-view range.

import type { LintContext } from '../context';

export interface TightView {
  text: string;
  /** Folded start / end (exclusive) of each unit. */
  start: number[];
  end: number[];
}

/** Characters a link or an address is made of. */
const LINK_CHAR = /[a-z0-9.@:/\-_?=&%#+~]/;
const LABEL_CHAR = /[a-z0-9]/;
const SPACE = /[\s\u3000]/;
const AT_WORDS = ['艾特', '爱特', '(at)', '[at]', '{at}', '<at>', '（at）', '【at】', '(@)', '[@]'];
const DOT_WORDS = ['(dot)', '[dot]', '{dot}', '<dot>', '（dot）', '【dot】', '(点)', '[点]', '(.)', '[.]', '（.）', '点', '點', '。', '｡', '丶', '·', '・', '∙', '．'];
// Spelled-out mail domains right after the @.
const DOMAIN_WORDS: [string, string][] = [
  ['一六三', '163'], ['幺六三', '163'], ['一二六', '126'], ['幺二六', '126'], ['一三九', '139'], ['幺三九', '139'], ['扣扣', 'qq'], ['企鹅', 'qq'],
  ['球球', 'qq'], ['新浪', 'sina'], ['网易', '163'], ['谷歌', 'gmail'], ['搜狐', 'sohu'], ['雅虎', 'yahoo'], ['微软', 'outlook'],
];
const SPELLED_SEPARATORS = [...AT_WORDS, ...DOT_WORDS];
const TLD_WORDS: [string, string][] = [['康姆', 'com'], ['康木', 'com'], ['扣姆', 'com'], ['西恩', 'cn']];

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
  const text: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, from: number, to: number) => {
    for (const ch of s) {
      text.push(ch);
      start.push(from);
      end.push(to);
    }
  };
  const n = folded.length;
  const labelAt = (k: number) => k >= 0 && LABEL_CHAR.test(folded[k]!);
  // The last non-space unit emitted so far is a label character (a spelled domain like 一六三 counts).
  const afterLabel = () => {
    for (let k = text.length - 1; k >= 0 && text.length - k <= 4; k--) if (!SPACE.test(text[k]!)) return LABEL_CHAR.test(text[k]!);
    return false;
  };
  let afterAt = false; // just emitted an @: spelled domains may follow
  let afterDot = false;
  for (let i = 0; i < n; ) {
    const ch = folded[i]!;
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
      const last = text[text.length - 1];
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
  return { text: text.join(''), start, end };
}
