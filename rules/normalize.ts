// Folding a draft for matching, with a map back to the original text.
//
// Two views, because no single one serves every detector (notes/lint.md §1.3):
//   folded  — every code point folded (NFKC, case, width, traditional→simplified, dingbat digits,
//             invisible characters dropped); spaces and punctuation kept: for URLs, e-mails, numbers.
//   compact — folded minus separators (spaces, punctuation, symbols, emoji): for words, so that
//             「私 下 交 易」「微.信」「加\u200b微信」 match their plain forms.
// Every UTF-16 unit of a view records the original [start, end) it came from, so findings always
// point into the draft the agent typed.

import { SPECIAL_FOLDS } from './lexicon/fold-table';
import { T2S } from './lexicon/t2s.generated';

export interface View {
  text: string;
  /** Original UTF-16 start offset of each unit of `text`. */
  start: Uint32Array;
  /** Original UTF-16 end offset (exclusive) of each unit of `text`. */
  end: Uint32Array;
}

export interface Normalized {
  original: string;
  folded: View;
  compact: View;
  /** compact index → folded index */
  compactToFolded: Uint32Array;
  /** What lies between compact[i-1] and compact[i]: 0 nothing, SOFT (，、：；) or HARD (。！？ line break). */
  breakBefore: Uint32Array;
}

const DROP = /^[\p{Default_Ignorable_Code_Point}\p{M}\p{Cf}]$/u;
const CONTROL = /^\p{Cc}$/u;
const SEPARATOR = /^[\p{Z}\p{P}\p{S}\s]$/u;
// A hard break ends a sentence; a soft break only a clause. Terms may span soft breaks (「微，信」), never hard ones.
const HARD_BREAK = /^[。!?\n\r]$/u;
const SOFT_BREAK = /^[,.;:、…]$/u;
export const SOFT = 1;
export const HARD = 2;

/** Folds one code point. Returns '' when the code point is invisible noise. */
function foldCodePointUncached(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (cp === 0x0a || cp === 0x0d || cp === 0x09) return ch === '\t' ? ' ' : ch;
  if (CONTROL.test(ch) || DROP.test(ch)) return '';
  const special = SPECIAL_FOLDS.get(cp);
  if (special !== undefined) return special;
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    if (DROP.test(c)) continue;
    out += T2S[c] ?? c;
  }
  return out;
}

// Cache: a BMP code point folding to one unit (or to nothing) lives in a typed array; the rest in a Map.
const UNKNOWN = -1;
const MULTI = -2;
const DROPPED = -3;
const bmpCache = new Int32Array(0x10000).fill(UNKNOWN);
const multiCache = new Map<number, string>();

function cacheFold(cp: number): string {
  const folded = foldCodePointUncached(cp);
  if (cp < 0x10000 && folded.length <= 1) bmpCache[cp] = folded.length ? folded.charCodeAt(0) : DROPPED;
  else {
    multiCache.set(cp, folded);
    if (cp < 0x10000) bmpCache[cp] = MULTI;
  }
  return folded;
}

export function foldCodePoint(cp: number): string {
  if (cp < 0x10000) {
    const cached = bmpCache[cp]!;
    if (cached >= 0) return String.fromCharCode(cached);
    if (cached === DROPPED) return '';
    if (cached === MULTI) return multiCache.get(cp)!;
  } else {
    const hit = multiCache.get(cp);
    if (hit !== undefined) return hit;
  }
  return cacheFold(cp);
}

const separatorCache = new Int8Array(0x10000).fill(-1);
/** Whether a folded UTF-16 unit is a separator the compact view drops. '+' is kept: it is a command (＋V, 加我). */
export function isSeparatorUnit(code: number): boolean {
  let v = separatorCache[code]!;
  if (v < 0) {
    const ch = String.fromCharCode(code);
    v = code !== 0x2b && (code === 0x0a || code === 0x0d || SEPARATOR.test(ch) || (code >= 0xd800 && code <= 0xdfff)) ? 1 : 0;
    separatorCache[code] = v;
  }
  return v === 1;
}

const breakCache = new Int8Array(0x10000).fill(-1);
function breakKind(code: number): number {
  let v = breakCache[code]!;
  if (v < 0) {
    const ch = String.fromCharCode(code);
    breakCache[code] = v = HARD_BREAK.test(ch) ? HARD : SOFT_BREAK.test(ch) ? SOFT : 0;
  }
  return v;
}

// UTF-16 units to a string natively (lone surrogates survive: fatal is off and they are kept as units).
const utf16 = new TextDecoder('utf-16le');
export function unitsToString(units: Uint16Array, length: number): string {
  if (length < 64) {
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(units[i]!);
    return s;
  }
  return utf16.decode(units.subarray(0, length));
}

