// Round 61 (ux61): `replyguard lint < 草稿.txt` with UTF-16 text of CJK alone and no byte order mark: no NUL before the
// first line end, so the start was not judged UTF-16. The draft was refused as 「也不像 GBK」 with advice naming no
// encoding, and `lint --jsonl` called line 2 UTF-16BE (the wrong order). Told by the first line end now (0A 00 at an even
// byte: LE; 00 0A at an odd one: BE): refused whole, naming the order and the iconv command that converts it.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';

const le = (s: string) => Buffer.from(s, 'utf16le');
const be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('input 61: UTF-16 of CJK alone without a mark, on stdin', { timeout: 60_000 }, () => {
  it.each([
    ['UTF-16LE', le('加我微信\n好的\n')],
    ['UTF-16BE', be('加我微信\n好的\n')],
    ['UTF-16LE', le('加我微信\r\n好的\r\n')],
  ])('%s: lint and lint --jsonl name the order and the conversion, status 2', async (order, input) => {
    const advice = `输入像是没有字节顺序标记的 ${order} 文本，无法可靠读取：请另存为 UTF-8（例如 iconv -f ${order} -t UTF-8 原文件 > 新文件）`;
    const plain = memoryIO(input);
    expect(await main(['lint'], plain)).toBe(2);
    expect(plain.stderr).toContain(advice);
    expect(plain.stderr).not.toContain('也不像 GBK');
    const jsonl = memoryIO(input);
    expect(await main(['lint', '--jsonl'], jsonl)).toBe(2);
    expect(jsonl.stderr + jsonl.stdout).toContain(advice);
    expect(jsonl.stdout).not.toContain('UTF-16BE（接在 UTF-8 的行后面）');
  });

  it('UTF-8 lines before a UTF-16 part are still read (a UTF-8 first line is never taken for UTF-16)', async () => {
    const io = memoryIO(Buffer.concat([Buffer.from('{"id":1,"text":"你好"}\n'), be('{"id":2,"text":"好的"}\n')]));
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    expect(io.stdout.split('\n')[0]).toBe('{"id":1,"findings":[]}');
  });
});
