// The text of a picked import file (the data import and the team view), and whether it has any.
// Round 56 (ux56): a 0-byte or blank file, or one holding only a byte order mark, was refused as 「文件不是有效的 JSON」,
// which sent the agent looking for damage in a file that has nothing in it (an export that failed, the wrong file).
// It is now said to be empty.
// Round 57 (ux57): a UTF-16 file with a byte order mark (Notepad's "Unicode", Excel's "Unicode text") was refused by the
// data import as 「不是有效的 JSON」: this function decoded the bytes as UTF-8 only, where Chromium's Blob.text(), which
// the import used before round 56 and the team view still did, follows a UTF-16 mark. It is now read by its mark again:
// the mark says the encoding exactly, the CLI reads such a file too (one file works in both), and converting a file
// that can be read exactly would only be work for the agent. A wrong mark costs nothing: the bytes then read as no JSON, and nothing is written. UTF-16
// that cannot be read (no mark, an odd byte count, a broken pair) and UTF-32 are named for what they are, with what to do.
import { blanksBesideMarks, bomlessUtf16, compressedKind } from './text-bytes';

export interface ImportText {
  /** The file's text: UTF-8 (a leading UTF-8 mark dropped, bytes that are not UTF-8 as U+FFFD), or UTF-16 by its mark. */
  text: string;
  /** No text at all: 0 bytes, or only byte order marks, NULs and blanks (or blanks in the decoded text). */
  empty: boolean;
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
  /** Why the bytes cannot be read as text, Chinese first; the file is then refused whole before anything is parsed. */
  unreadable?: string;
}

const SAVE_AS_UTF8 = '请用记事本等打开后「另存为」UTF-8 编码，或重新导出 / open it in Notepad or the like and save it as UTF-8, or export it again';

export function importText(bytes: Uint8Array): ImportText {
  if (onlyMarksAndBlanks(bytes)) return { text: '', empty: true, encoding: 'UTF-8' };
  // An export.json.gz or a zip picked by mistake read as 「不是有效的 JSON」, as if damaged: it only needs unpacking.
  const packed = compressedKind(bytes);
  if (packed) return unreadable(`文件是 ${packed.zh}，不是 JSON 文本：请先解压，再选择里面的 .json 文件 / the file is ${packed.en}, not JSON text: unpack it and pick the .json file inside`);
  const utf32 = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32LE'
    : bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff ? 'UTF-32BE' : null;
  if (utf32) return unreadable(`文件是 ${utf32} 编码（以 UTF-32 字节顺序标记开头），无法读取：${SAVE_AS_UTF8}（the file is ${utf32}）`);
  const marked = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : null;
  if (marked) {
    try {
      // fatal: an odd byte count (a cut-off file) or a broken surrogate pair is refused, never read as U+FFFD.
      const text = new TextDecoder(marked, { fatal: true }).decode(bytes);
      return { text, empty: !text.trim(), encoding: marked };
    } catch {
      return unreadable(
        `文件以 ${marked} 字节顺序标记开头，但内容不是有效的 ${marked}（可能不完整或已损坏），无法读取：${SAVE_AS_UTF8}（the file starts with a ${marked} byte order mark but is not valid ${marked}）`,
      );
    }
  }
  const bomless = bomlessUtf16(bytes);
  if (bomless) {
    return unreadable(
      `文件像是没有字节顺序标记的 ${bomless} 编码，无法可靠读取：${SAVE_AS_UTF8}（the file looks like ${bomless} without a byte order mark）`,
    );
  }
  const text = new TextDecoder().decode(bytes);
  return { text, empty: !text.trim(), encoding: 'UTF-8' };
}

const unreadable = (why: string): ImportText => ({ text: '', empty: false, encoding: 'UTF-8', unreadable: why });

/**
 * Byte order marks (UTF-8, and UTF-16's FF FE / FE FF, which UTF-8 decoding turns into ��), NULs and ASCII blanks only:
 * no text in any encoding a tool may have saved the file in (the CLI's walk too: utils/text-bytes.ts).
 */
function onlyMarksAndBlanks(bytes: Uint8Array): boolean {
  return blanksBesideMarks(bytes) !== null;
}
