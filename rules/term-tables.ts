// The compiled terms: every rule's lexicon terms (and their pinyin spellings) and the agent's allowed terms, folded
// and put in one Aho–Corasick automaton, with what each key stands for. Built at run time (compileTerms), or, for
// the registered rules, decoded from a table prebuilt at build time (round 65, enginestart65: prebuiltTerms).
//
// Why prebuilt: every page with a composer builds a linter, and the automaton of the built-in rules (46k keys, 101k
// states) was most of that start: ~130–170 CPU-ms in Node, 0.8–1.0 s of a renderer's wall in Chromium. Its tables
// depend only on the rules' source, so scripts/gen-term-tables.ts computes them once (run by `wxt build` too, and a
// unit test fails when rules/term-tables.generated.ts is stale); the agent's own terms get a small automaton of their
// own at start, and the engine merges the two automata's hits in the order one automaton would have reported them.

import { base64ToBytes } from './base64';
import { FoldedTerm, type RuleModule, type TermSpec } from './define-rule';
import { TermAutomaton, type Trie } from './matcher';
import { foldTerm } from './normalize';
import { pinyinSpellings } from './pinyin';

/**
 * Terms compiled into one automaton, grouped by folded key: a word several cues or rules share (平台 is an anchor of a
 * dozen cues) is one automaton output, so its span checks run once per hit. A group's terms are flat pairs, each the
 * ordinal of a term spec (its rule's place in the linter: ruleOfTerm): the plain ones at pairStart[g] .. pinyinStart[g]
 * - 1, then the whole-pinyin ones up to pairStart[g + 1] - 1, in insertion order.
 *
 * Round 28: flat typed arrays, not an object and a pairs array per key (~23k objects and ~25k arrays fewer at every
 * engine start). Round 65: a pair holds the term's ordinal, not its spec and rule, so a prebuilt table is shared by
 * every linter and only ruleOfTerm (which rules the agent switched off) is the linter's own.
 */
export interface TermTable {
  automaton: TermAutomaton<number>;
  /** Keys compiled (every term and pinyin spelling, a term that folds to nothing included, and the allowed terms). */
  termCount: number;
  pairStart: Int32Array;
  pinyinStart: Int32Array;
  pairTerm: Int32Array;
  /**
   * The term specs by ordinal. A prebuilt table's are filled a rule at a time on its first hit (a cue rule makes its
   * terms on first read: define-rule.ts termWords): a hole is read through specOf.
   */
  specs: readonly (TermSpec | undefined)[];
  /** The spec of a term ordinal whose place in `specs` is still a hole (undefined past a stale table's end). */
  specOf: (ordinal: number) => TermSpec | undefined;
  /** Per term ordinal, its rule's index in the linter; -1: the rule is off. */
  ruleOfTerm: Int32Array;
  /**
   * Per group, its key, spelt on its first hit (a hit's compact text is its key: the trie spells it), so a start
   * makes no 44k strings and a hit no slice.
   */
  keys: (string | undefined)[];
  /** Per group, 1 when it is an allowed term's key. */
  allowed: Uint8Array;
}

/** One shape for every table (a scan's hit handler reads tables of both kinds: one hidden class, not two). */
function termTable(
  automaton: TermAutomaton<number>, termCount: number, pairStart: Int32Array, pinyinStart: Int32Array, pairTerm: Int32Array,
  specs: readonly (TermSpec | undefined)[], specOf: TermTable['specOf'], ruleOfTerm: Int32Array, keys: (string | undefined)[],
  allowed: Uint8Array,
): TermTable {
  return { automaton, termCount, pairStart, pinyinStart, pairTerm, specs, specOf, ruleOfTerm, keys, allowed };
}

