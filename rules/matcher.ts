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
  /** Transition table keyed by state * 0x10000 + UTF-16 unit. */
  private readonly goto = new Map<number, number>();
  private readonly fail: Int32Array;
  /** Output values per state, including those reached through failure links. */
  private readonly out: (readonly { value: T; length: number }[] | undefined)[];
  readonly size: number;

  constructor(entries: readonly { key: string; value: T }[]) {
    const outputs: { value: T; length: number }[][] = [[]];
    let states = 1;
    for (const { key, value } of entries) {
      if (!key) continue;
      let s = 0;
      for (let i = 0; i < key.length; i++) {
        const k = s * 0x10000 + key.charCodeAt(i);
        let next = this.goto.get(k);
        if (next === undefined) {
          next = states++;
          this.goto.set(k, next);
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
    for (const [k, next] of this.goto) {
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
          target = this.goto.get(f * 0x10000 + unit);
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
    for (const s of [0, ...queue]) {
      const own = outputs[s]!;
      const inherited = s === 0 ? undefined : this.out[fail[s]!];
      const merged = inherited ? [...own, ...inherited] : own;
      this.out[s] = merged.length ? merged : undefined;
    }
  }

  /** Calls `onHit` for every occurrence of every term in `text` (overlaps included). */
  scan(text: string, onHit: (value: T, start: number, end: number) => void): void {
    const goto = this.goto;
    const fail = this.fail;
    const out = this.out;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = goto.get(s * 0x10000 + unit);
      while (next === undefined && s !== 0) {
        s = fail[s]!;
        next = goto.get(s * 0x10000 + unit);
      }
      s = next ?? 0;
      const hits = out[s];
      if (hits) for (const h of hits) onHit(h.value, i + 1 - h.length, i + 1);
    }
  }
}
