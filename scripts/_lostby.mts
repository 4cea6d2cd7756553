import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from '../rules/engine';
interface Line { id: string; text: string; expect: string[] }
const linter = createLinter();
const fixtures = new URL('../test/fixtures/', import.meta.url);
const lines: Line[] = readdirSync(fixtures).filter((f) => /^dev-.*\.jsonl$/.test(f)).sort()
  .flatMap((f) => readFileSync(new URL(f, fixtures), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line));
const catching = (text: string, expect: string[]) => linter.lint(text).filter((f) => expect.includes(f.clause) && f.severity !== 'info').map((f) => f.rule);
const alarms = (text: string) => linter.lint(text).some((f) => f.severity !== 'info');
const violations = lines.filter((l) => l.expect.length && !l.expect.includes('2.1') && catching(l.text, l.expect).length);
const clean = lines.filter((l) => !l.expect.length && !alarms(l.text));
const everyday = clean.map((l) => l.text).filter((t) => t.length < 60 && /[。！？～]$/.test(t));
const pick = (s: string) => { let h = 0; for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0; return everyday[h % everyday.length]!; };
const ended = (s: string) => (/[。！？!?～~]$/.test(s) ? s : `${s}。`);
const mode = process.argv[2] ?? 'before';
const rw = mode === 'before' ? (s: string) => `${pick(s)}${s}` : (s: string) => `${ended(s)}${pick(s)}`;
const byRule = new Map<string, number>(); let modelOnly = 0; let n = 0; const ex: string[] = [];
for (const l of violations) {
  const t = rw(l.text);
  if (catching(t, l.expect).length) continue;
  n++;
  const was = catching(l.text, l.expect);
  const key = was.every((r) => r.startsWith('likely-')) ? 'model-only' : 'word:' + [...new Set(was.filter((r) => !r.startsWith('likely-')))].join('+');
  if (key === 'model-only') modelOnly++;
  byRule.set(key, (byRule.get(key) ?? 0) + 1);
  if (key !== 'model-only' && ex.length < 40) ex.push(`${key} | ${t}`);
}
console.log(mode, 'lost', n, 'model-only', modelOnly);
for (const [k, v] of [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v, k);
if (process.argv.includes('-v')) for (const e of ex) console.log(e);