// Scratch buffers reused across calls (normalize is not re-entrant: folding never calls it).
// Allocating typed arrays costs microseconds each in V8, so a call allocates exactly one buffer.
let scratchCap = 0;
let units = new Uint16Array(0);
let fstart = new Uint32Array(0);
let fend = new Uint32Array(0);
let cunits = new Uint16Array(0);
let cmark = new Uint32Array(0);

function ensureScratch(need: number): void {
  if (need <= scratchCap) return;
  const cap = Math.max(need, scratchCap * 2, 1024);
  const u = new Uint16Array(cap); u.set(units);
  const s = new Uint32Array(cap); s.set(fstart);
  const e = new Uint32Array(cap); e.set(fend);
  units = u; fstart = s; fend = e;
  cunits = new Uint16Array(cap);
  cmark = new Uint32Array(cap);
  scratchCap = cap;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  ensureScratch(n + 16);
  // Locals, not module bindings, in the hot loops (V8 keeps them in registers).
  let u = units;
  let fs = fstart;
  let fe = fend;
  const cache = bmpCache;
  let f = 0;
  for (let i = 0; i < n; ) {
    let cp = original.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = original.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const cached = cp < 0x10000 ? cache[cp]! : MULTI;
    if (cached >= 0) {
      // Fast path: one unit in, one unit out.
      if (f >= scratchCap) {
        ensureScratch(f + 1);
        ({ u, fs, fe } = { u: units, fs: fstart, fe: fend });
      }
      u[f] = cached;
      fs[f] = i;
      fe[f] = i + width;
      f++;
    } else if (cached !== DROPPED) {
      const folded = cached === UNKNOWN ? cacheFold(cp) : (multiCache.get(cp) ?? cacheFold(cp));
      if (f + folded.length > scratchCap) {
        ensureScratch(f + folded.length);
        ({ u, fs, fe } = { u: units, fs: fstart, fe: fend });
      }
      for (let k = 0; k < folded.length; k++) {
        u[f] = folded.charCodeAt(k);
        fs[f] = i;
        fe[f] = i + width;
        f++;
      }
    }
    i += width;
  }

  // Compact pass: cmark[c] = folded index of compact unit c; breaks collected alongside.
  const cu = cunits;
  const cm = cmark;
  const sep = separatorCache;
  let c = 0;
  for (let k = 0; k < f; k++) {
    const code = u[k]!;
    const v = sep[code]!;
    if (v === 1 || (v < 0 && isSeparatorUnit(code))) continue;
    cu[c] = code;
    cm[c] = k;
    c++;
  }

  // One output buffer: folded start/end (f each), compact start/end/toFolded (c each), breaks (c + 1).
  const out = new Uint32Array(2 * f + 4 * c + 1);
  const foldedStart = out.subarray(0, f);
  const foldedEnd = out.subarray(f, 2 * f);
  const compactStart = out.subarray(2 * f, 2 * f + c);
  const compactEnd = out.subarray(2 * f + c, 2 * f + 2 * c);
  const compactToFolded = out.subarray(2 * f + 2 * c, 2 * f + 3 * c);
  const breaks = out.subarray(2 * f + 3 * c, 2 * f + 4 * c + 1);
  foldedStart.set(fs.subarray(0, f));
  foldedEnd.set(fe.subarray(0, f));
  let prev = -1;
  for (let j = 0; j < c; j++) {
    const k = cm[j]!;
    compactStart[j] = fs[k]!;
    compactEnd[j] = fe[k]!;
    compactToFolded[j] = k;
    let kind = 0;
    for (let m = prev + 1; m < k; m++) {
      const b = breakKind(u[m]!);
      if (b > kind) kind = b;
    }
    breaks[j] = kind;
    prev = k;
  }
  let tail = 0;
  for (let m = prev + 1; m < f; m++) tail = Math.max(tail, breakKind(u[m]!));
  breaks[c] = tail;

  return {
    original,
    folded: { text: unitsToString(u, f), start: foldedStart, end: foldedEnd },
    compact: { text: unitsToString(cu, c), start: compactStart, end: compactEnd },
    compactToFolded,
    breakBefore: breaks,
  };
}

/** Folds a pattern or lexicon term the way drafts are folded (compact view), so authors write plain words. */
export function foldTerm(term: string): string {
  return normalize(term).compact.text;
}

/** Folds a pattern keeping separators (folded view). */
export function foldKeepSeparators(term: string): string {
  return normalize(term).folded.text;
}

/** Original [start, end) of view units [i, j). */
export function originalSpan(view: View, i: number, j: number): [number, number] {
  return [view.start[i]!, view.end[j - 1]!];
}
