// @vitest-environment happy-dom
// Round 54 (rt53 F1 listfirst, rt53 note; timers54). F1: shop B's list replaced A's under A's header, which named B
// seconds later: the switch is decided, and ShopFollower.refileSince says since when what was filed under A is B's (the
// last look at A's list before it was replaced). Note: a shop's label is the name as the page shows it, its key normalised.
import { describe, expect, it } from 'vitest';
import { followShop } from '../../support/shop-follower-clock';
import { displayShopName, readShop, ShopFollower, type PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';

const name = (n: string): PageShop => ({ ref: `name:${n}`, label: n, source: 'name' });
const A_LIST = ['card:小王:a', 'card:阿杰:a', 'row:a1', 'row:a2'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'row:b1', 'row:b2'];

const follow = () => followShop(A_LIST);

describe('ShopFollower.refileSince: the list replaced before the header', () => {
  for (const gap of [1500, 4000, 6000]) {
    it(`B's list ${gap / 1000} s before its name: a switch; refile since the last look at A's list`, () => {
      const f = follow();
      f.list(B_LIST); // at 10.5 s, between the checks at 10 s and 11 s
      f.until(10_000 + 500);
      f.until(10_500 + gap);
      f.show('日本直邮馆-大阪店');
      expect(f.until(25_000)).toBe(true);
      expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
      expect(f.follower.refileSince).toBe(10_000);
    });
  }
  it('header and list at once: a switch, nothing to refile (nothing was filed under A meanwhile)', () => {
    const f = follow();
    f.list(B_LIST);
    f.show('日本直邮馆-大阪店');
    expect(f.until(20_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
  it('header first, list 4 s later: a switch, nothing to refile (held until decided)', () => {
    const f = follow();
    f.show('日本直邮馆-大阪店');
    f.until(14_000);
    f.list(B_LIST);
    expect(f.until(25_000)).toBe(true);
    expect(f.follower.refileSince).toBeNull();
  });
  it('a decoration over the same list still folds: no switch, nothing to refile', () => {
    const f = follow();
    f.show('日本直邮馆〈VIP〉');
    expect(f.until(30_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect(f.follower.refileSince).toBeNull();
  });
  it('a list filtered under the same name (no name change): no switch, nothing to refile', () => {
    const f = follow();
    f.list(B_LIST);
    expect(f.until(30_000)).toBe(false);
    expect(f.follower.refileSince).toBeNull();
  });
  it('a folded name whose cards are then replaced: a switch after all, refiled since the last look', () => {
    const f = follow();
    f.show('日本直邮馆-大阪店');
    f.until(22_000); // kept: folded
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    f.list(B_LIST);
    expect(f.until(23_000)).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
    expect(f.follower.refileSince).toBe(22_000);
  });
});

describe('the shop label as the page shows it (rt53 note)', () => {
  const read = (html: string) => {
    document.body.innerHTML = `<header class="ShopHeader"><span class="shopName">${html}</span></header>`;
    return readShop(document, 'https://im.kwaixiaodian.com/workbench', kuaishou.shop);
  };
  it('full-width brackets and letters kept in the label, the key NFKC', () => {
    expect(read('日本直邮馆（大阪店）')).toEqual({ ref: 'name:日本直邮馆(大阪店)', label: '日本直邮馆（大阪店）', source: 'name' });
    expect(read('ＡＢＣ店\u200b')).toEqual({ ref: 'name:ABC店', label: 'ＡＢＣ店', source: 'name' });
    expect(displayShopName('  日本\u2060直邮馆  二店 ')).toBe('日本直邮馆 二店');
  });
  it('a known decoration is taken off the label too; the key stays the one stored before', () => {
    const taken = (header: string) => {
      document.body.innerHTML = `<header class="ShopHeader"><span class="shopName">${header}</span></header>`;
      let t = 0;
      const f = new ShopFollower(() => readShop(document, 'https://im.kwaixiaodian.com/workbench', kuaishou.shop), () => t);
      t = 3000;
      f.check();
      return f.shop;
    };
    expect(taken('【离线】日本直邮馆（大阪店）')).toEqual({ ref: 'name:日本直邮馆(大阪店)', label: '日本直邮馆（大阪店）', source: 'name' });
    expect(taken('ＡＢＣ店〈客服03〉')).toEqual({ ref: 'name:ABC店', label: 'ＡＢＣ店', source: 'name' });
    // The key as stored before round 54 (old records keep working): only the label changed.
    expect(taken('日本直邮馆（大阪店）')?.ref).toBe('name:日本直邮馆(大阪店)');
  });
});
