// Round 52 (rt51 F8): a failed write of the output other than EPIPE (`> /dev/full`: ENOSPC) printed a Node stack trace
// and exited 1, which means "findings". Now: one line on stderr, Chinese first, and status 2, for every command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFailureMessage } from '@/cli/io';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rg-cli52-'));
const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

const events = join(dir, 'events.jsonl');
writeFileSync(events, '{"conv":"c1","id":"m1","dir":"in","ts":1796460000000,"text":"在吗"}\n{"conv":"c1","id":"m2","dir":"out","ts":1796460060000,"text":"在的"}\n');
const drafts = join(dir, 'drafts.jsonl');
// Enough output to fill more than one write buffer.
writeFileSync(drafts, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: '加我微信abc12345' })).join('\n') + '\n');

const FULL = /^写入输出失败：磁盘已满（ENOSPC），输出不完整 \/ could not write the output: disk full \(ENOSPC\); the output is incomplete\n$/;

describe.skipIf(!existsSync('/dev/full'))('replyguard when the output cannot be written (> /dev/full)', { timeout: 300_000 }, () => {
  it.each([
    ['lint, readable report (1 finding)', `node ${BIN} lint "加我微信abc12345"`],
    ['lint --jsonl', `node ${BIN} lint --jsonl < ${drafts}`],
    ['stats', `node ${BIN} stats < ${events}`],
    ['audit', `node ${BIN} audit < ${events}`],
    ['audit --json', `node ${BIN} audit --json < ${events}`],
  ])('%s: one Chinese line on stderr, status 2, no stack trace', (_, command) => {
    const r = sh(`${command} > /dev/full`);
    expect(r.stderr).toMatch(FULL);
    expect(r.status).toBe(2);
  });

  it('stderr itself full: still status 2 (not a crash), though nothing more can be said', () => {
    // A timestamp in seconds: stats warns on stderr, which cannot take it.
    const r = sh(`printf '{"conv":"c","id":"m","dir":"in","ts":1796460000}\\n' | node ${BIN} stats > /dev/null 2>/dev/full; echo "status=$?"`);
    expect(r.stdout).toBe('status=2\n');
  });
});

describe('writeFailureMessage', () => {
  it('names the cause in Chinese, then English, with the code', () => {
    const e = (code: string, message = 'x') => Object.assign(new Error(message), { code });
    expect(writeFailureMessage(e('EIO'))).toBe('写入输出失败：读写设备出错（EIO），输出不完整 / could not write the output: input/output error (EIO); the output is incomplete\n');
    expect(writeFailureMessage(e('EBADF'))).toContain('写入输出失败：输出已关闭（EBADF）');
    expect(writeFailureMessage(e('EWHATEVER', 'odd failure'))).toBe('写入输出失败：系统错误（EWHATEVER），输出不完整 / could not write the output: odd failure (EWHATEVER); the output is incomplete\n');
  });
});
