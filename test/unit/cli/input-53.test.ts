// Round 53 (rt52 F5, F6, F7). F5: a draft given as an argument in GBK or Shift-JIS bytes was read by Node as U+FFFD,
// judged 「回复中没有中文」 (info, status 0) and the breach missed; now refused with status 2 as stdin is. F6: the
// not-UTF-8 hint called EUC-KR, EUC-JP and overlong UTF-8 GBK, and UTF-32 was read as UTF-8 with NULs (per-line JSON
// errors, status 0); now each is named (or the hint stays neutral), and UTF-32 is refused. F7: `audit --max ''` was --max 0.
import { describe, expect, it } from 'vitest';
import { argNotUtf8, eucGuess, memoryIO, readLines } from '@/cli/io';
import { readFailure as failure } from './read-failure';
import { main } from '@/cli/main';

const jsonLine = (bytes: number[]) => Buffer.concat([Buffer.from('{"id":1,"text":"'), Buffer.from(bytes), Buffer.from('"}\n')]);

// Bytes as iconv -t … writes them.
const EUC_JP = [0xa4, 0xb3, 0xa4, 0xce, 0xbe, 0xa6, 0xc9, 0xca, 0xa4, 0xcf, 0xc6, 0xfc, 0xcb, 0xdc, 0xa4, 0xab, 0xa4, 0xe9, 0xc4, 0xbe, 0xc1, 0xf7, 0xa4, 0xc7, 0xa4, 0xb9]; // この商品は日本から直送です
const EUC_KR = [0xbe, 0xc8, 0xb3, 0xe7, 0xc7, 0xcf, 0xbc, 0xbc, 0xbf, 0xe4, 0x20, 0xb0, 0xed, 0xb0, 0xb4, 0xb4, 0xd4, 0x20, 0xc1, 0xd6, 0xb9, 0xae, 0xc7, 0xcf, 0xbd, 0xc5, 0x20, 0xbb, 0xf3, 0xc7, 0xb0, 0xc0, 0xba]; // 안녕하세요 고객님 주문하신 상품은
const EUC_KR_SHORT = [0xb0, 0xa8, 0xbb, 0xe7, 0xc7, 0xd5, 0xb4, 0xcf, 0xb4, 0xd9]; // 감사합니다
const GBK_WECHAT = [0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5]; // 加我微信
const GBK_OK = [0xba, 0xc3, 0xb5, 0xc4]; // 好的: both pairs in the Hangul rows too
const GBK_SHANGHAI = [0xc9, 0xcf, 0xba, 0xa3, 0xb7, 0xa2, 0xbb, 0xf5]; // 上海发货
const GBK_GENUINE = [0xc4, 0xfa, 0xba, 0xc3, 0xa3, 0xac, 0xd5, 0xe2, 0xca, 0xc7, 0xd5, 0xfd, 0xc6, 0xb7]; // 您好，这是正品
const SJIS = [0x94, 0xf7, 0x90, 0x4d, 0x82, 0xc5, 0x98, 0x41, 0x97, 0x8d, 0x82, 0xb5, 0x82, 0xc4]; // 微信で連絡して
const BIG5_WECHAT = [0xa5, 0x5b, 0xa7, 0xda, 0xb7, 0x4c, 0xab, 0x48]; // 加我微信

