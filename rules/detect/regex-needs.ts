// A literal prefilter for the cue rules' patterns, in the way RE2's sets and Hyperscan prefilter: read from a
// pattern's source the units a string must hold for the pattern to match it at all ("one of 官 客, and 方"),
// mark once per draft which units the draft holds, and skip every pattern whose units are not all there. The
// cue rules test ~1,650 patterns on slices of one draft's compact view; a slice holds no unit the draft lacks,
// so a pattern the draft rules out is ruled out for every slice.
//
// Sound by construction: the analysis (detect/regex-edges.ts's parser) only ever drops a requirement it is
// unsure of — lookarounds, optional parts, '.', negated classes, \p{…}, large classes and any syntax the parser
// does not know require nothing — and flags that change what a letter matches (i) or keep state between calls
// (g, y) give no requirement, so the pattern always runs.

import { parsePattern, type Node, type UnitSet } from './regex-edges';

/**
 * What a string must hold for a pattern to match: clauses, each a list of units of which the string must hold
 * at least one, laid out as [n₁, u…, n₂, u…]. Undefined: nothing is known, the pattern always runs.
 */
export type Needs = Uint16Array | undefined;

type Clause = number[]; // sorted distinct BMP units

/** A clause of more units than this says little (most drafts hold one of them) and costs a lookup per unit. */
const MAX_CLAUSE = 64;
/** Clauses kept per pattern, the smallest first: more rarely rule out what the first ones did not. */
const MAX_CLAUSES = 4;

function unitsOf(set: UnitSet): Clause | undefined {
  if (set.any) return undefined;
  const units = new Set<number>();
  for (const [lo, hi] of set.ranges) {
    for (let u = lo; u <= Math.min(hi, 0xffff); u++) {
      units.add(u);
      if (units.size > MAX_CLAUSE) return undefined;
    }
  }
  return [...units].sort((a, b) => a - b);
}

/** Clauses every match of `n` satisfies (a conjunction; empty: nothing required). */
function clauses(n: Node): Clause[] {
  switch (n.t) {
    case 'char': {
      // The first unit of the character: the unit itself, or an astral code point's high surrogate.
      const units = unitsOf(n.first);
      return units ? [units] : [];
    }
    case 'seq':
      return n.items.flatMap(clauses);
    case 'alt': {
      // A match takes one branch: it holds one of the units of that branch's smallest clause.
      const union = new Set<number>();
      for (const alt of n.alts) {
        const best = smallest(clauses(alt));
        if (!best) return [];
        for (const u of best) union.add(u);
        if (union.size > MAX_CLAUSE) return [];
      }
      return [[...union].sort((a, b) => a - b)];
    }
    case 'repeat':
      return n.min >= 1 ? clauses(n.body) : [];
    default:
      // ^ $ \b lookarounds (zero width: what they look at need not be in the match) and backreferences.
      return [];
  }
}

function smallest(list: Clause[]): Clause | undefined {
  let best: Clause | undefined;
  for (const c of list) if (!best || c.length < best.length) best = c;
  return best;
}

/** The units a string must hold for `re` to match it (see Needs). */
export function needsOf(re: RegExp): Needs {
  // i: a letter matches its other cases too; g / y: test() reads and writes lastIndex, so a skipped call
  // would leave it where a run would have reset it.
  if (/[^usdm]/.test(re.flags)) return undefined;
  const tree = parsePattern(re.source, re.unicode);
  if (!tree) return undefined;
  const seen = new Set<string>();
  const kept: Clause[] = [];
  for (const c of clauses(tree).filter((c) => c.length <= MAX_CLAUSE).sort((a, b) => a.length - b.length)) {
    const key = c.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
    if (kept.length === MAX_CLAUSES) break;
  }
  return join(kept);
}

/** Needs of patterns that must all match: their clauses together. */
export function needsOfAll(res: readonly RegExp[]): Needs {
  const parts: Uint16Array[] = [];
  for (const re of res) {
    const needs = needsOf(re);
    if (needs) parts.push(needs);
  }
  if (parts.length === 0) return undefined;
  const out = new Uint16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

function join(list: Clause[]): Needs {
  if (list.length === 0) return undefined;
  const out: number[] = [];
  for (const c of list) out.push(c.length, ...c);
  return Uint16Array.from(out);
}

/** One bit per BMP unit (unit u: bit u & 31 of word u >>> 5): the units a text holds. */
export type Presence = Uint32Array;

/** Every bit set: every pattern may match (the prefilter switched off). */
const EVERYTHING: Presence = new Uint32Array(0x10000 / 32).fill(0xffffffff);
let prefilterOn = true;

/**
 * Switches the prefilter off (every pattern runs) or back on: for the tests and the bench that compare the
 * two, never for the extension.
 */
export function setRegexPrefilter(on: boolean): void {
  prefilterOn = on;
}

/**
 * The units `text` holds, and the extra ones callers add to the slices they test (a mask character).
 * Everything when the prefilter is off.
 */
export function unitPresence(text: string, extra: string): Presence {
  if (!prefilterOn) return EVERYTHING;
  const bits = new Uint32Array(0x10000 / 32);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    bits[u >>> 5]! |= 1 << (u & 31);
  }
  for (let i = 0; i < extra.length; i++) {
    const u = extra.charCodeAt(i);
    bits[u >>> 5]! |= 1 << (u & 31);
  }
  return bits;
}

/** False when a string made of `presence`'s units cannot match a pattern with these needs. */
export function mayRun(needs: Needs, presence: Presence): boolean {
  if (needs === undefined) return true;
  let i = 0;
  while (i < needs.length) {
    const end = i + 1 + needs[i]!;
    let held = false;
    for (let k = i + 1; k < end; k++) {
      const u = needs[k]!;
      if (((presence[u >>> 5]! >>> (u & 31)) & 1) === 1) {
        held = true;
        break;
      }
    }
    if (!held) return false;
    i = end;
  }
  return true;
}
