// The statistical second opinion: a logistic regression per clause over the distinct character unigrams
// and bigrams of the compact view (weights learned from the labelled dev sets by scripts/train-model.ts),
// weighed by 1 / sqrt(the window's gram count). A gram inside a denial scope (a few units after 不/没/别/谨防…,
// grams.ts denialScope) also counts as its denied twin, a feature of its own: a denial (我们不是平台工作人员,
// 绝不卖高仿) shares its grams with the breach it denies, and the twins let it weigh otherwise. The scope is
// tracked as the scan goes (one more bit in the `leads` table read per unit; twins are looked up only inside
// a scope), so no string is built and the byte weights stay the same size (the twins share the FEATURES budget).
//
// Why: the rules catch what they have words for; the conduct clauses have a long tail of wordings no word
// family covers (a threat with no threatening word, a hint that the goods are fake). On the held-out sets,
// which the trainer never reads, this raises recall by about five points at no added false alarm, because
// each clause's threshold is set so that only 0.75% / 7 of clean dev replies pass it (out of fold).
//
// It reads the text in windows of whole sentences up to WINDOW units (a reply is usually one window, as the
// replies it learned from), and for a window over threshold names the sentence that weighs most.
import { base64ToBytes } from '../base64';
import { HARD } from '../normalize';
import { MODEL_CLAUSES } from './clauses';
import { bigramKey, CUE, gramScale, keyOfGram, opensDenial, SCOPE } from './grams';
import { MODEL_DATA } from './weights.generated';

/** Longest window, in compact units: about the longest reply the model learned from. */
export const WINDOW = 300;
/**
 * Shortest window the model judges. A short line has too few grams for a fair score, and the short lines
 * agents send all day (亲还在吗？ 好的马上) are exactly where it went wrong; the word rules cover short breaches.
 */
export const MIN_UNITS = 16;

const C = MODEL_CLAUSES.length;

export interface WindowScore {
  /** Compact range of the window. */
  start: number;
  end: number;
  /** Score per clause (MODEL_CLAUSES order), in logit units. */
  logits: Float64Array;
  /** Per clause: the compact range of the sentence that weighs most towards it. */
  sentence: [number, number][];
}

/** `leads` bits: the unit starts a known bigram; starts a known denied twin; may open a denial scope (grams.ts CUE). */
const LEADS_BIGRAM = 1;
const LEADS_DENIED = 2;
const LEADS_CUE = 4;

/** An open-addressing hash of gram keys to feature indices, [key, feature index] side by side so a probe reads one cache line. */
class GramTable {
  /** Index -1: empty. */
  readonly slots: Int32Array;
  readonly mask: number;

  /**
   * keys[i] → features[i] for i < count, inserted in that order. Round 68 (engload68): parallel typed arrays and plain
   * loops, not [key, feature] pairs read by for…of — this runs once per page, cold, at the first lint (Node: the bigram
   * table 9–36 ms of a 26–57 ms model build). Keys are stored as int32 either way (`key | 0`, and hash() reads int32).
   */
  constructor(keys: Int32Array, features: Int32Array, count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    // Every slot -1: a slot is empty when its feature half is -1 (an empty slot's key half is never read).
    const slots = new Int32Array(size * 2).fill(-1);
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      let h = hash(key) & this.mask;
      while (slots[2 * h + 1] !== -1) h = (h + 1) & this.mask;
      slots[2 * h] = key;
      slots[2 * h + 1] = features[i]!;
    }
    this.slots = slots;
  }

  /** Feature index of the key, or -1. */
  find(key: number): number {
    const k = key | 0;
    for (let h = hash(key) & this.mask; ; h = (h + 1) & this.mask) {
      const f = this.slots[2 * h + 1]!;
      if (f === -1 || this.slots[2 * h] === k) return f;
    }
  }
}

/**
 * The weights and three lookups: unigrams by a direct table over UTF-16 units, bigrams and the denied twins
 * (grams.ts DENIED) by open-addressing hashes. `leads` marks the units that start a known bigram or twin or
 * may open a denial scope, so most units cost one table read.
 */
class Model {
  /** Per unit: 1 + its unigram's feature index, or 0. */
  readonly unigram = new Uint16Array(0x10000);
  /** Per unit: LEADS_* bits. */
  readonly leads = new Uint8Array(0x10000);
  /** Known bigrams. */
  readonly bigrams: GramTable;
  /** Known denied twins, unigrams and bigrams, by the key of their gram; feature indices after the grams'. */
  readonly denied: GramTable;
  /** Signed byte weights, feature-major (features × clauses): small enough to stay in cache between drafts. */
  readonly weights: Int8Array;
  readonly scale = Float64Array.from(MODEL_DATA.scale);
  readonly features: number;
  readonly bias = Float64Array.from(MODEL_DATA.bias);
  readonly threshold = Float64Array.from(MODEL_DATA.threshold);

