// Round 51 (rt50-ux findings 3 and 22): how the CLI reads stdin. Bytes that are not UTF-8 (GBK from
// Chinese Windows) are refused with the line and a hint, never read as U+FFFD; UTF-16 with a byte
// order mark is decoded; line ends split as readline did; a terminal gets a hint instead of silence.
import { Readable, PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputError, memoryIO, readLines, streamIO } from '@/cli/io';
import { main } from '@/cli/main';
import '@/rules/engine'; // loaded lazily by the CLI; here with the file so no test's time includes it

const collect = async (chunks: (string | Uint8Array)[]) => {
  const out: string[] = [];
  for await (const line of readLines(chunks)) out.push(line);
  return out;
};
const failure = async (chunks: (string | Uint8Array)[]) => {
  try {
    await collect(chunks);
  } catch (e) {
    return e as InputError;
  }
  throw new Error('no error');
};
// 加我微信 in GBK: what Notepad / Excel save as "ANSI" on Chinese Windows.
const GBK_WECHAT = Buffer.from([0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]);

describe('readLines', () => {
  it('splits on \\n, \\r\\n and a lone \\r, also when a line end falls between chunks', async () => {
    expect(await collect(['a\r\nb\rc\n', 'd\r', '\ne\r', 'f'])).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(await collect(['甲', Buffer.from('乙').subarray(0, 1), Buffer.concat([Buffer.from('乙').subarray(1), Buffer.from('\n')])])).toEqual(['甲乙']);
    expect(await collect(['x\n\n'])).toEqual(['x', '']);
    expect(await collect([])).toEqual([]);
  });

  it('refuses GBK with the line number, the byte and an iconv hint, instead of U+FFFD', async () => {
    const e = await failure(['{"id":1,"text":"ok"}\n', Buffer.concat([Buffer.from('{"id":2,"text":"'), GBK_WECHAT, Buffer.from('abc12345"}\n')])]);
    expect(e).toBeInstanceOf(InputError);
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^输入不是 UTF-8 编码：标准输入第 2 行第 17 个字节起/);
    expect(e.message).toContain('GBK');
    expect(e.message).toContain('iconv -f GBK -t UTF-8');
  });

  it('refuses stray bytes that are no known encoding, and a last line cut inside a character', async () => {
    const stray = await failure([Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a])]);
    expect(stray.message).toContain('第 1 行第 2 个字节起无法按 UTF-8 读取');
    const cut = await failure([Buffer.concat([Buffer.from('好\n'), Buffer.from('好').subarray(0, 2)])]);
    expect(cut.line).toBe(2);
    expect(cut.message).toContain('在一个字符的中途结束');
  });

  it('decodes UTF-16 (LE and BE) with a byte order mark, as Notepad saves "Unicode"', async () => {
    const text = '{"id":1,"text":"加我微信"}\r\n\r\n第三行\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await collect([le.subarray(0, 7), le.subarray(7, 30), le.subarray(30)])).toEqual(['{"id":1,"text":"加我微信"}', '', '第三行']);
    const be = Buffer.from(le);
    be.swap16();
    expect(await collect([be])).toEqual(['{"id":1,"text":"加我微信"}', '', '第三行']);
  });

  it('refuses UTF-16 without a byte order mark with one clear message, not per-line garbage', async () => {
    const e = await failure([Buffer.from('{"id":1,"text":"您好"}\n', 'utf16le')]);
    expect(e.message).toContain('UTF-16LE');
    expect(e.message).toContain('请另存为 UTF-8');
  });

  it('makes every command exit 2 on such input, with the message on stderr', async () => {
    const gbk = Buffer.concat([Buffer.from('{"conv":"c","id":"m","dir":"out","ts":1714528800000,"text":"'), GBK_WECHAT, Buffer.from('"}\n')]);
    for (const argv of [['lint', '--jsonl'], ['lint'], ['stats'], ['audit']]) {
      const io = memoryIO(gbk);
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr).toContain('输入不是 UTF-8 编码');
      if (argv[0] !== 'lint') expect(io.stdout).toBe(''); // nothing half-counted
    }
  }, 60_000); // builds the engine for three commands
});

describe('streamIO', () => {
  it('says on stderr that it is reading a terminal, instead of waiting silently', async () => {
    const stdin = Object.assign(Readable.from([Buffer.from('{"x":1}\n')]), { isTTY: true });
    const stderr = new PassThrough();
    const io = streamIO(stdin, new PassThrough(), stderr);
    const lines: unknown[] = [];
    for await (const line of io.lines()) lines.push(line);
    expect(lines).toEqual(['{"x":1}']);
    expect(String(stderr.read())).toMatch(/^正在从标准输入读取……输入完成后按 Ctrl\+D 结束/);
  });

  it('stays quiet when stdin is a file or a pipe', async () => {
    const stderr = new PassThrough();
    const io = streamIO(Readable.from([Buffer.from('a\n')]), new PassThrough(), stderr);
    for await (const _ of io.lines());
    expect(stderr.read()).toBeNull();
  });
});
