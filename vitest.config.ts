import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'rules/**/*.test.ts', 'cli/**/*.test.ts', 'sites/**/*.test.ts', 'utils/**/*.test.ts', 'components/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