/** Whether a string is a latin word in lowercase: /^[a-z]+$/ without the regex (a pinyin spelling written whole). */
function lowercaseWord(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/**
 * The folded keys of one term, in insertion order: its key, then (for a rule that opts in) its pinyin spellings. Written
 * to out[0 .. n), n returned; whole[k] is 1 for a whole-pinyin spelling.
 */
function termKeys(rule: RuleModule, spec: TermSpec, out: string[], whole: number[], variants: string[]): number {
  const key = FoldedTerm.keyOf(spec) ?? foldTerm(spec.term);
  out[0] = key;
  whole[0] = 0;
  if (!rule.pinyin) return 1;
  const count = pinyinSpellings(key, variants);
  for (let v = 0; v < count; v++) {
    out[v + 1] = variants[v]!;
    whole[v + 1] = lowercaseWord(variants[v]!) ? 1 : 0;
  }
  return count + 1;
}

/**
 * Compiles terms at run time: rules[i]'s terms are the linter's rule firstRule + i. Round 62 (engbuild62): the terms
 * are grouped by the automaton's trie as it is built (TermAutomaton.grouping), not by a Map of folded keys first.
 */
export function compileTerms(rules: readonly RuleModule[], allow: readonly string[], firstRule = 0): TermTable {
  // Per key in insertion order: the key, its term's ordinal and whether a whole-pinyin spelling; then the allowed terms' keys.
  const keys: string[] = [];
  const keyTerm: number[] = [];
  const keyWhole: number[] = [];
  const specs: TermSpec[] = [];
  const ruleOfTerm: number[] = [];
  const out: string[] = [];
  const whole: number[] = [];
  const variants: string[] = [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!;
    const terms = rule.terms ?? [];
    for (let t = 0; t < terms.length; t++) {
      const ordinal = specs.length;
      specs.push(terms[t]!);
      ruleOfTerm.push(firstRule + index);
      const n = termKeys(rule, terms[t]!, out, whole, variants);
      for (let k = 0; k < n; k++) {
        keys.push(out[k]!);
        keyTerm.push(ordinal);
        keyWhole.push(whole[k]!);
      }
    }
  }
  const ruleKeys = keys.length;
  for (const term of allow) {
    const key = foldTerm(term);
    if (key) keys.push(key);
  }
  const { automaton, groupOf } = TermAutomaton.grouping(keys);
  const groups = automaton.groups;
  const allowed = new Uint8Array(groups);
  for (let e = ruleKeys; e < keys.length; e++) allowed[groupOf[e]!] = 1;
  // Each group's run: its plain pairs, then its pinyin pairs; then the keys dealt to their places in insertion order.
  // (A key that folds to nothing is in no group: the automaton never reports it.)
  const plainCount = new Int32Array(groups);
  const pinyinCount = new Int32Array(groups);
  let pairs = 0;
  for (let e = 0; e < ruleKeys; e++) {
    const g = groupOf[e]!;
    if (g < 0) continue;
    (keyWhole[e] ? pinyinCount : plainCount)[g]!++;
    pairs++;
  }
  const pairStart = new Int32Array(groups + 1);
  const pinyinStart = new Int32Array(groups);
  const plainAt = new Int32Array(groups);
  for (let g = 0, at = 0; g < groups; g++) {
    pairStart[g] = plainAt[g] = at;
    at += plainCount[g]!;
    pinyinStart[g] = at;
    at += pinyinCount[g]!;
    pairStart[g + 1] = at;
  }
  const pinyinAt = pinyinStart.slice();
  const pairTerm = new Int32Array(pairs);
  for (let e = 0; e < ruleKeys; e++) {
    const g = groupOf[e]!;
    if (g >= 0) pairTerm[keyWhole[e] ? pinyinAt[g]!++ : plainAt[g]!++] = keyTerm[e]!;
  }
  return termTable(automaton, keys.length, pairStart, pinyinStart, pairTerm, specs, (ordinal) => specs[ordinal], Int32Array.from(ruleOfTerm), new Array(groups), allowed);
}

// ---- the prebuilt table ----

/**
 * What scripts/gen-term-tables.ts writes to rules/term-tables.generated.ts: the registered rules' compiled terms. The
 * trie goes as three streams of LEB128 varints (base64): per state its child count × 2 + whether a key ends there; per
 * state but the root the class of its edge; per state two or more deep its failure link, as where it lies from its
 * parent's (0: a child of the root or the root itself, found from the class alone; odd 2i + 1: child i of the parent's
 * own link; 2, k, i: child i of the parent's k-th link along the chain). Then per group (numbered breadth-first by the
 * state its key ends at) plain × 8 + min(pinyin, 7) (and pinyin − 7 after a 7) and its pairs' term ordinals.
 * Why links as places: an absolute state id takes three bytes, a place one (93% of the states); computing them again
 * from the trie is a third of the build.
 */
export interface PrebuiltTerms {
  /** Per registered rule: id, number of terms, number of keys (its share of termCount). */
  rules: readonly (readonly [string, number, number])[];
  /** FNV-1a of the rules' term words, or of the words a cue rule makes its terms of (termsDigest): a table made from other words is not used. */
  digest: number;
  /** The unit of each class, class 1 first. */
  units: string;
  states: number;
  groups: number;
  pairs: number;
  /** Byte lengths of the four streams. */
  sections: readonly [number, number, number, number];
  /**
   * Terms with a character outside ASCII and the CJK unified ideographs of Unicode 1.1–3.0, whose fold can differ
   * between JavaScript engines (NFKC, case and property tables come with the engine's Unicode version): each term's
   * ordinal, its word and its keys as folded here, joined by \n. The engine folds them again at start and builds at run
   * time if one differs (probeFold). The word is written out (round 66) so the probe needs no rule's terms made.
   */
  probe: readonly (readonly [number, string, string])[];
  data: string;
}

/**
 * FNV-1a over every term word of the rules, in order (a term's end counted as a unit 0xffff). For a rule that makes its
 * terms on first read (termWords: cue rules), the words they are made of: reading its terms would make them.
 */
export function termsDigest(rules: readonly RuleModule[]): number {
  let h = 0x811c9dc5;
  for (const rule of rules) {
    const lists = rule.termWords ?? [(rule.terms ?? []).map((spec) => spec.term)];
    for (let l = 0; l < lists.length; l++) {
      const words = lists[l]!;
      for (let w = 0; w < words.length; w++) {
        const word = words[w]!;
        for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
        h = Math.imul(h ^ 0xffff, 0x01000193);
      }
    }
  }
  return h >>> 0;
}

/**
 * A code point whose fold and classes are the same in every JavaScript engine: ASCII, and the CJK unified ideographs of
 * Unicode 1.1 and 3.0 (no decomposition, no case, letters of Han script in every version since).
 */
const foldStable = (cp: number) => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0x3400 && cp <= 0x4db5);

