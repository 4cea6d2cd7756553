// The features of the statistical second opinion (rules/model/classifier.ts): the distinct character
// unigrams and bigrams of the compact view (folded, separators removed). A key is a number: a unigram is its
// UTF-16 unit, a bigram (first << 16 | second), so no string is built per feature while linting.

/** How many n-grams a key can stand for: 1 and 2 units. */
export const MAX_GRAM = 2;

export const unigramKey = (unit: number): number => unit;
export const bigramKey = (first: number, second: number): number => ((first << 16) | second) >>> 0;

/** The key of a gram written as text (the generated weights list grams as text, to stay legible). */
export function keyOfGram(gram: string): number {
  if (gram.length === 1) return unigramKey(gram.charCodeAt(0));
  if (gram.length === 2) return bigramKey(gram.charCodeAt(0), gram.charCodeAt(1));
  throw new Error(`not a 1–2 unit gram: ${JSON.stringify(gram)}`);
}

/** The gram a key stands for (for the trainer's output and for tests). */
export function gramOfKey(key: number): string {
  return key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(key >>> 16, key & 0xffff);
}

/** Distinct unigram and bigram keys of text[start, end) outside `skip`, in first-seen order (reference version). */
export function distinctGramKeys(text: string, skip?: Uint8Array, start = 0, end = text.length): number[] {
  const seen = new Set<number>();
  for (let i = start; i < end; i++) {
    if (skip?.[i]) continue;
    const unit = text.charCodeAt(i);
    seen.add(unigramKey(unit));
    if (i + 1 < end && !skip?.[i + 1]) seen.add(bigramKey(unit, text.charCodeAt(i + 1)));
  }
  return [...seen];
}

const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’' };
const CLOSER_OF = new Map(Object.entries(QUOTES).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
/** Farthest a closing mark may be from its opening mark (folded units). */
const QUOTE_REACH = 60;

const ANY_QUOTE = /[“「『"‘]/;

/**
 * Per compact unit, 1 inside quotation marks, or undefined when the draft has none. The model does not read
 * quoted words: mostly they are the buyer's (您说的“垃圾客服”我们很重视), and the word rules judge quotes with
 * more care (rules/detect/quoted.ts).
 */
export function quotedUnits(folded: string, compactToFolded: Uint32Array): Uint8Array | undefined {
  if (!ANY_QUOTE.test(folded)) return undefined;
  const inQuote = new Uint8Array(folded.length);
  for (let i = 0; i < folded.length; i++) {
    const closer = CLOSER_OF.get(folded.charCodeAt(i));
    if (closer === undefined) continue;
    const close = folded.indexOf(String.fromCharCode(closer), i + 1);
    if (close < 0 || close - i > QUOTE_REACH) continue;
    inQuote.fill(1, i + 1, close);
    i = close;
  }
  const mask = new Uint8Array(compactToFolded.length);
  for (let k = 0; k < mask.length; k++) mask[k] = inQuote[compactToFolded[k]!]!;
  return mask;
}

/** A text's grams are weighed by 1 / sqrt(how many it has, repeats included: `length` unigrams, `length − 1` bigrams). */
export const gramScale = (length: number): number => 1 / Math.sqrt(Math.max(1, 2 * length - 1));
