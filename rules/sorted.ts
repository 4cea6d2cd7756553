// Binary search over ascending offsets (offset maps, per-draft match starts), shared by the context and the
// detectors that answer "is there one near this hit?" for every hit of a long paste.

/** Index of the first value >= `x` in ascending `values` (values.length when none). */
export function firstAtLeast(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
