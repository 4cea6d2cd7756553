import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The rule engine's tests are pure (no DOM, no storage, no module state they change): they share one module
// graph per worker (isolate: false), so the engine's large rule modules are imported once per worker, not
// once per test file (rules: 100 s → 25 s on 2 loaded cores). Everything else keeps a fresh module graph
// per file: fake IndexedDB, happy-dom and the guard's module state must not leak between files.
const RULE_TESTS = ['test/unit/rules/**/*.test.ts', 'rules/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Vitest's default leaves a core to its main process (cores - 1 workers): one worker on the 2-core CI host, so
    // the whole suite ran file after file while that worker sat in real waits (the watcher's timers, the spawned
    // `replyguard` processes, which run on the other core anyway). Two workers at least (round 60, unitcost60).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Pure tests run in Node; DOM tests opt in with a `// @vitest-environment happy-dom` comment.
    environment: 'node',
    // Fake IndexedDB only where a file imports it (`import 'fake-indexeddb/auto';` first): loaded into all ~300 files it was
    // part of every file's setup, for the ~45 that use it (round 65, testtime65). The guard makes a file that uses
    // IndexedDB without that import fail by name (test/support/indexeddb-guard.ts).
    setupFiles: ['test/support/indexeddb-guard.ts'],
    projects: [
      { extends: true, test: { name: 'rules', include: RULE_TESTS, isolate: false } },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/unit/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'sites/**/*.test.ts', 'utils/**/*.test.ts', 'components/**/*.test.tsx'],
          exclude: RULE_TESTS,
        },
      },
    ],
  },
});
