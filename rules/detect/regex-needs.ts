// Round 64 (enginespeed64): the words a regex match must contain, read from the pattern's source, and a per-draft
// index of the words a draft holds. A cue whose after / before / sentence patterns need a word the draft lacks cannot
// pass at any of its hits, so cue-rule.ts decides that once per draft instead of running the patterns at every hit
// (平台 and 快手 alone open ~170 cue judgements in a 500-character draft).
//
// Sound because every string judgeReady tests those patterns on is made of the compact view's slices, joined where
// they touch or across a U+0000, with units of others' quotes replaced by U+0000 (maskOthersQuotes): a needed word
// (never holding U+0000) found in such a string is a slice of the compact view. The analysis is conservative, like
// regex-edges.ts: an optional part, a lookaround, a class of more than a few units, a backreference, unknown syntax
// or the flags i, g, y (case folding; lastIndex) need nothing.
import { parsePattern, type Node, type UnitSet } from './regex-edges';

/** Every match holds at least one of these words (none empty, none holding U+0000). */
export type Need = readonly string[];

/** The most whole matches a part of a pattern is spelt out as, and the most words a need may list. */
const MAX_WORDS = 64;
/** A class of more units is taken as "any unit" (it needs nothing). */
const MAX_CLASS = 16;

/** The units a class or character stands for, when it is one BMP unit of a few (never U+0000 or a surrogate). */
function units(first: UnitSet, last: UnitSet): string[] | undefined {
  if (first.any || first.ranges.length !== last.ranges.length) return undefined;
  const out: string[] = [];
  for (let k = 0; k < first.ranges.length; k++) {
    const [lo, hi] = first.ranges[k]!;
    const [lo2, hi2] = last.ranges[k]!;
    if (lo !== lo2 || hi !== hi2 || lo === 0 || (hi >= 0xd800 && lo <= 0xdfff) || hi - lo + out.length >= MAX_CLASS) return undefined;
    for (let u = lo; u <= hi; u++) out.push(String.fromCharCode(u));
  }
  return out;
}

/** Every word of `a` followed by every word of `b` (undefined when more than MAX_WORDS). */
function concat(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_WORDS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** The words of every branch, when each has some and they are not too many. */
function unionOf(branches: readonly Node[], wordsOf: (n: Node) => readonly string[] | undefined): string[] | undefined {
  const out = new Set<string>();
  for (const branch of branches) {
    const words = wordsOf(branch);
    if (!words) return undefined;
    for (const w of words) out.add(w);
  }
  return out.size > MAX_WORDS ? undefined : [...out];
}

/** All the strings the part can match, when they are few (assertions match the empty string). */
function whole(n: Node): string[] | undefined {
  switch (n.t) {
    case 'char':
      return units(n.first, n.last);
    case 'start':
    case 'end':
    case 'zero':
      return [''];
    case 'seq': {
      let out: string[] | undefined = [''];
      for (const item of n.items) {
        const w = whole(item);
        out = w && concat(out, w);
        if (!out) return undefined;
      }
      return out;
    }
    case 'alt':
      return unionOf(n.alts, whole);
    case 'repeat': {
      if (n.max > 2) return undefined;
      const body = whole(n.body);
      if (!body) return undefined;
      let out = new Set<string>(n.min === 0 ? [''] : []);
      let power: string[] | undefined = [''];
      for (let k = 1; k <= n.max; k++) {
        power = power && concat(power, body);
        if (!power) return undefined;
        if (k >= n.min) for (const x of power) out.add(x);
      }
      return out.size > MAX_WORDS ? undefined : [...out];
    }
    default:
      return undefined;
  }
}

/** A need is better the longer its shortest word (a 2-unit word is rare where single units are not), then the fewer its words. */
function better(a: Need | undefined, b: Need | undefined): Need | undefined {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((w) => w.length));
  const lb = Math.min(...b.map((w) => w.length));
  return la !== lb ? (la > lb ? a : b) : a.length <= b.length ? a : b;
}

