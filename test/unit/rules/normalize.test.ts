import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/registry';
import { foldTerm, normalize, originalSpan, simplifyText, HARD, SOFT } from '../../../rules/normalize';

describe('normalize: folded view', () => {
  it.each([
    ['ＡＢＣ１２３＠．', 'abc123@.'],
    ['①②③', '123'],
    ['❶➀➊⓵⓿', '11110'],
    ['微\u200b信\u2060号\ufeff', '微信号'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['1\ufe0f\u20e33\ufe0f\u20e3', '13'],
    ['𝟏𝟑𝟖', '138'],
    ['Ⓐⓥ', 'av'],
    ['🅥🆇🇻', 'vxv'],
    ['➕✚﹢＋', '++++'],
    ['🐧', 'qq'],
    ['伱這種亾僦昰莈洧腦孒', '你这种人就是没有脑子'],
    ['嘚瑟找茬', '嘚瑟找茬'],
    ['發票號碼、聯繫電話', '发票号码、联系电话'],
    ['ＳＢ', 'sb'],
    // fa16: a word spelled a letter at a time is one word in the folded view too; a longer token or a digit ends the run
    ['加我 w e i x i n', '加我 weixin'],
    ['这款有 W X L 码', '这款有 wxl 码'],
    ['v-x 号 q·q', 'vx 号 qq'],
    ['w x：abc123', 'wx:abc123'],
    ['I will check 一下', 'i will check 一下'],
    ['q q 1 2 3 4 5', 'q q 1 2 3 4 5'],
    ['a.b.c', 'a.b.c'],
    // round 44 (t44e): blank-looking characters read as the blank they show (braille blank, ogham space, Hangul fillers), the
    // line/paragraph separators as a line break; zero-width ones and the bidi controls stay dropped
    ['138\u28000013\u28008000', '138 0013 8000'],
    ['186\u16801234\u16805678', '186 1234 5678'],
    ['159\u31641122\uffa03344', '159 1122 3344'],
    ['好\u115f的\u1160亲', '好 的 亲'],
    ['137\u20052468\u205f1357\u3000ok', '137 2468 1357 ok'],
    ['电话\u2028号码\u2029多少', '电话\n号码\n多少'],
    ['微\u180e信\u202e号\u2066码\u2069', '微信号码'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).folded.text).toBe(expected);
  });

  it('maps every folded unit back to its original range', () => {
    const text = 'a⑴b😀微\u200b信';
    const n = normalize(text);
    expect(n.folded.text).toBe('a(1)b😀微信');
    // ⑴ expands to three units, each mapped to the one original unit.
    expect([...n.folded.start.subarray(1, 4)]).toEqual([1, 1, 1]);
    expect([...n.folded.end.subarray(1, 4)]).toEqual([2, 2, 2]);
    // the emoji (two units) maps to its own two-unit range
    expect(n.folded.start[5]).toBe(3);
    expect(n.folded.end[5]).toBe(5);
    // 信 after the zero-width space
    const i = n.folded.text.indexOf('信');
    expect(text.slice(n.folded.start[i]!, n.folded.end[i]!)).toBe('信');
  });

  it('maps a joined spelled word back to its letters (fa16)', () => {
    const text = '加 W X L 码';
    const n = normalize(text);
    expect(n.folded.text).toBe('加 wxl 码');
    expect([...n.folded.start]).toEqual([0, 1, 2, 4, 6, 7, 8]);
    n.compactToFolded.forEach((f, c) => expect(n.folded.text[f]).toBe(n.compact.text[c]));
  });

  it('keeps lone surrogates from crashing', () => {
    expect(() => normalize('\ud800abc\udc00')).not.toThrow();
  });

  it('handles a megabyte paste', () => {
    const big = '加我微信abc123，'.repeat(100_000);
    const n = normalize(big);
    expect(n.compact.text.length).toBeGreaterThan(900_000);
  });
});

