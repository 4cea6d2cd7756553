// The hand-over between the lint engine file and the content script. The engine (rules/, the whole
// lexicon and the statistical model: over a megabyte) is not in the content script: it is a separate
// extension file (entrypoints/lint-engine.ts) that a frame loads only when it has a composer to guard.
// Loaded by import() into the content script's own isolated world, the file puts its API on that
// world's globalThis under this key (an imported classic bundle has no exports); the page never sees it.
// The file also carries the guard's run (guard.ts runGuard: the interceptor, banner, highlights and what they
// use): it is started only once a linter exists, so it is not needed before the engine is; until then the start-up
// hold (startup-hold.ts, document_start) holds a send with text, as before. Out of the 60 KB content script (round 49).
import { browser } from 'wxt/browser';
import type { Linter, LinterOptions } from '../../rules/engine';
import type { Settings } from '../../utils/settings-schema';
import type { runGuard } from './guard';

export const ENGINE_GLOBAL = '__replyguardLintEngine';
/** The engine file's path in the built extension (web_accessible_resources, wxt.config.ts). */
export const ENGINE_PATH = '/lint-engine.js';

export interface LintEngine {
  /** A linter for these options (the last one is kept: asking again with equal options costs nothing). */
  createLinter(options?: LinterOptions): Linter;
  /** guard.ts runGuard, from the engine file: the content script starts it once it has a linter. */
  runGuard: typeof runGuard;
}

/** The linter options of the agent's guard settings (deny/allow terms, per-rule severity). */
export const linterOptionsFor = ({ deny, allow, ruleSeverity }: Settings['guard']): LinterOptions => ({ deny, allow, severity: ruleSeverity });

const engineOnGlobal = (): LintEngine | undefined =>
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as LintEngine | undefined;

let loading: Promise<LintEngine> | null = null;

/**
 * The engine, loaded once per frame: import() of the extension's own file into this isolated world.
 * Both content scripts may ask (the document_start one only starts it early in the top frame); they
 * share the world, so the second finds the engine there or the same module load under way.
 */
export function loadEngine(): Promise<LintEngine> {
  loading ??= (async () => {
    if (!engineOnGlobal()) await import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_PATH as '/lint-engine.js'));
    const engine = engineOnGlobal();
    if (!engine) throw new Error(`${ENGINE_PATH} did not register the engine`);
    return engine;
  })();
  // A failed load may be tried again (the next time a frame asks for it).
  loading.catch(() => (loading = null));
  return loading;
}
