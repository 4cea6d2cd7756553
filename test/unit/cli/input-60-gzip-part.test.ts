// Round 60 (ux60): `cat a.jsonl b.jsonl.gz` stopped the whole run at the gzip part (lint --jsonl gave its lines no answer,
// as if the input ended there). The part's lines are now named one by one (a gzip member is unpacked in memory only to
// count them and find its end), text after it is answered again, and the advice unpacks that part alone; status 2.
// A whole gzip file stays refused with `gunzip -c 文件.gz | replyguard …` (input-57.test.ts).
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { memoryIO, NotUtf8Line, readInputLines } from '@/cli/io';
import { main } from '@/cli/main';
import { convertedByAdvice } from '../../support/cli-advice';
import '@/rules/engine'; // loaded lazily by the CLI; here with the file so no test's time includes it

const BREACH = '加我微信abc12345';
const draft = (id: number, text = BREACH) => `{"id":${id},"text":"${text}"}`;
const a = Buffer.from(`${draft(1)}\n${draft(2, '您好')}\n`);
const gz = gzipSync(Buffer.from(`${draft(3)}\n${draft(4, '好的')}\n${draft(5)}\n`));
const c = Buffer.from(`${draft(6)}\n`);
const outLines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
const hasGunzip = spawnSync('gunzip', ['--version']).status === 0;

describe('input 60: a gzip part after text lines', { timeout: 120_000 }, () => {
  it('lint --jsonl: each of its lines named (by the unpacked count), the text after it answered, status 2', async () => {
    const io = memoryIO(Buffer.concat([a, gz, c]));
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    const out = outLines(io.stdout);
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual([1, 2, 'line 3', 'line 4', 'line 5', 6]);
    expect(out[2].error).toMatch(/^第 3 行未检查：标准输入从第 3 行起是 gzip 压缩文件/);
    expect(out[5]).toMatchObject({ id: 6, findings: [{ rule: 'contact-wechat' }] });
    expect(io.stderr).toContain('标准输入第 3–5 行（解压后共 3 行）是 gzip 压缩数据');
    expect(io.stderr).toContain(`{ head -c ${a.length} 原文件; tail -c +${a.length + 1} 原文件 | head -c ${gz.length} | gunzip -c; tail -c +${a.length + gz.length + 1} 原文件; } > 新文件`);
  });

  it('at the end of the input (cat a.jsonl b.jsonl.gz), read in chunks of any size: the same lines', async () => {
    const joined = Buffer.concat([a, gz]);
    const numbers = async (chunks: Uint8Array[]) => {
      const got: (string | number)[] = [];
      for await (const l of readInputLines(chunks)) got.push(l instanceof NotUtf8Line ? l.line : (l as string));
      return got;
    };
    expect(await numbers([joined])).toEqual([draft(1), draft(2, '您好'), 3, 4, 5]);
    for (const size of [1, 3, 64]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < joined.length; i += size) chunks.push(joined.subarray(i, i + size));
      expect(await numbers(chunks), `chunks of ${size}`).toEqual([draft(1), draft(2, '您好'), 3, 4, 5]);
    }
  });

  it('a cut-off gzip part: one line to the end, said, status 2', async () => {
    const io = memoryIO(Buffer.concat([a, gz.subarray(0, 20)]));
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    expect(outLines(io.stdout).map((o) => o.id ?? `line ${o.line}`)).toEqual([1, 2, 'line 3']);
    expect(io.stderr).toContain('标准输入从第 3 行起是 gzip 压缩数据');
  });

  it.each(['audit', 'stats'])('%s: refused whole (nothing half-counted), the part named with the unpack command', async (command) => {
    const io = memoryIO(Buffer.concat([a, gz]));
    expect(await main([command, '--now', '2024-05-01T12:00:00+08:00'], io)).toBe(2);
    expect(io.stderr).toContain('标准输入第 3–5 行（解压后共 3 行）是 gzip 压缩数据');
    expect(io.stderr).toContain('| gunzip -c;');
    expect(io.stdout).toBe('');
  });

  it.skipIf(!hasGunzip)('the advised command (run here) gives a text file read whole: every breach found', async () => {
    const joined = Buffer.concat([a, gz, c]);
    const io = memoryIO(joined);
    await main(['lint', '--jsonl'], io);
    const after = memoryIO(convertedByAdvice(io.stderr, joined));
    expect(await main(['lint', '--jsonl'], after)).toBe(0);
    expect(outLines(after.stdout).map((o) => o.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
