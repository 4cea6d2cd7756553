// Types for scripts/bundle-size.mjs.
export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}
export declare const CONTENT_SCRIPTS_DIR: string;
export declare const BUDGET_BYTES: number;
export declare function bundleSizes(dir?: string): BundleSize[] | null;
export declare function kb(n: number): string;
export declare function describeSize(size: BundleSize): string;