describe('normalize: compact view', () => {
  it.each([
    ['私 下 交 易', '私下交易'],
    ['w w w . m y b a o . n e t', 'wwwmybaonet'],
    ['微·信', '微信'],
    ['加薇❤️', '加薇'],
    ['+V', '+v'],
    ['高 仿', '高仿'],
    // round 23 (t23a): Cantonese words read as their Mandarin ones, same length (foldDialectWords)
    ['唔使落單，直接轉數畀我', '不用下单直接转账给我'],
    ['过数俾我', '转账给我'],
    ['使唔使落单', '使唔使下单'],
    ['破壁机转数高', '破壁机转数高'],
    ['转数快', '转数快'],
    ['落，单', '落单'],
    // round 36 (t36c): Cantonese 话 = 说 after its sayer, not 说人话 nor 电话
    ['網上有人話我哋賣', '网上有人说我哋卖'],
    ['佢話', '佢说'],
    ['說人話', '说人话'],
    ['电话', '电话'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).compact.text).toBe(expected);
  });

  it('round 23 (t23a): a folded Cantonese word keeps its original offsets, in both views', () => {
    const text = '唔使 落单，转数俾我';
    const n = normalize(text);
    expect(n.folded.text).toBe('不用 下单,转账给我');
    const i = n.compact.text.indexOf('转账');
    const [s, e] = originalSpan(n.compact, i, i + 2);
    expect(text.slice(s, e)).toBe('转数');
  });

  it('records clause and sentence breaks between compact units', () => {
    const n = normalize('不卖高仿，也不卖A货。微 信');
    const at = (s: string) => n.compact.text.indexOf(s);
    expect(n.breakBefore[at('也')]).toBe(SOFT);
    expect(n.breakBefore[at('微')]).toBe(HARD);
    expect(n.breakBefore[at('信')]).toBe(0);
  });

  it('joins a line wrapped mid-phrase, not a new line (round 36, t36h)', () => {
    const lineBreakAt = (text: string, next: string) => {
      const n = normalize(text);
      return [n.breakBefore[n.compact.text.indexOf(next)], n.modelBreakBefore[n.compact.text.indexOf(next)]];
    };
    // wraps: a denial or condition left open, a 把 phrase or a preposition waiting for its words, a next line that cannot start a clause
    expect(lineBreakAt('我们不卖\n高仿的东西', '高仿')).toEqual([0, HARD]);
    expect(lineBreakAt('要是\n您收到的有问题', '您收到')).toEqual([0, HARD]);
    expect(lineBreakAt('信不信我把你的信息\n发到网上', '发到')[0]).toBe(0);
    expect(lineBreakAt('这单我们跟\n快递公司核实过了', '快递')[0]).toBe(0);
    expect(lineBreakAt('我们这款是正\n的，放心', '的放')[0]).toBe(0);
    expect(lineBreakAt('隔壁卖的都是\n假货', '假货')[0]).toBe(0);
    // new lines: punctuation before the break, a particle or an address ending the line, a greeting or connective opening the next,
    // a blank line, a complete clause, a whole-predicate denial (不用担心)
    expect(lineBreakAt('我们不卖，\n高仿的东西', '高仿')[0]).toBe(HARD);
    expect(lineBreakAt('好的亲\n我们马上发货', '我们')[0]).toBe(HARD);
    expect(lineBreakAt('发货了吗\n我查一下', '我查')[0]).toBe(HARD);
    expect(lineBreakAt('早安今日上新请查收\n午安今日上新请查收', '午安')[0]).toBe(HARD);
    expect(lineBreakAt('我们不卖\n另外这款有货', '另外')[0]).toBe(HARD);
    expect(lineBreakAt('我们不卖\n\n高仿的东西', '高仿')[0]).toBe(HARD);
    // (round 62, eng62b: a bare line break between two clauses is a clause break, as the comma it stands for — not a join)
    expect(lineBreakAt('您不用担心\n加我们店铺关注', '加我')).toEqual([SOFT, HARD]);
    expect(lineBreakAt('已经给您发货\n明天能到', '明天')[0]).toBe(HARD);
  });

  it('reads a space between two Chinese clauses as a soft break, not one inside a spaced-out word (round 32)', () => {
    const n = normalize('好的 亲 这边说不清楚 加我微信 微 信 号 不能 加微信');
    const at = (s: string) => n.compact.text.indexOf(s);
    expect(n.breakBefore[at('加我')]).toBe(SOFT);
    // one-unit chunks (a word spelled out), a chunk left open by a denial, two two-unit chunks: no break
    expect(n.breakBefore[at('亲这边')]).toBe(0);
    expect(n.breakBefore[at('信号')]).toBe(0);
    expect(n.breakBefore[n.compact.text.indexOf('加微信', at('不能'))]).toBe(0);
    // the model's view: spaces never break
    expect(n.modelBreakBefore[at('加我')]).toBe(0);
    const words = normalize('我们 不会 让您 私下 转账');
    expect([...words.breakBefore].every((b) => b === 0)).toBe(true);
    const phone = normalize('老板手机 一3八 5五0二');
    expect([...phone.breakBefore].every((b) => b === 0)).toBe(true);
  });

  it('maps compact ranges to original ranges', () => {
    const text = '请加 微 . 信 abc';
    const n = normalize(text);
    const i = n.compact.text.indexOf('微信');
    const [s, e] = originalSpan(n.compact, i, i + 2);
    expect(text.slice(s, e)).toBe('微 . 信');
  });
});

