// Round 62 (ux62): a run that fails inside ReplyGuard itself. An exception in the CLI's own code escaped main() and Node
// exited 1 — the contract's 「blocks or warnings found」 — so a 质检 script read a crash as findings, and lint --jsonl's
// output, cut off after the lines answered so far, looked like a whole run's. Crashes are injected in the middle of a
// JSONL run: in-process (the reader, the output, the engine) and in a real `replyguard` process (a callback's throw).
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR_EXIT } from '@/cli/exit-codes';
import { internalErrorMessage, outOfMemory } from '@/cli/crash';
import { memoryIO, type CliIO } from '@/cli/io';
import { run as lint } from '@/cli/lint';
import { main } from '@/cli/main';
import { defineRule } from '@/rules/define-rule';
import { createLinter, type Linter } from '@/rules/engine';

const BIN = join(resolve(__dirname, '../../..'), 'bin/replyguard.mjs');
const draft = (i: number) => `{"id":${i},"text":"${i === 2 ? '加我微信 abc12345' : '您好，已经为您安排发货。'}"}`;
const input = (n: number) => Array.from({ length: n }, (_, k) => draft(k + 1)).join('\n') + '\n';
const parsed = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

/** memoryIO whose reader yields `good` lines of `text`, then throws `error` (a bug in reading, after those lines). */
function readerFailsAfter(text: string, good: number, error: unknown): ReturnType<typeof memoryIO> {
  const io = memoryIO(text);
  const lines = io.lines.bind(io);
  io.lines = async function* () {
    let n = 0;
    for await (const line of lines()) {
      if (n++ === good) throw error;
      yield line;
    }
  } as CliIO['lines'];
  return io;
}

