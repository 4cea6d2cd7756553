// Round 52 (rt51 F9): the hint for input that is not UTF-8 called every such file GBK and advised `iconv -f GBK`,
// which garbles Shift-JIS and CESU-8 (surrogates as UTF-8 bytes, ED A0..BF). GBK is now said only when the bytes
// look like GBK/GB18030, CESU-8 is named as such, and anything else gets a neutral hint with the line and bytes.
import { describe, expect, it } from 'vitest';
import { likelyGbk } from '@/cli/io';
import { readFailure as failure } from './read-failure';

const line = (...text: (string | number[])[]) => Buffer.concat([...text.map((t) => (typeof t === 'string' ? Buffer.from(t) : Buffer.from(t))), Buffer.from('\n')]);

// Bytes as the encoders write them (iconv -t …).
const GBK_WECHAT = [0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]; // 加我微信
const GBK_SENTENCE = [0xc4, 0xfa, 0xba, 0xc3, 0xa3, 0xac, 0xb0, 0xfc, 0xb9, 0xfc, 0xd2, 0xd1, 0xbe, 0xad, 0xb7, 0xa2, 0xb3, 0xf6]; // 您好，包裹已经发出
const GB18030_EMOJI = [0x94, 0x39, 0xfc, 0x36]; // 😀, four bytes: GB18030 only
const SJIS_THANKS = [0x82, 0xa0, 0x82, 0xe8, 0x82, 0xaa, 0x82, 0xc6, 0x82, 0xa4]; // ありがとう
const SJIS_NIHONGO = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]; // 日本語
const BIG5_WECHAT = [0xa5, 0x5b, 0xa7, 0xda, 0xb7, 0x4c, 0xab, 0x48]; // 加我微信
const CESU_EMOJI = [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]; // 😀 as two surrogates
const LATIN1_CAFE = [0x63, 0x61, 0x66, 0xe9]; // café

describe('what the hint says the bytes are', () => {
  it.each([
    ['GBK', GBK_WECHAT, 'GBK'],
    ['a GBK sentence with full-width punctuation', GBK_SENTENCE, 'GBK'],
    ['GB18030 four-byte sequences', [...GBK_WECHAT, ...GB18030_EMOJI], 'GB18030'],
    ['Shift-JIS kana', SJIS_THANKS, null],
    ['Shift-JIS kanji', SJIS_NIHONGO, null],
    ['Big5', BIG5_WECHAT, null],
    ['CESU-8 surrogates', CESU_EMOJI, null],
    ['Latin-1', LATIN1_CAFE, null],
  ])('%s', (_, bytes, guess) => {
    expect(likelyGbk(Buffer.concat([Buffer.from('{"text":"'), Buffer.from(bytes), Buffer.from('"}')]))).toBe(guess);
  });
});

describe('the message for input that is not UTF-8', () => {
  it('GBK: line, byte, the bytes and iconv -f GBK (as round 51 had it)', async () => {
    const e = await failure(line('{"id":1,"text":"', GBK_WECHAT, '"}'));
    expect(e.message).toMatch(/^输入不是 UTF-8 编码：标准输入第 1 行第 17 个字节起不是 UTF-8（字节 BC D3 CE D2），看起来是 GBK\/GB18030/);
    expect(e.message).toContain('iconv -f GBK -t UTF-8');
  });

  it('GB18030 with four-byte characters: iconv -f GB18030 (GBK cannot read those)', async () => {
    const e = await failure(line('{"id":1,"text":"', [...GBK_WECHAT, ...GB18030_EMOJI], '"}'));
    expect(e.message).toContain('iconv -f GB18030 -t UTF-8');
  });

  it.each([
    ['Shift-JIS', SJIS_THANKS, '（字节 82 A0 82 E8）'],
    ['Big5', BIG5_WECHAT, '（字节 A5 5B A7 DA）'],
    ['Latin-1', LATIN1_CAFE.slice(3), '（字节 E9 22 7D）'],
  ])('%s: neutral, with the line and the bytes, and no iconv -f GBK', async (_, bytes, seen) => {
    const e = await failure(line('{"id":1,"text":"', bytes, '"}'));
    expect(e.message).toMatch(/^输入不是 UTF-8 编码：标准输入第 1 行第 17 个字节起无法按 UTF-8 读取/);
    expect(e.message).toContain(seen);
    expect(e.message).toContain('也不像 GBK');
    expect(e.message).not.toContain('iconv -f GBK');
    expect(e.message).not.toContain('看起来是 GBK');
  });

  it('CESU-8 / surrogate bytes: named as such, with what to do instead, never iconv -f GBK as advice', async () => {
    const e = await failure(Buffer.concat([Buffer.from('{"id":0,"text":"ok"}\n'), line('{"id":1,"text":"', CESU_EMOJI, '"}')]));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/^输入不是标准 UTF-8：标准输入第 2 行第 17 个字节起（字节 ED A0 BD ED）是按 CESU-8/);
    expect(e.message).toContain('utf8mb4');
    expect(e.message).not.toContain('看起来是 GBK');
    expect(e.message).not.toMatch(/例如 iconv -f GBK/);
  });
});
