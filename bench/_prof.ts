import { readFileSync } from 'node:fs';
import { createLinter } from '../rules/engine';
import { generateReplies } from './support';
const corpus = readFileSync(new URL('../test/fixtures/corpus-examples.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const linter = createLinter();
const mode = process.argv[2] ?? '500';
if (mode === 'big') {
  const big = generateReplies(corpus, 1024 * 1024, 1, 9)[0]!;
  linter.lint(big.slice(0, 10000));
  for (let i = 0; i < 3; i++) { const t = performance.now(); linter.lint(big); console.log('big', (performance.now() - t).toFixed(0), 'ms'); }
} else {
  const size = Number(mode);
  const drafts = generateReplies(corpus, size, 4000, 7 + size);
  for (const d of drafts.slice(0, 500)) linter.lint(d);
  const t = performance.now();
  for (let r = 0; r < 3; r++) for (const d of drafts) linter.lint(d);
  console.log(size, ((performance.now() - t) / drafts.length / 3 * 1000).toFixed(0), 'µs/draft');
}
