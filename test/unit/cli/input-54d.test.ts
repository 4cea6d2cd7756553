// Round 54 (rt54 F6, F7): byte order marks the text contradicts or repeats. (a) A UTF-16 mark whose byte order the
// text's NULs and line ends contradict (FF FE + UTF-16BE text) decoded to garbage (笀 ∀ 椀), 「no findings」, status 0:
// now refused naming the real order. (b) A doubled UTF-8 mark (EF BB BF EF BB BF) reached the commands as a character
// (invalid JSON, status 0): now every leading mark is dropped. (c) A UTF-8 line followed by a UTF-16 part was called
// 「没有字节顺序标记的 UTF-16BE」 at line 1: now the part is named at its own line with its own byte order.
import { describe, expect, it } from 'vitest';
import { InputError, memoryIO, readLines } from '@/cli/io';
import { run } from '@/cli/lint';
import { createLinter } from '@/rules/engine';

const LINE = '{"id":1,"text":"加我微信abc12345"}\n';
const u16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const failure = async (bytes: Buffer): Promise<InputError> => {
  try {
    for await (const _ of readLines([bytes]));
  } catch (e) {
    return e as InputError;
  }
  throw new Error('no error');
};
const lines = async (bytes: Buffer) => {
  const out: string[] = [];
  for await (const l of readLines([bytes])) out.push(l);
  return out;
};

describe('input 54d: a UTF-16 mark contradicted by the text', { timeout: 120_000 }, () => {
  it.each([
    ['FF FE + UTF-16BE', Buffer.concat([Buffer.from([0xff, 0xfe]), u16be(LINE)]), 'UTF-16LE', 'UTF-16BE'],
    ['FE FF + UTF-16LE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LINE, 'utf16le')]), 'UTF-16BE', 'UTF-16LE'],
    // Chinese only: no NULs, but the line end (00 0A against 0A 00) still says it.
    ['FE FF + UTF-16LE, Chinese only', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('加我微信私聊\n', 'utf16le')]), 'UTF-16BE', 'UTF-16LE'],
    ['FF FE + UTF-16BE, Chinese only', Buffer.concat([Buffer.from([0xff, 0xfe]), u16be('加我微信私聊\n')]), 'UTF-16LE', 'UTF-16BE'],
  ])('%s: refused, naming the real byte order', async (_, bytes, mark, real) => {
    const e = await failure(bytes);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toContain(`输入以 ${mark} 字节顺序标记`);
    expect(e.message).toContain(`内容却是 ${real} 的字节顺序`);
    expect(e.message).toContain(`tail -c +3 原文件 | iconv -f ${real} -t UTF-8`);
    expect(e.line).toBe(1);
  });

  it('a mark that agrees is read as before, U+xx00 characters (一) included', async () => {
    expect(await lines(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一一一\n' + LINE, 'utf16le')]))).toEqual(['一一一', LINE.trim()]);
    expect(await lines(Buffer.concat([Buffer.from([0xfe, 0xff]), u16be(LINE)]))).toEqual([LINE.trim()]);
  });

  it('the command: lint of FF FE + UTF-16BE is refused with status 2 (was 「未发现违规」, 0)', async () => {
    const io = memoryIO(Buffer.concat([Buffer.from([0xff, 0xfe]), u16be('加我微信abc12345\n')]));
    await expect(run([], io, createLinter)).rejects.toBeInstanceOf(InputError);
  });
});

describe('input 54d: UTF-8 marks written twice, and a UTF-16 part after UTF-8 lines', { timeout: 120_000 }, () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  it('every leading UTF-8 mark is dropped', async () => {
    expect(await lines(Buffer.concat([BOM, BOM, Buffer.from(LINE)]))).toEqual([LINE.trim()]);
    expect(await lines(Buffer.concat([BOM, BOM, BOM, Buffer.from('您好')]))).toEqual(['您好']);
  });

  it('lint --jsonl of a doubly marked file lints its line (was invalid JSON, status 0)', async () => {
    const io = memoryIO(Buffer.concat([BOM, BOM, Buffer.from(LINE)]));
    expect(await run(['--jsonl'], io, createLinter)).toBe(0);
    expect(io.stdout).toMatch(/^\{"id":1,"findings":\[\{"clause":"2\.3"/);
  });

  it.each([
    ['with its own mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINE, 'utf16le')]), 'UTF-16LE（带字节顺序标记 FF FE）'],
    ['LE without a mark', Buffer.from(LINE, 'utf16le'), 'UTF-16LE（无字节顺序标记）'],
    ['BE without a mark', u16be(LINE), 'UTF-16BE（无字节顺序标记）'],
  ])('a UTF-16 part (%s) after a UTF-8 line: named at line 2 with its byte order', async (_, part, named) => {
    const e = await failure(Buffer.concat([Buffer.from(LINE), part]));
    expect(e.line).toBe(2);
    expect(e.message).toContain(`标准输入从第 2 行起是 ${named}，而前面的行是 UTF-8`);
  });
});
