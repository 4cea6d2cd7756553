// Latin anchors that are part of a product code or a sign, not words (round 7, generic false alarms):
//   - a model or part number: SB-200, SB200, NC-05 (letters glued to a number of two or more digits), and the
//     same letters named again in the draft once they were such a code (这个型号是SB-200，SB是系列缩写);
//   - a sign that NFKC spells with letters: ™ (tm), ℠, ㎏ — one character of the draft, two compact units.
// Insult initials (SB, TM, NC…) and slang initials (gf, rep) are anchors of cue rules; detect/cue-rule.ts skips
// an all-latin hit that is a code, and insult.ts asks symbolGlyph where the sign must not count.

import type { LintContext } from '../context';

const ALL_LATIN = /^[a-z0-9]+$/;
// A number after the letters: after a hyphen any number (SB-3, SB-200), glued or spaced two digits or more (SB200,
// ks 300) but not 250 (二百五, itself an insult: SB250).
const NUMBER_AFTER = /^[\s]?(?:[-_‐‑–—－][\s]?[0-9]|(?!250(?![0-9]))[0-9]{2,})/;

/** The hit at compact [start, end) is an all-latin part of a model code (SB-200), or names such a code again. */
export function productCode(ctx: LintContext, start: number, end: number): boolean {
  const first = ctx.compact.charCodeAt(start);
  if (!((first >= 97 && first <= 122) || (first >= 48 && first <= 57))) return false;
  const word = ctx.compact.slice(start, end);
  if (!ALL_LATIN.test(word) || !/[a-z]/.test(word)) return false;
  const folded = ctx.folded;
  const fe = ctx.norm.compactToFolded[end - 1]! + 1;
  if (NUMBER_AFTER.test(folded.slice(fe, fe + 8))) return true;
  // The same letters used as a code elsewhere in the draft: SB是系列缩写 after 型号是SB-200.
  if (folded.length > 400) return false;
  const code = new RegExp(`(?<![a-z])${word}[\\s]?(?:[-_‐‑–—－][\\s]?[0-9]|(?!250(?![0-9]))[0-9]{2,})`);
  return code.test(folded);
}

/** The hit's original text is shorter than its compact form: one sign spelt with letters (™ read as tm). */
export function symbolGlyph(ctx: LintContext, start: number, end: number): boolean {
  const [s, e] = ctx.toOriginal(start, end);
  return e - s < end - start;
}
