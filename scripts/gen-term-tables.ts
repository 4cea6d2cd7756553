// Generates rules/term-tables.generated.ts: the registered rules' compiled terms (keys, automaton, pairs), which the
// engine decodes at start instead of building them (rules/term-tables.ts). `wxt build` runs it first (wxt.config.ts);
// run it by hand after changing a rule's terms, the fold or the pinyin / t2s tables:
//   npx tsx scripts/gen-term-tables.ts        (a unit test fails when the file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/registry';
import { renderTermTables } from './term-tables-source';

const file = fileURLToPath(new URL('../rules/term-tables.generated.ts', import.meta.url));
const text = renderTermTables(RULES);
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {
  // first run
}
// Written only when it changed: an unchanged file keeps its time, so nothing that watches it rebuilds.
if (text !== old) writeFileSync(file, text);
console.log(`${file}: ${text === old ? 'up to date' : 'written'} (${(text.length / 1024).toFixed(0)} KB)`);
