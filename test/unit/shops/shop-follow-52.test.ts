// @vitest-environment happy-dom
// Round 52 (rt51 F2; timers52a): a header name that is the taken shop's name plus a status or sub-account suffix
// (「日本直邮馆（小休中）」, 「日本直邮馆-客服03」) split the shop; so did a status text (「切换中」, 「请选择店铺」). Now such a
// name is the taken shop (content/watcher/shop.ts sameShopName), a status-like text no shop's name (isShopName), and
// two shops whose names only share a prefix (「日本直邮馆」, 「日本直邮馆旗舰店」) stay apart.
import { describe, expect, it } from 'vitest';
import { decorates, isShopName, readShop, ShopFollower, type PageShop } from '@/content/watcher/shop';

// Round 53: sameShopName became decorates (either way round); whether a decoration is the same shop is now the list's call (shop-follow-53).
const sameShopName = (a: string, b: string) => decorates(a, b) || decorates(b, a);
import { kuaishou } from '@/sites/kuaishou';

describe('sameShopName', () => {
  it('a separator or an opening bracket right after the whole name starts an annotation: the same shop', () => {
    for (const t of ['日本直邮馆（小休中）', '日本直邮馆(忙碌)', '日本直邮馆-客服03', '日本直邮馆 · 忙碌', '日本直邮馆·离开', '日本直邮馆：小美', '日本直邮馆:客服01', '日本直邮馆【休息中】', '日本直邮馆 | 在线', '日本直邮馆/客服03', '日本直邮馆—挂起', '日本直邮馆 客服03'])
      expect([t, sameShopName('日本直邮馆', t), sameShopName(t, '日本直邮馆')]).toEqual([t, true, true]);
  });
  it('a name that goes on with a letter or digit is another shop; names that only share a start are other shops', () => {
    for (const [a, b] of <[string, string][]>[['日本直邮馆', '日本直邮馆旗舰店'], ['日本直邮馆', '日本直邮馆2'], ['店铺', '店铺A'], ['Shop', 'Shopping'], ['日本直邮馆（北京）', '日本直邮馆（上海）'], ['日本直邮馆', '韩国美妆店'], ['日本直邮馆旗舰店', '日本直邮馆（小休中）']])
      expect([a, b, sameShopName(a, b)]).toEqual([a, b, false]);
  });
});

describe('isShopName (round 52)', () => {
  it('status-like texts are no shop’s name: a doing-word plus 中, a request, a choice not made, a status word alone', () => {
    for (const t of ['切换中', '切换中…', '处理中...', '小休中', '休息中', '排队中', '请选择店铺', '请选择', '请登录', '选择店铺', '切换店铺', '未选择店铺', '暂无店铺', '小休', '休息', '挂起', 'Switching…', 'Select a shop', 'choose shop', 'Please select a shop', 'No shop'])
      expect([t, isShopName(t)]).toEqual([t, false]);
  });
  it('shop names still are (中 inside or short, a doing-word inside a longer name)', () => {
    for (const t of ['华中', '中国好货', '华中好物店', '切换中心旗舰店', '日本直邮馆旗舰店', '选品优选店', '休息区家居', 'Selected Goods'])
      expect([t, isShopName(t)]).toEqual([t, true]);
  });
  it('readShop passes over 「切换中」 and 「请选择店铺」 in the header', () => {
    for (const t of ['切换中', '请选择店铺']) {
      document.body.innerHTML = `<header class="ShopHeader"><span class="shopName">${t}</span></header>`;
      expect(readShop(document, 'https://im.kwaixiaodian.com/workbench', kuaishou.shop)).toBeNull();
    }
  });
});

describe('ShopFollower with annotated names', () => {
  const name = (n: string): PageShop => ({ ref: `name:${n}`, label: n, source: 'name' });
  const follow = (initial: PageShop | null) => {
    let shown = initial;
    let now = 0;
    const follower = new ShopFollower(() => shown, () => now, 2000, 15_000);
    return { follower, show: (s: PageShop | null) => (shown = s), at: (t: number) => (now = t) };
  };

  it('the taken shop’s name with a status or sub-account suffix: settled at once, the same shop, its ref and label unchanged', () => {
    const f = follow(name('日本直邮馆'));
    f.at(2000);
    expect(f.follower.check()).toBe(true);
    let t = 2000;
    for (const n of ['日本直邮馆（小休中）', '日本直邮馆-客服03', '日本直邮馆 · 忙碌', '日本直邮馆']) {
      f.show(name(n));
      expect([n, f.follower.settled()]).toEqual([n, true]);
      f.at((t += 3000));
      expect([n, f.follower.check()]).toEqual([n, false]);
      expect(f.follower.shop).toEqual(name('日本直邮馆'));
    }
  });

  it('a name taken with its suffix: the bare name is the same shop', () => {
    const f = follow(name('日本直邮馆（小休中）'));
    f.at(2000);
    f.follower.check();
    f.show(name('日本直邮馆'));
    expect(f.follower.settled()).toBe(true);
    f.at(5000);
    expect(f.follower.check()).toBe(false);
    // Round 53 (rt52 F3): a known status is no part of the name, at load too.
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });

  it('a shop whose name only starts with the taken one’s is another shop: held, then taken after 2 s', () => {
    const f = follow(name('日本直邮馆'));
    f.at(2000);
    f.follower.check();
    f.show(name('日本直邮馆旗舰店'));
    expect(f.follower.settled()).toBe(false);
    f.at(3000);
    expect(f.follower.check()).toBe(false);
    f.at(4000);
    expect(f.follower.check()).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆旗舰店');
    // …and back: 日本直邮馆 (taken before) with a suffix is 日本直邮馆 again, not a third shop.
    f.show(name('日本直邮馆（小休中）'));
    expect(f.follower.settled()).toBe(false);
    f.at(6000);
    expect(f.follower.check()).toBe(true);
    expect(f.follower.shop).toEqual(name('日本直邮馆'));
  });
});
