// Content-script size (issue 4): the gzipped content scripts — guard, its UI, site adapters — against
// their 60 KB budget, beside the preact runtime alone as a named yardstick; and the lint engine (rules,
// lexicon, model), a separate file a frame loads only when it may hold a composer.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { BUDGET_BYTES, bundleSizes, describeEngine, describeSize, engineSize, kb } from '../scripts/bundle-size.mjs';

export function run(): void {
  const sizes = bundleSizes();
  if (!sizes) {
    console.log('skipped: run `npm run build` first (no .output/chrome-mv3/content-scripts)');
    return;
  }
  for (const s of sizes) console.log(describeSize(s));
  const preact = fs.readFileSync(createRequire(import.meta.url).resolve('preact'));
  const preactGz = zlib.gzipSync(preact, { level: 9 }).length;
  for (const s of sizes) console.log(`  ${s.file} = ${(s.gzip / preactGz).toFixed(1)}× the preact runtime alone (${kb(preactGz)} gzip); budget left ${kb(BUDGET_BYTES - s.gzip)}`);
  const engine = engineSize();
  if (engine) console.log(`${describeEngine(engine)} = ${(engine.gzip / preactGz).toFixed(1)}× the preact runtime`);
}
