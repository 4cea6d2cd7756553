// Round 44 (t44e): a draft as it is DISPLAYED, when explicit bidi controls reorder it.
//
// The overrides RLO/LRO (U+202E/U+202D, to their PDF U+202C or the paragraph's end), the embeddings RLE/LRE (U+202B/U+202A) and
// the isolates RLI/LRI/FSI (U+2067/U+2066/U+2068, to their PDI U+2069) make the screen show another order than the one stored:
// 手机\u202E00083100831\u202C shows 手机13800138000, 加我\u202E信微\u202C shows 加我微信. The buyer reads the screen, so the engine
// lints this display order as a second reading (engine.ts) and maps its findings back onto the stored offsets.
//
// This is the Unicode Bidirectional Algorithm (UAX #9) far enough to place the characters a shop chat uses (Han, Latin, digits,
// punctuation, Hebrew/Arabic): explicit levels (X1–X10, an isolate treated as an embedding closed by its PDI), weak types
// (W1–W7), neutrals (N1–N2), implicit levels (I1–I2) and reordering (L2) over each level run. Bidi character classes are read
// from scripts and general categories, not the full UCD table. Only paragraphs whose base direction is left to right (every
// Chinese draft) are reordered: a right-to-left paragraph (Arabic, Hebrew) is read in its stored order, which is its reading
// order, so an RTL draft keeps its meaning.

const L = 0, R = 1, AL = 2, EN = 3, AN = 4, ES = 5, ET = 6, CS = 7, NSM = 8, BN = 9, B = 10, S = 11, WS = 12, ON = 13;
const LRE = 0x202a, RLE = 0x202b, PDF = 0x202c, LRO = 0x202d, RLO = 0x202e, LRI = 0x2066, RLI = 0x2067, FSI = 0x2068, PDI = 0x2069;

/** Whether a code unit is an explicit bidi control (embedding, override, isolate or their terminators). */
export const isBidiControl = (u: number): boolean => (u >= LRE && u <= RLO) || (u >= LRI && u <= PDI);
/** Whether a code unit opens an explicit bidi scope (closed by PDF or PDI). */
export const opensBidiScope = (u: number): boolean => (u >= LRE && u <= RLO && u !== PDF) || (u >= LRI && u <= FSI);
/** Whether a code unit closes one. */
export const closesBidiScope = (u: number): boolean => u === PDF || u === PDI;

const HEBREW = /[\p{Script=Hebrew}\p{Script=Samaritan}\p{Script=Nko}\p{Script=Mandaic}]/u;
const ARABIC = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;
const MARK = /\p{M}/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const SPACE = /\p{Zs}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function bidiClass(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return EN;
  if (cp < 0x80) {
    if (cp === 0x0a || cp === 0x0d || (cp >= 0x1c && cp <= 0x1e)) return B;
    if (cp === 0x09 || cp === 0x0b || cp === 0x1f) return S;
    if (cp === 0x20 || cp === 0x0c) return WS;
    if (cp === 0x2b || cp === 0x2d) return ES;
    if (cp >= 0x23 && cp <= 0x25) return ET;
    if (cp === 0x2c || cp === 0x2e || cp === 0x2f || cp === 0x3a) return CS;
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return L;
    if (cp < 0x20 || cp === 0x7f) return BN;
    return ON;
  }
  if (cp === 0x85 || cp === 0x2029) return B;
  if (cp >= 0xff10 && cp <= 0xff19) return EN;
  if ((cp >= 0x06f0 && cp <= 0x06f9) || (cp >= 0x2070 && cp <= 0x2079) || (cp >= 0x2080 && cp <= 0x2089) || cp === 0xb2 || cp === 0xb3 || cp === 0xb9) return EN;
  if ((cp >= 0x0660 && cp <= 0x0669) || cp === 0x066b || cp === 0x066c) return AN;
  if (cp === 0xff0b || cp === 0xff0d || cp === 0x207a || cp === 0x207b || cp === 0x208a || cp === 0x208b || cp === 0x2212) return ES;
  if ((cp >= 0xa2 && cp <= 0xa5) || cp === 0xb0 || cp === 0xb1 || (cp >= 0x2030 && cp <= 0x2034) || (cp >= 0x20a0 && cp <= 0x20cf) || (cp >= 0xff03 && cp <= 0xff05) || cp === 0xffe0 || cp === 0xffe1 || cp === 0xffe5 || cp === 0xffe6 || cp === 0x066a) return ET;
  if (cp === 0xa0 || cp === 0x060c || cp === 0x202f || cp === 0x2044 || cp === 0xfe50 || cp === 0xfe52 || cp === 0xfe55 || cp === 0xff0c || cp === 0xff0e || cp === 0xff0f || cp === 0xff1a) return CS;
  if (cp === 0x2028) return WS;
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch)) return NSM;
  if (INVISIBLE.test(ch)) return BN;
  if (SPACE.test(ch)) return WS;
  if (HEBREW.test(ch) || (cp >= 0xfb1d && cp <= 0xfb4f) || (cp >= 0x10800 && cp <= 0x10fff)) return R;
  if (ARABIC.test(ch) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe)) return AL;
  return LETTER_OR_NUMBER.test(ch) ? L : ON;
}

