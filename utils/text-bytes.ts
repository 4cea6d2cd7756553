// What the raw bytes of a text file say about it before it is decoded: byte order marks, blank-only content, UTF-16
// without a mark, a compressed file picked by mistake. Pure (Uint8Array only): shared by the CLI (cli/io.ts) and the
// options page's imports (utils/import-file.ts), so a file is judged the same way by both.

/** UTF-8's EF BB BF, UTF-16LE's FF FE and UTF-16BE's FE FF. */
export const BYTE_ORDER_MARKS: readonly (readonly number[])[] = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

const BLANK_BYTES = new Set([0x09, 0x0a, 0x0d, 0x20]);

const markAt = (bytes: Uint8Array, i: number) => BYTE_ORDER_MARKS.find((m) => m.every((b, k) => bytes[i + k] === b));

/** Whether the bytes start with a byte order mark (UTF-8 or UTF-16 of either order). */
export const startsWithMark = (bytes: Uint8Array): boolean => markAt(bytes, 0) !== undefined;

/**
 * The ASCII blank bytes (tab, line ends, space) of bytes holding nothing but byte order marks, NULs and those blanks,
 * in order; null when they hold anything else. Such bytes have no text in any encoding a tool may have saved them in
 * (UTF-8, UTF-16 or UTF-32 of either order: Notepad's "Unicode" is UTF-16 with a mark, whose blanks come with NULs).
 */
export function blanksBesideMarks(bytes: Uint8Array): number[] | null {
  const blanks: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const mark = markAt(bytes, i);
    if (mark) i += mark.length;
    else if (bytes[i] === 0) i++;
    else if (BLANK_BYTES.has(bytes[i]!)) blanks.push(bytes[i++]!);
    else return null;
  }
  return blanks;
}

/** UTF-16 text without a mark: NUL bytes in every other position (the ASCII of JSON, digits…), judged on the first 512 bytes. */
export function bomlessUtf16(start: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(start.length, 512) & ~1;
  if (n < 4) return null;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (start[i] === 0) evenNul++;
    if (start[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.4 && evenNul === 0) return 'UTF-16LE';
  if (evenNul >= pairs * 0.4 && oddNul === 0) return 'UTF-16BE';
  return null;
}
/** A compressed file or archive, by its first bytes (what `file` would say); no text file starts so. */
export interface CompressedKind {
  /** As said to the agent: 「gzip 压缩文件」. */
  zh: string;
  en: string;
  /** The command that unpacks it to standard output, for the CLI's hint, with FILE for the file's name. */
  unpack: string;
}

const COMPRESSED: { magic: number[]; kind: CompressedKind }[] = [
  { magic: [0x1f, 0x8b], kind: { zh: 'gzip 压缩文件（.gz）', en: 'a gzip file (.gz)', unpack: 'gunzip -c FILE.gz' } },
  // An .xlsx or .docx is a zip too: the likeliest "export" picked by mistake at a shop.
  { magic: [0x50, 0x4b, 0x03, 0x04], kind: { zh: 'ZIP 压缩包（也可能是 Excel .xlsx 表格）', en: 'a zip archive (or an Excel .xlsx sheet)', unpack: 'unzip -p FILE.zip' } },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], kind: { zh: 'zstd 压缩文件（.zst）', en: 'a zstd file (.zst)', unpack: 'zstd -dc FILE.zst' } },
  { magic: [0x42, 0x5a, 0x68], kind: { zh: 'bzip2 压缩文件（.bz2）', en: 'a bzip2 file (.bz2)', unpack: 'bzip2 -dc FILE.bz2' } },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: { zh: 'xz 压缩文件（.xz）', en: 'an xz file (.xz)', unpack: 'xz -dc FILE.xz' } },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: { zh: '7z 压缩包（.7z）', en: 'a 7z archive (.7z)', unpack: '7z x -so FILE.7z' } },
];

/**
 * What compressed file the bytes start as, or null. A gzip (or a cut-off one) was refused as 「不是 UTF-8…请另存为
 * UTF-8」, advice that cannot help: it must be unpacked, not converted. bzip2's "BZh" must be followed by its block
 * size digit, so a text starting "BZh" is not taken for one.
 */
