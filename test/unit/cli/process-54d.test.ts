// Round 54 (rt54 F5–F7), in real processes with real bytes: the commands rt54 quoted. `lint —jsonl < file` linted the
// option's text (status 0); a UTF-16 mark contradicted by its text, and a doubled UTF-8 mark, gave silent passes.
import { spawnSync } from 'node:child_process';
import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
const BREACH = `{"id":1,"text":"加我微信abc12345"}\\n`;

describe('process 54d', { timeout: 300_000 }, () => {
  it.each(['—jsonl', '–jsonl', '－－jsonl', '--ｊｓｏｎｌ'])('lint %s < breach.jsonl: refused with status 2, && echo ok does not say ok', (arg) => {
    const r = sh(`printf '${BREACH}' | node ${BIN} lint '${arg}' && echo ok; echo "status=\${PIPESTATUS[1]}"`);
    expect(r.stderr).toContain('是要 --jsonl 吗？');
    expect(r.stdout).not.toContain('ok');
    expect(r.stdout).not.toContain('提示 INFO');
  });

  it.each([
    ["printf '\\377\\376'", 'UTF-16BE', 'UTF-16BE'],
    ["printf '\\376\\377'", 'UTF-16LE', 'UTF-16LE'],
  ])('%s + %s text: refused (status 2), naming the real byte order', (mark, enc, real) => {
    for (const cmd of ['lint', 'lint --jsonl', 'audit']) {
      const r = sh(`{ ${mark}; printf '${BREACH}' | iconv -t ${enc}; } | node ${BIN} ${cmd}; echo "status=$?"`);
      expect(r.stderr).toContain(`内容却是 ${real} 的字节顺序`);
      expect(r.stdout).toMatch(/status=2\n$/);
    }
  });

  it('a doubled UTF-8 mark: lint --jsonl finds the breach (was invalid JSON, status 0)', () => {
    const r = sh(`{ printf '\\357\\273\\277\\357\\273\\277'; printf '${BREACH}'; } | node ${BIN} lint --jsonl; echo "status=$?"`);
    expect(r.stdout).toMatch(/^\{"id":1,"findings":\[\{"clause":"2\.3","rule":"contact-wechat"/);
  });

  it('cat a.jsonl b-utf16le-with-mark.jsonl: named UTF-16LE at line 2 (was UTF-16BE at line 1)', () => {
    const r = sh(`{ printf '${BREACH}'; printf '\\377\\376'; printf '${BREACH}' | iconv -t UTF-16LE; } | node ${BIN} lint --jsonl; echo "status=$?"`);
    // Round 59 (ux59): its line gets a short error line naming the part; the advice on stderr (input-59-utf16-part.test.ts).
    expect(r.stdout).toContain('"line":2,"error":"第 2 行不是 UTF-8 编码：标准输入从第 2 行起是 UTF-16LE');
    expect(r.stderr).toContain('标准输入从第 2 行起是 UTF-16LE（带字节顺序标记 FF FE）');
    expect(r.stdout + r.stderr).not.toContain('UTF-16BE');
    expect(r.stdout).toMatch(/status=2\n$/);
  });
});
