// The features of the statistical second opinion (rules/model/classifier.ts): the distinct character
// unigrams and bigrams of the compact view (folded, separators removed), and the denied twins of those read
// inside a denial scope (below). A key is a number: a unigram is its UTF-16 unit, a bigram (first << 16 |
// second), a twin its gram's key + DENIED, so no string is built per feature while linting.
// Round 50 (m50): two more kinds, each a key space of its own (FeatureKinds), measured by the trainer (FEATS=skip,word,
// DRY only; scripts/train-model.ts 3k) and not shipped — the classifier does not read them: skip-bigrams (units i and
// i + 2: SKIP + (first << 16 | third)) and words (wordSpans: Intl.Segmenter's word-like segments of ≥ 2 units; WORD + an
// id interned on first sight). A twin of either is its key + DENIED too.

/** How many n-grams a key can stand for: 1 and 2 units. */
export const MAX_GRAM = 2;

export const unigramKey = (unit: number): number => unit;
export const bigramKey = (first: number, second: number): number => ((first << 16) | second) >>> 0;

/** Added to a key for the gram's denied twin (keys are then above 32 bits: still exact in a double). */
export const DENIED = 2 ** 32;
/** Key spaces, each 2 × DENIED wide (a feature, then its twin): grams from 0, skip-bigrams from SKIP, words from WORD. */
export const SKIP = 2 ** 34;
export const WORD = 2 ** 36;
export const skipKey = (first: number, third: number): number => SKIP + bigramKey(first, third);

/** The kinds of feature read besides unigrams and bigrams (round 50). */
export interface FeatureKinds {
  skip?: boolean;
  word?: boolean;
}

const wordIds = new Map<string, number>();
const wordList: string[] = [];
/** The key of a word (≥ 2 units): WORD + its id, interned on first sight (the trainer's and the tests' reference keys). */
export function wordKey(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) wordIds.set(word, (id = wordList.push(word) - 1));
  return WORD + id;
}

/** A key's kind; its twin (isDeniedKey) is of the same kind. */
export const kindOfKey = (key: number): 'gram' | 'skip' | 'word' => (key < SKIP ? 'gram' : key < WORD ? 'skip' : 'word');
export const isDeniedKey = (key: number): boolean => Math.floor(key / DENIED) % 2 === 1;

/** The key of a gram written as text (the generated weights list grams as text, to stay legible). */
export function keyOfGram(gram: string): number {
  if (gram.length === 1) return unigramKey(gram.charCodeAt(0));
  if (gram.length === 2) return bigramKey(gram.charCodeAt(0), gram.charCodeAt(1));
  throw new Error(`not a 1–2 unit gram: ${JSON.stringify(gram)}`);
}

/**
 * The text a key stands for (for the trainer's output and for tests); a denied twin's key gives its gram's. A skip-bigram
 * gives its two units (i and i + 2), a word the word.
 */
export function gramOfKey(key: number): string {
  if (isDeniedKey(key)) return gramOfKey(key - DENIED);
  if (key >= WORD) return wordList[key - WORD]!;
  if (key >= SKIP) key -= SKIP;
  return key < 0x10000 ? String.fromCharCode(key) : String.fromCharCode(key >>> 16, key & 0xffff);
}

/** One segmenter for the process (made on first use); null where Intl.Segmenter is missing: then no word is read. */
let segmenter: Intl.Segmenter | null | undefined;

/**
 * The word-like segments of ≥ 2 units of text[start, end) (Intl.Segmenter, 'zh', word granularity, over that range
 * alone) with no unit in `skip`, as flat [start, end) pairs into `out` (cleared); how many units `out` holds.
 * For the trainer (FEATS=word) and, were words to ship, the classifier: the words measured would be the words read.
 */
export function wordSpans(text: string, skip: ArrayLike<number> | undefined, start: number, end: number, out: number[]): number {
  out.length = 0;
  if (end - start < 2) return 0;
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  if (!segmenter) return 0;
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const s of segmenter.segment(part)) {
    if (!s.isWordLike || s.segment.length < 2) continue;
    const a = start + s.index;
    const b = a + s.segment.length;
    if (skip) {
      let masked = false;
      for (let k = a; k < b && !masked; k++) masked = skip[k] === 1;
      if (masked) continue;
    }
    out.push(a, b);
  }
  return out.length;
}

const spans: number[] = [];

/**
 * Distinct unigram and bigram keys of text[start, end) outside `skip`, in first-seen order (reference version).
 * With `denied` (denialScope): a gram all inside a denial scope also yields its denied twin (key + DENIED).
 * With `kinds`: skip-bigrams (units i, i + 1, i + 2 all outside `skip`) and words (wordSpans) too, each with its twin
 * when all its units (a skip-bigram's three) are inside a denial scope.
 */
