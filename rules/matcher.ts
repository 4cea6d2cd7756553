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

/** The outputs of a state with none of its own (shared: read-only). */
const NO_OUTPUT: readonly never[] = [];

/** Bit of a state's mask word (above its 16 child bits) set when the state has outputs. */
const HAS_OUTPUT = 1 << 16;

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

  constructor(entries: readonly { key: string; value: T }[]) {
    // Build-time trie as typed arrays: per state its unit, first child and next sibling (most states have one
    // to four children); the root, with thousands, finds its children in a Map. A Map of every edge keyed by
    // state * 0x10000 + unit spent ~0.2 s of a page's engine start on heap-number keys and their garbage.
    const rootKids = new Map<number, number>();
    let capacity = 1024;
    let unitOf = new Uint16Array(capacity);
    let firstKid = new Int32Array(capacity).fill(-1);
    let sibling = new Int32Array(capacity).fill(-1);
    const outputs: ({ value: T; length: number }[] | undefined)[] = [undefined]; // most states output nothing
    let states = 1;
    const newState = (unit: number): number => {
      if (states === capacity) {
        capacity *= 2;
        const grow = <A extends Uint16Array | Int32Array>(old: A, fresh: A, fill: number): A => (fresh.fill(fill), fresh.set(old), fresh);
        unitOf = grow(unitOf, new Uint16Array(capacity), 0);
        firstKid = grow(firstKid, new Int32Array(capacity), -1);
        sibling = grow(sibling, new Int32Array(capacity), -1);
      }
      unitOf[states] = unit;
      outputs.push(undefined);
      return states++;
    };
    for (const { key, value } of entries) {
      if (!key) continue;
      let s = 0;
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        let next: number;
        if (s === 0) {
          next = rootKids.get(unit) ?? -1;
          if (next < 0) rootKids.set(unit, (next = newState(unit)));
        } else {
          next = firstKid[s]!;
          while (next >= 0 && unitOf[next] !== unit) next = sibling[next]!;
          if (next < 0) {
            next = newState(unit);
            sibling[next] = firstKid[s]!;
            firstKid[s] = next;
          }
        }
        s = next;
      }
      (outputs[s] ??= []).push({ value, length: key.length });
    }
    this.size = states;
    // Classes in the order the units first made a state.
    let classes = 0;
    for (let s = 1; s < states; s++) {
      const unit = unitOf[s]!;
      if (this.classOf[unit] === 0) this.classOf[unit] = ++classes;
    }
    if (classes >= 0xffff) throw new Error('TermAutomaton: too many distinct units');
    // A build-time state's children, in class order.
    const classOfState = (child: number) => this.classOf[unitOf[child]!]!;
    const byClass = (x: number, y: number) => classOfState(x) - classOfState(y);
    const kidsOf = (s: number): number[] => {
      const kids: number[] = [];
      if (s === 0) for (const child of rootKids.values()) kids.push(child);
      else for (let child = firstKid[s]!; child >= 0; child = sibling[child]!) kids.push(child);
      return kids.length > 1 ? kids.sort(byClass) : kids;
    };
    // Breadth-first renumbering: `order` lists build-time states by new id; children get consecutive ids.
    const order = [0];
    const label = new Uint16Array(states);
    const firstChild = new Int32Array(states + 1);
    for (let id = 0; id < order.length; id++) {
      firstChild[id] = order.length;
      for (const child of kidsOf(order[id]!)) {
        label[order.length] = classOfState(child);
        order.push(child);
      }
    }
    firstChild[states] = states;
    this.label = label;
    const node = new Int32Array(states * 4);
    this.node = node;
    let wideEdges = 0;
    for (let id = 0; id < states; id++) {
      node[4 * id] = firstChild[id]!;
      node[4 * id + 1] = firstChild[id + 1]!;
      if (id === 0) continue; // the root reads rootNext
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
    // Failure links, breadth-first (a parent's link is known before its children's).
    const fail = new Int32Array(states);
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
    for (let s = 0; s < states; s++) node[4 * s + 2] = fail[s]!;
    // Merge outputs along failure links (breadth-first order: fail targets are complete), then flatten.
    const merged: (readonly { value: T; length: number }[])[] = new Array(states);
    let total = 0;
    for (let s = 0; s < states; s++) {
      const own = outputs[order[s]!] ?? NO_OUTPUT;
      const inherited = s === 0 ? NO_OUTPUT : merged[fail[s]!]!;
      // Shared, not copied, when the state has no outputs of its own (the lists are never changed).
      merged[s] = inherited.length ? (own.length ? [...own, ...inherited] : inherited) : own;
      total += merged[s]!.length;
    }
    this.outFirst = new Int32Array(states + 1);
    this.outLength = new Int32Array(total);
    this.outValue = new Array(total);
    let k = 0;
    for (let s = 0; s < states; s++) {
      this.outFirst[s] = k;
      for (const o of merged[s]!) {
        this.outLength[k] = o.length;
        this.outValue[k++] = o.value;
      }
      if (merged[s]!.length) node[4 * s + 3]! |= HAS_OUTPUT;
    }
    this.outFirst[states] = k;
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
