// Round 54 (rt53 F4), in real processes with real bytes: (a) a UTF-8 byte order mark in front of UTF-16LE text was
// called 「没有字节顺序标记的 UTF-16BE」 with advice (iconv -f UTF-16BE) that garbles it; (b) a refusal that echoes an
// argument (`lint --jsonl "<GBK draft>"`, unknown arguments, --max, --now, an unknown command) echoed Node's U+FFFD
// garbage (「����΢��abc12345」). Now the NUL pattern is judged after the mark, and bytes that are not UTF-8 are echoed in hex.
// The real binary is spawned where only it proves something (the mark reaching node as a chunk of its own through a pipe, the
// argument's bytes read from /proc/self/cmdline, the advice run through real tail and iconv); the rest of the table runs
// in-process through main() with the same bytes (a spawn is ~1 CPU-s of start-up, 5-6 s under a loaded suite).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runWithArgBytes } from './in-process';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const octal = (bytes: number[]) => bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
const GBK_WECHAT = octal([0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]); // 加我微信
const LINE = `{"id":1,"text":"好的"}\\n`;
const HEX_NOTE = '（不是 UTF-8 的字节按十六进制显示为 \\xNN / bytes that are not UTF-8 shown as \\xNN）';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LINE_TEXT = '{"id":1,"text":"好的"}\n';
const GBK = Buffer.from([0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]); // 加我微信

describe('a UTF-8 byte order mark in front of UTF-16 text', { timeout: 300_000 }, () => {
  const expectNamedLE = (all: string) => {
    expect(all).toContain('输入以 UTF-8 字节顺序标记（EF BB BF）开头，后面却像是 UTF-16LE 文本，无法可靠读取');
    expect(all).toContain('tail -c +4 原文件 | iconv -f UTF-16LE -t UTF-8 > 新文件');
    expect(all).not.toContain('UTF-16BE');
  };

  it('the binary, the mark reaching it through a pipe as a chunk of its own: named as UTF-16LE behind the mark, status 2', () => {
    // The mark written on its own first, as a tool that prepends it does (it may reach node as a chunk of its own).
    const r = sh(`{ printf '\\357\\273\\277'; sleep 0.2; printf '${LINE}' | iconv -t UTF-16LE; } | node ${BIN} lint --jsonl; echo "status=$?"`);
    expectNamedLE(r.stdout + r.stderr);
    expect(r.stdout).toMatch(/status=2\n$/);
  });

  it.each(['lint --jsonl', 'lint', 'audit', 'stats'])('%s: named as UTF-16LE behind the mark (read as a chunk of its own), with advice that works', async (cmd) => {
    const r = await runInProcess(cmd.split(' '), [BOM, Buffer.from(LINE_TEXT, 'utf16le')]);
    expectNamedLE(r.stdout + r.stderr);
    expect(r.status).toBe(2);
  });

  it('the advice given really recovers the text', () => {
    // A private folder, not a fixed /tmp name: another run of the suite (a second worker, a second checkout) may be here too.
    const dir = mkdtempSync(join(tmpdir(), 'rg54-'));
    const bom = join(dir, 'bom.jsonl');
    try {
      const r = sh(`{ printf '\\357\\273\\277'; printf '${LINE}' | iconv -t UTF-16LE; } > ${bom}; tail -c +4 ${bom} | iconv -f UTF-16LE -t UTF-8 | node ${BIN} lint --jsonl; echo "status=$?"`);
      expect(r.stdout).toMatch(/^\{"id":1,"findings":\[\]\}\nstatus=0\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('UTF-16BE without any mark is still named UTF-16BE; UTF-8 with a mark is read as before', async () => {
    const be = await runInProcess(['lint', '--jsonl'], [Buffer.from(LINE_TEXT, 'utf16le').swap16()]);
    expect(be.stdout + be.stderr).toContain('没有字节顺序标记的 UTF-16BE');
    const utf8 = await runInProcess(['lint', '--jsonl'], [BOM, Buffer.from(LINE_TEXT)]);
    expect([utf8.stdout, utf8.status]).toEqual(['{"id":1,"findings":[]}\n', 0]);
  });
});

describe('refusals echo bytes that are not UTF-8 in hex, not as U+FFFD', { timeout: 300_000 }, () => {
  it('lint --jsonl "<GBK draft>"', () => {
    const r = sh(`node ${BIN} lint --jsonl "$(printf '${GBK_WECHAT}abc12345')" < /dev/null; echo "status=$?"`);
    expect(r.stderr).toContain(`不接受文件名或草稿：\\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5abc12345${HEX_NOTE}；请写成`);
    expect(r.stderr).not.toContain('\uFFFD');
    expect(r.stdout).toBe('status=2\n');
  });

  it('an unknown command, the binary: its bytes read from the real command line', () => {
    const r = sh(`node ${BIN} "$(printf '${GBK_WECHAT}')"; echo "status=$?"`);
    expect(r.stderr).toContain('未知命令 / unknown command: \\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5');
    expect(r.stderr).toContain(HEX_NOTE);
    expect(r.stderr).not.toContain('\uFFFD');
    expect(r.stdout).toMatch(/status=2\n$/);
  });

  const withGbk = (before: string) => Buffer.concat([Buffer.from(before), GBK]);
  it.each([
    ['lint', ['lint', withGbk('--x')], '未知参数 / unknown argument: --x\\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5'],
    ['audit', ['audit', GBK], '未知参数 / unknown argument: \\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5'],
    ['audit --max', ['audit', '--max', GBK], 'got \\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5'],
    ['audit --max=', ['audit', withGbk('--max=')], 'got \\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5'],
    ['stats', ['stats', GBK], '未知参数 / unknown argument: \\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5'],
    ['stats --now', ['stats', '--now', GBK], '--now 无效 / invalid --now: 不是整数毫秒数，也不是 ISO-8601 时间（例如 1714521600000 或 2024-05-01T08:00:00+08:00） / neither whole epoch milliseconds nor an ISO-8601 time (e.g. 1714521600000 or 2024-05-01T08:00:00+08:00): \\xBC\\xD3'],
    ['audit --now=', ['audit', withGbk('--now=')], 'invalid --now: 不是整数毫秒数，也不是 ISO-8601 时间（例如 1714521600000 或 2024-05-01T08:00:00+08:00） / neither whole epoch milliseconds nor an ISO-8601 time (e.g. 1714521600000 or 2024-05-01T08:00:00+08:00): \\xBC\\xD3'],
    ['an unknown command', [GBK], '未知命令 / unknown command: \\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5'],
  ] as const)('%s', async (_, args, echo) => {
    const r = await runWithArgBytes([...args]);
    expect(r.stderr).toContain(echo);
    expect(r.stderr).toContain(HEX_NOTE);
    expect(r.stderr).not.toContain('\uFFFD');
    expect([r.status, r.stdout]).toEqual([2, '']);
  });

  it('a � really typed is echoed as typed, without the hex note', async () => {
    const r = await runWithArgBytes(['lint', '--jsonl', '好的�']);
    expect(r.stderr).toContain('不接受文件名或草稿：好的�；');
    expect(r.stderr).not.toContain('\\xNN');
  });
});