export function compressedKind(bytes: Uint8Array): CompressedKind | null {
  for (const { magic, kind } of COMPRESSED) {
    if (bytes.length < magic.length || !magic.every((b, k) => bytes[k] === b)) continue;
    if (magic[0] === 0x42 && !(bytes[3]! >= 0x31 && bytes[3]! <= 0x39)) continue;
    return kind;
  }
  return null;
}

const GB18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Whether bytes that are not UTF-8 are likely GBK/GB18030. Nearly any byte pairs decode as GBK, Shift-JIS (ありがとう:
 * 82 A0 82 E8…) and Big5 (加: A5 5B) included, and `iconv -f GBK` garbles those: so the line must decode as GB18030
 * and most of its two-byte characters must lie in the GB2312 block (both bytes A1–FE), where Chinese text in GBK is.
 */
export function likelyGbk(bytes: Uint8Array): 'GBK' | 'GB18030' | null {
  try {
    GB18030.decode(bytes);
  } catch {
    return null;
  }
  let pairs = 0, gb2312 = 0, fourByte = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c < 0x80) continue;
    const d = bytes[i + 1]!;
    if (d >= 0x30 && d <= 0x39) {
      i += 3; // a four-byte GB18030 sequence (an emoji, a rare character): GB18030 itself, which iconv -f GBK cannot read
      fourByte = true;
      pairs++;
      gb2312++;
      continue;
    }
    pairs++;
    if (c >= 0xa1 && c <= 0xf7 && d >= 0xa1 && d <= 0xfe) gb2312++;
    i++;
  }
  if (!pairs || gb2312 < pairs * 0.8) return null;
  return fourByte ? 'GB18030' : 'GBK';
}

/** Where the first byte that is not UTF-8 is, and whether it only starts a sequence the line cuts short. */
export function firstInvalidUtf8(b: Uint8Array): { at: number; truncated: boolean } {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return { at: i, truncated: false };
    for (let k = 1; k <= extra; k++) {
      if (i + k >= b.length) return { at: i, truncated: true };
      const d = b[i + k]!;
      // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
      const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf;
      if (d < lo || d > hi) return { at: i, truncated: false };
    }
    i += extra + 1;
  }
  return { at: b.length, truncated: false };
}


const EUC_JP = new TextDecoder('euc-jp', { fatal: true });
const EUC_KR = new TextDecoder('euc-kr', { fatal: true });
// The Hangul syllables most Korean text is made of (particles, endings, shop words): a quarter or more of any Korean
// line, and rarely of Chinese GBK bytes read as EUC-KR (both use the same byte rows).
const COMMON_HANGUL = new Set('이다는에하고의가을를요니세습있서지기리한들로도어사해시그나아마주문상품입께님감합안녕드배송확인내용수정보게것라면여자제오대');

/**
 * EUC-JP or EUC-KR, when the bytes say so. Both share GB2312's byte rows, so GBK would read them (and iconv -f GBK
 * garbles them): Japanese is told by its kana (rows A4/A5, in every Japanese sentence, hardly ever in Chinese);
 * Korean by all pairs in the Hangul rows (B0–C8) making common Hangul syllables.
 */
export function eucGuess(bytes: Uint8Array): 'EUC-JP' | 'EUC-KR' | null {
  let pairs = 0, kana = 0, hangulRows = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c < 0x80) continue;
    const d = bytes[i + 1]!;
    pairs++;
    if ((c === 0xa4 || c === 0xa5 || c === 0x8e) && d >= 0xa1 && d <= 0xfe) kana++;
    if (c >= 0xb0 && c <= 0xc8 && d >= 0xa1 && d <= 0xfe) hangulRows++;
    i += c === 0x8f ? 2 : 1;
  }
  if (!pairs) return null;
  if (kana >= pairs * 0.2 && decodes(EUC_JP, bytes)) return 'EUC-JP';
  if (hangulRows === pairs && pairs >= 2 && decodes(EUC_KR, bytes)) {
    const syllables = [...EUC_KR.decode(bytes)].filter((ch) => ch >= '\uac00' && ch <= '\ud7a3');
    if (syllables.filter((ch) => COMMON_HANGUL.has(ch)).length >= syllables.length * 0.3) return 'EUC-KR';
  }
  return null;
}

function decodes(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
