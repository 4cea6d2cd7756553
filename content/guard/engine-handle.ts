// The hand-over between the lint engine file and the content script. The engine (rules/, the whole
// lexicon and the statistical model: over a megabyte) is not in the content script: it is a separate
// extension file (entrypoints/lint-engine.ts) that a frame loads only when it has a composer to guard.
// Run in the content script's own isolated world (round 61: by the background's scripting.executeScript, compiled once
// per renderer process; import() of the file where that fails), it puts its API on that world's globalThis under this
// key (a classic bundle has no exports); the page never sees it.
// The file also carries the guard's run (guard.ts runGuard: the interceptor, banner, highlights and what they
// use): it is started only once a linter exists, so it is not needed before the engine is; until then the start-up
// hold (startup-hold.ts, document_start) holds a send with text, as before. Out of the 60 KB content script (round 49).
import { browser } from 'wxt/browser';
import type { Linter, LinterOptions } from '../../rules/engine';
import type { ToBackground } from '../../utils/messages';
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

/** The engine load under way or done in this world, shared by both content scripts (two bundles: a module variable would be two). */
const LOADING_GLOBAL = '__replyguardLintEngineLoading';

/**
 * Round 61 (engstart61): the background runs the engine file in this frame as a classic script (background/engine-inject.ts),
 * which Chromium compiles once per renderer process, where an import() of it was parsed again at every page load. The
 * reply comes once the script ran. Never throws.
 */
async function injectedByBackground(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'load-engine' } satisfies ToBackground);
  } catch {
    // no background (the extension reloaded under this old copy): the import() below says so
  }
}

/**
 * The engine, loaded once per frame into this isolated world. Both content scripts may ask (the document_start one only
 * starts it early in the top frame); they share the world, so the second finds the engine there or the same load under
 * way. First by the background (compiled code kept per process); if that did not put it here (a frame the background
 * cannot reach), by import() of the extension's own file.
 */
export function loadEngine(): Promise<LintEngine> {
  const world = globalThis as Record<string, unknown>;
  const current = world[LOADING_GLOBAL] as Promise<LintEngine> | undefined;
  if (current) return current;
  const loading = (async () => {
    if (!engineOnGlobal()) await injectedByBackground();
    if (!engineOnGlobal()) await import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_PATH as '/lint-engine.js'));
    const engine = engineOnGlobal();
    if (!engine) throw new Error(`${ENGINE_PATH} did not register the engine`);
    return engine;
  })();
  world[LOADING_GLOBAL] = loading;
  // A failed load may be tried again (the next time a frame asks for it).
  loading.catch(() => {
    if (world[LOADING_GLOBAL] === loading) delete world[LOADING_GLOBAL];
  });
  return loading;
}
