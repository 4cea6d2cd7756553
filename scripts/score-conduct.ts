// Scores the default linter on a labelled file for the conduct clauses (2.4–2.9) only.
// npx tsx scripts/score-conduct.ts [file…]   (VERBOSE=1 lists misses and false alarms)
import { readFileSync } from 'node:fs';
import { createLinter } from '../rules/engine';
import { scoreConduct } from '../test/support/conduct-score';

const files = process.argv.slice(2);
const linter = createLinter();
for (const file of files.length ? files : ['test/fixtures/dev-conduct.jsonl', 'test/fixtures/corpus-examples.jsonl']) {
  const cases = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const s = scoreConduct(linter, cases);
  console.log(`${file}: recall ${s.recall.toFixed(3)} (${s.caught}/${s.violating}), false alarms ${s.falseAlarmRate.toFixed(3)} (${s.falseAlarms.length}/${s.clean}), per clause ${Object.entries(s.perClause).map(([k, v]) => `${k} ${v.caught}/${v.total}`).join(' ')}`);
  if (process.env.VERBOSE) {
    for (const m of s.misses) console.log(`  MISS ${m.id} ${JSON.stringify(m.expect)} ${m.kind}: ${m.text}`);
    for (const f of s.falseAlarms) console.log(`  FALSE ${f.id} ${f.kind}: ${f.text} -> ${f.findings}`);
  }
}
