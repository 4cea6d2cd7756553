// @vitest-environment happy-dom
// Round 54 (timers54b; rt54 F1, F2). F1: a filtered list in shop A (未读, a search: cards only left it, no new buyer)
// just before a switch was taken for B's list, and what A's buyers wrote meanwhile was re-filed under B. F2: a header
// 10–12 s after B's list was folded (look-back 8 s), and A's waiting buyer lost.
import { describe, expect, it } from 'vitest';
import { followShop } from '../../support/shop-follower-clock';

const A_LIST = ['card:小王:a', 'card:阿杰:a', 'card:阿强:a', 'card:小李:a', 'row:a1', 'row:a2'];
const A_FILTERED = ['card:小王:a', 'card:阿强:a'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'card:大雄:b', 'row:b1', 'row:b2'];

const follow = () => followShop(A_LIST);

describe('rt54 F1: a filtered list is not B’s list', () => {
  for (const gap of [2000, 6000]) {
    it(`filter, a buyer of A writes, then a header-first switch (list ${gap / 1000} s later): nothing re-filed`, () => {
      const f = follow();
      f.list(A_FILTERED.concat(['row:a1', 'row:a2']));
      f.until(12_500);
      f.list(['card:小王:a', 'card:阿强:a2', 'row:a1', 'row:a2']); // 阿强 writes 「发票呢」 in the filtered view
      f.until(15_000);
      f.show('日本直邮馆-大阪店');
      f.until(15_000 + gap);
      f.list(B_LIST);
      expect(f.until(30_000)).toBe(true);
      expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
      expect(f.follower.refileSince).toBeNull();
    });
  }
  it('filter, then a list-first switch: re-filed only since the last look at A’s (filtered) list, not since the filter', () => {
    const f = follow();
    f.list(A_FILTERED);
    f.until(13_000);
    f.list(['card:小王:a', 'card:阿强:a2']);
    f.until(15_500);
    f.list(B_LIST);
    f.until(18_000);
    f.show('日本直邮馆-大阪店');
    expect(f.until(30_000)).toBe(true);
    expect(f.follower.refileSince).toBe(15_500); // the last check before B's list, the filter long before
  });
  it('a filter under a name that changes (a status): the same shop, folded', () => {
    const f = follow();
    f.list(A_FILTERED);
    f.until(12_000);
    f.show('日本直邮馆〈VIP〉');
    expect(f.until(40_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });
});

describe('rt54 F2: B’s list 10–15 s before its header is still one switch', () => {
  for (const gap of [10_000, 12_000, 15_000]) {
    it(`header ${gap / 1000} s after the list: a switch, re-filed since the last look at A’s list`, () => {
      const f = follow();
      f.list(B_LIST);
      f.until(10_500);
      f.until(10_500 + gap);
      f.show('日本直邮馆-大阪店');
      expect(f.until(10_500 + gap + 15_000)).toBe(true);
      expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
      expect(f.follower.refileSince).toBe(10_000);
    });
  }
});
