// Generates rules/lexicon/t2s.generated.ts: traditional → simplified for every character that the
// lexicon and context words use, from OpenCC's tables (opencc-js). Only those characters matter for
// matching, and the full table (≈3,000 pairs, 14 KB gzipped) would crowd the content-script budget.
// Run after changing any lexicon: npx tsx scripts/gen-t2s.ts   (a unit test fails when it is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { t2sPairsFor, lexiconCharacters, renderT2S } from './t2s-source';

const pairs = t2sPairsFor(lexiconCharacters());
const file = fileURLToPath(new URL('../rules/lexicon/t2s.generated.ts', import.meta.url));
writeFileSync(file, renderT2S(pairs));
console.log(`${file}: ${pairs.length} pairs`);
