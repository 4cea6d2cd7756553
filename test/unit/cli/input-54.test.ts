// Round 54 (rt53 F4a): a UTF-8 byte order mark in front of UTF-16LE text (a tool that prepends the mark to a UTF-16
// export) was called 「没有字节顺序标记的 UTF-16BE」: the 3-byte mark shifts the NULs to even offsets. The pattern is
// now judged after the mark, also when the mark arrives as a chunk of its own.
import { describe, expect, it } from 'vitest';
import { InputError, readLines } from '@/cli/io';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const TEXT = '{"id":1,"text":"好的"}\n';
const failure = async (chunks: Buffer[]): Promise<InputError> => {
  try {
    for await (const _ of readLines(chunks));
  } catch (e) {
    return e as InputError;
  }
  throw new Error('no error');
};
const lines = async (chunks: Buffer[]) => {
  const out: string[] = [];
  // (The mark itself is left to the commands, as before: only what follows it is judged here.)
  for await (const l of readLines(chunks)) out.push(l.replace(/^\uFEFF/, ''));
  return out;
};

describe('input 54: what follows a UTF-8 byte order mark', () => {
  it.each([
    ['one chunk', (b: Buffer) => [Buffer.concat([BOM, b])]],
    ['the mark alone first', (b: Buffer) => [BOM, b]],
    ['byte by byte', (b: Buffer) => [...Buffer.concat([BOM, b])].map((x) => Buffer.from([x]))],
  ])('UTF-16LE behind the mark (%s): named, with advice that drops the mark', async (_, split) => {
    const e = await failure(split(Buffer.from(TEXT, 'utf16le')));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/^输入以 UTF-8 字节顺序标记（EF BB BF）开头，后面却像是 UTF-16LE 文本，无法可靠读取：请去掉开头 3 个字节再另存为 UTF-8（例如 tail -c \+4 原文件 \| iconv -f UTF-16LE -t UTF-8 > 新文件）/);
    expect(e.message).not.toContain('UTF-16BE');
  });

  it('UTF-16BE behind the mark is named as such', async () => {
    const be = Buffer.from(TEXT, 'utf16le').swap16();
    expect((await failure([BOM, be])).message).toContain('后面却像是 UTF-16BE 文本');
  });

  it('UTF-8 behind the mark is read, short or long, in any chunks', async () => {
    expect(await lines([BOM, Buffer.from(TEXT)])).toEqual([TEXT.trim()]);
    expect(await lines([Buffer.concat([BOM, Buffer.from('好')])])).toEqual(['好']);
  });

  it('UTF-16BE without a mark keeps its own hint', async () => {
    expect((await failure([Buffer.from(TEXT, 'utf16le').swap16()])).message).toContain('没有字节顺序标记的 UTF-16BE');
  });
});
