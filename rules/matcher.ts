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

const hash = (state: number, cls: number): number => (Math.imul(state, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) >>> 7;

export class TermAutomaton<T> {
  // Transitions. Units are first mapped to a dense class (0: the unit occurs in no term), so the root's
  // transitions fit a small table. The other states are numbered breadth-first with their children in class
  // order, so a state's children are consecutive ids, firstChild[s] .. firstChild[s + 1] - 1, with their edges'
  // classes in `label`: most states have one to four children, read from one cache line. The few wide states
  // (over NARROW children) keep an open-addressing hash of (state, class) → state, three adjacent ints a slot.
  // Why: a draft is short but the tables are not (12k terms), and the rule checks between two drafts push
  // them out of the CPU caches. Breadth-first ids put the shallow states, where a scan spends most of its
  // units, side by side at the start of small arrays; the old hash of every edge spread them over 1.5 MB.
  private readonly classOf = new Uint16Array(0x10000);
  private readonly rootNext: Int32Array;
  /** Per state, the id of its first child; firstChild[s + 1] ends its run (one entry more than states). */
  private readonly firstChild: Int32Array;
  /** Per state, the class of the edge into it (children of a state ascend by it). */
  private readonly label: Uint16Array;
  /** Edges of the wide states: [state, class, next] × size; state -1 marks an empty slot. */
  private readonly wide: Int32Array;
  private readonly wideMask: number;
  /**
   * Per state, bit (class & 15) set for each of its children. Most units have no edge from the current state;
   * this table says so from one read, without walking the children.
   */
  private readonly childMask: Uint16Array;
  private readonly fail: Int32Array;
  /** Output values per state, including those reached through failure links. */
  private readonly out: (readonly { value: T; length: number }[] | undefined)[];
  /** 1 for states with outputs: the scan reads this small table per unit, and `out` only on a hit. */
  private readonly hasOut: Uint8Array;
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
    let classes = 0;
    for (const k of goto.keys()) {
      const unit = k % 0x10000;
      if (this.classOf[unit] === 0) this.classOf[unit] = ++classes;
    }
    if (classes >= 0xffff) throw new Error('TermAutomaton: too many distinct units');
    // Children per build-time state as [class, child] pairs, in class order.
    const kids: number[][] = Array.from({ length: states }, () => []);
    for (const [k, next] of goto) kids[Math.floor(k / 0x10000)]!.push(this.classOf[k % 0x10000]!, next);
    for (let s = 0; s < states; s++) {
      const list = kids[s]!;
      if (list.length <= 2) continue;
      const pairs: [number, number][] = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      kids[s] = pairs.flat();
    }
    // Breadth-first renumbering: `order` lists build-time states by new id; children get consecutive ids.
    const order = [0];
    const label = new Uint16Array(states);
    const firstChild = new Int32Array(states + 1);
    for (let id = 0; id < order.length; id++) {
      firstChild[id] = order.length;
      const list = kids[order[id]!]!;
      for (let i = 0; i < list.length; i += 2) {
        label[order.length] = list[i]!;
        order.push(list[i + 1]!);
      }
    }
    firstChild[states] = states;
    this.label = label;
    this.firstChild = firstChild;
    this.childMask = new Uint16Array(states);
    let wideEdges = 0;
    for (let id = 1; id < states; id++) {
      for (let c = firstChild[id]!; c < firstChild[id + 1]!; c++) this.childMask[id]! |= 1 << (label[c]! & 15);
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
    // Failure links, breadth-first (a parent's link is known before its children's).
    const fail = new Int32Array(states);
    this.fail = fail;
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
    // Merge outputs along failure links (breadth-first order: fail targets are complete).
    this.out = new Array(states);
    this.hasOut = new Uint8Array(states);
    for (let s = 0; s < states; s++) {
      const own = outputs[order[s]!]!;
      const inherited = s === 0 ? undefined : this.out[fail[s]!];
      const merged = inherited ? [...own, ...inherited] : own;
      this.out[s] = merged.length ? merged : undefined;
      if (merged.length) this.hasOut[s] = 1;
    }
  }

  /** The state after a unit of class `cls` from `state`, or -1 when the trie has no such edge. */
  private next(state: number, cls: number): number {
    if (state === 0) return this.rootNext[cls]!;
    if (((this.childMask[state]! >>> (cls & 15)) & 1) === 0) return -1;
    let lo = this.firstChild[state]!;
    const hi = this.firstChild[state + 1]!;
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