  constructor() {
    const grams = MODEL_DATA.grams.split(' ');
    const denied = MODEL_DATA.denied ? MODEL_DATA.denied.split(' ') : [];
    // Natively decoded where the browser can (base64.ts); else atob and a plain loop (round 28: not Uint8Array.from
    // with a callback per byte).
    const bytes = base64ToBytes(MODEL_DATA.weights);
    this.features = grams.length + denied.length;
    if (bytes.length !== this.features * C || this.features >= 0xffff) throw new Error('model weights do not match its grams');
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const { unigram, leads } = this;
    const keys = new Int32Array(Math.max(grams.length, denied.length));
    const features = new Int32Array(keys.length);
    let bigrams = 0;
    for (let f = 0; f < grams.length; f++) {
      const gram = grams[f]!;
      if (gram.length === 1) {
        unigram[gram.charCodeAt(0)] = f + 1;
        continue;
      }
      leads[gram.charCodeAt(0)]! |= LEADS_BIGRAM;
      keys[bigrams] = keyOfGram(gram);
      features[bigrams++] = f;
    }
    this.bigrams = new GramTable(keys, features, bigrams);
    for (let j = 0; j < denied.length; j++) {
      const gram = denied[j]!;
      leads[gram.charCodeAt(0)]! |= LEADS_DENIED;
      keys[j] = keyOfGram(gram);
      features[j] = grams.length + j;
    }
    this.denied = new GramTable(keys, features, denied.length);
    for (let unit = 0; unit < 0x10000; unit++) if (CUE[unit]) leads[unit]! |= LEADS_CUE;
  }
}

const hash = (key: number) => Math.imul(key, 0x9e3779b1) >>> 11;

let model: Model | undefined;

/** Per feature, the number of the last window that counted it: each gram (and each twin) counts once per window. */
let counted = new Uint32Array(0);
let windowNumber = 0;
/** Sentence bounds of the current draft, reused: starts and ends in compact units. */
let sentenceStart = new Int32Array(64);
let sentenceEnd = new Int32Array(64);
let weighed = new Int32Array(64 * C);

/**
 * Adds feature f's weights to the sentence row of `weighed`, once per window (f < 0: no such feature). A
 * module function, not a closure in scoreWindows: that made one per window, on every draft.
 */
function weigh(weights: Int8Array, f: number, row: number): void {
  if (f < 0 || counted[f] === windowNumber) return;
  counted[f] = windowNumber;
  for (let c = 0; c < C; c++) weighed[row + c]! += weights[f * C + c]!;
}

/** Splits the compact view into sentences (at hard breaks; long ones cut at WINDOW units); returns how many. */
function sentences(compact: string, breakBefore: Uint32Array): number {
  let n = 0;
  let start = 0;
  for (let k = 1; k <= compact.length; k++) {
    if (k === compact.length || breakBefore[k] === HARD || k - start >= WINDOW) {
      if (n === sentenceStart.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        sentenceStart = grow(sentenceStart);
        sentenceEnd = grow(sentenceEnd);
      }
      sentenceStart[n] = start;
      sentenceEnd[n++] = k;
      start = k;
    }
  }
  return n;
}

/**
 * Scores the compact view window by window. `breakBefore` marks sentence ends (Normalized.breakBefore);
 * grams with a unit in `quoted` (grams.ts quotedUnits) are not read. A gram inside a denial scope (grams.ts
 * denialScope, tracked here as the scan goes: no string is built) also counts as its denied twin.
 */
export function scoreWindows(compact: string, breakBefore: Uint32Array, quoted: Uint8Array | undefined): WindowScore[] {
  model ??= new Model();
  const m = model;
  if (counted.length !== m.features) counted = new Uint32Array(m.features);
  const { weights, unigram, leads, bigrams, denied } = m;
  const count = sentences(compact, breakBefore);
  const out: WindowScore[] = [];
  /** The current denial scope holds the units before this one (it runs on across windows, as in denialScope). */
  let until = 0;
  for (let s = 0; s < count; ) {
    // Whole sentences while they fit.
    let e = s + 1;
    while (e < count && sentenceEnd[e]! - sentenceStart[s]! <= WINDOW) e++;
    const start = sentenceStart[s]!;
    const end = sentenceEnd[e - 1]!;
    if (++windowNumber === 0xffffffff) (counted.fill(0), (windowNumber = 1));
    // Per sentence × clause: the summed byte weights of the grams first seen in that sentence.
    if (weighed.length < (e - s) * C) weighed = new Int32Array((e - s) * C * 2);
    weighed.fill(0, 0, (e - s) * C);
    let sentence = s;
    for (let i = start; i < end; i++) {
      if (breakBefore[i]) until = 0;
      const unit = compact.charCodeAt(i);
      const lead = leads[unit]!;
      const inScope = i < until;
      if (lead & LEADS_CUE && opensDenial(compact, i, unit)) until = i + 1 + SCOPE;
      if (quoted?.[i]) continue;
      while (i >= sentenceEnd[sentence]!) sentence++;
      const u = unigram[unit]! - 1;
      const pairs = i + 1 < end && !quoted?.[i + 1];
      const b = lead & LEADS_BIGRAM && pairs ? bigrams.find(bigramKey(unit, compact.charCodeAt(i + 1))) : -1;
      let du = -1;
      let db = -1;
      if (inScope && lead & LEADS_DENIED) {
        du = denied.find(unit);
        if (pairs && i + 1 < until && !breakBefore[i + 1]) db = denied.find(bigramKey(unit, compact.charCodeAt(i + 1)));
      }
      if (u < 0 && b < 0 && du < 0 && db < 0) continue;
      const row = (sentence - s) * C;
      weigh(weights, u, row);
      weigh(weights, b, row);
      weigh(weights, du, row);
      weigh(weights, db, row);
    }
    const scale = gramScale(end - start);
    const logits = m.bias.slice(); // (not Float64Array.from: its iterator path cost more than the window's scoring)
    const best: [number, number][] = [];
    for (let c = 0; c < C; c++) {
      let top = 0;
      for (let k = 0; k < e - s; k++) {
        logits[c]! += weighed[k * C + c]! * m.scale[c]! * scale;
        if (weighed[k * C + c]! > weighed[top * C + c]!) top = k;
      }
      best.push([sentenceStart[s + top]!, sentenceEnd[s + top]!]);
    }
    out.push({ start, end, logits, sentence: best });
    s = e;
  }
  return out;
}

