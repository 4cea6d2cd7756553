// Generates rules/lexicon/t2s.generated.ts: traditional → simplified for every character that the
// lexicon and context words use, from OpenCC's tables (opencc-js). Only those characters matter for
// matching, and the full table (≈3,000 pairs, 14 KB gzipped) would crowd the content-script budget.
// Run after changing any lexicon: npx tsx scripts/gen-t2s.ts   (a unit test fails when it is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { T2S as BEFORE } from '../rules/lexicon/t2s.generated';
import { trainingCharacters } from './model-data';
import { t2sPairsFor, lexiconCharacters, renderT2S } from './t2s-source';

const pairs = t2sPairsFor(lexiconCharacters());
const file = fileURLToPath(new URL('../rules/lexicon/t2s.generated.ts', import.meta.url));
writeFileSync(file, renderT2S(pairs));
console.log(`${file}: ${pairs.length} pairs`);

// A pair added or dropped whose traditional character a training reply holds refolds the second opinion's training text:
// its digest changes and test/unit/rules/model.test.ts fails (scripts/model-data.ts trainingDigest). Pairs no reply uses are free.
const after: Record<string, string> = Object.fromEntries(pairs);
const changed = [...new Set([...Object.keys(BEFORE), ...Object.keys(after)])].filter((t) => BEFORE[t] !== after[t]);
const read = trainingCharacters();
const refolding = changed.filter((t) => read.has(t));
if (changed.length) console.log(`${changed.length} pairs changed, ${changed.length - refolding.length} of them unused by the model's training text (no retrain needed)`);
const as = (s: string | undefined, t: string) => (s === undefined ? `kept as ${t}` : `folded to ${s}`);
for (const t of refolding) {
  console.warn(`warning: ${t}, which the model's training replies hold, is now ${as(after[t], t)} (before: ${as(BEFORE[t], t)}): the training ` +
    'digest changes (test/unit/rules/model.test.ts fails, unless this undoes an earlier change). Re-anchor the rule word that brought it, or leave that word to the lead\'s retrain.');
}
