// Generates rules/rule-list.generated.ts: each registered rule's id, clause, default severity and title, for the
// options page's rule table. Importing rules/registry.ts there would bundle the whole engine (rules, lexicon:
// over a megabyte) into a page that only lists names.
// Run after adding, removing or renaming a rule: npx tsx scripts/gen-rule-list.ts   (a unit test fails when it is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/registry';
import { renderRuleList } from './rule-list-source';

const file = fileURLToPath(new URL('../rules/rule-list.generated.ts', import.meta.url));
writeFileSync(file, renderRuleList(RULES));
console.log(`${file}: ${RULES.length} rules`);
