// The demo workbench: a Vite multi-page app built to demo/dist, served by scripts/serve-demo.mjs for
// `npm start` and the e2e tests. No preact preset here: the React page must run real React.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoDir = fileURLToPath(new URL('.', import.meta.url));

/** Every page of the demo; `/workbench` is also served without the extension (see serve-demo.mjs). */
export const DEMO_PAGES = [
  'index',
  'workbench',
  'textarea',
  'react',
  'contenteditable',
  'prosemirror',
  'lexical',
  'slate',
  'wangeditor',
  'iframe',
  'iframe-composer',
] as const;

export default defineConfig({
  root: demoDir,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Readable stack traces when a demo page misbehaves in a test.
    sourcemap: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: Object.fromEntries(DEMO_PAGES.map((page) => [page, `${demoDir}${page}.html`])),
    },
  },
  // The React and Slate pages are plain .jsx (react ships no types; the project's TSX is preact).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
