// Round 56 (ux56): an input with no text. Before, a truly empty stdin and a UTF-16 mark alone (`printf '\xff\xfe'`)
// printed nothing and exited 0 from lint --jsonl, and audit reported 「✓ 未发现违规」 with exit 0: a failed export or the
// wrong file passed unseen. A UTF-8 mark alone got a blank-line error line, a UTF-16 mark with a one-byte newline
// 「内容却是 UTF-8」: several answers for one empty file. Now every input with no text (0 bytes, or only byte order
// marks, blank lines and spaces) is one refusal in lint and audit: EMPTY_INPUT on stderr, status 2; lint --jsonl answers
// each blank line, as its contract says, names the empty input on stderr and keeps status 0 (lead: a stream fed nothing is no
// error for a pipeline); stats gives its contract's empty figures, exit 0.
import { describe, expect, it } from 'vitest';
import { EMPTY_INPUT, memoryIO, readLines } from '@/cli/io';
import { main } from '@/cli/main';
import { createLinter } from '@/rules/engine';
import { run as runLint } from '@/cli/lint';

const b = (...bytes: number[]) => Uint8Array.from(bytes);
const LF16LE = b(0x0a, 0x00);

// What a demanding user feeds by mistake: each has no text at all; the number is its blank lines (a mark is no line).
const NO_TEXT: [string, Uint8Array, number][] = [
  ['0 bytes', b(), 0],
  ['UTF-16LE mark alone (FF FE)', b(0xff, 0xfe), 0],
  ['UTF-16BE mark alone (FE FF)', b(0xfe, 0xff), 0],
  ['UTF-8 mark alone (EF BB BF)', b(0xef, 0xbb, 0xbf), 0],
  ['UTF-8 mark twice', b(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), 0],
  ['UTF-32LE mark alone', b(0xff, 0xfe, 0x00, 0x00), 0],
  ['UTF-16LE mark and a UTF-16 newline', b(0xff, 0xfe, ...LF16LE), 1],
  ['UTF-16BE mark and a UTF-16 newline', b(0xfe, 0xff, 0x00, 0x0a), 1],
  ["UTF-16LE mark and a one-byte newline (printf '\\xff\\xfe\\n')", b(0xff, 0xfe, 0x0a), 1],
  ['UTF-16BE mark and a one-byte newline', b(0xfe, 0xff, 0x0a), 1],
  ['UTF-16LE mark and CRLF', b(0xff, 0xfe, 0x0d, 0x0a), 1],
  ['UTF-8 mark and a newline', b(0xef, 0xbb, 0xbf, 0x0a), 1],
  ['a newline', b(0x0a), 1],
  ['blank lines and spaces, mixed line ends', Buffer.from(' \r\n\t\r\n\r  \n'), 4],
  ['UTF-16LE blank lines', Buffer.concat([b(0xff, 0xfe), Buffer.from('\n  \r\n\n', 'utf16le')]), 3],
];

const NOW = ['--now', '2026-12-06T12:00:00+08:00'];
const JUDGING: [string, string[]][] = [
  ['lint (readable)', ['lint']],
  ['audit', ['audit', ...NOW]],
  ['audit --json', ['audit', '--json', ...NOW]],
];

describe('input 56: an input with no text is one refusal wherever a verdict is given', { timeout: 120_000 }, () => {
  for (const [command, argv] of JUDGING) {
    it.each(NO_TEXT)(`${command}: %s → the empty-input message, nothing on stdout, status 2`, async (_, bytes) => {
      const io = memoryIO(bytes);
      expect(await main(argv, io)).toBe(2);
      expect(io.stdout).toBe('');
      expect(io.stderr).toBe(`${EMPTY_INPUT}\n`);
    });
  }

  it.each(NO_TEXT)('lint --jsonl: %s → each blank line answered, then the empty-input message on stderr, status 0', async (_, bytes, blankLines) => {
    const io = memoryIO(bytes);
    expect(await main(['lint', '--jsonl'], io)).toBe(0);
    const rows = io.stdout ? io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; error: string }) : [];
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: blankLines }, (_, i) => i + 1));
    for (const r of rows) expect(r.error).toMatch(/^空行/);
    expect(io.stderr).toBe(`${EMPTY_INPUT}\n`);
  });

  it.each(NO_TEXT)('stats: %s → the empty figures of its contract, status 0, nothing on stderr', async (_, bytes) => {
    const io = memoryIO(bytes);
    expect(await main(['stats', ...NOW], io)).toBe(0);
    expect(io.stdout).toBe('{"days":{},"months":{}}\n');
    expect(io.stderr).toBe('');
  });

  it('says it Chinese first, English second, and names the cause', () => {
    expect(EMPTY_INPUT).toMatch(/^没有要检查的文本：标准输入是空的.*字节顺序标记.* \/ nothing to check: standard input is empty/);
  });

  it('lint --jsonl with blank lines and one draft is read as before: status 0', async () => {
    const io = memoryIO(Buffer.concat([b(0xff, 0xfe), Buffer.from('\n\r\n{"id":1,"text":"加我微信abc12345"}\n', 'utf16le')]));
    expect(await runLint(['--jsonl'], io, createLinter)).toBe(0);
    const rows = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line?: number; id?: number; findings?: unknown[] });
    expect(rows.map((r) => r.line ?? r.id)).toEqual([1, 2, 1]);
    expect(rows[2]!.findings!.length).toBeGreaterThan(0);
    expect(io.stderr).toBe('');
  });

  it('audit with only a rating line is not empty', async () => {
    const io = memoryIO('{"type":"rating","ts":"2026-12-06T10:00:00+08:00","rating":"satisfied"}\n');
    expect(await main(['audit', ...NOW], io)).toBe(0);
    expect(io.stderr).toBe('');
  });

  it.each([
    ['UTF-8', Buffer.concat([Buffer.from('{"id":1,"text":"你好"}\n'), b(0xef, 0xbb, 0xbf)])],
    ['UTF-16LE', Buffer.concat([b(0xff, 0xfe), Buffer.from('{"id":1,"text":"你好"}\n\uFEFF', 'utf16le')])],
  ])('%s: marks after the last line end (cat of a file and an empty marked one) are no line', async (_, bytes) => {
    const lines: string[] = [];
    for await (const l of readLines([bytes])) lines.push(l);
    expect(lines).toEqual(['{"id":1,"text":"你好"}']);
  });

  it('a mark followed by a blank line ending in text is read, not refused', async () => {
    const lines: string[] = [];
    for await (const l of readLines([b(0xff, 0xfe, ...LF16LE, ...Buffer.from('x', 'utf16le'))])) lines.push(l);
    expect(lines).toEqual(['', 'x']);
  });
});
