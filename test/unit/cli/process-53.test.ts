// Round 53 (rt52 F5, F7), in a real process with real bytes: a draft argument that is not UTF-8 (GBK, Shift-JIS
// terminals and scripts) was linted as U+FFFD garbage, 「回复中没有中文」, status 0; a file size limit (`ulimit -f`)
// killed the CLI with SIGXFSZ, no message, status 153; `audit --max ''` was --max 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rg-cli53-'));
const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
// Octal escapes for printf: the draft's bytes reach node's argv exactly as a GBK terminal would pass them.
const octal = (bytes: number[]) => bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
const GBK_WECHAT = [0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]; // 加我微信
const SJIS_WECHAT = [0x94, 0xf7, 0x90, 0x4d, 0x82, 0xc5, 0x98, 0x41, 0x97, 0x8d, 0x82, 0xb5, 0x82, 0xc4]; // 微信で連絡して

describe('replyguard lint "<draft>" with a draft that is not UTF-8', { timeout: 300_000 }, () => {
  it('GBK: refused with status 2, the encoding named (was: 「回复中没有中文」, info, status 0)', () => {
    const r = sh(`node ${BIN} lint "$(printf '${octal(GBK_WECHAT)}abc12345')"`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^草稿参数不是 UTF-8 编码：第 1 个字节起不是 UTF-8（字节 BC D3 CE D2），看起来是 GBK\/GB18030.*iconv -f GBK -t UTF-8/);
    expect(r.stderr).not.toContain('没有中文');
    expect(r.status).toBe(2);
  });

  it('Shift-JIS, after -- and after other text: refused with status 2, neutral hint', () => {
    const r = sh(`node ${BIN} lint -- "$(printf 'abc ${octal(SJIS_WECHAT)} abc12345')"`);
    expect(r.stderr).toMatch(/^草稿参数不是 UTF-8 编码：第 5 个字节起无法按 UTF-8 读取（字节 94 F7 90 4D），也不像 GBK/);
    expect(r.status).toBe(2);
  });

  it('a � really typed in the draft is linted as usual (its bytes are UTF-8)', () => {
    const r = sh(`node ${BIN} lint "加我微信abc12345 �"`);
    expect(r.stdout).toContain('拦截 BLOCK');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });

  it('the same draft in UTF-8 is still stopped', () => {
    const r = sh(`node ${BIN} lint "加我微信abc12345"`);
    expect(r.stdout).toContain('拦截 BLOCK');
    expect(r.status).toBe(1);
  });
});

describe('replyguard under a file size limit (ulimit -f)', { timeout: 300_000 }, () => {
  const drafts = join(dir, 'drafts.jsonl');
  writeFileSync(drafts, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: '加我微信abc12345' })).join('\n') + '\n');

  it('lint --jsonl > out: one Chinese line naming EFBIG and status 2 (was: killed by SIGXFSZ, status 153, no word)', () => {
    const out = join(dir, 'out.jsonl');
    const r = sh(`ulimit -f 1; node ${BIN} lint --jsonl < ${drafts} > ${out}; echo "status=$?"`);
    expect(r.stdout).toBe('status=2\n');
    expect(r.stderr).toBe('写入输出失败：文件超过大小上限（EFBIG），输出不完整 / could not write the output: file too large (EFBIG); the output is incomplete\n');
    expect(statSync(out).size).toBeLessThanOrEqual(1024);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{"id":0,"findings":/);
  });

  it('audit > out under the limit as well', () => {
    const events = join(dir, 'events.jsonl');
    writeFileSync(events, Array.from({ length: 400 }, (_, i) => JSON.stringify({ conv: `c${i}`, id: `m${i}`, dir: 'out', ts: 1796460000000 + i, text: '加我微信abc12345' })).join('\n') + '\n');
    const r = sh(`ulimit -f 1; node ${BIN} audit --json < ${events} > ${join(dir, 'audit.json')}; echo "status=$?"`);
    expect(r.stdout).toBe('status=2\n');
    expect(r.stderr).toContain('写入输出失败：文件超过大小上限（EFBIG）');
  });
});

describe("replyguard audit --max ''", { timeout: 300_000 }, () => {
  it('is a usage error, status 2 (was: taken as --max 0)', () => {
    const r = sh(`node ${BIN} audit --max '' < /dev/null`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^--max 须为非负整数 \/ --max must be a non-negative integer, got 空值/);
    expect(r.status).toBe(2);
  });
});
