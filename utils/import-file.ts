// The text of a picked import file, and whether it has any (round 56, ux56): a 0-byte or blank file, or one holding only
// a byte order mark, was refused as 「文件不是有效的 JSON」, which sent the agent looking for damage in a file that
// has nothing in it (an export that failed, the wrong file). It is now said to be empty.

import { blanksBesideMarks } from './text-bytes';

/** The file's text as `Blob.text()` reads it (UTF-8, a leading UTF-8 mark dropped), and whether it holds no text at all. */
export function importText(bytes: Uint8Array): { text: string; empty: boolean } {
  const text = new TextDecoder().decode(bytes);
  return { text, empty: !text.trim() || onlyMarksAndBlanks(bytes) };
}

/**
 * Byte order marks (UTF-8, and UTF-16's FF FE / FE FF, which UTF-8 decoding turns into ��), NULs and ASCII blanks only:
 * no text in any encoding a tool may have saved the file in (the CLI's walk too: utils/text-bytes.ts).
 */
const onlyMarksAndBlanks = (bytes: Uint8Array): boolean => blanksBesideMarks(bytes) !== null;
