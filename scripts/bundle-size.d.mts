// Types for scripts/bundle-size.mjs.
export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}
export declare const CONTENT_SCRIPTS_DIR: string;
export declare const BUDGET_BYTES: number;
export declare const ENGINE_FILE: string;
export declare function engineSize(file?: string): BundleSize | null;
export declare function describeEngine(size: BundleSize): string;
export declare function bundleSizes(dir?: string): BundleSize[] | null;
export declare function kb(n: number): string;
export declare function describeSize(size: BundleSize): string;
export interface ModuleBytes {
  module: string;
  raw: number;
  gzip: number;
  marginal: number;
}
export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}
export declare function bytesByModule(code: string, map: SourceMapV3): ModuleBytes[];
export declare function moduleLocator(map: SourceMapV3): (line: number, column: number) => string;
export declare function buildWithSourceMaps(): Promise<string>;
export declare function sourceMapFor(file?: string, dir?: string): SourceMapV3 | null;
