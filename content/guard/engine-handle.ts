// The hand-over between the lint engine file and the content script. The engine (rules/, the whole
// lexicon and the statistical model: over a megabyte) is not in the content script: it is a separate
// extension file (entrypoints/lint-engine.ts) that a frame loads only when it has a composer to guard.
// Loaded by import() into the content script's own isolated world, the file puts its API on that
// world's globalThis under this key (an imported classic bundle has no exports); the page never sees it.
import type { Linter, LinterOptions } from '../../rules/engine';

export const ENGINE_GLOBAL = '__replyguardLintEngine';
/** The engine file's path in the built extension (web_accessible_resources, wxt.config.ts). */
export const ENGINE_PATH = '/lint-engine.js';

export interface LintEngine {
  createLinter(options?: LinterOptions): Linter;
}
