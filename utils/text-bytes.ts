// What the raw bytes of a text file say about it before it is decoded: byte order marks, blank-only content, UTF-16
// without a mark. Pure (Uint8Array only): shared by the CLI (cli/io.ts) and the
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
