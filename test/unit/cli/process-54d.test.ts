// Round 54 (rt54 F5–F7), with real bytes: the commands rt54 quoted. `lint —jsonl < file` linted the option's text (status 0); a
// UTF-16 mark contradicted by its text, and a doubled UTF-8 mark, gave silent passes. One case of each kind runs the real binary
// in a shell (`&& echo ok` sees its real status; the bytes come through a pipe); the rest of each table runs in-process through
// main() on the same bytes (a spawn is ~1 CPU-s of start-up, 5-6 s under a loaded suite, and proves nothing more for them).
import { spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './in-process';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const BREACH = `{"id":1,"text":"加我微信abc12345"}\\n`;
const BREACH_TEXT = '{"id":1,"text":"加我微信abc12345"}\n';

const utf16 = (text: string, enc: 'UTF-16LE' | 'UTF-16BE') => (enc === 'UTF-16LE' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16());

describe('process 54d', { timeout: 300_000 }, () => {
  it('lint —jsonl < breach.jsonl, the binary: refused with status 2, && echo ok does not say ok', () => {
    const r = sh(`printf '${BREACH}' | node ${BIN} lint '—jsonl' && echo ok; echo "status=\${PIPESTATUS[1]}"`);
    expect(r.stderr).toContain('是要 --jsonl 吗？');
    expect(r.stdout).not.toContain('ok');
    expect(r.stdout).not.toContain('提示 INFO');
  });

  it.each(['—jsonl', '–jsonl', '－－jsonl', '--ｊｓｏｎｌ'])('lint %s < breach.jsonl: refused with status 2, nothing linted', async (arg) => {
    const r = await runInProcess(['lint', arg], [Buffer.from(BREACH_TEXT)]);
    expect(r.stderr).toContain('是要 --jsonl 吗？');
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain('提示 INFO');
  });

  it('FF FE + UTF-16BE text, the binary: refused (status 2), naming the real byte order', () => {
    const r = sh(`{ printf '\\377\\376'; printf '${BREACH}' | iconv -t UTF-16BE; } | node ${BIN} lint --jsonl; echo "status=$?"`);
    expect(r.stderr).toContain('内容却是 UTF-16BE 的字节顺序');
    expect(r.stdout).toMatch(/status=2\n$/);
  });

  it.each([
    [[0xff, 0xfe], 'UTF-16BE', 'UTF-16BE'],
    [[0xfe, 0xff], 'UTF-16LE', 'UTF-16LE'],
  ] as const)('%j + %s text: refused (status 2), naming the real byte order', async (mark, enc, real) => {
    for (const cmd of ['lint', 'lint --jsonl', 'audit']) {
      const r = await runInProcess(cmd.split(' '), [Buffer.from(mark), utf16(BREACH_TEXT, enc)]);
      expect(r.stderr).toContain(`内容却是 ${real} 的字节顺序`);
      expect(r.status).toBe(2);
    }
  });

  it('a doubled UTF-8 mark: lint --jsonl finds the breach (was invalid JSON, status 0)', async () => {
    const r = await runInProcess(['lint', '--jsonl'], [Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(BREACH_TEXT)]);
    expect(r.stdout).toMatch(/^\{"id":1,"findings":\[\{"clause":"2\.3","rule":"contact-wechat"/);
  });

  it('cat a.jsonl b-utf16le-with-mark.jsonl: named UTF-16LE at line 2 (was UTF-16BE at line 1)', async () => {
    const r = await runInProcess(['lint', '--jsonl'], [Buffer.from(BREACH_TEXT), Buffer.from([0xff, 0xfe]), utf16(BREACH_TEXT, 'UTF-16LE')]);
    // Round 59 (ux59): its line gets a short error line naming the part; the advice on stderr (input-59-utf16-part.test.ts).
    expect(r.stdout).toContain('"line":2,"error":"第 2 行不是 UTF-8 编码：标准输入从第 2 行起是 UTF-16LE');
    expect(r.stderr).toContain('标准输入从第 2 行起是 UTF-16LE（带字节顺序标记 FF FE）');
    expect(r.stdout + r.stderr).not.toContain('UTF-16BE');
    expect(r.status).toBe(2);
  });
});
