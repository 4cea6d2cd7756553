// Round 55 (timers55b; rt55 F1, F2). A view of shop A's own list under A's unchanged header — a search showing older
// conversations, cards turning over — was taken for B's list rendered before B's name, and what A's buyers wrote in
// it was re-filed under B at the switch (refileSince). Only a list the new name then kept showing counts now.
import { describe, expect, it } from 'vitest';
import { followShop } from '../../support/shop-follower-clock';

const A_LIST = ['card:小王:a', 'card:阿杰:a', 'card:阿强:a', 'card:小李:a', 'row:a1', 'row:a2'];
const SEARCH = ['card:老张:o1', 'card:老刘:o2', 'row:o1'];
const B_LIST = ['card:阿美:b', 'card:大雄:b', 'card:小王:b', 'card:老张:b', 'row:b1', 'row:b2'];
const B = '日本直邮馆-大阪店';

describe('rt55 F1: a search in A, then a switch to B', () => {
  for (const gap of [4000, 5000, 13_000]) {
    it(`search, 老张 writes in it, clean switch ${gap / 1000} s later: nothing re-filed`, () => {
      const f = followShop(A_LIST);
      f.list(SEARCH);
      f.until(12_500);
      f.list(['card:老张:o1b', 'card:老刘:o2', 'row:o1', 'row:o3']); // 老张 writes in the search view
      f.until(12_500 + gap);
      f.show(B);
      f.list(B_LIST);
      expect(f.until(12_500 + gap + 4000)).toBe(true);
      expect(f.follower.shop?.ref).toBe(`name:${B}`);
      expect(f.follower.refileSince).toBeNull();
    });
  }
  it('search cleared (A’s list back, 老张 on top), clean switch 5 s later: nothing re-filed', () => {
    const f = followShop(A_LIST);
    f.list(SEARCH);
    f.until(12_500);
    f.list(['card:老张:o1b', 'card:老刘:o2', 'row:o1', 'row:o3']);
    f.until(15_500);
    f.list(['card:老张:o1b', ...A_LIST]);
    f.until(20_500);
    f.show(B);
    f.list(B_LIST);
    expect(f.until(25_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
  it('search, then B’s list before its name: re-filed only since the search view was last seen', () => {
    const f = followShop(A_LIST);
    f.list(SEARCH);
    f.until(14_500);
    f.list(B_LIST);
    f.until(17_500);
    f.show(B);
    expect(f.until(22_000)).toBe(true);
    expect(f.follower.refileSince).toBe(14_500);
  });
  it('a search showing one card B’s list shows too is no early B list', () => {
    const f = followShop(A_LIST);
    f.list(['card:老张:o1']);
    f.until(14_500);
    f.show(B);
    f.list(B_LIST);
    expect(f.until(20_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
});

describe('a filter of A’s list that looks like B’s (timers-unseen-54d F1)', () => {
  it('未读 shows 小王 and 阿强 only, header first, B’s list (小王, 阿强, 阿美) 2 s later: nothing re-filed', () => {
    const f = followShop(['card:小王:a', 'card:阿杰:a', 'card:阿强:a', 'card:小李:a', 'row:a1']);
    f.list(['card:小王:a', 'card:阿强:a', 'row:a1']);
    f.until(13_500);
    f.list(['card:小王:a', 'card:阿强:a2', 'row:a1', 'row:a2']); // 阿强 writes in the filter
    f.until(16_500);
    f.show(B);
    f.until(18_500);
    f.list(['card:小王:b', 'card:阿强:b', 'card:阿美:b', 'row:b1']);
    expect(f.until(24_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
});

describe('rt55 F2: half of A’s cards turned over, then a switch', () => {
  const turnover = (f: ReturnType<typeof followShop>) => {
    f.list(['card:小王:a', 'card:阿杰:a', 'card:小李:a', 'row:a1', 'row:a2']); // 阿强 closed
    f.until(13_500);
    f.list(['card:小赵:z', 'card:小王:a', 'card:阿杰:a', 'card:小李:a', 'row:a1', 'row:a2']); // 小赵 writes
    f.until(17_500);
    f.list(['card:小赵:z', 'card:小王:a', 'card:阿杰:a', 'row:a1', 'row:a2']); // 小李 closed
    f.until(20_500);
    f.list(['card:小钱:q', 'card:小赵:z', 'card:小王:a', 'card:阿杰:a', 'row:a1', 'row:a2']); // 小钱 writes
    f.until(23_500);
  };
  const B_WITH_ZHAO = ['card:小赵:b', 'card:阿美:b', 'card:大雄:b', 'card:小王:b', 'row:b1'];
  it('clean switch 3 s after the last new buyer: nothing re-filed', () => {
    const f = followShop(A_LIST);
    turnover(f);
    f.show(B);
    f.list(B_WITH_ZHAO);
    expect(f.until(28_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
  it('B’s list 3 s before its name: re-filed only since A’s turned-over list was last seen', () => {
    const f = followShop(A_LIST);
    turnover(f);
    f.list(B_WITH_ZHAO);
    f.until(26_500);
    f.show(B);
    expect(f.until(31_000)).toBe(true);
    expect(f.follower.refileSince).toBe(23_500);
  });
});
