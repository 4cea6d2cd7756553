// Pinyin evasions of lexicon terms: fu刻 for 复刻, 网dai for 网贷, dubo for 赌博, gao仿 for 高仿. A rule that
// opts in (RuleModule.pinyin) has each Han term of 2–3 characters also compiled as every one-syllable
// swap and as the whole term in pinyin, so its own check judges them like the Chinese spelling. Two
// syllables mixed in a longer term (gao仿huo) and longer terms are left out: rare, and they multiply the automaton.

import { PINYIN_TABLE } from './lexicon/pinyin.generated';

const HAN_TERM = /^\p{Script=Han}{2,3}$/u;
/** Readings per character used in swaps, and whole-pinyin spellings per term: polyphones stay bounded. */
const MAX_READINGS = 3;
const MAX_WHOLE = 4;

let readings: Map<string, readonly string[]> | undefined;

/** Toneless readings of one character (ü written v), most common first; [] when unknown. */
export function readingsOf(ch: string): readonly string[] {
  readings ??= new Map(
    PINYIN_TABLE.split('|').map((entry) => {
      const [ch0, ...rest] = [...entry];
      return [ch0!, rest.join('').split(',').slice(0, MAX_READINGS)] as const;
    }),
  );
  return readings.get(ch) ?? [];
}

/** The pinyin spellings of a folded term (the term itself excluded); [] when it is not 2–3 Han characters. */
export function pinyinVariants(term: string): string[] {
  if (!HAN_TERM.test(term)) return [];
  const chars = [...term];
  const out = new Set<string>();
  chars.forEach((ch, i) => {
    for (const r of readingsOf(ch)) out.add(chars.slice(0, i).join('') + r + chars.slice(i + 1).join(''));
  });
  let whole = [''];
  for (const ch of chars) {
    const rs = readingsOf(ch);
    if (!rs.length) return [...out];
    whole = whole.flatMap((prefix) => rs.map((r) => prefix + r)).slice(0, MAX_WHOLE);
  }
  whole.forEach((w) => out.add(w));
  return [...out];
}