export function distinctGramKeys(text: string, skip?: Uint8Array, start = 0, end = text.length, denied?: Uint8Array, kinds?: FeatureKinds): number[] {
  const seen = new Set<number>();
  for (let i = start; i < end; i++) {
    if (skip?.[i]) continue;
    const unit = text.charCodeAt(i);
    const key = unigramKey(unit);
    seen.add(key);
    if (denied?.[i]) seen.add(key + DENIED);
    if (i + 1 < end && !skip?.[i + 1]) {
      const pair = bigramKey(unit, text.charCodeAt(i + 1));
      seen.add(pair);
      if (denied?.[i] && denied[i + 1]) seen.add(pair + DENIED);
      if (kinds?.skip && i + 2 < end && !skip?.[i + 2]) {
        const jump = skipKey(unit, text.charCodeAt(i + 2));
        seen.add(jump);
        if (denied?.[i] && denied[i + 1] && denied[i + 2]) seen.add(jump + DENIED);
      }
    }
  }
  if (kinds?.word) {
    const n = wordSpans(text, skip, start, end, spans);
    for (let j = 0; j < n; j += 2) {
      const [a, b] = [spans[j]!, spans[j + 1]!];
      const key = wordKey(text.slice(a, b));
      seen.add(key);
      if (denied) {
        let all = true;
        for (let k = a; k < b && all; k++) all = denied[k] === 1;
        if (all) seen.add(key + DENIED);
      }
    }
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

// Round 17 (t17): an order, tracking or after-sales number after its label (订单号4027 1893…, 国际段运单号LX305827164JP, 快递单号：SF…)
// is the buyer's own record, not a handle: the model does not read it (its latin letters and digits weigh like an id to add).
// Round 19 (CLEAN-BS): likewise the agent's staff number on the platform (我是客服小鹿，工号0817), a short one.
const ORDER_CODE = /(?:订单|运单|快递单|物流单|售后单|退款单|退货单|工单|包裹|追踪|跟踪|取件|提货|报关单|清关单|转运单)(?:号码?|编号|码)?(?:是|为)?([a-z]{0,4}[0-9][a-z0-9]{5,30})|(?:工号|员工号|客服号|客服编号|员工编号)(?:是|为)?([a-z]{0,4}[0-9]{2,10})/g;

// Round 17: a link on the platform's own domains (https://v.kuaishou.com/Jx82Tq, compact httpsvkuaishoucomjx82tq) is where the
// shop may send the buyer: the model does not read it either (its latin run weighs like an outside link).
const OWN_LINK = /(?:https?)?(?:www|v|m|[a-z0-9]{1,12})?(?:kuaishou|kwaixiaodian|kwaishop|gifshow|kwai)(?:com|cn|net)[a-z0-9]{0,24}/g;

/**
 * Per compact unit, 1 inside an order or tracking number after its label (ORDER_CODE) or inside a link on the platform's own
 * domains (OWN_LINK), merged into `mask` (made when undefined).
 */
export function orderCodeUnits(compact: string, mask: Uint8Array | undefined): Uint8Array | undefined {
  if (/[0-9]/.test(compact)) {
    for (const m of compact.matchAll(ORDER_CODE)) {
      const code = (m[1] ?? m[2])!;
      const at = m.index! + m[0].length - code.length;
      (mask ??= new Uint8Array(compact.length)).fill(1, at, at + code.length);
    }
  }
  if (compact.includes('k') || compact.includes('gifshow')) {
    for (const m of compact.matchAll(OWN_LINK)) (mask ??= new Uint8Array(compact.length)).fill(1, m.index!, m.index! + m[0].length);
  }
  return mask;
}

// Round 23 (t23b): a tracking number after a courier's name, on a line of its own or not (物流：韵达 4318…, 顺丰SF1402…, 中通快递单号
// 7531…), or after a bare 单号 (提单号 HKSU 2409…): ten or more, not a mobile number (13x… eleven digits) nor a handle (vx…, qq…): contacts are read as such.
// Masked at lint time only (likely-rule.ts). Round 23 (lead): folding it into orderCodeUnits, so the trainer masks them too, was tried and
// rejected by the retrain criterion: out of fold 4,979 → 4,924 of 6,256 (2.3 1,452 → 1,406: the pattern also hides digits the 2.3
// replies' grams rely on), held-out 1,968 → 1,964 of 2,007. At lint time alone it changes no held-out line and one dev false alarm goes.
const COURIERS = '(?:顺丰|韵达|圆通|中通|申通|极兔|百世|汇通|邮政|ems|京东|德邦|宅急送|优速|丰网|安能|跨越|菜鸟|dhl|ups|fedex|tnt|佐川|黑猫|燕文|云途|递四方|4px)';
const NOT_A_HANDLE = '(?!1[3-9][0-9]{9}(?![0-9])|vx|wx|qq|tel|tg|v[0-9]|q[0-9])';
const TRACKING_CODE = new RegExp(
  `(?:${COURIERS}(?:快递|速递|速运|快运|物流|国际|小包|包裹)?(?:单号|运单号|号码|号)?|(?<![订运递流后款货工关下买拍])单(?:号码?|编号))(?:是|为)?${NOT_A_HANDLE}([a-z]{0,4}[0-9][a-z0-9]{9,30})` +
    // Round 39 (t39k): …or before the courier's name, as a split parcel's list writes it (📦 1 号：JDVA27739184502（京东物流，…）): the carrier
    // named after its code is no platform to go to.
    `|(?<![a-z0-9])${NOT_A_HANDLE}([a-z]{0,4}[0-9][a-z0-9]{9,30}?)(?=${COURIERS})` +
    // …or in a courier's own prefix shape, wherever it stands (SF1290375548601, YT7429016538824, JT…, JDVA…).
    `|(?<![a-z0-9])((?:sf|yt|jt|jdv[a-z]|jd|zto|sto|yd|db)[0-9]{10,15})(?![a-z0-9])`,
  'g',
);

// Round 29 (lead): an international postal item number in the UPU S10 shape (EA837261945JP, LB123456785CN, RR…): two letters,
// nine digits, two letters, whatever label comes before it (国际段EA…JP已落地). Not a handle's shape (vx…, wx…, qq…).
const S10_CODE = /(?<![a-z0-9])(?!vx|wx|qq|tg)[a-z]{2}[0-9]{9}[a-z]{2}(?![a-z0-9])/g;

/** Per compact unit, 1 inside a tracking number after (or right before) a courier's name, after a bare 单号, in a courier's prefix shape (TRACKING_CODE) or in the S10 shape, merged into `mask`. */
export function trackingCodeUnits(compact: string, mask: Uint8Array | undefined): Uint8Array | undefined {
  if (!/[0-9]{6}/.test(compact)) return mask;
  for (const m of compact.matchAll(TRACKING_CODE)) {
    const code = (m[1] ?? m[2] ?? m[3])!;
    const at = m[1] !== undefined ? m.index! + m[0].length - code.length : m.index!;
    (mask ??= new Uint8Array(compact.length)).fill(1, at, at + code.length);
  }
  for (const m of compact.matchAll(S10_CODE)) (mask ??= new Uint8Array(compact.length)).fill(1, m.index!, m.index! + m[0].length);
  return mask;
}

/** A text's grams are weighed by 1 / sqrt(how many it has, repeats included: `length` unigrams, `length − 1` bigrams). */
export const gramScale = (length: number): number => 1 / Math.sqrt(Math.max(1, 2 * length - 1));

// Denial scopes. A denial (不会因为这个给您打电话, 没法帮您绕开海关额度, 绝不卖高仿, 谨防私下转账) shares its
// grams with the breach it denies, and the bag of grams cannot tell them apart. So a gram read inside a denial
// scope counts twice: as itself and as its denied twin, a feature of its own (key + DENIED). The twin's weight
// is what the trainer learned for that gram when denied, i.e. the correction, so 不会…打电话 and
// 不删差评…就天天打电话 can weigh differently where the dev sets show it, and weigh alike where they don't.
// A scope opens after a denial cue and runs SCOPE units, ending early at any break (，。！ etc.).

/** Units a denial scope reaches past its cue, at most (it ends at the clause's end, if sooner). */
export const SCOPE = 8;

/** Per unit, 1 when it may open a denial scope (the exceptions below are checked only for these). */
export const CUE = new Uint8Array(0x10000);
for (const ch of '不没别勿禁拒未莫非防') CUE[ch.charCodeAt(0)] = 1;
const CHANG = '常'.charCodeAt(0);
const FEI = '非'.charCodeAt(0);
const BIE = '别'.charCodeAt(0);
const FANG = '防'.charCodeAt(0);
/** After 别: 别的/别人/别家/别处 name another (别的平台 is no denial). Before 防: only 谨防/严防/提防 warn. */
const NOT_AFTER_BIE = new Set([...'的人家处样'].map((ch) => ch.charCodeAt(0)));
const BEFORE_FANG = new Set([...'谨严提'].map((ch) => ch.charCodeAt(0)));
const BEFORE_BIE = new Set([...'特区分类级个性识差告'].map((ch) => ch.charCodeAt(0)));

/** Whether the unit at i (a CUE unit) opens a denial scope: 不 没 别 勿 禁 拒 未 莫 非 谨防, minus 非常, 别的, 特别…. */
export function opensDenial(text: string, i: number, unit: number): boolean {
  if (unit === FEI) return text.charCodeAt(i + 1) !== CHANG;
  if (unit === BIE) return !NOT_AFTER_BIE.has(text.charCodeAt(i + 1)) && !BEFORE_BIE.has(text.charCodeAt(i - 1));
  if (unit === FANG) return BEFORE_FANG.has(text.charCodeAt(i - 1));
  return true;
}

/**
 * Per compact unit, 1 inside a denial scope (reference version, for the trainer and tests; the classifier
 * tracks the same scope as it scans). `breakBefore` as Normalized.breakBefore.
 */
export function denialScope(text: string, breakBefore: ArrayLike<number>): Uint8Array {
  const scope = new Uint8Array(text.length);
  let until = 0;
  for (let i = 0; i < text.length; i++) {
    if (breakBefore[i]) until = 0;
    if (i < until) scope[i] = 1;
    const unit = text.charCodeAt(i);
    if (CUE[unit] && opensDenial(text, i, unit)) until = i + 1 + SCOPE;
  }
  return scope;
}
