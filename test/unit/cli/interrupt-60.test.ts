// Round 60 (ux60): Ctrl+C (SIGINT) on a long `lint --jsonl` / audit / stats run ended it with status 130 and no word: a
// 质检 user could take the partial output for the whole. It now says on stderr (never stdout) how far it got and that
// the result is incomplete, then dies of the same signal (the shell's 130). audit / stats write their report in one
// write at the end: an interrupted run leaves none (a `> report` the shell made stays empty), and says so.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interruptedMessage } from '@/cli/io';

const BIN = join(resolve(__dirname, '../../..'), 'bin/replyguard.mjs');
const event = (i: number) => `{"id":${i},"conv":"c1","dir":"out","ts":1714528800000,"text":"加我微信abc12345"}\n`;

/** Runs the command with 3 lines on a stdin left open, waits until `ready`, sends `signal`; its output, stderr and how it ended. */
function interrupted(args: string[], signal: NodeJS.Signals, ready: (out: string) => boolean, stdoutFile?: string) {
  return new Promise<{ out: string; err: string; code: number | null; signal: NodeJS.Signals | null }>((done) => {
    const fd = stdoutFile ? openSync(stdoutFile, 'w') : null;
    const p = spawn('node', [BIN, ...args], { stdio: ['pipe', fd ?? 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout?.on('data', (d) => (out += d));
    p.stderr!.on('data', (d) => (err += d));
    for (let i = 1; i <= 3; i++) p.stdin!.write(event(i));
    const started = Date.now();
    const poll = setInterval(() => {
      // Without a stdout to watch (a file), the command has read its 3 lines once its engine is up: given a few seconds.
      if (ready(out) && (!stdoutFile || Date.now() - started > 6000)) {
        clearInterval(poll);
        p.kill(signal);
      }
    }, 100);
    p.on('close', (code, sig) => {
      if (fd !== null) closeSync(fd);
      done({ out, err, code, signal: sig });
    });
  });
}

describe('cli 60: an interrupted run says so', { timeout: 120_000 }, () => {
  it('the words: lines processed for lint --jsonl, no report for audit / stats, Chinese first', () => {
    expect(interruptedMessage('SIGINT', { kind: 'answers', lines: 12000, finished: false })).toBe(
      '已中断（SIGINT）：已处理 12,000 行，结果不完整：输出里只有前 12,000 行的结果 / interrupted (SIGINT): 12,000 lines processed, the results are incomplete: the output holds the first 12,000 lines\' results\n',
    );
    expect(interruptedMessage('SIGTERM', { kind: 'report', lines: 3, finished: false })).toMatch(/^已中断（SIGTERM）：已读取 3 行，结果不完整：没有写出报告/);
  });

  it('lint --jsonl, Ctrl+C after 3 lines: 3 whole answers on stdout, the word on stderr only, killed by SIGINT (130)', async () => {
    const r = await interrupted(['lint', '--jsonl'], 'SIGINT', (out) => out.split('\n').length > 3);
    expect(r.signal).toBe('SIGINT');
    const lines = r.out.split('\n');
    expect(lines.pop()).toBe(''); // the last line whole
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([1, 2, 3]);
    expect(r.out).not.toContain('已中断');
    expect(r.err).toBe('已中断（SIGINT）：已处理 3 行，结果不完整：输出里只有前 3 行的结果 / interrupted (SIGINT): 3 lines processed, the results are incomplete: the output holds the first 3 lines\' results\n');
  });

  it('audit > report.txt, Ctrl+C: the report file stays empty (never a partial report), stderr says none was written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ux60int-'));
    const file = join(dir, 'report.txt');
    const r = await interrupted(['audit'], 'SIGINT', () => true, file);
    const report = readFileSync(file, 'utf8');
    rmSync(dir, { recursive: true });
    expect(r.signal).toBe('SIGINT');
    expect(report).toBe('');
    expect(r.err).toMatch(/^已中断（SIGINT）：已读取 \d 行，结果不完整：没有写出报告/);
  });

  it('stats, SIGTERM (kill): the same word, dies of SIGTERM (143)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ux60int-'));
    const r = await interrupted(['stats'], 'SIGTERM', () => true, join(dir, 'stats.json'));
    rmSync(dir, { recursive: true });
    expect(r.signal).toBe('SIGTERM');
    expect(r.err).toMatch(/^已中断（SIGTERM）：已读取 \d 行，结果不完整：没有写出报告/);
  });
});
