// Aho–Corasick automaton over folded, compact terms: every lexicon term of every rule is found in
// one left-to-right pass over the compact view (notes/lint.md §8: a hand-written trie keeps our offsets).

export interface AutomatonHit<T> {
  value: T;
  /** Compact-view index of the first unit. */
  start: number;
  /** Compact-view index after the last unit. */
  end: number;
}

/** States with more children than this find an edge by hash, the others by reading their children's classes. */
const NARROW = 8;

/** Bit of a state's mask word (above its 16 child bits) set when the state has outputs. */
const HAS_OUTPUT = 1 << 16;

const hash = (state: number, cls: number): number => (Math.imul(state, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) >>> 7;

/**
 * A trie as the automaton keeps it, states numbered breadth-first with each state's children consecutive and in class
 * order: what the build makes from keys, and what a prebuilt table (term-tables.ts) decodes at engine start instead
 * of building it (round 65, enginestart65). The scan tables are derived from it.
 */
export interface Trie<T> {
  /** Unit → dense class (0: the unit is in no key). */
  classOf: Uint16Array;
  /** Number of states, the root (0) included. */
  states: number;
  /** Number of distinct keys when built by grouping(); 0 otherwise. */
  groups: number;
  /** Per state, the class of the edge into it (0 for the root). */
  label: Uint16Array;
  /** Per state s, its children are firstChild[s] .. firstChild[s + 1] - 1; firstChild[states] = states. */
  firstChild: Int32Array;
  /** Failure links when known (a prebuilt table carries them); computed from the trie otherwise. */
  fail?: Int32Array;
  /** Own outputs (its keys that end there, in key order): ownValue[k] of ownLength[k] units, k in ownFirst[s] .. ownFirst[s + 1] - 1. */
  ownFirst: Int32Array;
  ownLength: Int32Array;
  ownValue: readonly T[];
}

export class TermAutomaton<T> {
  // Transitions. Units are first mapped to a dense class (0: the unit occurs in no term), so the root's
  // transitions fit a small table. The other states are numbered breadth-first with their children in class
  // order, so a state's children are consecutive ids, firstChild[s] .. firstChild[s + 1] - 1, with their edges'
  // classes in `label`: most states have one to four children, read from one cache line. The few wide states
  // (over NARROW children) keep an open-addressing hash of (state, class) → state, three adjacent ints a slot.
  // Why: a draft is short but the tables are not (12k terms), and the rule checks between two drafts push
  // them out of the CPU caches. Breadth-first ids put the shallow states, where a scan spends most of its
  // units, side by side at the start of small arrays; the old hash of every edge spread them over 1.5 MB.
  private readonly classOf: Uint16Array;
  private readonly rootNext: Int32Array;
  /**
   * Per state s, one record of four ints at 4s: its first child, the end of its children's run (the first
   * child's id of the next state), its failure link, and its child mask (bit class & 15 set for each child:
   * most units have no edge from the current state, and this says so from one read) with bit 16 set when the
   * state has outputs. Why one record: the scan reads all four of a state per unit, and the rule checks between
   * two drafts push the tables out of the CPU caches; four parallel arrays cost four cache misses, one record one.
   */
  private readonly node: Int32Array;
  /** Per state, the class of the edge into it (children of a state ascend by it). */
  private readonly label: Uint16Array;
  /** Edges of the wide states: [state, class, next] × size; state -1 marks an empty slot. */
  private readonly wide: Int32Array;
  private readonly wideMask: number;
  /**
   * Output values per state, including those reached through failure links, flattened: state s's are
   * outValue[k] for k in outFirst[s] .. outFirst[s + 1] - 1, each a term of outLength[k] units. Flat arrays,
   * not a list of objects per state: a hit reads two typed arrays and one value, not three scattered objects.
   */
  private readonly outFirst: Int32Array;
  private readonly outLength: Int32Array;
  private readonly outValue: T[];
  readonly size: number;
  /** Number of distinct keys when built by grouping(); 0 otherwise. */
  readonly groups: number;

  /**
   * An automaton whose keys may repeat, each distinct key one term: groupOf[i] is key i's group (distinct keys
   * numbered from 0 in first-seen order; -1 for an empty key), and a hit reports its group. The trie dedupes the
   * keys as it is built, so a caller grouping terms by folded text needs no Map of them (round 62, engbuild62: the
   * engine's Map of ~43k keys, grown one set at a time, was ~15% of createLinter at every page's engine start).
   */
  static grouping(keys: readonly string[]): { automaton: TermAutomaton<number>; groupOf: Int32Array } {
    const groupOf = new Int32Array(keys.length);
    // groupOf doubles as the values: the trie's build fills it before it reads any value.
    return { automaton: new TermAutomaton<number>(keys, groupOf as unknown as readonly number[], groupOf), groupOf };
  }

  /**
   * keys[i] is a term (folded, compact), values[i] what its hits report; an empty key is skipped, a repeated
   * one outputs each of its values (in order). Or a trie built already (a prebuilt table's, decoded: term-tables.ts).
   * `groupOf` is for grouping() only: see there.
   */
  constructor(keys: readonly string[], values: readonly T[], groupOf?: Int32Array);
  constructor(trie: Trie<T>);
  constructor(source: readonly string[] | Trie<T>, values?: readonly T[], groupOf?: Int32Array) {
    const trie = Array.isArray(source) ? buildTrie(source as readonly string[], values!, groupOf) : (source as Trie<T>);
    const { states, label, firstChild } = trie;
    this.classOf = trie.classOf;
    this.size = states;
    this.groups = trie.groups;
    this.label = label;
    const node = new Int32Array(states * 4);
    this.node = node;
    let wideEdges = 0;
    let classes = 0;
    for (let id = 0; id < states; id++) {
      node[4 * id] = firstChild[id]!;
      node[4 * id + 1] = firstChild[id + 1]!;
      if (id === 0) continue; // the root reads rootNext
      if (label[id]! > classes) classes = label[id]!;
      for (let c = firstChild[id]!; c < firstChild[id + 1]!; c++) node[4 * id + 3]! |= 1 << (label[c]! & 15);
      if (firstChild[id + 1]! - firstChild[id]! > NARROW) wideEdges += firstChild[id + 1]! - firstChild[id]!;
    }
    let size = 16;
    while (size < wideEdges * 2) size *= 2;
    this.wideMask = size - 1;
    this.wide = new Int32Array(size * 3).fill(-1);
    for (let id = 1; id < states; id++) {
      if (firstChild[id + 1]! - firstChild[id]! <= NARROW) continue;
      for (let c = firstChild[id]!; c < firstChild[id + 1]!; c++) {
        let h = hash(id, label[c]!) & this.wideMask;
        while (this.wide[h * 3] !== -1) h = (h + 1) & this.wideMask;
        this.wide[h * 3] = id;
        this.wide[h * 3 + 1] = label[c]!;
        this.wide[h * 3 + 2] = c;
      }
    }
    this.rootNext = new Int32Array(classes + 1).fill(-1);
    for (let c = firstChild[0]!; c < firstChild[1]!; c++) this.rootNext[label[c]!] = c;
    // Failure links, breadth-first (a parent's link is known before its children's), unless the trie carries them.
    let fail = trie.fail;
    if (!fail) {
      fail = new Int32Array(states);
      for (let s = 1; s < states; s++) {
        for (let c = firstChild[s]!; c < firstChild[s + 1]!; c++) {
          const cls = label[c]!;
          let f = fail[s]!;
          let target = this.next(f, cls);
          while (target < 0 && f !== 0) {
            f = fail[f]!;
            target = this.next(f, cls);
          }
          fail[c] = target < 0 ? 0 : target;
        }
      }
    }
    for (let s = 0; s < states; s++) node[4 * s + 2] = fail[s]!;
    // Outputs merged along failure links: a state's own (in key order), then its failure target's, counted then
    // written straight into the flat arrays (breadth-first order: a failure target's are written first).
    const { ownFirst, ownLength, ownValue } = trie;
    const outFirst = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      outFirst[s] = total;
      let count = ownFirst[s + 1]! - ownFirst[s]!;
      if (s !== 0) count += outFirst[fail[s]! + 1]! - outFirst[fail[s]!]!;
      total += count;
      // (outFirst[s + 1] is set on the next turn; a failure target is an earlier state)
      if (count) node[4 * s + 3]! |= HAS_OUTPUT;
    }
    outFirst[states] = total;
    const outLength = new Int32Array(total);
    const outValue: T[] = new Array(total);
    for (let s = 0, k = 0; s < states; s++) {
      for (let o = ownFirst[s]!, end = ownFirst[s + 1]!; o < end; o++) {
        outLength[k] = ownLength[o]!;
        outValue[k++] = ownValue[o]!;
      }
      if (s === 0) continue;
      for (let j = outFirst[fail[s]!]!, end = outFirst[fail[s]! + 1]!; j < end; j++) {
        outLength[k] = outLength[j]!;
        outValue[k++] = outValue[j]!;
      }
    }
    this.outFirst = outFirst;
    this.outLength = outLength;
    this.outValue = outValue;
  }

  /**
   * The trie this automaton was made from, failure links included (for a prebuilt table's encoder: term-tables.ts).
   * Own outputs are read back as a state's leading outputs as long as its depth (the inherited ones are shorter).
   */
  trie(): Required<Trie<T>> {
    const states = this.size;
    const node = this.node;
    const firstChild = new Int32Array(states + 1);
    const fail = new Int32Array(states);
    const depth = new Int32Array(states);
    for (let s = 0; s < states; s++) {
      firstChild[s] = node[4 * s]!;
      fail[s] = node[4 * s + 2]!;
      for (let c = node[4 * s]!; c < node[4 * s + 1]!; c++) depth[c] = depth[s]! + 1;
    }
    firstChild[states] = states;
    const ownFirst = new Int32Array(states + 1);
    const ownLength: number[] = [];
    const ownValue: T[] = [];
    for (let s = 0; s < states; s++) {
      ownFirst[s] = ownValue.length;
      for (let k = this.outFirst[s]!; k < this.outFirst[s + 1]! && this.outLength[k] === depth[s]; k++) {
        ownLength.push(this.outLength[k]!);
        ownValue.push(this.outValue[k]!);
      }
    }
    ownFirst[states] = ownValue.length;
    return { classOf: this.classOf, states, groups: this.groups, label: this.label, firstChild, fail, ownFirst, ownLength: Int32Array.from(ownLength), ownValue };
  }

  /** The state after a unit of class `cls` from `state`, or -1 when the trie has no such edge. */
  private next(state: number, cls: number): number {
    if (state === 0) return this.rootNext[cls]!;
    const node = this.node;
    const at = 4 * state;
    if (((node[at + 3]! >>> (cls & 15)) & 1) === 0) return -1;
    let lo = node[at]!;
    const hi = node[at + 1]!;
    if (hi - lo > NARROW) {
      const mask = this.wideMask;
      const wide = this.wide;
      for (let h = hash(state, cls) & mask; ; h = (h + 1) & mask) {
        const s = wide[h * 3]!;
        if (s === -1) return -1;
        if (s === state && wide[h * 3 + 1] === cls) return wide[h * 3 + 2]!;
      }
    }
    const label = this.label;
    for (; lo < hi; lo++) {
      const l = label[lo]!;
      if (l >= cls) return l === cls ? lo : -1;
    }
    return -1;
  }

  /** Calls `onHit` for every occurrence of every term in `text` (overlaps included). */
  scan(text: string, onHit: (value: T, start: number, end: number) => void): void {
    const node = this.node;
    const classOf = this.classOf;
    const outFirst = this.outFirst;
    const outLength = this.outLength;
    const outValue = this.outValue;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        s = 0; // no term holds this unit: every failure chain ends at the root, which has no output
        continue;
      }
      let next = this.next(s, cls);
      while (next < 0 && s !== 0) {
        s = node[4 * s + 2]!;
        next = this.next(s, cls);
      }
      s = next < 0 ? 0 : next;
      if ((node[4 * s + 3]! & HAS_OUTPUT) === 0) continue;
      for (let k = outFirst[s]!, end = outFirst[s + 1]!; k < end; k++) onHit(outValue[k]!, i + 1 - outLength[k]!, i + 1);
    }
  }
}

