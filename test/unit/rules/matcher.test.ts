import { describe, expect, it } from 'vitest';
import { TermAutomaton } from '../../../rules/matcher';

const scan = (keys: string[], text: string) => {
  const a = new TermAutomaton(keys, keys);
  const hits: [string, number, number][] = [];
  a.scan(text, (v, s, e) => hits.push([v, s, e]));
  return hits;
};

describe('TermAutomaton', () => {
  it('finds overlapping terms and terms inside others (mint-filter misses these)', () => {
    expect(scan(['微信', '加微信号'], '请加微信')).toEqual([['微信', 2, 4]]);
    expect(scan(['b', 'abc'], 'xab')).toEqual([['b', 2, 3]]);
    expect(scan(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });
  it('handles repeated and empty keys', () => {
    expect(scan(['aa', ''], 'aaaa')).toEqual([
      ['aa', 0, 2],
      ['aa', 1, 3],
      ['aa', 2, 4],
    ]);
  });
  it('matches astral characters unit by unit', () => {
    expect(scan(['😀a'], 'x😀a')).toEqual([['😀a', 1, 4]]);
  });
  it('agrees with a naive search on random input', () => {
    const alphabet = 'ab微信';
    const rand = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const keys = [...new Set(Array.from({ length: 6 }, () => rand(1 + Math.floor(Math.random() * 3))))];
      const text = rand(30);
      const naive: [string, number, number][] = [];
      for (let e = 1; e <= text.length; e++) for (const k of keys) if (text.slice(e - k.length, e) === k && e - k.length >= 0) naive.push([k, e - k.length, e]);
      const got = scan(keys, text);
      const key = (h: [string, number, number]) => `${h[1]},${h[2]},${h[0]}`;
      expect(got.map(key).sort()).toEqual(naive.map(key).sort());
    }
  });
});
