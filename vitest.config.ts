import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'rules/**/*.test.ts', 'cli/**/*.test.ts', 'sites/**/*.test.ts', 'utils/**/*.test.ts', 'components/**/*.test.tsx'],
    // Pure tests run in Node; DOM tests opt in with a `// @vitest-environment happy-dom` comment.
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
