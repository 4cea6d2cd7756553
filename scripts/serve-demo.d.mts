// Types for scripts/serve-demo.mjs (plain JS so `npm run demo` needs no build step).
export declare const DEFAULT_PORT: number;
export declare const DEMO_DIST: string;
export declare class DemoNotBuiltError extends Error {}
export interface DemoServer {
  /** e.g. "http://127.0.0.1:5178" (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function resolveDemoFile(root: string, urlPath: string): string | null;
export declare function startDemoServer(options?: { port?: number; host?: string; root?: string }): Promise<DemoServer>;
