// The popup and options page are preact without preact/compat: compat's memo alone added ~3.5 KB to the
// options chunk, and preact's own useMemo over an element skips its render the same way (TermsSection).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

it('no page module imports preact/compat', () => {
  const importing = ['components', 'entrypoints'].flatMap((d) => files(path.resolve(d))).filter((f) => /from ['"]preact\/compat['"]/.test(fs.readFileSync(f, 'utf8')));
  expect(importing.map((f) => path.relative(process.cwd(), f))).toEqual([]);
});
