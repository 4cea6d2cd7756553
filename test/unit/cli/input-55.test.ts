// Round 55 (ux55, rt54 Notes): files joined with cat keep each one's UTF-8 mark at the start of its first line.
// lint --jsonl dropped one mark per line, audit and stats one at line 1 only: line 2's mark made audit and stats call
// the line invalid JSON (a breach there uncounted), and a doubled mark mid-file failed even lint --jsonl. Now readLines
// drops every leading mark at every line, so the three commands read the same lines.
import { describe, expect, it } from 'vitest';
import { run as runAudit, type AuditReport } from '@/cli/audit';
import { memoryIO, readLines } from '@/cli/io';
import { run as runLint } from '@/cli/lint';
import { run as runStats } from '@/cli/stats';
import { createLinter } from '@/rules/engine';

const NOW = '2026-11-28T13:00:00+08:00';
const BOM = '\uFEFF';
const IN = JSON.stringify({ conv: 'c1', id: 'm1', dir: 'in', ts: '2026-11-28T10:00:00+08:00', text: '在吗' });
const OUT = JSON.stringify({ conv: 'c1', id: 'm2', dir: 'out', ts: '2026-11-28T10:01:00+08:00', text: '加我微信abc12345', agent: '小王' });
const DRAFT = JSON.stringify({ id: 1, text: '加我微信abc12345' });

// Where the marks stand: none, line 1, line 2 (cat of two marked files), doubled at line 2, at every line, in UTF-16.
const PLACES: [string, (a: string, b: string) => Uint8Array][] = [
  ['no mark', (a, b) => Buffer.from(`${a}\n${b}\n`)],
  ['line 1', (a, b) => Buffer.from(`${BOM}${a}\n${b}\n`)],
  ['line 2 (cat a b)', (a, b) => Buffer.from(`${BOM}${a}\n${BOM}${b}\n`)],
  ['doubled at line 2', (a, b) => Buffer.from(`${a}\n${BOM}${BOM}${b}\n`)],
  ['every line, CRLF', (a, b) => Buffer.from(`${BOM}${a}\r\n${BOM}${b}\r\n`)],
  ['UTF-16LE, a second mark at line 2', (a, b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${a}\n${BOM}${b}\n`, 'utf16le')])],
];

describe('input 55: a byte order mark at the start of any line, the same in lint --jsonl, audit and stats', { timeout: 120_000 }, () => {
  it.each(PLACES)('%s: readLines gives the lines without marks', async (_, bytes) => {
    const out: string[] = [];
    for await (const l of readLines([bytes(IN, OUT)])) out.push(l);
    expect(out).toEqual([IN, OUT]);
  });

  it.each(PLACES)('%s: lint --jsonl finds the breach on line 2, no JSON error', async (_, bytes) => {
    const io = memoryIO(bytes(DRAFT, DRAFT));
    await runLint(['--jsonl'], io, createLinter);
    const rows = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { error?: string; findings?: unknown[] });
    expect(rows.map((r) => r.error)).toEqual([undefined, undefined]);
    expect(rows.map((r) => r.findings?.length)).toEqual([1, 1]);
  });

  it.each(PLACES)('%s: audit counts the breach and no malformed line', async (_, bytes) => {
    const io = memoryIO(bytes(IN, OUT));
    expect(await runAudit(['--json', '--now', NOW], io, () => Date.parse('2030-01-01T00:00:00Z'))).toBe(1);
    const report = JSON.parse(io.stdout) as AuditReport;
    expect(report.summary).toMatchObject({ buyerMessages: 1, shopMessages: 1, violatingMessages: 1, malformedLines: 0 });
    expect(io.stderr).toBe('');
  });

  it.each(PLACES)('%s: stats reads both lines, as without marks (the question answered in 1:00)', async (_, bytes) => {
    const plain = memoryIO(PLACES[0]![1](IN, OUT));
    await runStats(['--now', NOW], plain);
    const io = memoryIO(bytes(IN, OUT));
    expect(await runStats(['--now', NOW], io)).toBe(0);
    expect(io.stdout).toBe(plain.stdout);
    expect(io.stdout).toContain('"onTime":1');
    expect(io.stderr).toBe('');
  });
});
