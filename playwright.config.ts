import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './test/e2e/chromium-options';

// e2e against the BUILT extension (.output/chrome-mv3 from `wxt build`) in the system Chromium;
// `npm run test:e2e` builds the extension and the demo first. No browser download: the fixtures
// (test/e2e/fixtures.ts) launch CHROME_PATH or /usr/bin/chromium.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  // 15 s, not 5 s: a passing assertion returns as soon as it holds, so this costs nothing when green; on a busy machine
  // (a fresh clone run beside other work, load ~30) attaching to a freshly loaded page took over 5 s.
  expect: { timeout: 15_000 },
  // A failure must show up as a failure, never be retried away.
  retries: 0,
  // Two workers for the CPU-bound specs (the guard's: 97% of both cores at two workers, round 61) and two more only for the
  // timers specs, which mostly wait on real time. On one worker they were a floor of their own: 127 tests summing 1,273 s
  // (21 min) in the fresh clone fc99, beside 27.7 min of guard specs on two. Round 64 (30 timers tests beside 58 guard
  // tests, two runs each, load 16-30): a timers test 3.8 CPU-s on one worker, 4.5 on two; the guard tests beside them
  // 4.5 CPU-s a test either way. All 127 passed on three workers. `--workers=2` on the command line still caps the total.
  // Round 66 (the heaviest guard specs on a machine that other work kept 100% busy, load 9-40, so no idle-machine figure):
  // 75 tests took 412 CPU-s in 540 s on two workers, 465 CPU-s in 491 s on three; on two or three workers the run's threads
  // were on a core or queued for one at two cores' worth or more in 96-98% of the seconds. Nothing seen waits with a core
  // idle, so the worker counts stay: a shorter e2e stage needs less CPU a test, not more workers.
  workers: 4,
  fullyParallel: true,
  projects: [
    { name: 'timers', testMatch: /\/timers-[^/]*\.spec\.ts$/, workers: 2 },
    { name: 'e2e', testIgnore: /\/timers-[^/]*\.spec\.ts$/, workers: 2 },
  ],
  forbidOnly: true, // a stray test.only must fail everywhere: .ci/run does not set CI
  reporter: [['list']],
  use: {
    // For the built-in `browser` fixture (pages without the extension, e.g. the demo's own tests).
    launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', ...CHROMIUM_LAUNCH },
    // A trace only on request (REPLYGUARD_TRACE=1 npm run test:e2e keeps one per failed test): 'retain-on-failure'
    // records every test and throws the passed ones away, and that recording (screencast frames in the GPU process,
    // DOM snapshots in the runner) was a third of the suite's CPU — guard-matrix 172 → 110 CPU-s, 2.6 → 1.7 min.
    // The suite is CPU-bound, and CI keeps only the console output (the error and its call log) anyway.
    trace: process.env.REPLYGUARD_TRACE ? 'retain-on-failure' : 'off',
  },
});