const KEY_SEPARATOR = '\n'; // never in a key: a line break is a separator the compact view drops

/** Per term whose fold may differ between engines: its ordinal, its word and its keys joined (PrebuiltTerms.probe). */
function foldProbe(rules: readonly RuleModule[]): [number, string, string][] {
  const probe: [number, string, string][] = [];
  const out: string[] = [];
  const whole: number[] = [];
  const variants: string[] = [];
  let ordinal = 0;
  for (const rule of rules) {
    for (const spec of rule.terms ?? []) {
      let stable = true;
      for (const ch of spec.term) if (!foldStable(ch.codePointAt(0)!)) stable = false;
      if (!stable) probe.push([ordinal, spec.term, out.slice(0, termKeys(rule, spec, out, whole, variants)).join(KEY_SEPARATOR)]);
      ordinal++;
    }
  }
  return probe;
}

// LEB128: seven bits a byte, low first, the high bit set on all but the last.
function putVarint(out: number[], value: number): void {
  while (value > 0x7f) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

const KIDS = 0;
const LABELS = 1;
const LINKS = 2;
const GROUPS = 3;

/** The next varint of stream `stream`, whose read position is at[stream]. */
function readVarint(bytes: Uint8Array, at: Int32Array, stream: number): number {
  let b = bytes[at[stream]!++]!;
  if (b < 0x80) return b;
  let value = b & 0x7f;
  for (let shift = 7; ; shift += 7) {
    b = bytes[at[stream]!++]!;
    value |= (b & 0x7f) << shift;
    if (b < 0x80) return value;
  }
}

/** The prebuilt table of `rules` (all of them on, no allowed terms): for scripts/gen-term-tables.ts. */
export function encodeTerms(rules: readonly RuleModule[]): PrebuiltTerms {
  const table = compileTerms(rules, []);
  const { states, label, firstChild, fail, ownFirst, ownValue } = table.automaton.trie();
  const depth = new Int32Array(states);
  const parent = new Int32Array(states);
  for (let s = 0; s < states; s++) {
    for (let c = firstChild[s]!; c < firstChild[s + 1]!; c++) {
      depth[c] = depth[s]! + 1;
      parent[c] = s;
    }
  }
  const kids: number[] = [];
  const labels: number[] = [];
  const links: number[] = [];
  // Groups renumbered breadth-first by their key's end state: the decoder numbers them as it meets them.
  const groupOrder: number[] = [];
  for (let s = 0; s < states; s++) {
    const own = ownFirst[s + 1]! - ownFirst[s]!;
    if (own > 1) throw new Error('gen-term-tables: a state with two groups');
    if (own) groupOrder.push(ownValue[ownFirst[s]!]!);
    putVarint(kids, (firstChild[s + 1]! - firstChild[s]!) * 2 + own);
    if (s === 0) continue;
    putVarint(labels, label[s]!);
    if (depth[s]! < 2) continue;
    const target = fail[s]!;
    if (target === 0 || parent[target] === 0) {
      putVarint(links, 0);
      continue;
    }
    let steps = 1;
    let on = fail[parent[s]!]!;
    while (on !== parent[target]) {
      if (on === 0) throw new Error('gen-term-tables: a failure link off its parent’s chain');
      on = fail[on]!;
      steps++;
    }
    const place = target - firstChild[on]!;
    if (steps === 1) putVarint(links, 2 * place + 1);
    else {
      putVarint(links, 2);
      putVarint(links, steps);
      putVarint(links, place);
    }
  }
  const groupBytes: number[] = [];
  for (const g of groupOrder) {
    const plain = table.pinyinStart[g]! - table.pairStart[g]!;
    const pinyin = table.pairStart[g + 1]! - table.pinyinStart[g]!;
    putVarint(groupBytes, plain * 8 + Math.min(pinyin, 7));
    if (pinyin >= 7) putVarint(groupBytes, pinyin - 7);
    for (let k = table.pairStart[g]!; k < table.pairStart[g + 1]!; k++) putVarint(groupBytes, table.pairTerm[k]!);
  }
  const { classOf } = table.automaton.trie();
  const unitOfClass: number[] = [];
  for (let u = 0; u < 0x10000; u++) if (classOf[u]) unitOfClass[classOf[u]! - 1] = u;
  const bytes = Uint8Array.from([...kids, ...labels, ...links, ...groupBytes]);
  let termCountOf = 0;
  const ruleRows = rules.map((rule) => {
    const count = compileTerms([rule], []).termCount;
    termCountOf += count;
    return [rule.meta.id, rule.terms?.length ?? 0, count] as const;
  });
  if (termCountOf !== table.termCount) throw new Error('gen-term-tables: the rules’ key counts do not add up');
  return {
    rules: ruleRows,
    digest: termsDigest(rules),
    units: String.fromCharCode(...unitOfClass),
    states,
    groups: table.automaton.groups,
    pairs: table.pairTerm.length,
    sections: [kids.length, labels.length, links.length, groupBytes.length],
    probe: foldProbe(rules),
    data: bytesToBase64(bytes),
  };
}

/** Bytes to base64 through the platform's btoa (Node and browsers alike), 32 KB of characters at a time. */
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Whether this engine folds the probed terms as the build did (PrebuiltTerms.probe): a few dozen terms folded at start,
 * not 46k keys. The rest are ASCII and CJK ideographs, which fold alike everywhere.
 */
function probeFold(prebuilt: PrebuiltTerms, rules: readonly RuleModule[], termStart: Int32Array): boolean {
  const out: string[] = [];
  const whole: number[] = [];
  const variants: string[] = [];
  for (const [ordinal, term, expected] of prebuilt.probe) {
    const r = ruleOfOrdinal(termStart, ordinal);
    if (r < 0 || out.slice(0, termKeys(rules[r]!, { term }, out, whole, variants)).join(KEY_SEPARATOR) !== expected) return false;
  }
  return true;
}

/** The rule whose terms hold `ordinal` (termStart as in Prebuilt), or -1 past the last. */
function ruleOfOrdinal(termStart: Int32Array, ordinal: number): number {
  if (ordinal < 0 || ordinal >= termStart[termStart.length - 1]!) return -1;
  let r = 0;
  while (termStart[r + 1]! <= ordinal) r++;
  return r;
}

/** A decoded prebuilt table: the registered rules' terms, shared by every linter (each has its own ruleOfTerm). */
interface Prebuilt {
  table: TermTable;
  /** The registered rules, and where each one's terms start among the ordinals (termStart[rules.length]: all). */
  rules: readonly RuleModule[];
  termStart: Int32Array;
  /** Keys per registered rule. */
  keyCount: Int32Array;
}

/** The prebuilt table decoded, or undefined when it was made from other rules or this engine folds otherwise. */
export function decodeTerms(prebuilt: PrebuiltTerms, rules: readonly RuleModule[]): Prebuilt | undefined {
  if (prebuilt.rules.length !== rules.length) return undefined;
  const termStart = new Int32Array(rules.length + 1);
  const keyCount = new Int32Array(rules.length);
  for (let r = 0; r < rules.length; r++) {
    const [id, terms, keys] = prebuilt.rules[r]!;
    // (a rule that makes its terms on first read is held to the table by its words' digest alone: counting them would make them)
    if (rules[r]!.meta.id !== id || (!rules[r]!.termWords && (rules[r]!.terms?.length ?? 0) !== terms)) return undefined;
    termStart[r + 1] = termStart[r]! + terms;
    keyCount[r] = keys;
  }
  if (termsDigest(rules) !== prebuilt.digest) return undefined;
  if (!probeFold(prebuilt, rules, termStart)) return undefined;
  // A rule's specs are read at its first hit (round 66): a cue rule's terms are made then, not at every page's engine start.
  const specs: (TermSpec | undefined)[] = new Array(termStart[rules.length]!);
  const specOf = (ordinal: number): TermSpec | undefined => {
    const r = ruleOfOrdinal(termStart, ordinal);
    if (r < 0) return undefined;
    const terms = rules[r]!.terms ?? [];
    // (a table stale in its fold alone — same words, other groups — would misplace these; the build makes it again and
    // term-tables-65 fails first, as for a fold change that keeps the groups)
    for (let t = 0; t < terms.length && termStart[r]! + t < termStart[r + 1]!; t++) specs[termStart[r]! + t] = terms[t];
    return specs[ordinal];
  };

  const bytes = base64ToBytes(prebuilt.data);
  const { states, groups, units } = prebuilt;
  const classOf = new Uint16Array(0x10000);
  for (let c = 0; c < units.length; c++) classOf[units.charCodeAt(c)] = c + 1;
  // The trie, breadth-first: a state's child count, then its children's classes and failure links.
  const label = new Uint16Array(states);
  const firstChild = new Int32Array(states + 1);
  const fail = new Int32Array(states);
  const depth = new Int32Array(states);
  const ownFirst = new Int32Array(states + 1);
  const rootNext = new Int32Array(units.length + 1).fill(-1);
  const at = new Int32Array(4); // each stream's read position
  at[1] = prebuilt.sections[0];
  at[2] = at[1] + prebuilt.sections[1];
  at[3] = at[2] + prebuilt.sections[2];
  let owned = 0;
  let placed = 1;
  for (let s = 0; s < states; s++) {
    const v = readVarint(bytes, at, KIDS);
    ownFirst[s] = owned;
    owned += v & 1;
    firstChild[s] = placed;
    const end = placed + (v >>> 1);
    for (let c = placed; c < end; c++) {
      const cls = readVarint(bytes, at, LABELS);
      label[c] = cls;
      depth[c] = depth[s]! + 1;
      if (s === 0) {
        rootNext[cls] = c;
        continue; // a child of the root fails to the root
      }
      const code = readVarint(bytes, at, LINKS);
      if (code === 0) {
        const next = rootNext[cls]!;
        fail[c] = next < 0 ? 0 : next;
      } else if (code & 1) fail[c] = firstChild[fail[s]!]! + (code >>> 1);
      else {
        let steps = readVarint(bytes, at, LINKS);
        let on = s;
        while (steps-- > 0) on = fail[on]!;
        fail[c] = firstChild[on]! + readVarint(bytes, at, LINKS);
      }
    }
    placed = end;
  }
  firstChild[states] = states;
  ownFirst[states] = owned;
  // Own outputs: one group per key end, numbered breadth-first, its key as long as the state is deep.
  const ownLength = new Int32Array(owned);
  const ownValue: number[] = new Array(owned);
  for (let s = 0, g = 0; s < states; s++) {
    if (ownFirst[s + 1] === ownFirst[s]) continue;
    ownLength[g] = depth[s]!;
    ownValue[g] = g++;
  }
  const trie: Trie<number> = { classOf, states, groups, label, firstChild, fail, ownFirst, ownLength, ownValue };
  const automaton = new TermAutomaton<number>(trie);
  // Per group its pairs.
  const pairStart = new Int32Array(groups + 1);
  const pinyinStart = new Int32Array(groups);
  const pairTerm = new Int32Array(prebuilt.pairs);
  let k = 0;
  for (let g = 0; g < groups; g++) {
    const counts = readVarint(bytes, at, GROUPS);
    const plain = counts >>> 3;
    const pinyin = (counts & 7) === 7 ? 7 + readVarint(bytes, at, GROUPS) : counts & 7;
    pairStart[g] = k;
    pinyinStart[g] = k + plain;
    for (const end = k + plain + pinyin; k < end; k++) pairTerm[k] = readVarint(bytes, at, GROUPS);
  }
  pairStart[groups] = k;
  const termCount = keyCount.reduce((a, b) => a + b, 0);
  const table = termTable(automaton, termCount, pairStart, pinyinStart, pairTerm, specs, specOf, new Int32Array(0), new Array(groups), new Uint8Array(groups));
  return { table, rules, termStart, keyCount };
}

/**
 * The prebuilt terms for a linter of `active` rules (the rules the agent left on, in the linter's order), or undefined
 * when one of them is not a registered rule (a test's own rule): then everything is compiled at run time.
 */
export function prebuiltFor(prebuilt: Prebuilt, active: readonly RuleModule[]): TermTable | undefined {
  const { table, rules, termStart, keyCount } = prebuilt;
  const ruleOfTerm = new Int32Array(termStart[rules.length]!).fill(-1);
  let termCount = 0;
  const seen = new Uint8Array(rules.length);
  for (let i = 0; i < active.length; i++) {
    const r = rules.indexOf(active[i]!);
    if (r < 0 || seen[r]!++) return undefined; // (a rule listed twice gets its hits twice: compiled at run time)
    ruleOfTerm.fill(i, termStart[r]!, termStart[r + 1]!);
    termCount += keyCount[r]!;
  }
  return termTable(table.automaton, termCount, table.pairStart, table.pinyinStart, table.pairTerm, table.specs, table.specOf, ruleOfTerm, table.keys, table.allowed);
}