describe('cli 62: ReplyGuard failing itself exits 70, says so, and never leaves a whole-looking output', { timeout: 60_000 }, () => {
  it('lint --jsonl, the reader throws after 3 of 5 lines: status 70 (not 1), 3 answers, then a line saying the run did not finish', async () => {
    const io = readerFailsAfter(input(5), 3, new TypeError("Cannot read properties of undefined (reading 'length')"));
    expect(await main(['lint', '--jsonl'], io)).toBe(INTERNAL_ERROR_EXIT);
    expect(INTERNAL_ERROR_EXIT).toBe(70);
    const out = parsed(io.stdout);
    expect(out.slice(0, 3).map((l) => l.id)).toEqual([1, 2, 3]);
    expect(out[3]).toEqual({ line: 4, error: expect.stringMatching(/^运行没有完成：回复卫士内部出错，第 4 行起没有结果 \/ the run did not finish/), incomplete: true });
    expect(out).toHaveLength(4);
    // Chinese first, what failed, how far, what to do; then the details for a bug report.
    expect(io.stderr).toMatch(/^内部错误（TypeError: Cannot read properties of undefined \(reading 'length'\)）：运行没有完成：已读取 3 行，输出里只有前 3 行的结果/);
    expect(io.stderr).toContain('这不是输入的问题');
    expect(io.stderr).toContain('replyguard --version');
    expect(io.stderr).toContain('/ internal error (TypeError');
    expect(io.stderr).toMatch(/详情 \/ details:\n {2}TypeError/);
  });

  it('lint --jsonl, the output itself throws (not a write error) on the 3rd answer: 70, the answers before it stand', async () => {
    const io = memoryIO(input(5));
    const out = io.out.bind(io);
    let calls = 0;
    io.out = (text) => {
      if (++calls === 3) throw new Error('formatter bug');
      out(text);
    };
    expect(await main(['lint', '--jsonl'], io)).toBe(70);
    const lines = parsed(io.stdout);
    expect(lines.slice(0, 2).map((l) => l.id)).toEqual([1, 2]);
    expect(lines.at(-1)).toMatchObject({ line: 3, incomplete: true });
    expect(io.stderr).toContain('已读取 3 行，输出里只有前 2 行的结果');
  });

  it('memory running out as JavaScript sees it (RangeError: Invalid string length): 70, and the advice is to split the input', async () => {
    const io = readerFailsAfter(input(4), 2, new RangeError('Invalid string length'));
    expect(await main(['lint', '--jsonl'], io)).toBe(70);
    expect(io.stderr).toContain('内存不足：请把输入分成几份分别运行（例如 split -l 10000 文件 part-）');
    expect(io.stderr).toContain('--max-old-space-size');
    expect(outOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(outOfMemory(Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' }))).toBe(true);
    expect(outOfMemory(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(outOfMemory(new TypeError('x is not a function'))).toBe(false);
  });

  it.each([['audit'], ['stats']])('%s, the reader throws mid-run: 70, no report on stdout (never a part of one), stderr says none was written', async (command) => {
    const events = Array.from({ length: 6 }, (_, i) => `{"conv":"c1","id":"m${i}","dir":"${i % 2 ? 'out' : 'in'}","ts":${1714528800000 + i * 1000},"text":"您好"}`).join('\n');
    const io = readerFailsAfter(events, 4, new TypeError('boom'));
    expect(await main([command], io)).toBe(70);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^内部错误（TypeError: boom）：运行没有完成：已读取 4 行，没有写出报告/);
  });

  it('lint "draft", the engine throws: 70 and no report', async () => {
    const io = memoryIO('');
    const throwing = () => ({ ...createLinter(), lintDetailed: () => { throw new Error('engine bug'); } }) as Linter;
    // Through main's handling: lint's own run lets the exception out.
    await expect(lint(['您好'], io, throwing)).rejects.toThrow('engine bug');
    expect(internalErrorMessage(new Error('engine bug'), { kind: 'draft', lines: 0, finished: false })).toMatch(/^内部错误（Error: engine bug）：运行没有完成：草稿没有检查完，没有写出结果/);
  });

  it('lint --jsonl, the engine throws on line 2 of 4: every line answered, line 2 flagged incomplete, status 70 (was 0)', async () => {
    const real = createLinter();
    const throwing: Linter = { ...real, lintDetailed: (text: string) => { if (text.includes('微信')) throw new Error('engine bug'); return real.lintDetailed(text); } };
    const io = memoryIO(input(4));
    expect(await lint(['--jsonl'], io, () => throwing)).toBe(70);
    const out = parsed(io.stdout);
    expect(out).toHaveLength(4);
    expect(out[1]).toEqual({ line: 2, id: 2, error: '检查失败，本行没有结果 / lint failed, no result for this line: engine bug', incomplete: true });
    expect([out[0], out[2], out[3]]).toEqual([1, 3, 4].map((id) => ({ id, findings: [] })));
    expect(io.stderr).toMatch(/^内部错误：第 2 行检查失败（回复卫士自身出错），这些行带 "incomplete": true，结果不完整，退出码 70/);
  });

  it('a rule that throws leaves its line incomplete in the output itself (not only on stderr), status 70; the readable report says 结果不完整', async () => {
    const broken = defineRule({
      meta: { id: 'broken', clause: '2.4', severity: 'block', title: { zh: '坏规则', en: 'broken' }, description: { zh: '测试', en: 'test' }, hint: { zh: '无', en: 'none' } },
      check(ctx) {
        if (ctx.text.includes('微信')) throw new Error('boom');
        return [];
      },
    });
    const withBroken = () => createLinter({ rules: [...createLinter().rules, broken] });
    const io = memoryIO(input(3));
    expect(await lint(['--jsonl'], io, withBroken)).toBe(70);
    const out = parsed(io.stdout);
    expect(out[0]).toEqual({ id: 1, findings: [] });
    expect(out[1]).toMatchObject({ id: 2, error: expect.stringMatching(/^规则 broken 出错，本行结果不完整/), incomplete: true });
    expect((out[1]!.findings as { clause: string }[]).some((f) => f.clause === '2.3')).toBe(true); // the other rules' findings kept
    expect(out[2]).toEqual({ id: 3, findings: [] });
    const one = memoryIO('');
    expect(await lint(['加我微信 abc12345'], one, withBroken)).toBe(70);
    expect(one.stdout).toMatch(/\n结果不完整：规则 broken 出错，本行结果不完整/);
  });

  it('--help lists 70 (and 134 for Node aborting out of memory) in every command and the usage', async () => {
    for (const args of [['lint', '--help'], ['audit', '--help'], ['stats', '--help'], ['--help']]) {
      const io = memoryIO('');
      expect(await main(args, io)).toBe(0);
      expect(io.stdout).toMatch(/70 回复卫士|退出码 70/);
      expect(io.stdout).toContain('134');
    }
  });
});

/** A real `replyguard lint --jsonl` whose stdout write of answer 3 schedules a throw (a callback's bug, outside main's await chain). */
function crashingProcess(): Promise<{ out: string; err: string; code: number | null }> {
  const inject = `const w = process.stdout.write.bind(process.stdout); process.stdout.write = (c, ...a) => { const r = w(c, ...a); if (String(c).includes('"id":3')) setImmediate(() => { throw new TypeError('injected crash'); }); return r; };`;
  return new Promise((done) => {
    const p = spawn('node', ['--import', `data:text/javascript,${encodeURIComponent(inject)}`, BIN, 'lint', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.stdin.write(input(3)); // stdin left open: the run is mid-way when the throw comes
    p.on('close', (code) => done({ out, err, code }));
  });
}

describe('cli 62: in a real process', { timeout: 120_000 }, () => {
  it('an exception thrown in a callback mid-run exits 70 (Node alone: 1), with the unfinished line last', async () => {
    const r = await crashingProcess();
    expect(r.code).toBe(70);
    const out = parsed(r.out);
    expect(out.slice(0, 3).map((l) => l.id)).toEqual([1, 2, 3]);
    expect(out[3]).toMatchObject({ line: 4, incomplete: true });
    expect(r.err).toMatch(/^内部错误（TypeError: injected crash）：运行没有完成：已读取 3 行，输出里只有前 3 行的结果/);
  });
});
