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
