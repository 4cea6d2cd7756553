// `npm run bench`: runs every bench/*.bench.ts in this process and prints its figures.
// Benchmarks print numbers and ratios against a named peer; they never fail on a time.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`ReplyGuard benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<void> | void };
  await mod.run();
}
