// Round 60 (ux60): `replyguard --version` (and -V, `version`) was 「未知命令」 with the usage and status 2: a 质检 report
// could not record which version of the rules judged it. It prints package.json's version alone on stdout, status 0.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';

const ROOT = resolve(__dirname, '../../..');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

describe('cli 60: --version', { timeout: 120_000 }, () => {
  it.each(['--version', '-V', 'version'])('%s: the version alone on stdout, nothing on stderr, status 0', async (arg) => {
    const io = memoryIO('');
    expect(await main([arg], io)).toBe(0);
    expect(io.stdout).toBe(`${VERSION}\n`);
    expect(io.stderr).toBe('');
  });

  it('help lists it; an argument after it is a usage error on stderr (status 2)', async () => {
    const help = memoryIO('');
    expect(await main(['help'], help)).toBe(0);
    expect(help.stdout).toContain('replyguard --version');
    const extra = memoryIO('');
    expect(await main(['--version', 'lint'], extra)).toBe(2);
    expect(extra.stdout).toBe('');
    expect(extra.stderr).toContain('--version 不接受参数');
  });

  it('the real command (bundle or tsx) prints the same', () => {
    const r = spawnSync('node', [join(ROOT, 'bin/replyguard.mjs'), '-V'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });
});