/**
 * The trie of keys (see the constructor), numbered breadth-first. Round 28: the build works in typed arrays sized up front
 * from the keys' total length, with no array or object per state or per edge: the children put in class order by one
 * counting sort (not a sorted array per state), and the keys and values taken as two parallel arrays (no {key, value}
 * object per term). Much of what the old build allocated lived on past a scavenge or two, so the GC copied it before it
 * died: this build's garbage is a handful of typed arrays.
 */
function buildTrie<T>(keys: readonly string[], values: readonly T[], groupOf?: Int32Array): Trie<T> {
  // Build-time trie: per state its unit, parent, first child and next sibling (0: none; the root is no one's
  // child); the root, with thousands of children, finds them in a table by unit. Capacity: one state per
  // key unit at most, plus the root.
  let capacity = 1;
  for (let i = 0; i < keys.length; i++) capacity += keys[i]!.length;
  const rootKid = new Int32Array(0x10000);
  const unitOf = new Uint16Array(capacity);
  const parentOf = new Int32Array(capacity);
  const firstKid = new Int32Array(capacity);
  const sibling = new Int32Array(capacity);
  // Own outputs per state, as a list of key indexes in key order: head + 1 (0: none), then next + 1 per key.
  const ownHead = new Int32Array(capacity);
  const ownNext = new Int32Array(keys.length);
  let states = 1;
  let groups = 0;
  for (let e = 0; e < keys.length; e++) {
    const key = keys[e]!;
    if (!key) {
      if (groupOf) groupOf[e] = -1;
      continue;
    }
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next: number;
      if (s === 0) {
        next = rootKid[unit]!;
        if (next === 0) {
          next = states++;
          unitOf[next] = unit;
          rootKid[unit] = next;
        }
      } else {
        next = firstKid[s]!;
        while (next !== 0 && unitOf[next] !== unit) next = sibling[next]!;
        if (next === 0) {
          next = states++;
          unitOf[next] = unit;
          parentOf[next] = s;
          sibling[next] = firstKid[s]!;
          firstKid[s] = next;
        }
      }
      s = next;
    }
    if (groupOf) {
      // Grouping: a key's end state is its group; the group's first key is the state's one output.
      if (ownHead[s] === 0) {
        ownHead[s] = e + 1;
        groupOf[e] = groups++;
      } else groupOf[e] = groupOf[ownHead[s]! - 1]!;
      continue;
    }
    if (ownHead[s] === 0) ownHead[s] = e + 1;
    else {
      let last = ownHead[s]! - 1;
      while (ownNext[last] !== 0) last = ownNext[last]! - 1;
      ownNext[last] = e + 1;
    }
  }
  // Classes in the order the units first made a state.
  const classOf = new Uint16Array(0x10000);
  let classes = 0;
  for (let s = 1; s < states; s++) {
    const unit = unitOf[s]!;
    if (classOf[unit] === 0) classOf[unit] = ++classes;
  }
  if (classes >= 0xffff) throw new Error('TermAutomaton: too many distinct units');
  // Every parent's children in class order: the states counting-sorted by class, then dealt to their parents'
  // runs in that order (a parent's children have distinct units, so distinct classes).
  const classStart = new Int32Array(classes + 2);
  for (let s = 1; s < states; s++) classStart[classOf[unitOf[s]!]! + 1]!++;
  for (let c = 1; c <= classes + 1; c++) classStart[c]! += classStart[c - 1]!;
  const byClass = new Int32Array(states);
  for (let s = 1; s < states; s++) byClass[classStart[classOf[unitOf[s]!]!]!++] = s;
  const kidStart = new Int32Array(states + 1);
  for (let s = 1; s < states; s++) kidStart[parentOf[s]! + 1]!++;
  for (let s = 1; s <= states; s++) kidStart[s]! += kidStart[s - 1]!;
  const kids = new Int32Array(states);
  for (let k = 0; k < states - 1; k++) {
    const s = byClass[k]!;
    kids[kidStart[parentOf[s]!]!++] = s;
  }
  // (kidStart[p] now ends p's run: the run starts at kidStart[p - 1], or 0 for the root)
  // Breadth-first renumbering: `order` lists build-time states by new id; children get consecutive ids.
  const order = new Int32Array(states);
  const label = new Uint16Array(states);
  const firstChild = new Int32Array(states + 1);
  let placed = 1;
  for (let id = 0; id < states; id++) {
    firstChild[id] = placed;
    const p = order[id]!;
    for (let k = p === 0 ? 0 : kidStart[p - 1]!, end = kidStart[p]!; k < end; k++) {
      const child = kids[k]!;
      label[placed] = classOf[unitOf[child]!]!;
      order[placed++] = child;
    }
  }
  firstChild[states] = states;
  // Own outputs in breadth-first order, flat (values read only now: grouping() fills groupOf above).
  const ownFirst = new Int32Array(states + 1);
  let owned = 0;
  for (let s = 0; s < states; s++) {
    ownFirst[s] = owned;
    for (let e = ownHead[order[s]!]!; e !== 0; e = ownNext[e - 1]!) owned++;
  }
  ownFirst[states] = owned;
  const ownLength = new Int32Array(owned);
  const ownValue: T[] = new Array(owned);
  for (let s = 0, k = 0; s < states; s++) {
    for (let e = ownHead[order[s]!]!; e !== 0; e = ownNext[e - 1]!) {
      ownLength[k] = keys[e - 1]!.length;
      ownValue[k++] = values[e - 1]!;
    }
  }
  return { classOf, states, groups, label, firstChild, ownFirst, ownLength, ownValue };
}
