import { defineConfig } from '@playwright/test';

// e2e against the BUILT extension (.output/chrome-mv3, `wxt build`), in the system Chromium.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  retries: 0,
  workers: 2,
  reporter: [['list']],
});
