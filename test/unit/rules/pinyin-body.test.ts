// Round 49 (t49e): the pinyin body of a reply typed without the IME (rules/detect/pinyin-body.ts).
import { describe, expect, it } from 'vitest';
import { pinyinBody, pinyinOnlyUnread, pinyinSyllables } from '../../../rules/detect/pinyin-body';

describe('pinyin body', () => {
  it('splits runs into syllables', () => {
    expect(pinyinSyllables('woqucangkuchayixia')).toBe(7);
    expect(pinyinSyllables('dianming')).toBe(2);
    expect(pinyinSyllables('thanks')).toBe(0);
    expect(pinyinSyllables('lily88')).toBe(0);
  });
  it('takes a greeting as the only Chinese, nothing else', () => {
    expect(pinyinBody('亲woqucangkuchayixia')).toBe('woqucangkuchayixia');
    expect(pinyinBody('您好zhekuanxiepianxiao哈')).toBe('zhekuanxiepianxiao');
    expect(pinyinBody('亲woqu仓库chayixia')).toBeUndefined();
    expect(pinyinBody('亲jiawoqq12345678')).toBeUndefined();
    expect(pinyinBody('亲pleasewaitamoment')).toBeUndefined();
  });
  it("leaves to the model a body that spells the clause's word, on syllable boundaries", () => {
    expect(pinyinOnlyUnread('亲womensixialiaoba', '2.3')).toBe(false);
    expect(pinyinOnlyUnread('亲woqucangkuchayixia', '2.3')).toBe(true);
    expect(pinyinOnlyUnread('亲qutaobaosoudianming', '2.4')).toBe(true);
    expect(pinyinOnlyUnread('亲qutaobaosoudianming', '2.3')).toBe(false);
    // (sha inside shang is no cue: the cue must start and end where syllables do)
    expect(pinyinOnlyUnread('亲nishishabima', '2.4')).toBe(false);
    expect(pinyinOnlyUnread('亲shangpinyijingfahuole', '2.4')).toBe(true);
  });
});
