// Ranges already taken, for "is any unit of [start, end) covered yet?" — used by rules (a shorter hit
// inside a longer one is not judged again), detectors and the engine's de-duplication.

/**
 * Covered units of a text of `length` units. A draft has few ranges: they stay a flat list (no allocation until the first add — a typed array per rule
 * per draft was a visible share of the engine's time). Past SMALL ranges (a pasted megabyte) a mark
 * per unit keeps add/overlaps linear instead of pairwise. Same answers either way: a unit is covered
 * when some added range holds it (ranges clamped to [0, length], like TypedArray.fill).
 */
export class Spans {
  private static readonly SMALL = 32;
  private readonly size: number;
  private ranges: number[] | undefined;
  private marks: Uint8Array | undefined;
  constructor(length: number) {
    this.size = length + 1;
  }
  private clamp(i: number): number {
    return i < 0 ? Math.max(this.size + i, 0) : Math.min(i, this.size);
  }
  overlaps(start: number, end: number): boolean {
    const s = Math.max(start, 0);
    const e = Math.min(end, this.size);
    if (e <= s) return false;
    if (this.marks) {
      for (let k = s; k < e; k++) if (this.marks[k]) return true;
      return false;
    }
    const r = this.ranges;
    if (r) for (let i = 0; i < r.length; i += 2) if (r[i]! < e && r[i + 1]! > s) return true;
    return false;
  }
  add(start: number, end: number): void {
    const s = this.clamp(start);
    const e = this.clamp(end);
    if (e <= s) return;
    if (this.marks) {
      this.marks.fill(1, s, e);
      return;
    }
    const r = (this.ranges ??= []);
    r.push(s, e);
    if (r.length > 2 * Spans.SMALL) {
      this.marks = new Uint8Array(this.size);
      for (let i = 0; i < r.length; i += 2) this.marks.fill(1, r[i], r[i + 1]);
      this.ranges = undefined;
    }
  }
}
