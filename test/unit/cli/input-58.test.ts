// Round 58 (ux58): the CLI had no line-length limit: a 50 MB line took 66–185 s and 1.1–1.7 GB, and a 10 GB file with no
// line end was gathered whole. A line over MAX_LINE_BYTES (8 MiB) is now counted to its end as it streams by (never
// gathered) and named at its line in each command's error shape; the other lines still run. Input that starts with
// nothing but NULs (a sparse file) was called UTF-32LE; it is now named.
import { describe, expect, it } from 'vitest';
import { LongLine, MAX_LINE_BYTES, memoryIO, readInputLines } from '@/cli/io';
import { main } from '@/cli/main';
import '@/rules/engine'; // loaded lazily by the CLI; here with the file so no test's time includes it

const LONG = MAX_LINE_BYTES + 1;
const longMessage = (line: number, bytes: number) =>
  `第 ${line} 行太长（${bytes.toLocaleString('en-US')} 字节），超过每行 8,388,608 字节（8 MB）的上限，未检查：聊天消息远没有这么长，这一行多半已损坏，或不是每行一条的聊天记录（例如整个 JSON 数组写在了一行）`;
const ev = (id: string, text: string) => JSON.stringify({ conv: 'c1', id, dir: 'out', ts: '2024-05-01T10:00:00+08:00', text });

/** The lines read from `chunks`, a LongLine shown as {long: line, bytes}. */
async function read(chunks: Uint8Array[]) {
  const out: unknown[] = [];
  for await (const line of readInputLines(chunks)) out.push(line instanceof LongLine ? { long: line.line, bytes: line.bytes } : line);
  return out;
}

describe('input 58: a line past 8 MiB is named at its line, the others still run', () => {
  it('lint --jsonl: its error line in the contract shape, the lines around it answered, status 0', async () => {
    const long = `{"id":2,"text":"${'a'.repeat(LONG - 18)}"}`; // 8 MiB and 1 byte
    const io = memoryIO(`{"id":1,"text":"加我微信"}\n${long}\r\n{"id":3,"text":"加我微信"}\n`);
    expect(await main(['lint', '--jsonl'], io)).toBe(0);
    const out = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 1, findings: [{ rule: 'contact-wechat' }] });
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining(longMessage(2, LONG)) });
    expect(Buffer.byteLength(long)).toBe(LONG);
    expect(out[1].error).toMatch(/ \/ line 2 is too long \(8,388,609 bytes\), over the limit of 8,388,608 bytes/);
    expect(out[2]).toMatchObject({ id: 3, findings: [{ rule: 'contact-wechat' }] });
  });

  it('a line of exactly 8 MiB is still read (here: not JSON, so a JSON error, not 「太长」)', async () => {
    const io = memoryIO(`${'x'.repeat(MAX_LINE_BYTES)}\n`);
    expect(await main(['lint', '--jsonl'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual({ line: 1, error: expect.stringMatching(/^不是合法的 JSON/) });
  });

  it('audit: a malformed line on stderr, the other lines inspected and counted', async () => {
    const io = memoryIO([ev('m1', '加我微信'), ev('m2', 'a'.repeat(LONG)), ev('m3', '您好，请稍等')].join('\n'));
    expect(await main(['audit', '--json', '--now', '2024-05-02T00:00:00+08:00'], io)).toBe(1);
    const bytes = Buffer.byteLength(ev('m2', 'a'.repeat(LONG)));
    expect(JSON.parse(io.stderr.trim())).toEqual({ line: 2, error: expect.stringContaining(longMessage(2, bytes)) });
    const report = JSON.parse(io.stdout);
    expect(report.summary).toMatchObject({ shopMessages: 2, lintedMessages: 2, violatingMessages: 1, malformedLines: 1 });
  });

  it('stats: a malformed line on stderr, the others counted; only a long line: no readable line, status 2', async () => {
    const inMsg = JSON.stringify({ conv: 'c1', id: 'q1', dir: 'in', ts: '2024-05-01T10:00:00+08:00' });
    const io = memoryIO([inMsg, `{"pad":"${'a'.repeat(LONG)}"}`, ev('a1', '好的')].join('\n'));
    expect(await main(['stats', '--now', '2024-05-02T00:00:00+08:00'], io)).toBe(0);
    expect(JSON.parse(io.stderr.trim())).toEqual({ line: 2, error: expect.stringContaining('第 2 行太长') });
    expect(JSON.parse(io.stdout).days['2024-05-01']).toMatchObject({ eligible: 1, onTime: 1 });
    const only = memoryIO('a'.repeat(LONG));
    expect(await main(['stats'], only)).toBe(2);
    expect(only.stderr).toMatch(/第 1 行太长[\s\S]*没有一行可以读取/);
  });

  it('lint < file (one draft): a line past the limit refuses the draft, status 2, not half of it judged', async () => {
    const io = memoryIO(`加我微信\n${'好'.repeat(Math.ceil(LONG / 3))}\n`);
    expect(await main(['lint'], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('第 2 行太长');
  });

  it('a long line is counted across chunks and CRLF / CR-only line ends without being gathered', async () => {
    const chunk = new Uint8Array(1 << 20).fill(0x61); // 1 MiB of "a"
    const chunks = [new TextEncoder().encode('first\r'), ...Array.from({ length: 12 }, () => chunk), new TextEncoder().encode('\r\nlast\rend')];
    expect(await read(chunks)).toEqual(['first', { long: 2, bytes: 12 << 20 }, 'last', 'end']);
    // With no line end at all (the file's last line).
    expect(await read([new TextEncoder().encode('ok\n'), ...Array.from({ length: 9 }, () => chunk)])).toEqual(['ok', { long: 2, bytes: 9 << 20 }]);
  });

  // (Each reading in its own test: 8 MiB of UTF-16 takes seconds on a loaded machine.)
  const utf16Long = () => Buffer.from(`\uFEFF加我微信\r\n${'好'.repeat(MAX_LINE_BYTES / 2 + 5)}\n末行`, 'utf16le');
  it('UTF-16 input: a long line counted in bytes (2 a unit) across chunks, the lines after it read', async () => {
    const bytes = utf16Long();
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
    expect(await read(chunks)).toEqual(['加我微信', { long: 2, bytes: MAX_LINE_BYTES + 10 }, '末行']);
  });

  it('UTF-16 input: past the limit only in the chunk that ends the line', async () => {
    expect(await read([utf16Long()])).toEqual(['加我微信', { long: 2, bytes: MAX_LINE_BYTES + 10 }, '末行']);
  });

  it('UTF-16 input: a long last line with no line end', async () => {
    const last = Buffer.from(`\uFEFFa\n${'好'.repeat(MAX_LINE_BYTES / 2 + 1)}`, 'utf16le');
    expect(await read([last])).toEqual(['a', { long: 2, bytes: MAX_LINE_BYTES + 2 }]);
  });
});

describe('input 58: input that starts with nothing but NULs is named, not called UTF-32LE', () => {
  it.each(['lint', 'audit', 'stats'])('%s', async (command) => {
    const io = memoryIO(new Uint8Array(4096));
    expect(await main(command === 'lint' ? ['lint', '--jsonl'] : [command], io)).toBe(2);
    expect(io.stderr).toMatch(/^输入开头全是 NUL 字节（00），不是文本：多半是稀疏文件/m);
    expect(io.stderr).not.toContain('UTF-32');
  });
});