/**
 * Round 34 (t34a): the heaviest single gram (unigram or bigram, read plainly: no denied twin, no quote mask) of compact `text` for
 * clause index `c`, in the logit units of its weight before the window's length scale. Asked only of a sentence already over threshold.
 */
export function strongestGram(text: string, c: number): number {
  model ??= new Model();
  const m = model;
  let best = -Infinity;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const u = m.unigram[unit]! - 1;
    if (u >= 0) best = Math.max(best, m.weights[u * C + c]! * m.scale[c]!);
    if (m.leads[unit]! & LEADS_BIGRAM && i + 1 < text.length) {
      const b = m.bigrams.find(bigramKey(unit, text.charCodeAt(i + 1)));
      if (b >= 0) best = Math.max(best, m.weights[b * C + c]! * m.scale[c]!);
    }
  }
  return best;
}

/** Whether a window's score for clause index `c` passes that clause's alarm threshold. */
export function overThreshold(score: WindowScore, c: number, margin = 0): boolean {
  model ??= new Model();
  return score.end - score.start >= MIN_UNITS && score.logits[c]! > model.threshold[c]! + margin;
}

// Round 33 (t33d): a breach buried in a long reply (a paragraph of insult, a forwarded "platform verdict", an off-platform
// invitation among three paragraphs of product care) is diluted in the one window: the model learned from replies about
// one paragraph long, and the grams of the rest and the 1 / sqrt(units) weighing pull the breach under its threshold, though
// the same paragraph sent alone passes it. So a reply of at least LONG_REPLY units is also scored by its parts: each
// paragraph (a line break ends one), at the clause's threshold, since a paragraph is the size of the replies the thresholds
// were set on; and each sentence at SENTENCE_MARGIN logits above it, since a lone sentence has few grams and scores far
// wider (at no margin, or 0.5, single-paragraph clean replies of the dev sets crossed: 不建议您买，不然钱花了还难受;
// 我一点都不嫌烦; 您问我们是否可以…不走平台下单——很抱歉，这个不可以).
const LONG_REPLY = 100;
/** Logits a lone sentence of a long reply must pass its clause's threshold by (the cleanest dev sentences reach 1.6). */
const SENTENCE_MARGIN = 2.5;
/** Shortest part scored on its own. */
const PART_MIN = 24;

/** A part of a long reply scored on its own, and the margin over the threshold it must pass. */
export interface PartScore extends WindowScore {
  margin: number;
}

/**
 * The parts of a long reply (compact view) scored on their own: its paragraphs (`paragraphBefore(k)`: a line break
 * before compact unit k) at margin 0 and its sentences at SENTENCE_MARGIN; none for a reply under LONG_REPLY units.
 */
export function scoreParts(compact: string, breakBefore: Uint32Array, quoted: Uint8Array | undefined, paragraphBefore: (k: number) => boolean): PartScore[] {
  if (compact.length < LONG_REPLY) return [];
  const out: PartScore[] = [];
  const add = (a: number, b: number, margin: number) => {
    if (b - a < PART_MIN || (a === 0 && b === compact.length)) return;
    for (const w of scoreWindows(compact.slice(a, b), breakBefore.subarray(a, b), quoted?.subarray(a, b))) {
      const sentence = w.sentence.map(([x, y]): [number, number] => [x + a, y + a]);
      out.push({ start: w.start + a, end: w.end + a, logits: w.logits, sentence, margin });
    }
  };
  let sentence = 0;
  let paragraph = 0;
  for (let k = 1; k <= compact.length; k++) {
    if (k < compact.length && breakBefore[k] !== HARD) continue;
    add(sentence, k, SENTENCE_MARGIN);
    sentence = k;
    if (k === compact.length || paragraphBefore(k)) {
      // (a one-sentence paragraph was just scored at the margin; at the threshold it is a paragraph)
      add(paragraph, k, 0);
      paragraph = k;
    }
  }
  return out;
}
