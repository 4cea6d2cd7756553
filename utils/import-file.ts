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
// Round 58 (ux58): a file saved by Chinese Windows Notepad or Excel as "ANSI" (GBK / GB18030) was decoded as UTF-8, its
// Chinese turned to U+FFFD and the deny / allow terms came in as 「���」, silently. Such a file is now READ as GB18030,
// and the result says 「已按 GBK 编码读取」: the agent who meets it (a Notepad file from a colleague) cannot run iconv,
// Notepad's own 「另存为 UTF-8」 is several steps away, the bytes decode exactly (GB18030 covers all of Unicode), and
// nothing is applied unseen (settings are offered with their changes first; the records must pass the whole-file check).
// It is read only when the bytes are not UTF-8 and look like Chinese GBK (likelyGbk, the CLI's test: decodes as
// GB18030, most pairs in the GB2312 block; EUC-JP / EUC-KR excluded); anything else that is not UTF-8 is refused, named,
// with what to do, never read as U+FFFD. (The CLI refuses GBK instead: a batch run has no review, and iconv is at hand.)
// UTF-8 behind a UTF-16 mark (a tool that wrote the wrong mark) read as CJK junk, 「不是有效的 JSON」: when the mark's
// reading is no JSON and the bytes after it are UTF-8 JSON, it is read as UTF-8 and said so.
import { blanksBesideMarks, bomlessUtf16, compressedKind, eucGuess, firstInvalidUtf8, likelyGbk } from './text-bytes';

export interface ImportText {
  /** The file's text: UTF-8 (a leading UTF-8 mark dropped), UTF-16 by its mark, or GB18030 (see `note`); never U+FFFD for bad bytes. */
  text: string;
  /** No text at all: 0 bytes, or only byte order marks, NULs and blanks (or blanks in the decoded text). */
  empty: boolean;
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';
  /** How the file was read when it was not plain UTF-8 or UTF-16 by its mark, Chinese first: shown with the import's result. */
  note?: string;
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
    let text: string | null = null;
    try {
      // fatal: an odd byte count (a cut-off file) or a broken surrogate pair is refused, never read as U+FFFD.
      text = new TextDecoder(marked, { fatal: true }).decode(bytes);
    } catch {
      // (judged below, after the UTF-8 reading)
    }
    if (text !== null && startsAsJson(text)) return { text, empty: !text.trim(), encoding: marked };
    const utf8 = utf8Behind(bytes.subarray(2));
    if (utf8 !== null) {
      return {
        text: utf8,
        empty: !utf8.trim(),
        encoding: 'UTF-8',
        note: `文件开头是 ${marked} 字节顺序标记，内容却是 UTF-8（标记与内容不符，多是导出工具写错了标记），已按 UTF-8 读取 / the file starts with a ${marked} byte order mark but its text is UTF-8 (a wrong mark): read as UTF-8`,
      };
    }
    if (text !== null) return { text, empty: !text.trim(), encoding: marked };
    return unreadable(
      `文件以 ${marked} 字节顺序标记开头，但内容不是有效的 ${marked}（可能不完整或已损坏），无法读取：${SAVE_AS_UTF8}（the file starts with a ${marked} byte order mark but is not valid ${marked}）`,
    );
  }
  const bomless = bomlessUtf16(bytes);
  if (bomless) {
    return unreadable(
      `文件像是没有字节顺序标记的 ${bomless} 编码，无法可靠读取：${SAVE_AS_UTF8}（the file looks like ${bomless} without a byte order mark）`,
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, empty: !text.trim(), encoding: 'UTF-8' };
  } catch {
    return notUtf8(bytes);
  }
}

/** A file that is not UTF-8: read as GB18030 when it looks like Chinese GBK, else refused with where and what to do. */
function notUtf8(bytes: Uint8Array): ImportText {
  let body = bytes;
  while (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3); // a UTF-8 mark on GBK bytes
  const problem = firstInvalidUtf8(body);
  const at = bytes.length - body.length + problem.at;
  const seen = [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  // Cut off in the middle of its last character (a download stopped): damaged UTF-8, not another encoding.
  if (problem.truncated) {
    return unreadable(`文件在最后一个字符的中途结束（第 ${at + 1} 个字节起，字节 ${seen}），不完整，无法读取：请重新导出或重新下载这个文件 / the file ends in the middle of a character (byte ${at + 1}): it is cut off; export or download it again`);
  }
  const gbk = eucGuess(body) ? null : likelyGbk(body);
  if (gbk) {
    const text = new TextDecoder('gb18030').decode(body);
    return {
      text,
      empty: !text.trim(),
      encoding: 'GB18030',
      note: `文件不是 UTF-8，是 ${gbk === 'GBK' ? 'GBK' : 'GB18030'} 编码（中文 Windows 记事本、Excel 保存的“ANSI”文件），已按 GBK 编码读取；若文字显示不对，请把文件「另存为」UTF-8 后重新导入 / the file is not UTF-8 but ${gbk} (Windows Notepad / Excel "ANSI"): read as GBK; if any text looks wrong, save it as UTF-8 and import again`,
    };
  }
  return unreadable(
    `文件不是 UTF-8 编码：第 ${at + 1} 个字节起（字节 ${seen}）无法按 UTF-8 读取，也不像中文 GBK，按原样读会变成乱码（�），无法导入：${SAVE_AS_UTF8}（the file is not UTF-8 from byte ${at + 1}: ${seen}, nor Chinese GBK）`,
  );
}

/** JSON text starts with { or [ (after blanks and marks): what an export or a settings file is. */
const startsAsJson = (text: string) => /^[\s\uFEFF]*[{[]/.test(text);

/** The bytes after a UTF-16 mark as UTF-8 JSON text, when they are that; else null. */
function utf8Behind(rest: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(rest);
    return startsAsJson(text) ? text.replace(/^\uFEFF+/, '') : null;
  } catch {
    return null;
  }
}

const unreadable = (why: string): ImportText => ({ text: '', empty: false, encoding: 'UTF-8', unreadable: why });

/**
 * Byte order marks (UTF-8, and UTF-16's FF FE / FE FF, which UTF-8 decoding turns into ��), NULs and ASCII blanks only:
 * no text in any encoding a tool may have saved the file in (the CLI's walk too: utils/text-bytes.ts).
 */
function onlyMarksAndBlanks(bytes: Uint8Array): boolean {
  return blanksBesideMarks(bytes) !== null;
}