describe('F6: what the hint names', () => {
  it.each([
    ['EUC-JP', EUC_JP, 'EUC-JP'],
    ['EUC-KR, a sentence', EUC_KR, 'EUC-KR'],
    ['EUC-KR, one word', EUC_KR_SHORT, 'EUC-KR'],
    ['GBK 加我微信', GBK_WECHAT, null],
    ['GBK 好的 (Hangul rows, not Hangul words)', GBK_OK, null],
    ['GBK 上海发货', GBK_SHANGHAI, null],
    ['GBK 您好，这是正品', GBK_GENUINE, null],
    ['Shift-JIS', SJIS, null],
    ['Big5', BIG5_WECHAT, null],
  ])('eucGuess: %s', (_, bytes, guess) => {
    expect(eucGuess(jsonLine(bytes))).toBe(guess);
  });

  it.each([
    ['EUC-JP', EUC_JP, '看起来是 EUC-JP（日文）。请先转换再运行，例如 iconv -f EUC-JP -t UTF-8'],
    ['EUC-KR', EUC_KR, '看起来是 EUC-KR（韩文）。请先转换再运行，例如 iconv -f EUC-KR -t UTF-8'],
  ])('%s: named, not GBK', async (_, bytes, says) => {
    const e = await failure(jsonLine(bytes));
    expect(e.message).toMatch(/^输入不是 UTF-8 编码：标准输入第 1 行第 17 个字节起不是 UTF-8（字节 /);
    expect(e.message).toContain(says);
    expect(e.message).not.toContain('看起来是 GBK');
  });

  it.each([[GBK_WECHAT], [GBK_OK], [GBK_SHANGHAI], [GBK_GENUINE]])('GBK still named GBK: %j', async (bytes) => {
    expect((await failure(jsonLine(bytes))).message).toContain('看起来是 GBK/GB18030');
  });

  it('overlong UTF-8 in UTF-8 text is called what it is, and iconv -f GBK is advised against', async () => {
    const e = await failure(Buffer.concat([Buffer.from('{"id":1,"text":"您好'), Buffer.from([0xc0, 0xaf]), Buffer.from('b"}\n')]));
    expect(e.message).toBe(
      '输入不是有效的 UTF-8：标准输入第 1 行第 23 个字节起（字节 C0 AF 62 22）是无效的 UTF-8（超长编码：一个字符用了多于必需的字节），文件已损坏或被改动过，不是另一种编码。' +
        '请重新导出为 UTF-8，不要用 iconv -f GBK 转换 / input is not valid UTF-8: line 1 (from byte 23: C0 AF 62 22) is an overlong UTF-8 encoding (corrupt, not another encoding); export it again as UTF-8',
    );
  });

  it('overlong three- and four-byte forms too', async () => {
    for (const bytes of [[0x61, 0xe0, 0x80, 0xaf, 0x62, 0xc0, 0xae], [0xf0, 0x80, 0x80, 0xaf, 0xc1, 0x81]]) {
      expect((await failure(jsonLine(bytes))).message).toContain('是无效的 UTF-8（超长编码');
    }
  });

  it('one overlong pair alone in ASCII (C0 AF) could also be one GBK character: overlong first, GBK as the other reading', async () => {
    const e = await failure(jsonLine([0x61, 0xc0, 0xaf, 0x62]));
    expect(e.message).toContain('是无效的 UTF-8（超长编码：一个字符用了多于必需的字节），也可能是 GBK 写的一个汉字。若文件本是 GBK，请用 iconv -f GBK');
  });

  it('GBK with a C0 lead among other pairs (来了) is not called overlong', async () => {
    expect((await failure(jsonLine([0xc0, 0xb4, 0xc1, 0xcb]))).message).toContain('看起来是 GBK/GB18030');
  });

  it.each([
    ['UTF-32LE', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{"id":1,"text":"您好"}\n', 'utf16le').reduce((b, _, i, a) => (i % 2 ? b : Buffer.concat([b, Buffer.from([a[i]!, a[i + 1]!, 0, 0])])), Buffer.alloc(0))])],
    ['UTF-32BE', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), Buffer.from('{"id":1}\n', 'latin1').reduce((b, c) => Buffer.concat([b, Buffer.from([0, 0, 0, c])]), Buffer.alloc(0))])],
  ])('%s with its BOM is refused (not read as UTF-8 with NULs), naming it', async (name, bytes) => {
    const e = await failure(bytes);
    expect(e.line).toBe(1);
    expect(e.message).toBe(
      `输入是 ${name} 编码（以 UTF-32 字节顺序标记开头），无法读取：请另存为 UTF-8（例如 iconv -f UTF-32 -t UTF-8 原文件 > 新文件） / ` +
        `the input is ${name} (it starts with a UTF-32 byte order mark): save it as UTF-8 (e.g. iconv -f UTF-32 -t UTF-8 in > out)`,
    );
  });

  it('UTF-32LE without a BOM is refused like UTF-16 without one', async () => {
    const bytes = Buffer.from('{"id":1}\n', 'latin1').reduce((b, c) => Buffer.concat([b, Buffer.from([c, 0, 0, 0])]), Buffer.alloc(0));
    expect((await failure(bytes)).message).toMatch(/^输入像是没有字节顺序标记的 UTF-32LE 文本/);
  });

  it('UTF-16 with a BOM is still read', async () => {
    const lines: string[] = [];
    for await (const l of readLines([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":1}\n您好\n', 'utf16le')])])) lines.push(l);
    expect(lines).toEqual(['{"id":1}', '您好']);
  });
});

describe('F5: a draft argument that is not UTF-8', () => {
  const gbkDraft = Buffer.concat([Buffer.from(GBK_WECHAT), Buffer.from('abc12345')]);
  const asNodeReadsIt = gbkDraft.toString('utf8'); // what process.argv holds: U+FFFD for the bad bytes

  it('with its bytes (Linux): the encoding is named, as for stdin', () => {
    expect(argNotUtf8(asNodeReadsIt, gbkDraft)).toMatch(/^草稿参数不是 UTF-8 编码：第 1 个字节起不是 UTF-8（字节 BC D3 CE D2），看起来是 GBK\/GB18030.*iconv -f GBK -t UTF-8 原文件 > 新文件；或把终端、脚本的编码设为 UTF-8 \/ the draft argument is not UTF-8/);
    const sjis = Buffer.from(SJIS);
    expect(argNotUtf8(sjis.toString('utf8'), sjis)).toContain('也不像 GBK');
  });

  it('without its bytes: refused with a neutral hint', () => {
    expect(argNotUtf8(asNodeReadsIt, undefined)).toMatch(/^草稿参数不是 UTF-8 编码：其中有无法按 UTF-8 读取的字节（已显示为 �）.*若草稿里本来就有 � 这个字符，也请从标准输入传入/);
  });

  it('a � really in the argument (its bytes are UTF-8) is a draft like any other; no � at all, nothing to check', () => {
    expect(argNotUtf8('您好�请稍等', Buffer.from('您好�请稍等'))).toBeNull();
    expect(argNotUtf8('加我微信abc12345', undefined)).toBeNull();
  });

  it('lint "<GBK draft>" exits 2 with the message and lints nothing (was: 「回复中没有中文」, exit 0)', { timeout: 120_000 }, async () => {
    const io = memoryIO('');
    expect(await main(['lint', asNodeReadsIt], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^草稿参数不是 UTF-8 编码/);
    // With the bytes the argument had (the last one here), the encoding is named.
    const named = Object.assign(memoryIO(''), { argBytes: (fromEnd: number) => (fromEnd === 0 ? gbkDraft : undefined) });
    expect(await main(['lint', '--', asNodeReadsIt], named)).toBe(2);
    expect(named.stderr).toContain('看起来是 GBK/GB18030');
  });
});

describe("F7: audit --max takes digits only (--max '' was --max 0)", () => {
  it.each([
    ['', '空值 / empty ""'],
    [' ', '空值 / empty " "'],
    ['abc', 'abc'],
    ['1e2', '1e2'],
    ['0x10', '0x10'],
    ['-1', '-1'],
  ])('--max %j: usage error, status 2', async (value, got) => {
    for (const argv of [['audit', '--max', value], ['audit', `--max=${value}`]]) {
      const io = memoryIO('');
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toBe(`--max 须为非负整数 / --max must be a non-negative integer, got ${got}\n帮助 / help: replyguard audit --help\n`);
    }
  });

  it('--max 0 and --max 7 still work', { timeout: 120_000 }, async () => {
    for (const value of ['0', '7']) {
      // One event: an input with no text is refused since round 56.
      const io = memoryIO('{"type":"rating","ts":"2026-12-06T10:00:00+08:00","rating":"satisfied"}\n');
      expect(await main(['audit', '--max', value], io)).toBe(0);
    }
  });
});
