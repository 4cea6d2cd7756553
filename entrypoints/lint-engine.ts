// The lint engine as its own file, loaded on demand by the content script of a frame that has a
// composer (content/guard/engine-loader.ts): frames without one never parse or build it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_GLOBAL, type LintEngine } from '../content/guard/engine-handle';
import { createLinter } from '../rules/engine';

export default defineUnlistedScript(() => {
  const engine: LintEngine = { createLinter };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
