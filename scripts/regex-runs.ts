// Counts regex executions per lint (every RegExp exec, including those test(), replace(), match() and search()
// make), with the cue rules' literal prefilter (detect/regex-needs.ts) on and off, over the bench's drafts.
//   npx tsx scripts/regex-runs.ts
import { readFileSync } from 'node:fs';
import { createLinter } from '../rules/engine';
import { setRegexPrefilter } from '../rules/detect/regex-needs';
import { generateReplies } from '../bench/support';

const corpus = readFileSync(new URL('../test/fixtures/corpus-examples.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

let runs = 0;
const exec = RegExp.prototype.exec;
// test(), @@replace, @@match, @@search and @@split all go through the `exec` property (ECMA-262 RegExpExec).
RegExp.prototype.exec = function (this: RegExp, s: string) {
  runs++;
  return exec.call(this, s);
};

const linter = createLinter();
for (const size of [50, 500, 5000]) {
  const drafts = generateReplies(corpus, size, size === 5000 ? 100 : 1000, 7 + size);
  const counts: Record<string, number> = {};
  for (const on of [false, true]) {
    setRegexPrefilter(on);
    for (const d of drafts) linter.lint(d); // first-use analysis outside the count
    runs = 0;
    for (const d of drafts) linter.lint(d);
    counts[on ? 'on' : 'off'] = runs / drafts.length;
  }
  setRegexPrefilter(true);
  console.log(
    `${String(size).padStart(5)} chars × ${drafts.length}: regex runs per draft, prefilter off ${counts.off!.toFixed(0)}, on ${counts.on!.toFixed(0)} (${((counts.on! / counts.off!) * 100).toFixed(0)}%)`,
  );
}
