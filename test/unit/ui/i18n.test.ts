import { describe, expect, it } from 'vitest';
import { DICTIONARIES, resolveLanguage, translator } from '@/utils/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('zh and en have the same keys, every text non-empty', () => {
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.zh).sort());
    for (const dict of Object.values(DICTIONARIES)) for (const [key, text] of Object.entries(dict)) expect(text.trim(), key).not.toBe('');
  });
  it('zh and en use the same placeholders in every text', () => {
    for (const key of Object.keys(DICTIONARIES.zh) as (keyof typeof DICTIONARIES.zh)[]) {
      expect(placeholders(DICTIONARIES.en[key]), key).toEqual(placeholders(DICTIONARIES.zh[key]));
    }
  });
  it('the Chinese dictionary is Chinese (apart from shared symbols and language names)', () => {
    const notChinese = Object.entries(DICTIONARIES.zh).filter(([, text]) => !/[\u4e00-\u9fff]/.test(text)).map(([k]) => k);
    expect(notChinese.sort()).toEqual(['langEn', 'none', 'percent', 'teamFileError', 'waitingSpokenSep']);
  });
  it('auto follows the browser: Chinese for zh-*, English otherwise; explicit choices win', () => {
    expect(resolveLanguage('auto', ['zh-CN', 'en'])).toBe('zh');
    expect(resolveLanguage('auto', ['zh-TW'])).toBe('zh');
    expect(resolveLanguage('auto', ['en-US'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('zh');
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
    expect(resolveLanguage('zh', ['en-US'])).toBe('zh');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('zh');
    expect(t('purgeDone', { n: 3 })).toBe('已删除 3 条记录');
    expect(t('purgeDone')).toBe('已删除 {n} 条记录');
    expect(translator('en')('waitingLeft', { time: '1:05' })).toBe('1:05 left');
  });
});
