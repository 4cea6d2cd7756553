// @vitest-environment node
// Round 56 (rt55 F9; timers56): shop B's list replaced A's under A's header, which named B only 25 s later — past the
// 20-s look-back, so the name change was compared with B's own list, taken as kept, and B folded into A. The look-back
// is now anchored to the list's last replacement when the cards have shown the same list since (up to 60 s).
import { describe, expect, it } from 'vitest';
import { followShop } from '../../support/shop-follower-clock';

const A_LIST = ['card:小王:a', 'card:阿杰:a', 'card:阿强:a', 'row:a1', 'row:a2'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'card:阿花:b', 'row:b1', 'row:b2'];
/** A search of A: older conversations under A's header (buyers A's list did not show). */
const SEARCH = ['card:老张:s', 'card:老刘:s', 'row:s1'];

describe('the look-back anchored to the list replacement (rt55 F9)', () => {
  for (const gap of [25_000, 40_000]) {
    it(`B's list ${gap / 1000} s before its name: a switch, refiled since the last look at A's list`, () => {
      const f = followShop(A_LIST);
      f.list(B_LIST); // between the checks at 10 s and 11 s
      f.until(10_000 + gap);
      f.show('日本直邮馆-大阪店');
      expect(f.until(10_000 + gap + 15_000)).toBe(true);
      expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
      expect(f.follower.refileSince).toBe(10_000);
    });
  }
  it('two cards each, one buyer on both lists (the e2e page): anchored all the same', () => {
    const f = followShop(['card:小王:a', 'card:阿杰:a', 'row:a1']);
    f.list(['card:小王:b', 'card:阿美:b', 'row:b1']);
    f.until(35_000);
    f.show('日本直邮馆-大阪店');
    expect(f.until(50_000)).toBe(true);
    expect(f.follower.refileSince).toBe(10_000);
  });
  it('more than 60 s after the list: folded as before (the anchor does not reach back for ever)', () => {
    const f = followShop(A_LIST);
    f.list(B_LIST);
    f.until(75_000);
    f.show('日本直邮馆-大阪店');
    expect(f.until(95_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });
  it('a filter of A held 30 s, then a decoration: folded, no switch', () => {
    const f = followShop(A_LIST);
    f.list(['card:小王:a', 'row:a1']);
    f.until(40_000);
    f.show('日本直邮馆-大阪店');
    expect(f.until(60_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });
  it('a list that kept changing (turnover) is no anchor: the 20-s look-back as before', () => {
    const f = followShop(A_LIST);
    f.list(SEARCH);
    f.until(15_000);
    f.list(A_LIST); // back to A's list: a run of A's own list again
    f.until(45_000);
    f.show('日本直邮馆-大阪店');
    expect(f.until(65_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });
  it('a search, then a clean switch (name and list at once) 30 s later: a switch, nothing of the search refiled', () => {
    const f = followShop(A_LIST);
    f.list(SEARCH);
    f.until(40_000);
    f.list(B_LIST);
    f.show('日本直邮馆-大阪店');
    expect(f.until(60_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
});