/** Whether the text holds an explicit bidi control (a cheap scan: most drafts hold none). */
export function hasBidiControls(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= LRE && (u <= RLO || (u >= LRI && u <= PDI))) return true;
  }
  return false;
}

export interface DisplayOrder {
  /** The text in display order, bidi controls left out. */
  text: string;
  /** Per UTF-16 unit of `text`, the stored offset it came from. */
  from: Uint32Array;
}

interface Frame {
  level: number;
  override: number; // -1 none, L or R
  isolate: boolean;
}

/**
 * The text as displayed, left to right, line by line; undefined when that is the stored order (no control reorders anything).
 */
export function displayOrder(text: string): DisplayOrder | undefined {
  // Code points with their stored offsets.
  const cps: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    cps.push(cp);
    at.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  const n = cps.length;
  const types = new Uint8Array(n);
  for (let k = 0; k < n; k++) types[k] = bidiClass(cps[k]!);
  const order: number[] = []; // code point indices in display order
  let changed = false;
  for (let p = 0; p < n; ) {
    let e = p;
    while (e < n && types[e] !== B) e++;
    const para = paragraphOrder(cps, types, p, e);
    for (let k = 0; k < para.length; k++) if (para[k] !== p + k) changed = true;
    for (let k = 0; k < para.length; k++) order.push(para[k]!);
    if (e < n) order.push(e); // the paragraph separator itself
    p = e + 1;
  }
  if (!changed) return undefined;
  const units: string[] = [];
  const from: number[] = [];
  for (const k of order) {
    const cp = cps[k]!;
    if (isBidiControl(cp)) continue;
    units.push(String.fromCodePoint(cp));
    from.push(at[k]!);
    if (cp > 0xffff) from.push(at[k]! + 1);
  }
  return { text: units.join(''), from: Uint32Array.from(from) };
}

const FSI_LOOKAHEAD = 512;

/** First strong direction in [s, e) (skipping isolates): L, R, or -1. */
function firstStrong(cps: number[], types: Uint8Array, s: number, e: number, stopAtPdi: boolean): number {
  let depth = 0;
  // (an FSI looks a bounded way ahead: a paste of many FSIs in one paragraph must not cost their count squared)
  if (stopAtPdi) e = Math.min(e, s + FSI_LOOKAHEAD);
  for (let k = s; k < e; k++) {
    const cp = cps[k]!;
    if (cp === LRI || cp === RLI || cp === FSI) depth++;
    else if (cp === PDI) {
      if (depth === 0 && stopAtPdi) return -1;
      if (depth > 0) depth--;
    } else if (depth === 0) {
      const t = types[k]!;
      if (t === L) return L;
      if (t === R || t === AL) return R;
    }
  }
  return -1;
}

/** Display order of the code points [s, e) of one paragraph. */
function paragraphOrder(cps: number[], types: Uint8Array, s: number, e: number): number[] {
  const identity = () => Array.from({ length: e - s }, (_, k) => s + k);
  const base = firstStrong(cps, types, s, e, false) === R ? 1 : 0;
  // An RTL paragraph is read in stored order (its reading order); one without controls is displayed as stored for our purposes.
  if (base === 1) return identity();
  let controls = false;
  for (let k = s; k < e; k++) if (isBidiControl(cps[k]!)) controls = true;
  if (!controls) return identity();

  // X1–X10: explicit levels; removed characters (embedding controls, BN) keep the level of what precedes them.
  const m = e - s;
  const level = new Uint8Array(m);
  const type = new Uint8Array(m);
  const removed = new Uint8Array(m);
  const stack: Frame[] = [{ level: base, override: -1, isolate: false }];
  for (let k = 0; k < m; k++) {
    const cp = cps[s + k]!;
    const top = stack[stack.length - 1]!;
    const t = types[s + k]!;
    if (cp === RLE || cp === LRE || cp === RLO || cp === LRO) {
      const rtl = cp === RLE || cp === RLO;
      const next = rtl ? (top.level + 1) | 1 : (top.level + 2) & ~1;
      if (next <= 125) stack.push({ level: next, override: cp === RLO ? R : cp === LRO ? L : -1, isolate: false });
      level[k] = top.level;
      removed[k] = 1;
    } else if (cp === RLI || cp === LRI || cp === FSI) {
      level[k] = top.level;
      type[k] = top.override >= 0 ? top.override : ON;
      const rtl = cp === RLI || (cp === FSI && firstStrong(cps, types, s + k + 1, e, true) === R);
      const next = rtl ? (top.level + 1) | 1 : (top.level + 2) & ~1;
      if (next <= 125) stack.push({ level: next, override: -1, isolate: true });
    } else if (cp === PDI) {
      if (stack.some((f) => f.isolate)) {
        while (!stack[stack.length - 1]!.isolate) stack.pop();
        stack.pop();
      }
      const now = stack[stack.length - 1]!;
      level[k] = now.level;
      type[k] = now.override >= 0 ? now.override : ON;
    } else if (cp === PDF) {
      if (stack.length > 1 && !top.isolate) stack.pop();
      level[k] = top.level;
      removed[k] = 1;
    } else if (t === BN) {
      level[k] = top.level;
      removed[k] = 1;
    } else {
      level[k] = top.level;
      type[k] = top.override >= 0 ? top.override : t;
    }
  }

  // Level runs of the characters that remain, each resolved on its own (W1–W7, N1–N2, I1–I2).
  const kept: number[] = [];
  for (let k = 0; k < m; k++) if (!removed[k]) kept.push(k);
  for (let r = 0; r < kept.length; ) {
    let q = r;
    const lv = level[kept[r]!]!;
    while (q < kept.length && level[kept[q]!] === lv) q++;
    const before = r > 0 ? level[kept[r - 1]!]! : base;
    const after = q < kept.length ? level[kept[q]!]! : base;
    resolveRun(kept.slice(r, q), type, level, Math.max(before, lv) & 1 ? R : L, Math.max(after, lv) & 1 ? R : L, lv);
    r = q;
  }
  // Removed characters sit with what precedes them (they are left out of the display text anyway).
  for (let k = 0; k < m; k++) if (removed[k]) level[k] = k > 0 ? level[k - 1]! : base;

  // L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
  const out = identity();
  let max = 0;
  let minOdd = 127;
  for (let k = 0; k < m; k++) {
    if (level[k]! > max) max = level[k]!;
    if (level[k]! & 1 && level[k]! < minOdd) minOdd = level[k]!;
  }
  const lv = Array.from(level);
  for (let target = max; target >= minOdd && target > 0; target--) {
    for (let k = 0; k < m; ) {
      if (lv[k]! < target) {
        k++;
        continue;
      }
      let j = k;
      while (j < m && lv[j]! >= target) j++;
      reverse(out, k, j);
      reverse(lv, k, j);
      k = j;
    }
  }
  return out;
}

