// Round 58 (ux58): a settings file (or a team-view export) saved by Chinese Windows Notepad / Excel as "ANSI" (GBK)
// was decoded as UTF-8, so its Chinese came in as U+FFFD (「���」 deny terms), silently; UTF-8 behind a UTF-16 mark
// read as CJK junk and was refused as 「不是有效的 JSON」. importText now reads GBK as GB18030 and says so, reads UTF-8
// behind a wrong mark and says so, and refuses any other bytes that are not UTF-8, named, never as U+FFFD.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mergeTeam, readTeamBytes } from '@/background/ledger/team';
import { EXPORT_FORMAT } from '@/background/ledger/transfer';
import { importText } from '@/utils/import-file';

const gb18030 = (text: string) => new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
const b = (...bytes: number[]) => Uint8Array.from(bytes);
const settingsFile = JSON.stringify({ format: 'replyguard-settings', settings: { guard: { deny: [{ term: '加微信领红包' }], allow: ['微信支付'] } } });

describe('import 58: GBK (GB18030) is read as such, and said', () => {
  it('a Notepad "ANSI" settings file: the terms come in as written, with 「已按 GBK 编码读取」', () => {
    const r = importText(gb18030(settingsFile));
    expect(r.unreadable).toBeUndefined();
    expect(r.encoding).toBe('GB18030');
    expect(JSON.parse(r.text)).toEqual(JSON.parse(settingsFile));
    expect(r.text).not.toContain('\uFFFD');
    expect(r.note).toMatch(/^文件不是 UTF-8，是 GBK 编码（中文 Windows 记事本、Excel 保存的“ANSI”文件），已按 GBK 编码读取.* \/ .*read as GBK/);
  });

  it('four-byte GB18030 (an emoji) is named GB18030 and read exactly', () => {
    const text = '{"settings":{"guard":{"deny":[{"term":"加V😀"},{"term":"私下交易"}]}}}';
    const r = importText(gb18030(text));
    expect(r.text).toBe(text);
    expect(r.note).toMatch(/是 GB18030 编码/);
  });

  it('a UTF-8 mark in front of GBK bytes is dropped, not read as 「锘」', () => {
    const r = importText(new Uint8Array([0xef, 0xbb, 0xbf, ...gb18030(settingsFile)]));
    expect(r.text).toBe(settingsFile);
  });

  it('UTF-8 is read as before, with no note', () => {
    const r = importText(new TextEncoder().encode(settingsFile));
    expect(r).toEqual({ text: settingsFile, empty: false, encoding: 'UTF-8' });
  });
});

describe('import 58: other bytes that are not UTF-8 are refused, named, never read as U+FFFD', () => {
  it.each([
    ['a stray byte in UTF-8 JSON', b(0x7b, 0xc4, 0x7d), /^文件不是 UTF-8 编码：第 2 个字节起（字节 C4 7D）无法按 UTF-8 读取，也不像中文 GBK，按原样读会变成乱码（�），无法导入：请用记事本等打开后「另存为」UTF-8 编码/],
    ['Shift-JIS Japanese', new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT-JIS'], { input: '{"a":"ありがとうございます"}' })), /也不像中文 GBK/],
    ['EUC-JP Japanese (its kana rows are GB2312 rows too)', new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'EUC-JP'], { input: '{"a":"ありがとうございます、よろしくお願いします"}' })), /也不像中文 GBK/],
    ['UTF-8 cut off mid-character', new TextEncoder().encode('{"a":"加微信"}').subarray(0, 8), /^文件在最后一个字符的中途结束（第 7 个字节起，字节 E5 8A），不完整，无法读取/],
  ])('%s', (_, bytes, said) => {
    const r = importText(bytes);
    expect(r.unreadable).toMatch(said);
    expect(r.text).toBe('');
  });
});

describe('import 58: UTF-8 behind a UTF-16 mark is read as UTF-8 and said', () => {
  it.each([
    ['FF FE', 'UTF-16LE', [0xff, 0xfe]],
    ['FE FF', 'UTF-16BE', [0xfe, 0xff]],
    ['FF FE + a UTF-8 mark', 'UTF-16LE', [0xff, 0xfe, 0xef, 0xbb, 0xbf]],
  ])('%s', (_, named, mark) => {
    const r = importText(new Uint8Array([...mark, ...new TextEncoder().encode(settingsFile)]));
    expect(r.unreadable).toBeUndefined();
    expect(r.text).toBe(settingsFile);
    expect(r.note).toBe(`文件开头是 ${named} 字节顺序标记，内容却是 UTF-8（标记与内容不符，多是导出工具写错了标记），已按 UTF-8 读取 / the file starts with a ${named} byte order mark but its text is UTF-8 (a wrong mark): read as UTF-8`);
  });

  it('real UTF-16 by its mark is read by it, with no note', () => {
    const r = importText(new Uint8Array(Buffer.from('\uFEFF' + settingsFile, 'utf16le')));
    expect(r).toEqual({ text: settingsFile, empty: false, encoding: 'UTF-16LE' });
  });
});

describe('team view 58: a GBK export is counted, and said', () => {
  it('a GBK agent export counts its messages and carries the note', () => {
    const ts = Date.parse('2024-05-01T10:00:00+08:00');
    const exported = JSON.stringify({
      format: EXPORT_FORMAT, version: 3, exportedAt: ts, ratings: [], lint: [],
      messages: [
        { site: 'kuaishou', conv: '买家一', id: 'q1', dir: 'in', ts, tsSource: 'page', history: false, source: 'row', seenAt: ts },
        { site: 'kuaishou', conv: '买家一', id: 'a1', dir: 'out', ts: ts + 60_000, tsSource: 'page', history: false, source: 'row', seenAt: ts },
      ],
    });
    const result = mergeTeam([readTeamBytes('小王.json', gb18030(exported))], ts + 3_600_000);
    expect(result.refused).toEqual([]);
    expect(result.messages).toBe(2);
    expect(result.notes).toEqual([{ name: '小王.json', note: expect.stringMatching(/已按 GBK 编码读取/) }]);
  });
});
