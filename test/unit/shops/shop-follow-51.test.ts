// @vitest-environment happy-dom
// Round 51 (rt50-timers F1, F2; timers51b): the shop a page serves, followed over time (content/watcher/shop.ts).
// F1: a switch in the header's shop switcher filed the new shop's buyers under the old shop for the 2 s before the
// new name was taken. F2: a header placeholder (「加载中…」 4.5 s) was taken for a new shop. Now a placeholder is never
// a shop's name, and while the page names another shop than the one taken, it is not settled (nothing is filed).
import { describe, expect, it } from 'vitest';
import { isShopName, readShop, ShopFollower, type PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';

const header = (name: string) => {
  document.body.innerHTML = `<header class="ShopHeader"><span class="shopName">${name}</span></header>`;
  return document;
};

describe('isShopName', () => {
  it('loading, connecting and status placeholders, empty or punctuation-only texts are no shop’s name', () => {
    for (const t of ['加载中…', '加载中...', '连接中', '正在加载', '正在重新连接…', '请稍候', 'Loading...', 'loading', 'Connecting…', '店铺', '店铺名称', '--', '…', '· · ·', '', '离线'])
      expect([t, isShopName(t)]).toEqual([t, false]);
  });
  it('shop names are, even with a placeholder word inside', () => {
    for (const t of ['日本直邮馆', '韩国美妆店', '海淘优选旗舰店', '加载中国好货店', 'Loading Dock Store', '店铺A', '7-11'])
      expect([t, isShopName(t)]).toEqual([t, true]);
  });
  it('readShop passes over a header showing a placeholder: no shop named', () => {
    expect(readShop(header('加载中…'), 'https://im.kwaixiaodian.com/workbench', kuaishou.shop)).toBeNull();
    expect(readShop(header('日本直邮馆'), 'https://im.kwaixiaodian.com/workbench', kuaishou.shop)?.ref).toBe('name:日本直邮馆');
  });
});

describe('ShopFollower', () => {
  const follow = (initial: PageShop | null) => {
    let shown = initial;
    let now = 0;
    const follower = new ShopFollower(() => shown, () => now, 2000, 15_000);
    return {
      follower,
      show: (s: PageShop | null) => (shown = s),
      at: (t: number) => (now = t),
    };
  };
  const name = (n: string): PageShop => ({ ref: `name:${n}`, label: n, source: 'name' });

  it('a name at load: nothing settled until it held still 2 s, then taken', () => {
    const f = follow(name('日本直邮馆'));
    expect(f.follower.shop).toBeNull();
    expect(f.follower.settled()).toBe(false);
    f.at(1000);
    expect(f.follower.check()).toBe(false);
    expect(f.follower.settled()).toBe(false);
    f.at(2000);
    expect(f.follower.check()).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect(f.follower.settled()).toBe(true);
  });

  it('a switch in the header: not settled (under neither shop) until the new name is taken; the old shop is never filed to meanwhile', () => {
    const f = follow(name('日本直邮馆'));
    f.at(2000);
    f.follower.check();
    f.at(6000);
    f.show(name('韩国美妆店'));
    expect(f.follower.settled()).toBe(false);
    f.at(7000);
    expect(f.follower.check()).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect(f.follower.settled()).toBe(false);
    f.at(8000);
    expect(f.follower.check()).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:韩国美妆店');
    expect(f.follower.settled()).toBe(true);
  });

  it('a name back to the shop taken, or gone (header re-rendered), settles at once under the shop taken', () => {
    const f = follow(name('日本直邮馆'));
    f.at(2000);
    f.follower.check();
    // (Round 52: another shop's name here; 「日本直邮馆（重连）」 is now 日本直邮馆 itself, shop-follow-52.test.ts.)
    f.show(name('韩国美妆店'));
    expect(f.follower.settled()).toBe(false);
    f.at(3000);
    f.show(name('日本直邮馆'));
    expect(f.follower.settled()).toBe(true);
    f.show(null);
    expect(f.follower.settled()).toBe(true);
    f.at(9000);
    expect(f.follower.check()).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });

  it('a shop id in the URL is taken at once; another id is not settled until the next check takes it', () => {
    const f = follow({ ref: 'id:111', label: 'A', source: 'url' });
    expect(f.follower.shop?.ref).toBe('id:111');
    expect(f.follower.settled()).toBe(true);
    f.show({ ref: 'id:222', label: 'B', source: 'url' });
    expect(f.follower.settled()).toBe(false);
    expect(f.follower.check()).toBe(true);
    expect(f.follower.settled()).toBe(true);
    // The same id under another label: the same shop, its label follows.
    f.show({ ref: 'id:222', label: 'B2', source: 'url' });
    expect(f.follower.settled()).toBe(true);
    expect(f.follower.check()).toBe(false);
    expect(f.follower.shop?.label).toBe('B2');
  });

  it('a name that never holds still holds nothing back past 15 s (filed under the shop taken, as before)', () => {
    const f = follow(name('日本直邮馆'));
    f.at(2000);
    f.follower.check();
    for (let t = 3000; t < 18_000; t += 1000) {
      f.at(t);
      f.show(name(`${t}号店`)); // round 52: not 「日本直邮馆 <n>」, now 日本直邮馆 itself (shop-follow-52.test.ts)
      expect(f.follower.settled()).toBe(false);
      f.follower.check();
    }
    f.at(18_000);
    f.show(name('18000号店'));
    expect(f.follower.settled()).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });
});
