// The lint engine as its own file, loaded on demand by the content script of a frame that has a
// composer (content/guard/engine-loader.ts): frames without one never parse or build it. With it the guard's run
// (content/guard/guard.ts runGuard), which the content script starts only once it has a linter (engine-handle.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_GLOBAL, type LintEngine } from '../content/guard/engine-handle';
import { runGuard } from '../content/guard/guard';
import { createLinter, type Linter } from '../rules/engine';

export default defineUnlistedScript(() => {
  // The last linter is kept by its options: the document_start script builds the default one early in
  // the top frame (a build takes ~0.1–0.2 s), and the guard then asks for the same.
  let last: { key: string; linter: Linter } | null = null;
  const engine: LintEngine = {
    createLinter(options = {}) {
      const key = JSON.stringify(options);
      if (last?.key !== key) last = { key, linter: createLinter(options) };
      return last.linter;
    },
    runGuard,
  };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
