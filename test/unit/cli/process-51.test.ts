// Round 51 (rt50-ux findings 2, 3 and 22): the real `replyguard` process. Output piped to `head` ends
// quietly with status 0 (no EPIPE stack trace); GBK on stdin and a directory as stdin exit 2 with a
// Chinese message; a command typed at a terminal says it is reading stdin instead of waiting silently.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rg-cli51-'));
const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

// Each run starts Node with tsx and (for lint/audit) builds the engine: seconds on a loaded machine.
describe('replyguard as a process', { timeout: 180_000 }, () => {
  it('exits 0 without a stack trace when the reader closes the pipe (lint --jsonl | head -1)', () => {
    const drafts = join(dir, 'many.jsonl');
    // ~40 bytes out per line: 8,000 lines overflow the 64 KB pipe buffer, so writes hit the closed pipe.
    writeFileSync(drafts, Array.from({ length: 8000 }, (_, i) => JSON.stringify({ id: i, text: '您好' })).join('\n') + '\n');
    const r = sh(`node ${BIN} lint --jsonl < ${drafts} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`);
    expect(r.stdout).toBe('{"id":0,"findings":[]}\n');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*:\d+/);
    expect(r.stderr).toContain('status=0');
  });

  it('refuses GBK on stdin with exit 2, a Chinese message and no stack trace', () => {
    const gbk = join(dir, 'gbk.jsonl');
    // {"id":1,"text":"加我微信abc12345"} saved as GBK
    writeFileSync(gbk, Buffer.concat([Buffer.from('{"id":1,"text":"'), Buffer.from([0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]), Buffer.from('abc12345"}\n')]));
    const r = sh(`node ${BIN} audit < ${gbk}`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^输入不是 UTF-8 编码：标准输入第 1 行.*GBK.*iconv -f GBK -t UTF-8/);
  });

  it('refuses a directory as stdin with exit 2 instead of an empty success', () => {
    const r = sh(`node ${BIN} stats < ${dir}`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('无法读取标准输入：它是一个目录');
  });

  const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!python)('prints a reading hint at a terminal before the engine loads', () => {
    // Run in a pseudo-terminal, read what appears within 40 s, then kill it (it waits for Ctrl+D).
    const script = [
      'import os, pty, sys, time, select, signal',
      'pid, fd = pty.fork()',
      `if pid == 0: os.execvp("node", ["node", ${JSON.stringify(BIN)}, "lint", "--jsonl"])`,
      'out = b""; t0 = time.time()',
      'while time.time() - t0 < 40 and b"Ctrl+D" not in out:',
      '    r, _, _ = select.select([fd], [], [], 0.2)',
      '    if r:',
      '        try: out += os.read(fd, 4096)',
      '        except OSError: break',
      'os.kill(pid, signal.SIGKILL)',
      'sys.stdout.write(out.decode("utf8", "replace"))',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toContain('正在从标准输入读取');
  });
});
