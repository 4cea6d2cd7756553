// Aho–Corasick automaton over folded, compact terms: every lexicon term of every rule is found in
// one left-to-right pass over the compact view (notes/lint.md §8: a hand-written trie keeps our offsets).

export interface AutomatonHit<T> {
  value: T;
  /** Compact-view index of the first unit. */
  start: number;
  /** Compact-view index after the last unit. */
  end: number;
}

export class TermAutomaton<T> {
  // Transitions, compiled from the trie. Units are first mapped to a dense class (0: the unit occurs in no
  // term), so the root's transitions fit a small table, and the other states' live in one open-addressing
  // hash of (state, class) → state, each slot three adjacent ints. Why: a draft is short but the tables are
  // not (12k terms), and the rule checks between two drafts push them out of the CPU caches; the old layout
  // (a 256 KB root table plus three parallel arrays per hash slot) cost several cache misses per unit.
  private readonly classOf = new Uint16Array(0x10000);
  private readonly rootNext: Int32Array;
  /** Hash slots: [state, class, next] × size; state -1 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly hashMask: number;
  private readonly fail: Int32Array;
  /** Output values per state, including those reached through failure links. */
  private readonly out: (readonly { value: T; length: number }[] | undefined)[];
  /** 1 for states with outputs: the scan reads this small table per unit, and `out` only on a hit. */
  private readonly hasOut: Uint8Array;
  /**
   * Per state, bit (class & 15) set for each of its children. Most units have no edge from the current state
   * (70% of the probes failed); this 60 KB table says so without a probe into the large hash, whose slot is
   * usually a cache miss.
   */
  private readonly childMask: Uint16Array;
  readonly size: number;

  constructor(entries: readonly { key: string; value: T }[]) {
    const goto = new Map<number, number>(); // build-time trie: state * 0x10000 + unit → state
    const outputs: { value: T; length: number }[][] = [[]];
    let states = 1;
    for (const { key, value } of entries) {
      if (!key) continue;
      let s = 0;
      for (let i = 0; i < key.length; i++) {
        const k = s * 0x10000 + key.charCodeAt(i);
        let next = goto.get(k);
        if (next === undefined) {
          next = states++;
          goto.set(k, next);
          outputs.push([]);
        }
        s = next;
      }
      outputs[s]!.push({ value, length: key.length });
    }
    this.size = states;
    // Breadth-first failure links.
    const children: number[][] = Array.from({ length: states }, () => []);
    const labels: number[][] = Array.from({ length: states }, () => []);
    for (const [k, next] of goto) {
      const parent = Math.floor(k / 0x10000);
      children[parent]!.push(next);
      labels[parent]!.push(k % 0x10000);
    }
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const c of children[0]!) queue.push(c);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const kids = children[s]!;
      const kidLabels = labels[s]!;
      for (let i = 0; i < kids.length; i++) {
        const child = kids[i]!;
        const unit = kidLabels[i]!;
        let f = fail[s]!;
        let target: number | undefined;
        while (true) {
          target = goto.get(f * 0x10000 + unit);
          if (target !== undefined || f === 0) break;
          f = fail[f]!;
        }
        fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
    }
    this.fail = fail;
    // Merge outputs along failure links (BFS order guarantees fail targets are complete).
    this.out = new Array(states);
    this.hasOut = new Uint8Array(states);
    for (const s of [0, ...queue]) {
      const own = outputs[s]!;
      const inherited = s === 0 ? undefined : this.out[fail[s]!];
      const merged = inherited ? [...own, ...inherited] : own;
      this.out[s] = merged.length ? merged : undefined;
      if (merged.length) this.hasOut[s] = 1;
    }
    // Compile the transitions.
    let classes = 0;
    for (const k of goto.keys()) {
      const unit = k % 0x10000;
      if (this.classOf[unit] === 0) this.classOf[unit] = ++classes;
    }
    if (classes >= 0xffff) throw new Error('TermAutomaton: too many distinct units');
    this.rootNext = new Int32Array(classes + 1).fill(-1);
    let size = 16;
    while (size < goto.size * 2) size *= 2;
    this.hashMask = size - 1;
    this.slots = new Int32Array(size * 3).fill(-1);
    this.childMask = new Uint16Array(states);
    for (const [k, next] of goto) {
      const state = Math.floor(k / 0x10000);
      const cls = this.classOf[k % 0x10000]!;
      if (state === 0) {
        this.rootNext[cls] = next;
        continue;
      }
      this.childMask[state]! |= 1 << (cls & 15);
      let h = TermAutomaton.hash(state, cls) & this.hashMask;
      while (this.slots[h * 3] !== -1) h = (h + 1) & this.hashMask;
      this.slots[h * 3] = state;
      this.slots[h * 3 + 1] = cls;
      this.slots[h * 3 + 2] = next;
    }
  }

  private static hash(state: number, unit: number): number {
    return (Math.imul(state, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 7;
  }

  /** The state after a unit of class `cls` from `state`, or -1 when the trie has no such edge. */
  private next(state: number, cls: number): number {
    if (state === 0) return this.rootNext[cls]!;
    if (((this.childMask[state]! >>> (cls & 15)) & 1) === 0) return -1;
    const mask = this.hashMask;
    const slots = this.slots;
    for (let h = TermAutomaton.hash(state, cls) & mask; ; h = (h + 1) & mask) {
      const s = slots[h * 3]!;
      if (s === -1) return -1;
      if (s === state && slots[h * 3 + 1] === cls) return slots[h * 3 + 2]!;
    }
  }

  /** Calls `onHit` for every occurrence of every term in `text` (overlaps included). */
  scan(text: string, onHit: (value: T, start: number, end: number) => void): void {
    const fail = this.fail;
    const out = this.out;
    const hasOut = this.hasOut;
    const classOf = this.classOf;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        s = 0; // no term holds this unit: every failure chain ends at the root, which has no output
        continue;
      }
      let next = this.next(s, cls);
      while (next < 0 && s !== 0) {
        s = fail[s]!;
        next = this.next(s, cls);
      }
      s = next < 0 ? 0 : next;
      if (hasOut[s] === 0) continue;
      const hits = out[s];
      if (hits) for (const h of hits) onHit(h.value, i + 1 - h.length, i + 1);
    }
  }
}
