// Round 57 (ux57): cli/io.ts markedBlanks and utils/import-file.ts onlyMarksAndBlanks were near copies of one walk over
// marks, NULs and blanks; both now use utils/text-bytes.ts blanksBesideMarks. The two copies as they were are kept
// here as the oracle: over every short byte string of the bytes that matter, the shared walk answers as each did.
import { describe, expect, it } from 'vitest';
import { readLines } from '@/cli/io';
import { importText } from '@/utils/import-file';
import { blanksBesideMarks, startsWithMark } from '@/utils/text-bytes';

const MARKS = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
const markAt = (bytes: Uint8Array, i: number) => MARKS.find((m) => m.every((b, k) => bytes[i + k] === b));

/** cli/io.ts before round 57. */
function oldMarkedBlanks(bytes: Uint8Array): number[] | null {
  if (!markAt(bytes, 0)) return null;
  const kept: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const mark = markAt(bytes, i);
    if (mark) i += mark.length;
    else if (bytes[i] === 0) i++;
    else if ([0x09, 0x0a, 0x0d, 0x20].includes(bytes[i]!)) kept.push(bytes[i++]!);
    else return null;
  }
  return kept;
}

/** utils/import-file.ts before round 57. */
function oldOnlyMarksAndBlanks(bytes: Uint8Array): boolean {
  const blank = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20]);
  for (let i = 0; i < bytes.length; ) {
    const mark = markAt(bytes, i);
    if (mark) i += mark.length;
    else if (blank.has(bytes[i]!)) i++;
    else return false;
  }
  return true;
}

// Every byte a mark is made of, the blanks, NUL, and two that are text (A, and E4 which starts a CJK character).
const ALPHABET = [0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x09, 0x0a, 0x0d, 0x20, 0x41, 0xe4];

function* allStrings(maxLength: number): Generator<Uint8Array> {
  for (let length = 0; length <= maxLength; length++) {
    const digits = new Array<number>(length).fill(0);
    for (;;) {
      yield Uint8Array.from(digits.map((d) => ALPHABET[d]!));
      let k = 0;
      while (k < length && ++digits[k]! === ALPHABET.length) digits[k++] = 0;
      if (k === length) break;
    }
  }
}

describe('input 57: one walk over marks and blanks for the CLI and the options page', () => {
  it('answers as both old copies did on every byte string of up to 5 of the bytes that matter (271,453 strings)', () => {
    let n = 0;
    let empty = 0;
    const differ: string[] = [];
    for (const bytes of allStrings(5)) {
      n++;
      const blanks = blanksBesideMarks(bytes);
      if (JSON.stringify(startsWithMark(bytes) ? blanks : null) !== JSON.stringify(oldMarkedBlanks(bytes))) differ.push(`cli ${[...bytes]}`);
      if ((blanks !== null) !== oldOnlyMarksAndBlanks(bytes)) differ.push(`import ${[...bytes]}`);
      if (blanks !== null) empty++;
    }
    expect(differ).toEqual([]);
    expect(n).toBe(271_453);
    // Both answers occur often enough for the comparison to mean something.
    expect(empty).toBeGreaterThan(5_000);
    expect(n - empty).toBeGreaterThan(100_000);
  });

  it('keeps what each caller makes of it: the CLI reads marked blanks as blank lines, the import calls them empty', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x0a, 0x00, 0xef, 0xbb, 0xbf, 0x0a]);
    const lines: string[] = [];
    for await (const line of readLines([bytes])) lines.push(line);
    expect(lines).toEqual(['', '']);
    expect(importText(bytes).empty).toBe(true);
    expect(importText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00])).empty).toBe(false);
  });
});