/** The words as a need: none when one is empty; a word holding another of them is left out (the other is there too). */
function asNeed(words: string[] | undefined): Need | undefined {
  if (!words || words.length === 0 || words.includes('')) return undefined;
  const kept: string[] = [];
  for (const word of [...words].sort((a, b) => a.length - b.length)) if (!kept.some((k) => word.includes(k))) kept.push(word);
  return words.filter((w) => kept.includes(w));
}

function needOf(n: Node): Need | undefined {
  switch (n.t) {
    case 'seq': {
      // A run of parts spelt out whole is one word list (客服 + 说 → 客服说); any single part's need is the sequence's too.
      let best: Need | undefined;
      let run: string[] | undefined = [''];
      for (const item of n.items) {
        const w = whole(item);
        const joined: string[] | undefined = w && run && concat(run, w);
        if (joined) {
          run = joined;
          continue;
        }
        best = better(best, asNeed(run));
        best = better(best, needOf(item));
        run = w ?? [''];
      }
      return better(best, asNeed(run));
    }
    case 'alt':
      return asNeed(unionOf(n.alts, needOf));
    case 'repeat':
      return better(asNeed(whole(n)), n.min >= 1 ? needOf(n.body) : undefined);
    default:
      return asNeed(whole(n));
  }
}

/** The words every match of `re` holds one of, or undefined when the pattern needs nothing this analysis can see. */
export function needOfPattern(re: RegExp): Need | undefined {
  if (/[^usdm]/.test(re.flags)) return undefined;
  const tree = parsePattern(re.source, re.unicode);
  return tree && needOf(tree);
}

/** A unit's or a pair of adjacent units' bit in DraftWords (pairs never hold U+0000, so their keys are above any unit's). */
function bitOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/**
 * A need as the bits DraftWords tests, word after word: the number of the word's bits, then one bit per pair of adjacent
 * units in it (its unit, for a 1-unit word). A draft holding the word holds each of those pairs, so one unset bit rules
 * the word out.
 */
export function needBits(need: Need): Uint16Array {
  const out: number[] = [];
  const seen = new Set<string>();
  for (const word of need) {
    const bits = new Set<number>();
    if (word.length === 1) bits.add(bitOf(word.charCodeAt(0)));
    for (let i = 1; i < word.length; i++) bits.add(bitOf((word.charCodeAt(i - 1) << 16) | word.charCodeAt(i)));
    const key = [...bits].sort((a, b) => a - b).join();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(bits.size, ...bits);
  }
  return Uint16Array.from(out);
}

/**
 * Which units and pairs of adjacent units one draft's compact view holds, as one bit each in 64 K bits (a Bloom
 * filter with one hash: bits shared by chance only make a cue run that could have been skipped). Rebuilt when the
 * text changes; `stamp` tells callers that cached an answer against it that it changed.
 */
export class DraftWords {
  stamp = 0;
  private text = '';
  private readonly bits = new Uint32Array(0x10000 / 32);

  read(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.stamp++;
    const bits = this.bits;
    bits.fill(0);
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      let b = bitOf(u);
      bits[b >>> 5]! |= 1 << (b & 31);
      if (prev !== 0 && u !== 0) {
        b = bitOf((prev << 16) | u);
        bits[b >>> 5]! |= 1 << (b & 31);
      }
      prev = u;
    }
  }

  /** False when the draft surely holds none of the words whose needBits these are. */
  mayMeet(need: Uint16Array): boolean {
    const bits = this.bits;
    for (let i = 0; i < need.length; ) {
      const end = i + 1 + need[i]!;
      let held = true;
      for (i++; i < end && held; i++) held = ((bits[need[i]! >>> 5]! >>> (need[i]! & 31)) & 1) === 1;
      if (held) return true;
      i = end;
    }
    return false;
  }
}
