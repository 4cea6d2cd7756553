// The text of a picked import file, and whether it has any (round 56, ux56): a 0-byte or blank file, or one holding only
// a byte order mark, was refused as 「文件不是有效的 JSON」, which sent the agent looking for damage in a file that
// has nothing in it (an export that failed, the wrong file). It is now said to be empty.

const MARKS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
const BLANK_BYTES = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20]);

/** The file's text as `Blob.text()` reads it (UTF-8, a leading UTF-8 mark dropped), and whether it holds no text at all. */
export function importText(bytes: Uint8Array): { text: string; empty: boolean } {
  const text = new TextDecoder().decode(bytes);
  return { text, empty: !text.trim() || onlyMarksAndBlanks(bytes) };
}

/**
 * Byte order marks (UTF-8, and UTF-16's FF FE / FE FF, which UTF-8 decoding turns into ��), NULs and ASCII blanks only:
 * no text in any encoding a tool may have saved the file in (Notepad's "Unicode" is UTF-16 with a mark).
 */
function onlyMarksAndBlanks(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const mark = MARKS.find((m) => m.every((b, k) => bytes[i + k] === b));
    if (mark) i += mark.length;
    else if (BLANK_BYTES.has(bytes[i]!)) i++;
    else return false;
  }
  return true;
}
