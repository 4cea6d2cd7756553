// Pinyin evasions of lexicon terms: fu刻 for 复刻, 网dai for 网贷, dubo for 赌博, gao仿 for 高仿. A rule that
// opts in (RuleModule.pinyin) has each Han term of 2–3 characters also compiled as every one-syllable
// swap and as the whole term in pinyin, so its own check judges them like the Chinese spelling. Two
// syllables mixed in a longer term (gao仿huo) and longer terms are left out: rare, and they multiply the automaton.

import { PINYIN_TABLE } from './lexicon/pinyin.generated';

const HAN_TERM = /^\p{Script=Han}{2,3}$/u;
/** Readings per character used in swaps, and whole-pinyin spellings per term: polyphones stay bounded. */
const MAX_READINGS = 3;
const MAX_WHOLE = 4;

// Round 28: readings keyed by code point and read from the table in one pass, and the spellings written by
// string concatenation into a caller's array (no [...term], Set, slice/join or flatMap per term): the 4k terms
// of the pinyin rules spent ~25 ms and much garbage of every page's engine start here. Same spellings, same order.
let readings: Map<number, readonly string[]> | undefined;
const NO_READINGS: readonly string[] = [];

function readingTable(): Map<number, readonly string[]> {
  const table = new Map<number, readonly string[]>();
  for (let at = 0; at < PINYIN_TABLE.length; ) {
    let bar = PINYIN_TABLE.indexOf('|', at);
    if (bar < 0) bar = PINYIN_TABLE.length;
    const cp = PINYIN_TABLE.codePointAt(at)!;
    const list = PINYIN_TABLE.slice(at + (cp > 0xffff ? 2 : 1), bar).split(',');
    table.set(cp, list.length > MAX_READINGS ? list.slice(0, MAX_READINGS) : list);
    at = bar + 1;
  }
  return table;
}

/** Toneless readings of one character (ü written v), most common first; [] when unknown. */
export function readingsOf(ch: string): readonly string[] {
  const cp = ch.codePointAt(0);
  if (cp === undefined || ch.length !== (cp > 0xffff ? 2 : 1)) return [];
  return (readings ??= readingTable()).get(cp) ?? [];
}

const wholeA: string[] = [];
const wholeB: string[] = [];

/**
 * Writes the pinyin spellings of a folded term (the term itself excluded) to out[0 .. n) and returns n; 0 when it
 * is not 2–3 Han characters. Each one-syllable swap (by character, then reading), then the whole-pinyin ones.
 */
export function pinyinSpellings(term: string, out: string[]): number {
  if (!HAN_TERM.test(term)) return 0;
  const table = (readings ??= readingTable());
  let n = 0;
  for (let i = 0; i < term.length; ) {
    const cp = term.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    const rs = table.get(cp) ?? NO_READINGS;
    if (rs.length) {
      const before = term.slice(0, i);
      const after = term.slice(next);
      for (let r = 0; r < rs.length; r++) n = addNew(out, n, before + rs[r]! + after);
    }
    i = next;
  }
  // Whole spellings, prefix by prefix: the first MAX_WHOLE of every reading's combination.
  let whole = wholeA;
  let grown = wholeB;
  whole[0] = '';
  let count = 1;
  for (let i = 0; i < term.length; ) {
    const cp = term.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const rs = table.get(cp) ?? NO_READINGS;
    if (!rs.length) return n;
    let made = 0;
    for (let p = 0; p < count && made < MAX_WHOLE; p++) for (let r = 0; r < rs.length && made < MAX_WHOLE; r++) grown[made++] = whole[p]! + rs[r]!;
    const t = whole;
    whole = grown;
    grown = t;
    count = made;
  }
  for (let p = 0; p < count; p++) n = addNew(out, n, whole[p]!);
  return n;
}

/** out[n] = s unless out[0 .. n) holds it; the new n. */
function addNew(out: string[], n: number, s: string): number {
  for (let k = 0; k < n; k++) if (out[k] === s) return n;
  out[n] = s;
  return n + 1;
}

/** The pinyin spellings of a folded term (the term itself excluded); [] when it is not 2–3 Han characters. */
export function pinyinVariants(term: string): string[] {
  const out: string[] = [];
  out.length = pinyinSpellings(term, out);
  return out;
}
