// The statistical second opinion: a logistic regression per clause over the distinct character unigrams
// and bigrams of the compact view (weights learned from the labelled dev sets by scripts/train-model.ts),
// weighed by 1 / sqrt(the window's gram count).
//
// Why: the rules catch what they have words for; the conduct clauses have a long tail of wordings no word
// family covers (a threat with no threatening word, a hint that the goods are fake). On the held-out sets,
// which the trainer never reads, this raises recall by about five points at no added false alarm, because
// each clause's threshold is set so that only 0.5% / 7 of clean dev replies pass it (out of fold).
//
// It reads the text in windows of whole sentences up to WINDOW units (a reply is usually one window, as the
// replies it learned from), and for a window over threshold names the sentence that weighs most.
import { HARD } from '../normalize';
import { MODEL_CLAUSES } from './clauses';
import { bigramKey, gramScale, keyOfGram, unigramKey } from './grams';
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

/** A read-only open-addressing table of gram key → feature index, and the weights. */
class Model {
  readonly keys: Uint32Array;
  readonly index: Int32Array;
  readonly mask: number;
  readonly weights: Float32Array;
  readonly bias = Float64Array.from(MODEL_DATA.bias);
  readonly threshold = Float64Array.from(MODEL_DATA.threshold);

  constructor() {
    const grams = MODEL_DATA.grams.split(' ');
    const bytes = Uint8Array.from(atob(MODEL_DATA.weights), (ch) => ch.charCodeAt(0));
    if (bytes.length !== grams.length * C) throw new Error('model weights do not match its grams');
    this.weights = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.weights[i] = ((bytes[i]! << 24) >> 24) * MODEL_DATA.scale[i % C]!;
    let size = 16;
    while (size < grams.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.index = new Int32Array(size).fill(-1);
    grams.forEach((gram, f) => {
      const key = keyOfGram(gram);
      let h = hash(key) & this.mask;
      while (this.index[h] !== -1) h = (h + 1) & this.mask;
      this.keys[h] = key;
      this.index[h] = f;
    });
  }

  /** Feature index of a gram key, or -1. */
  feature(key: number): number {
    for (let h = hash(key) & this.mask; ; h = (h + 1) & this.mask) {
      const f = this.index[h]!;
      if (f === -1 || this.keys[h] === key) return f;
    }
  }
}

const hash = (key: number) => Math.imul(key, 0x9e3779b1) >>> 11;

let model: Model | undefined;

/** Per feature, the number of the last window that counted it: each gram counts once per window. */
let counted = new Uint32Array(0);
let windowNumber = 0;

/** Sentence ranges of the compact view (split at hard breaks), long ones cut at WINDOW units. */
function sentences(compact: string, breakBefore: Uint32Array): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= compact.length; k++) {
    if (k === compact.length || breakBefore[k] === HARD || k - start >= WINDOW) {
      out.push([start, k]);
      start = k;
    }
  }
  return out;
}

/**
 * Scores the compact view window by window. `breakBefore` marks sentence ends (Normalized.breakBefore);
 * grams with a unit in `quoted` (grams.ts quotedUnits) are not read.
 */
export function scoreWindows(compact: string, breakBefore: Uint32Array, quoted: Uint8Array): WindowScore[] {
  model ??= new Model();
  const m = model;
  if (counted.length !== m.weights.length / C) counted = new Uint32Array(m.weights.length / C);
  const weights = m.weights;
  const all = sentences(compact, breakBefore);
  const out: WindowScore[] = [];
  for (let s = 0; s < all.length; ) {
    // Whole sentences while they fit.
    let e = s + 1;
    while (e < all.length && all[e]![1] - all[s]![0] <= WINDOW) e++;
    const start = all[s]![0];
    const end = all[e - 1]![1];
    if (++windowNumber === 0xffffffff) (counted.fill(0), (windowNumber = 1));
    // Per sentence × clause: the summed weights of the grams first seen in that sentence.
    const weighed = new Float64Array((e - s) * C);
    let sentence = s;
    for (let i = start; i < end; i++) {
      while (i >= all[sentence]![1]) sentence++;
      if (quoted[i]) continue;
      const row = (sentence - s) * C;
      const unit = compact.charCodeAt(i);
      for (let n = 0; n < 2; n++) {
        if (n === 1 && (i + 1 >= end || quoted[i + 1])) break;
        const f = m.feature(n === 0 ? unigramKey(unit) : bigramKey(unit, compact.charCodeAt(i + 1)));
        if (f < 0 || counted[f] === windowNumber) continue;
        counted[f] = windowNumber;
        for (let c = 0; c < C; c++) weighed[row + c]! += weights[f * C + c]!;
      }
    }
    const scale = gramScale(end - start);
    const logits = Float64Array.from(m.bias);
    const best: [number, number][] = [];
    for (let c = 0; c < C; c++) {
      let top = 0;
      for (let k = 0; k < e - s; k++) {
        logits[c]! += weighed[k * C + c]! * scale;
        if (weighed[k * C + c]! > weighed[top * C + c]!) top = k;
      }
      best.push(all[s + top]!);
    }
    out.push({ start, end, logits, sentence: best });
    s = e;
  }
  return out;
}

/** Whether a window's score for clause index `c` passes that clause's alarm threshold. */
export function overThreshold(score: WindowScore, c: number): boolean {
  model ??= new Model();
  return score.end - score.start >= MIN_UNITS && score.logits[c]! > model.threshold[c]!;
}
