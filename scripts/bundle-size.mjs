#!/usr/bin/env node
// Prints the gzipped size of every built content script (.output/chrome-mv3/content-scripts/*.js,
// which bundles the rule engine and the whole lexicon) against the 60 KB budget of issue 4.
//   npm run build && node scripts/bundle-size.mjs [--check]   (--check: exit 1 over budget)
// Also a module: bundleSizes() for bench/bundle.bench.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const CONTENT_SCRIPTS_DIR = path.resolve('.output/chrome-mv3/content-scripts');
export const BUDGET_BYTES = 60 * 1024;

/** [{ file, raw, gzip, brotli }] for each built content script, or null when not built. */
export function bundleSizes(dir = CONTENT_SCRIPTS_DIR) {
  if (!fs.existsSync(dir)) return null;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const code = fs.readFileSync(path.join(dir, file));
      return { file, raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length, brotli: zlib.brotliCompressSync(code).length };
    });
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function describeSize({ file, raw, gzip, brotli }) {
  const verdict = gzip <= BUDGET_BYTES ? 'ok' : 'OVER';
  return `${file}: ${kb(raw)} raw, ${kb(gzip)} gzip — ${(100 * gzip / BUDGET_BYTES).toFixed(0)}% of the ${kb(BUDGET_BYTES)} budget (${verdict}); ${kb(brotli)} brotli`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sizes = bundleSizes();
  if (!sizes) {
    console.error(`没有找到构建产物 ${CONTENT_SCRIPTS_DIR}：先运行 npm run build (build the extension first)`);
    process.exit(2);
  }
  for (const s of sizes) console.log(describeSize(s));
  if (process.argv.includes('--check') && sizes.some((s) => s.gzip > BUDGET_BYTES)) process.exit(1);
}
