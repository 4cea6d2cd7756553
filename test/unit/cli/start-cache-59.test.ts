// Round 59 (clistart59): `replyguard` starts from an esbuild bundle of cli/ + rules/ + utils/ cached in .cache/cli/
// instead of transforming 135 TypeScript modules through tsx on every spawn (~2.3 → ~1.1 s CPU a `lint`). What
// bin/replyguard.mjs promises must still hold: an edit to the sources is run on the very next spawn (no stale build),
// and a checkout where no cache can be written still works through tsx. Each case runs real processes on a private
// copy of the sources, so the edits never touch the repository.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const WECHAT_FILE = 'rules/checks/contact-wechat.ts';
const WECHAT_MESSAGE = '疑似引导买家添加微信（站外联系方式）';

let copy = '';
const run = (...args: string[]) => spawnSync('node', [join(copy, 'bin/replyguard.mjs'), ...args], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
const manifest = () => JSON.parse(readFileSync(join(copy, '.cache/cli/manifest.json'), 'utf8')) as { bundle: string; stamps: Record<string, string> };
const bundles = () => readdirSync(join(copy, '.cache/cli')).filter((n) => n.startsWith('b-'));
const editWechatMessage = (to: string) => {
  const path = join(copy, WECHAT_FILE);
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll(WECHAT_MESSAGE, to));
};

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'replyguard-start-'));
  for (const part of ['bin', 'cli', 'rules', 'utils', 'package.json', 'tsconfig.json', '.wxt/tsconfig.json']) {
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('replyguard start-up cache', { timeout: 300_000 }, () => {
  it('the first run builds a bundle whose manifest stamps every source it holds; the next run reuses it', () => {
    const first = run('lint', '加我微信');
    expect(first.status).toBe(1);
    expect(first.stdout).toContain(WECHAT_MESSAGE);
    const { bundle, stamps } = manifest();
    expect(Object.keys(stamps)).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/lint.ts', WECHAT_FILE, 'rules/engine.ts', 'rules/checks', 'bin/cli-bundle.mjs']));

    const second = run('lint', '加我微信');
    expect(second.stdout).toBe(first.stdout);
    expect(manifest().bundle).toBe(bundle);
    expect(bundles()).toEqual([bundle]);
  });

  it('an edit to rules/ is what the next run reports (no stale build), even with its size and mtime put back', () => {
    run('lint', '加我微信');
    editWechatMessage('疑似引导买家添加微信（站外联系方式）！');
    expect(run('lint', '加我微信').stdout).toContain('疑似引导买家添加微信（站外联系方式）！');

    // Same byte length, mtime restored: only the ctime (which no tool can set back) tells the edit apart.
    const path = join(copy, WECHAT_FILE);
    const before = statSync(path, { bigint: true });
    const times = join(copy, 'times');
    spawnSync('touch', ['-r', path, times]); // keeps the nanoseconds, which utimesSync would round to ms
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('疑似引导买家添加微信（站外联系方式）！', '疑似引导买家添加微信（站外联系方式）？'));
    spawnSync('touch', ['-r', times, path]);
    const after = statSync(path, { bigint: true });
    expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
    expect(run('lint', '加我微信').stdout).toContain('疑似引导买家添加微信（站外联系方式）？');
  });

  it('a source esbuild cannot read still gets tsx’s own error (status 1), and the fixed source runs again', () => {
    const path = join(copy, 'cli/output.ts');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `${good}\nexport const broken = ;\n`);
    const r = run('lint', '加我微信');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('output.ts');
    expect(r.stdout).toBe('');
    writeFileSync(path, good);
    expect(run('lint', '加我微信').stdout).toContain('拦截 BLOCK');
  });

  it('no cache can be written (.cache is a file): the run goes through tsx with the same output and status', () => {
    const before = run('lint', '加我微信');
    rmSync(join(copy, '.cache'), { recursive: true, force: true });
    writeFileSync(join(copy, '.cache'), ''); // unwritable even for root, unlike a read-only folder
    const r = run('lint', '加我微信');
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: before.status, stdout: before.stdout, stderr: before.stderr });
    expect(statSync(join(copy, '.cache')).isFile()).toBe(true);
  });
});
