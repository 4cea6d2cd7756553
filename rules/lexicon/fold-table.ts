// Characters that Unicode NFKC leaves alone but that evaders use for digits, letters and "+".
// (notes/lint.md §2: ❶➀➊⓵⓿, 🅥/🆅/🇻 letters, ➕✚ are kept by NFKC.)

function range(from: number, to: number, value: (i: number) => string, into: Map<number, string>): void {
  for (let cp = from; cp <= to; cp++) into.set(cp, value(cp - from));
}

const letter = (i: number) => String.fromCharCode(97 + i);
const digit1 = (i: number) => String(i + 1); // styles that start at 1 and end at 10

export const SPECIAL_FOLDS: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  range(0x2776, 0x277f, digit1, m); // ❶…❿
  range(0x2780, 0x2789, digit1, m); // ➀…➉
  range(0x278a, 0x2793, digit1, m); // ➊…➓
  range(0x24f5, 0x24fe, digit1, m); // ⓵…⓾
  range(0x24eb, 0x24f4, (i) => String(i + 11), m); // ⓫…⓴
  m.set(0x24ff, '0'); // ⓿
  m.set(0x24ea, '0'); // ⓪ (NFKC keeps it)
  range(0x1f150, 0x1f169, letter, m); // 🅐…🅩 negative circled
  range(0x1f170, 0x1f189, letter, m); // 🅰…🆉 negative squared
  range(0x1f1e6, 0x1f1ff, letter, m); // 🇦…🇿 regional indicators
  range(0x1f130, 0x1f149, letter, m); // 🄰…🅉 squared (NFKC folds most; be explicit)
  for (const cp of [0x2795, 0x271a, 0x2719, 0x271b, 0x271c, 0x2795, 0x1f7a4]) m.set(cp, '+'); // ➕ ✚ ✙ ✛ ✜ 🞤
  // Round 25 (t25a): the dingbat crosses ✕ ✖ ✗ ✘ stand for the letter x (v✖️ = vx, w✕ = wx). Not × (dimensions: 35×28cm) nor
  // ❌ (read as 叉 or as "no": 傻❌, 加微信❌).
  for (const cp of [0x2715, 0x2716, 0x2717, 0x2718]) m.set(cp, 'x');
  // Round 45 (t45i): the ratio sign ∶ (U+2236) and the modifier colon ꞉ (U+A789) look like a colon and NFKC keeps them: 1∶1 开的模 is 1:1.
  m.set(0x2236, ':');
  m.set(0xa789, ':');
  m.set(0x3007, '〇'); // keep 〇 as itself (a numeral, handled by the number reader)
  m.set(0x1f427, 'qq'); // 🐧 the QQ penguin
  for (const cp of [0x2708, 0x1f6e9, 0x1f6eb, 0x1f6ec]) m.set(cp, '飞机'); // ✈ 🛩 🛫 🛬 for 飞机 = Telegram (round 9: 去✈️上找我)
  // 火星文 (Martian script): rare look-alikes that stand for common words and are never used in their own sense in a
  // shop chat (伱這種亾僦昰莈洧腦孒 = 你这种人就是没有脑子). 嘚 (嘚瑟), 茬 (找茬), 哋/啲 (Cantonese) are real words: left alone.
  for (const [from, to] of [['伱', '你'], ['沵', '你'], ['亾', '人'], ['僦', '就'], ['昰', '是'], ['莈', '没'], ['洧', '有'], ['孒', '子'], ['涐', '我'], ['吥', '不'], ['鈳', '可'], ['苼', '生'], ['侢', '在']] as const) {
    m.set(from.codePointAt(0)!, to);
  }
  // Round 31 (t31a): 妳, the Taiwanese written "you" to a woman (妳是不是腦殘), is 你 in every use.
  m.set(0x59b3, '你');
  // Round 35 (t35c): the radical ⺨ (a symbol to Unicode, so a separator the compact view dropped) is the dog radical 犭 (⺨者 = 犭者 = 猪).
  // Dropped, the lexicon's ⺨句 folded to a bare 句 and 您这句话 read as an aimed insult.
  m.set(0x2ea8, '犭');
  // Round 38 (t38h): Greek and Cyrillic letters that look like latin ones, standing in a contact's label or id (ν χ：kορea_mall01 =
  // vx：korea_mall01). NFKC keeps them. Only the look-alikes that are no symbol of a shop's reply: α β γ μ ω τ Ω (α-熊果苷, β-胡萝卜素,
  // 400μg, Ω-3) are left alone, and so are the lowercase Cyrillic letters of Russian words (о, а, с, р…) — folding those would move the
  // second opinion's training digest (rules/model/: its training replies hold them, as Russian text and in one domain, bu-041).
  for (const [from, to] of [
    ['ν', 'v'], ['χ', 'x'], ['ο', 'o'], ['ρ', 'p'], ['κ', 'k'], ['ι', 'i'], ['υ', 'u'], ['ε', 'e'],
    ['Α', 'a'], ['Β', 'b'], ['Ε', 'e'], ['Ζ', 'z'], ['Η', 'h'], ['Ι', 'i'], ['Κ', 'k'], ['Μ', 'm'], ['Ν', 'n'], ['Ο', 'o'], ['Ρ', 'p'], ['Τ', 't'], ['Υ', 'y'], ['Χ', 'x'],
    ['х', 'x'], ['Х', 'x'], ['ѵ', 'v'], ['Ѵ', 'v'], ['у', 'y'], ['У', 'y'], ['і', 'i'], ['І', 'i'], ['ј', 'j'], ['Ј', 'j'], ['ѕ', 's'], ['Ѕ', 's'],
    ['ԛ', 'q'], ['Ԛ', 'q'], ['ԝ', 'w'], ['Ԝ', 'w'], ['Е', 'e'], ['Н', 'h'], ['К', 'k'], ['М', 'm'], ['О', 'o'], ['Р', 'p'], ['Т', 't'],
  ] as const) {
    m.set(from.codePointAt(0)!, to);
  }
  return m;
})();
