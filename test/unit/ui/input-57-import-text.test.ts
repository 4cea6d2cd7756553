// Round 57 (ux57): the data import refused a UTF-16 file with a byte order mark (Notepad's "Unicode") as 「文件不是有效的
// JSON」, and the team view called a 0-byte file not valid JSON. importText now reads UTF-16 by its mark, names UTF-16 it
// cannot read (no mark, cut off, a broken pair) and UTF-32 with what to do; the team view reads files through it.
import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mergeTeam, readTeamBytes, TEAM_EMPTY } from '@/background/ledger/team';
import { EXPORT_FORMAT } from '@/background/ledger/transfer';
import { importText } from '@/utils/import-file';

const NOW = Date.parse('2024-05-03T12:00:00+08:00');
const b = (...bytes: number[]) => Uint8Array.from(bytes);
/** `text` as UTF-16 of the given order, with its byte order mark unless `mark` is false. */
const utf16 = (text: string, order: 'LE' | 'BE', mark = true) => {
  const le = Buffer.from((mark ? '\uFEFF' : '') + text, 'utf16le');
  return new Uint8Array(order === 'LE' ? le : le.swap16());
};
const ts = Date.parse('2024-05-01T10:00:00+08:00');
const agentExport = JSON.stringify({
  format: EXPORT_FORMAT, version: 3, exportedAt: NOW, ratings: [], lint: [],
  messages: [
    { site: 'kuaishou', conv: '买家1', id: 'q1', dir: 'in', ts, tsSource: 'page', history: false, source: 'row', seenAt: ts },
    { site: 'kuaishou', conv: '买家1', id: 'a1', dir: 'out', ts: ts + 60_000, tsSource: 'page', history: false, source: 'row', seenAt: ts },
  ],
});

describe('import 57: UTF-16 with a byte order mark is read by it', () => {
  it.each(['LE', 'BE'] as const)('UTF-16%s: the text, without its mark, and the encoding', (order) => {
    const text = '{"settings":{"guard":{"deny":[{"term":"加微信😀"}]}}}\r\n';
    const r = importText(utf16(text, order));
    expect(r).toEqual({ text, empty: false, encoding: `UTF-16${order}` });
    expect(JSON.parse(r.text)).toEqual(JSON.parse(text));
  });

  it('UTF-16 holding only blanks (ideographic spaces too) is empty, as UTF-8 blanks are', () => {
    expect(importText(utf16('\u3000 \r\n', 'LE')).empty).toBe(true);
    expect(importText(utf16('\u3000', 'BE')).empty).toBe(true);
  });

  it('UTF-8 stays as it was: a leading UTF-8 mark dropped; bytes that are not UTF-8 are refused (round 58: were U+FFFD)', () => {
    expect(importText(b(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ text: '{}', empty: false, encoding: 'UTF-8' });
    expect(importText(b(0x7b, 0xc4, 0x7d))).toMatchObject({ text: '', unreadable: expect.stringMatching(/^文件不是 UTF-8 编码/) });
  });
});

describe('import 57: encodings it cannot read are named, Chinese first, with what to do', () => {
  it.each([
    ['UTF-16LE without a mark', utf16('{"a":1}', 'LE', false), /^文件像是没有字节顺序标记的 UTF-16LE 编码，无法可靠读取：请用记事本等打开后「另存为」UTF-8 编码.* \/ .*UTF-16LE without a byte order mark/],
    ['UTF-16BE without a mark', utf16('{"a":1}', 'BE', false), /^文件像是没有字节顺序标记的 UTF-16BE 编码/],
    ['UTF-16BE cut off mid-character (odd length)', utf16('{"a":1}', 'BE').subarray(0, 7), /^文件以 UTF-16BE 字节顺序标记开头，但内容不是有效的 UTF-16BE（可能不完整或已损坏），无法读取/],
    ['UTF-16LE with a lone high surrogate', b(0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00), /^文件以 UTF-16LE 字节顺序标记开头，但内容不是有效的 UTF-16LE/],
    ['UTF-32LE with its mark', b(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0), /^文件是 UTF-32LE 编码（以 UTF-32 字节顺序标记开头），无法读取/],
    ['UTF-32BE with its mark', b(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b), /^文件是 UTF-32BE 编码/],
    ['a gzip (export.json.gz)', new Uint8Array(gzipSync('{"format":"replyguard-ledger"}')), /^文件是 gzip 压缩文件（\.gz），不是 JSON 文本：请先解压，再选择里面的 \.json 文件 \/ the file is a gzip file/],
    ['a zip or .xlsx', b(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), /^文件是 ZIP 压缩包（也可能是 Excel \.xlsx 表格），不是 JSON 文本/],
  ])('%s', (_, bytes, said) => {
    const r = importText(bytes);
    expect(r.unreadable).toMatch(said);
    expect(r.unreadable).not.toMatch(/不是有效的 JSON/);
    expect(r.empty).toBe(false);
  });
});

describe('team view 57: files read as the import reads them', () => {
  it('a 0-byte, blank or mark-only file is said to be empty, not 「不是有效的 JSON」, and is not counted', () => {
    const result = mergeTeam([readTeamBytes('zero.json', b()), readTeamBytes('mark.json', b(0xff, 0xfe, 0x0a, 0x00)), readTeamBytes('blank.json', b(0x20, 0x0a))], NOW);
    expect(result.used).toEqual([]);
    expect(result.refused).toEqual(['zero.json', 'mark.json', 'blank.json'].map((name) => ({ name, error: TEAM_EMPTY })));
    expect(TEAM_EMPTY).toMatch(/^文件是空的（0 字节，或只有空白、字节顺序标记），没有统计.* \/ the file is empty/);
  });

  it.each(['LE', 'BE'] as const)('a UTF-16%s export is counted like its UTF-8 copy', (order) => {
    const asUtf16 = mergeTeam([readTeamBytes('a.json', utf16(agentExport, order))], NOW);
    const asUtf8 = mergeTeam([readTeamBytes('a.json', new TextEncoder().encode(agentExport))], NOW);
    expect(asUtf16.used).toEqual(['a.json']);
    expect(asUtf16).toEqual(asUtf8);
    expect(asUtf16.days).toEqual([expect.objectContaining({ day: '2024-05-01', eligible: 1, onTime: 1 })]);
  });

  it('UTF-16 it cannot read is refused with what it is', () => {
    const result = mergeTeam([readTeamBytes('raw.json', utf16(agentExport, 'LE', false))], NOW);
    expect(result.used).toEqual([]);
    expect(result.refused[0]!.error).toMatch(/^文件像是没有字节顺序标记的 UTF-16LE 编码.*；没有统计 \/ not counted$/);
  });

  it('a UTF-8 file still goes through the JSON checks (a cut-off export is named as such)', () => {
    const cut = new TextEncoder().encode(agentExport.slice(0, 60));
    expect(mergeTeam([readTeamBytes('cut.json', cut)], NOW).refused[0]!.error).toMatch(/^这是回复卫士导出的文件，但不完整或已损坏/);
  });
});
