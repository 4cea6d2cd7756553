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

/**
 * Runs the command with `lines` on a stdin left open, waits until `ready` (given stdout and stderr so far), sends `signal`;
 * its output, stderr and how it ended.
 */
function interrupted(args: string[], lines: string, signal: NodeJS.Signals, ready: (out: string, err: string) => boolean, stdoutFile?: string) {
  return new Promise<{ out: string; err: string; code: number | null; signal: NodeJS.Signals | null }>((done) => {
    const fd = stdoutFile ? openSync(stdoutFile, 'w') : null;
    const p = spawn('node', [BIN, ...args], { stdio: ['pipe', fd ?? 'pipe', 'pipe'] });
    let out = '', err = '', sent = false;
    const check = () => {
      if (sent || !ready(out, err)) return;
      sent = true;
      p.kill(signal);
    };
    p.stdout?.on('data', (d) => ((out += d), check()));
    p.stderr!.on('data', (d) => ((err += d), check()));
    p.stdin!.write(lines);
    p.on('close', (code, sig) => {
      if (fd !== null) closeSync(fd);
      done({ out, err, code, signal: sig });
    });
  });
}

const THREE_EVENTS = [1, 2, 3].map(event).join('');
/**
 * audit and stats write nothing to stdout before the end, but name a malformed line on stderr as soon as they read it: a 4th
 * line that is not JSON says when the command has read all four (the signal comes then, not after a guessed wait).
 */
const READ_FOUR = `${THREE_EVENTS}not json\n`;
const fourthLineNamed = (_out: string, err: string) => err.includes('{"line":4,');

describe('cli 60: an interrupted run says so', { timeout: 120_000 }, () => {
  it('the words: lines processed for lint --jsonl, no report for audit / stats, Chinese first', () => {
    expect(interruptedMessage('SIGINT', { kind: 'answers', lines: 12000, finished: false })).toBe(
      '已中断（SIGINT）：已处理 12,000 行，结果不完整：输出里只有前 12,000 行的结果 / interrupted (SIGINT): 12,000 lines processed, the results are incomplete: the output holds the first 12,000 lines\' results\n',
    );
    expect(interruptedMessage('SIGTERM', { kind: 'report', lines: 3, finished: false })).toMatch(/^已中断（SIGTERM）：已读取 3 行，结果不完整：没有写出报告/);
  });

  it('lint --jsonl, Ctrl+C after 3 lines: 3 whole answers on stdout, the word on stderr only, killed by SIGINT (130)', async () => {
    const r = await interrupted(['lint', '--jsonl'], THREE_EVENTS, 'SIGINT', (out) => out.split('\n').length > 3);
    expect(r.signal).toBe('SIGINT');
    const lines = r.out.split('\n');
    expect(lines.pop()).toBe(''); // the last line whole
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([1, 2, 3]);
    expect(r.out).not.toContain('已中断');
    expect(r.err).toBe('已中断（SIGINT）：已处理 3 行，结果不完整：输出里只有前 3 行的结果 / interrupted (SIGINT): 3 lines processed, the results are incomplete: the output holds the first 3 lines\' results\n');
  });

  it('audit > report.txt, Ctrl+C once it has read 4 lines: the report file stays empty (never a partial report), stderr says none was written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ux60int-'));
    const file = join(dir, 'report.txt');
    const r = await interrupted(['audit'], READ_FOUR, 'SIGINT', fourthLineNamed, file);
    const report = readFileSync(file, 'utf8');
    rmSync(dir, { recursive: true });
    expect(r.signal).toBe('SIGINT');
    expect(report).toBe('');
    // The malformed line named, then the word, with the 4 lines read (never 0: the run's count is what it says).
    expect(r.err).toMatch(/^\{"line":4,"error":"[^\n]+"\}\n已中断（SIGINT）：已读取 4 行，结果不完整：没有写出报告/);
  });

  it('stats, SIGTERM (kill) once it has read 4 lines: the same word, dies of SIGTERM (143)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ux60int-'));
    const r = await interrupted(['stats'], READ_FOUR, 'SIGTERM', fourthLineNamed, join(dir, 'stats.json'));
    rmSync(dir, { recursive: true });
    expect(r.signal).toBe('SIGTERM');
    expect(r.err).toMatch(/^\{"line":4,"error":"[^\n]+"\}\n已中断（SIGTERM）：已读取 4 行，结果不完整：没有写出报告/);
  });
});
