// Pinyin evasions: the generated reading table must match the lexicon (regenerate with
// `npx tsx scripts/gen-pinyin.ts`), and opted-in rules catch fu刻 / 网dai / dubo but not latin words.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { PINYIN_TABLE } from '../../../rules/lexicon/pinyin.generated';
import { pinyinVariants, readingsOf } from '../../../rules/pinyin';
import { pinyinReadings, pinyinTable } from '../../../scripts/pinyin-source';

describe('pinyin table', () => {
  it('is up to date with the lexicon', () => {
    expect(PINYIN_TABLE).toBe(pinyinTable(pinyinReadings()));
  });

  it('reads polyphones as they are read inside the terms', () => {
    expect(readingsOf('复')).toEqual(['fu']);
    expect(readingsOf('博')).toEqual(['bo']);
    expect(readingsOf('😀')).toEqual([]);
  });
});

describe('pinyinVariants', () => {
  it('swaps one syllable at a time and spells the whole term', () => {
    expect(pinyinVariants('赌博').sort()).toEqual(['du博', 'dubo', '赌bo'].sort());
  });

  it('leaves out single characters, longer terms and terms with latin or digits', () => {
    expect(pinyinVariants('赌')).toEqual([]);
    expect(pinyinVariants('网络赌博')).toEqual([]);
    expect(pinyinVariants('a货')).toEqual([]);
  });
});

describe('pinyin evasions through the linter', () => {
  const linter = createLinter();
  const clauses = (text: string) => linter.lint(text).filter((f) => f.severity !== 'info').map((f) => f.clause);

  it.each([
    ['fu刻版的，您放心，细节没毛病。', '2.8'],
    ['这个是gao仿的，跟专柜一样。', '2.8'],
    ['dubo网站了解一下，新人首充送88。', '2.7'],
    ['网dai逾期了？我们可以帮您处理。', '2.6'],
    ['你个sha逼，听不懂人话？', '2.4'],
    // round 23 (t23b): a capital at the sentence's start is the keyboard's; a capitalised curse before a particle; spaced syllables
    ['Dubo网站了解一下，新人首充送88。', '2.7'],
    ['说了三遍了Nima的还问', '2.4'],
    ['这种问题也要问，Ruo Zhi 吧', '2.4'],
  ])('%s → %s', (text, clause) => {
    expect(clauses(text)).toContain(clause);
  });

  it.each([
    'Dubois 香水是法国品牌，我们是正品授权。',
    'thank you bing 这个是买家的英文名，我们按订单发货。',
    '这款 Fukei 护手霜是日本进口的。',
    '您的快递单号是 SF1234567890，请查收。',
    // round 23 (t23b): a whole-pinyin spelling used as a name in plain Chinese (capitalised before what it names, or named a brand)
    '我们家Tema系列都是现货，尺码齐全。',
    '这款Sima儿童座椅有现货，今天下单明天发。',
    '这个牌子叫Nima，是日本的小众品牌。',
  ])('no alarm on %s', (text) => {
    expect(clauses(text)).toEqual([]);
  });
});