describe('foldTerm', () => {
  it('folds lexicon terms like drafts', () => {
    expect(foldTerm('Ａ 货')).toBe('a货');
    expect(foldTerm('電話號碼')).toBe('电话号码');
  });

  // foldTerm skips the full fold for a term that is already folded (most of the lexicon): it must agree with it.
  it.each([
    ['微信', '微信'],
    ['vx', 'vx'],
    ['VX', 'vx'],
    ['微 信', '微信'],
    ['微\u200b信', '微信'],
    ['唔使落单', '不用下单'],
    ['转数给', '转账给'],
    ['有人话', '有人说'],
    ['说人话', '说人话'],
    ['数据', '数据'],
    ['１２３', '123'],
    ['😀qq', 'qq'],
    ['w e i x i n', 'weixin'],
  ])('%j folds to %j, as normalize() does', (term, folded) => {
    expect(foldTerm(term)).toBe(folded);
    expect(normalize(term).compact.text).toBe(folded);
  });

  // 30 s, not the default 5 s: ~40,000 terms took 6.9 s on a loaded 2-core machine (round 47).
  it('agrees with normalize() on every lexicon term and on random text', { timeout: 30_000 }, () => {
    const terms = RULES.flatMap((rule) => (rule.terms ?? []).map((spec) => spec.term));
    expect(terms.length).toBeGreaterThan(5000);
    for (const term of terms) expect(foldTerm(term), term).toBe(normalize(term).compact.text);
    const unit = fc.oneof(fc.constantFrom(...'微信唔使落单转过数给俾用下单有人佢话 .・\u200b０Ａa1'), fc.string({ unit: 'binary', maxLength: 2 }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 8 }).map((parts) => parts.join('')), (term) => foldTerm(term) === normalize(term).compact.text));
  });
});

describe('simplifyText: the typed draft with traditional characters read as simplified', () => {
  it.each([
    ['您說“你們就是騙子”', '您说“你们就是骗子”'],
    ['我們會天天打電話', '我们会天天打电话'],
    ['Ｉ＇ｍ 說，是Ｐ的：＂好＂', "I'm 说，是P的：\"好\""], // full-width letters, digits and quote marks read as ASCII; full-width ，： stay
  ])('%s → %s, same length and offsets', (typed, simplified) => {
    expect(simplifyText(typed)).toBe(simplified);
    expect(simplifyText(typed)).toHaveLength(typed.length);
  });
  it('returns the draft itself when nothing is traditional', () => {
    const typed = '亲，这款是正品，放心拍😊';
    expect(simplifyText(typed)).toBe(typed);
  });
});

describe('a chat tilde ends a clause', () => {
  it.each(['亲～滚', '亲~滚', '亲〜滚'])('%s: the word after the greeting opens its own clause', (draft) => {
    const n = normalize(draft);
    expect(n.compact.text).toBe('亲滚');
    expect(n.breakBefore[1]).toBe(SOFT);
  });
});
