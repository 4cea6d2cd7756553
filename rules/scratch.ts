// Typed buffers reused from one draft to the next, grown only. A linter owns one Scratch and lints one
// draft at a time, so what a draft builds in it (the normalised views, the tight view) lives exactly as
// long as that draft's LintContext. Why: allocating typed arrays per draft cost microseconds each (they
// live outside the JS heap) and their external memory drove GC pauses, the p99 of short drafts.

type Typed = Uint16Array | Uint32Array;

export class Scratch {
  private readonly buffers = new Map<string, Typed>();

  /** A Uint16Array of at least `length` units named `name`; the first `keep` units survive a growth. */
  u16(name: string, length: number, keep = 0): Uint16Array {
    return this.get(name, length, keep, Uint16Array);
  }

  /** A Uint32Array of at least `length` entries named `name`; the first `keep` entries survive a growth. */
  u32(name: string, length: number, keep = 0): Uint32Array {
    return this.get(name, length, keep, Uint32Array);
  }

  private get<T extends Typed>(name: string, length: number, keep: number, Kind: new (n: number) => T): T {
    const have = this.buffers.get(name) as T | undefined;
    if (have && have.length >= length) return have;
    const grown = new Kind(Math.max(length, have ? have.length * 2 : 0, 256));
    if (have && keep > 0) grown.set(have.subarray(0, keep));
    this.buffers.set(name, grown);
    return grown;
  }
}
