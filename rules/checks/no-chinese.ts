// 2.1: the shop must serve buyers in Chinese. A reply with no Chinese at all gets advice (never blocks:
// a brand name or an emoji may be the whole right answer, and the agent knows the buyer). A Japanese
// reply has kanji but is not Chinese (ご注文ありがとうございます。明日発送いたします。): kana outweigh
// the kanji, with hiragana grammar and no Chinese function word. Chinese with a Japanese product name
// (ロート目薬 已发货) or a cute の (小仙女の福利) stays Chinese.

import { defineRule } from '../define-rule';

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const KANA_ALL = /[\u3041-\u3096\u30a1-\u30fa\u30fc]/g;
const HIRAGANA_ALL = /[\u3041-\u308f\u3091-\u3096]/g; // の (U+306E) stays: Chinese slang uses it
// Words only Chinese writes (simplified forms, particles): any one of them makes the reply Chinese.
const CHINESE_ONLY = /[们吗呢吧您这让给还说很没么哦啊呀嘛亲请谢个们这里发货买卖东]/u;

/** A reply written in Japanese (kanji and kana) rather than Chinese. */
function japanese(text: string): boolean {
  const kana = text.match(KANA_ALL)?.length ?? 0;
  if (kana < 4) return false;
  const hiragana = (text.match(HIRAGANA_ALL) ?? []).filter((c) => c !== 'の').length;
  const han = text.match(HAN_ALL)?.length ?? 0;
  return hiragana >= 2 && kana * 2 >= han && !CHINESE_ONLY.test(text);
}

// Round 29 (t29d): an English reply whose only Chinese is a name set inside the English sentence (this 雪花秀 cream is out of
// stock) and a salutation (Hi 亲) — the grammar is English, so the buyer is not served in Chinese. A Chinese word after a
// comma or at the end (…checkout哈，no bank transfer; …for this set, 含税的哈) is Chinese said to the buyer and keeps it Chinese.
const SALUTATION = /^(?:亲|亲亲|亲爱的|宝|宝宝|宝贝)$/u;
const HAN_RUN_ALL = /\p{Script=Han}+/gu;
const LATIN_WORD_ALL = /[a-z]{2,}/gi;
const ENGLISH_GRAMMAR_ALL = /\b(?:the|is|are|was|this|that|these|of|to|for|and|will|we|you|your|it|in|on|out|be|has|have|can|our|my|please|pls)\b/gi;
const LATIN_SIDE_BEFORE = /[a-z0-9][ \t]*$/i;
const LATIN_SIDE_AFTER = /^[ \t]*[a-z0-9]/i;

/** English grammar throughout, the Chinese only names inside English sentences (and a salutation). */
function englishWithChineseNames(text: string): boolean {
  if ((text.match(LATIN_WORD_ALL)?.length ?? 0) < 6 || (text.match(ENGLISH_GRAMMAR_ALL)?.length ?? 0) < 3) return false;
  let names = 0;
  for (const run of text.matchAll(HAN_RUN_ALL)) {
    if (SALUTATION.test(run[0])) continue;
    const at = run.index!;
    const inEnglish = LATIN_SIDE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && LATIN_SIDE_AFTER.test(text.slice(at + run[0].length, at + run[0].length + 4));
    if (++names > 2 || run[0].length > 4 || CHINESE_ONLY.test(run[0]) || !inEnglish) return false;
  }
  return true;
}

const rule = defineRule({
  meta: {
    id: 'no-chinese',
    clause: '2.1',
    severity: 'info',
    title: { zh: '回复中没有中文', en: 'Reply has no Chinese' },
    description: {
      zh: '规则 2.1 要求商家提供中文咨询服务。整条回复没有一个汉字时提示（只提示，不拦截）。',
      en: 'Rule 2.1 requires service in Chinese. A reply without a single Chinese character gets a notice (never blocked).',
    },
    hint: { zh: '用中文回复买家，英文品牌名可以保留。', en: 'Answer in Chinese; English brand names may stay.' },
  },
  check(ctx) {
    const text = ctx.text;
    if (HAN.test(text) && !japanese(text) && !englishWithChineseNames(text)) return;
    const start = text.search(/\S/u);
    if (start < 0) return;
    const end = text.trimEnd().length;
    ctx.report(rule, { start, end, view: 'original' });
  },
});

export default rule;
