// Round 58 (speed58): the sound-alike mobile scan (contact-phone, round 56 eng56a) reads each unit's digit from a table built from
// CN_DIGITS and SOUND_DIGIT instead of two object lookups per unit. These pin what the table must say: every sound-alike character
// decodes to its digit, numerals and real digits mix in, and only the sound-alikes proper count towards the two the scan needs.
import { describe, expect, it } from 'vitest';
import rule from '../../../rules/checks/contact-phone';
import { createLinter } from '../../../rules/engine';

const linter = createLinter({ rules: [rule] });
const SOUND_NOTE = '谐音字写法';
const soundFindings = (text: string) => linter.lint(text).filter((f) => f.message.includes(SOUND_NOTE));

// Each digit's sound-alike characters (as contact-phone.ts lists them).
const SOUNDS: Record<string, string> = {
  0: '灵铃玲另令领龄凌', 1: '要腰妖邀依衣医', 2: '尔耳儿饵', 3: '散伞山杉仨衫', 4: '死思寺似丝斯司',
  5: '舞午武吾呜捂', 6: '溜留流遛刘柳', 7: '期妻齐漆欺琪', 8: '吧爸巴把拔扒疤芭', 9: '酒久旧韭灸',
};

describe('contact-phone: sound-alike mobiles (speed58 table)', () => {
  // 1 3 d 0 0 1 3 8 0 0 0: the third digit spelt by each sound-alike in turn, the rest in numerals and sound-alikes mixed.
  const cases = Object.entries(SOUNDS).flatMap(([d, chars]) => [...chars].map((c) => [d, c] as const));
  it.each(cases)('digit %s as %s', (_d, c) => {
    const text = `存下我手机，要散${c}零零一三八灵灵零，宝子`;
    const found = soundFindings(text);
    expect(found.map((f) => [f.match, f.severity]), JSON.stringify(linter.lint(text))).toEqual([[`要散${c}零零一三八灵灵零`, 'block']]);
  });

  it('reads real digits among the sound-alikes', () => {
    expect(soundFindings('存下我手机，要散8零0一三八灵灵零').map((f) => f.match)).toEqual(['要散8零0一三八灵灵零']);
  });

  it('needs two sound-alikes proper: numerals and digits do not count', () => {
    // one sound-alike (要) and the rest numerals: not read as a sound-alike mobile (the numeral reading is another branch's)
    expect(soundFindings('存下我手机，要三八零零一三八零零零')).toEqual([]);
    expect(soundFindings('存下我手机，要散八零零一三八零零零').map((f) => f.match)).toEqual(['要散八零零一三八零零零']);
  });

  it('decodes the run to a mobile only (not any eleven digit-like characters)', () => {
    // 2 3 8 …: no mobile starts with 2
    expect(soundFindings('存下我手机，尔散吧灵灵要散吧灵灵灵')).toEqual([]);
  });
});
