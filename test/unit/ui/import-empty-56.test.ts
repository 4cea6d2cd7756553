// Round 56 (ux56): a 0-byte, blank or mark-only file picked for import was refused as 「文件不是有效的 JSON」; the import
// worker now calls it empty (importText), and the page says so, Chinese first. Nothing is written either way.
import { describe, expect, it } from 'vitest';
import { importText } from '@/utils/import-file';
import { DICTIONARIES } from '@/utils/i18n';

const b = (...bytes: number[]) => Uint8Array.from(bytes);

describe('import 56: a file with nothing in it is said to be empty', () => {
  it.each([
    ['0 bytes', b()],
    ['spaces and line ends', new TextEncoder().encode(' \r\n\t\n')],
    ['ideographic spaces', new TextEncoder().encode('\u3000\u3000')],
    ['a UTF-8 mark', b(0xef, 0xbb, 0xbf)],
    ['a UTF-16LE mark', b(0xff, 0xfe)],
    ['a UTF-16BE mark and a newline', b(0xfe, 0xff, 0x00, 0x0a)],
    ['a UTF-16LE mark and CRLF', b(0xff, 0xfe, 0x0d, 0x00, 0x0a, 0x00)],
  ])('%s → empty', (_, bytes) => {
    expect(importText(bytes).empty).toBe(true);
  });

  it.each([
    ['a cut-off export', '{"format":"replyguard-ledger",'],
    ['a number', '0'],
    ['a zero-width space', '\u200b'],
    ['a CSV header', '日期,计入,及时'],
  ])('%s → not empty, read as Blob.text() reads it', (_, text) => {
    const r = importText(new TextEncoder().encode(text));
    expect(r.empty).toBe(false);
    expect(r.text).toBe(text);
  });

  it('drops a leading UTF-8 mark from the text, as Blob.text() does', () => {
    expect(importText(b(0xef, 0xbb, 0xbf, 0x7b, 0x7d)).text).toBe('{}');
  });

  it('says it Chinese first, English second, in both languages', () => {
    expect(DICTIONARIES.zh.importEmpty).toMatch(/^文件是空的.*未做任何更改.* \/ The file is empty/);
    expect(DICTIONARIES.en.importEmpty).toMatch(/^The file is empty.*nothing was changed/);
  });
});