function reverse<T>(a: T[], i: number, j: number): void {
  for (j--; i < j; i++, j--) [a[i], a[j]] = [a[j]!, a[i]!];
}

const strongDir = (t: number) => (t === L ? L : t === R || t === AL || t === EN || t === AN ? R : -1);

/** Resolves one level run's types and levels in place (its indices in stored order). */
function resolveRun(run: number[], type: Uint8Array, level: Uint8Array, sos: number, eos: number, lv: number): void {
  const len = run.length;
  const t = (i: number) => type[run[i]!]!;
  const set = (i: number, v: number) => (type[run[i]!] = v);
  // W1: a mark takes the type of what precedes it.
  for (let i = 0; i < len; i++) if (t(i) === NSM) set(i, i === 0 ? sos : t(i - 1));
  // W2/W3: European digits after Arabic letters are Arabic numbers; AL is R.
  let last = sos;
  for (let i = 0; i < len; i++) {
    const x = t(i);
    if (x === L || x === R || x === AL) last = x;
    else if (x === EN && last === AL) set(i, AN);
  }
  for (let i = 0; i < len; i++) if (t(i) === AL) set(i, R);
  // W4: a single separator between two numbers of a kind.
  for (let i = 1; i + 1 < len; i++) {
    const x = t(i);
    if (x === ES && t(i - 1) === EN && t(i + 1) === EN) set(i, EN);
    else if (x === CS && t(i - 1) === t(i + 1) && (t(i - 1) === EN || t(i - 1) === AN)) set(i, t(i - 1));
  }
  // W5: terminators next to European digits.
  for (let i = 0; i < len; i++) {
    if (t(i) !== ET) continue;
    let j = i;
    while (j < len && t(j) === ET) j++;
    if ((i > 0 && t(i - 1) === EN) || (j < len && t(j) === EN)) for (let k = i; k < j; k++) set(k, EN);
    i = j - 1;
  }
  // W6: other separators are neutral.
  for (let i = 0; i < len; i++) if (t(i) === ES || t(i) === ET || t(i) === CS) set(i, ON);
  // W7: European digits after a left-to-right letter are L.
  last = sos;
  for (let i = 0; i < len; i++) {
    const x = t(i);
    if (x === L || x === R) last = x;
    else if (x === EN && last === L) set(i, L);
  }
  // N1/N2: neutrals between two strong types of a direction take it (digits count as R); else the embedding's.
  const embedding = lv & 1 ? R : L;
  for (let i = 0; i < len; i++) {
    if (strongDir(t(i)) >= 0) continue;
    let j = i;
    while (j < len && strongDir(t(j)) < 0) j++;
    const prev = i > 0 ? strongDir(t(i - 1)) : sos;
    const next = j < len ? strongDir(t(j)) : eos;
    const dir = prev === next ? prev : embedding;
    for (let k = i; k < j; k++) set(k, dir);
    i = j - 1;
  }
  // I1/I2: implicit levels.
  for (let i = 0; i < len; i++) {
    const x = t(i);
    const k = run[i]!;
    if (lv & 1) {
      if (x === L || x === EN || x === AN) level[k] = lv + 1;
    } else if (x === R) level[k] = lv + 1;
    else if (x === AN || x === EN) level[k] = lv + 2;
  }
}
