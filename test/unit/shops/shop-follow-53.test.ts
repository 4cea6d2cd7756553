// @vitest-environment happy-dom
// Round 53 (rt52 F1–F3; timers53): which shop a header names is decided by the conversation list, not by punctuation.
// F1: 「日本直邮馆-大阪店」 / 「日本直邮馆（大阪店）」 (a sister shop) were folded into 日本直邮馆. F2: 〈客服03〉, 「客服03@…」, a
// zero-width space and 「网络异常，正在重连…」 split the shop. F3: a page opened on 「日本直邮馆（小休中）」 keyed the shop on it.
import { describe, expect, it } from 'vitest';
import { decorates, isShopName, normalizeShopName, readShop, ShopFollower, withoutKnownDecoration, type PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';

describe('normalizeShopName', () => {
  it('NFKC, no zero-width or other default-ignorable characters, spaces collapsed', () => {
    for (const [raw, want] of <[string, string][]>[
      ['日本直邮馆\u200b', '日本直邮馆'],
      ['\u200d日本\u2060直邮馆\ufeff', '日本直邮馆'],
      ['日本直邮馆\u00ad', '日本直邮馆'],
      ['  日本  直邮馆 ', '日本 直邮馆'],
      ['日本直邮馆\u3000（小休中）', '日本直邮馆 (小休中)'],
      ['ＡＢＣ店', 'ABC店'],
      ['日本直邮馆\u2329客服03\u232a', '日本直邮馆〈客服03〉'],
    ])
      expect([raw, normalizeShopName(raw)]).toEqual([raw, want]);
  });
  it('readShop keys a name on its normalised form', () => {
    document.body.innerHTML = '<header class="ShopHeader"><span class="shopName">日本直邮馆\u200b</span></header>';
    expect(readShop(document, 'https://im.kwaixiaodian.com/workbench', kuaishou.shop)?.ref).toBe('name:日本直邮馆');
  });
});

describe('withoutKnownDecoration: a status or a sub-account is never a shop', () => {
  it('strips them before or after the name, in any brackets or after any separator', () => {
    for (const t of ['日本直邮馆（小休中）', '日本直邮馆(忙碌)', '日本直邮馆-客服03', '日本直邮馆〈客服03〉', '客服03@日本直邮馆', '客服03-日本直邮馆', '【离线】日本直邮馆', '日本直邮馆 · 忙碌', '日本直邮馆｜在线', '日本直邮馆\u3000小休中', '日本直邮馆:子账号小美', '日本直邮馆（小休中', '日本直邮馆-客服03（小休中）'])
      expect([t, withoutKnownDecoration(t)]).toEqual([t, '日本直邮馆']);
  });
  it('keeps anything else: a branch, a region, a name going on with letters', () => {
    for (const t of ['日本直邮馆-大阪店', '日本直邮馆（大阪店）', '日本直邮馆（华中）', '日本直邮馆旗舰店', '日本直邮馆在线商城', '在线书店', '日本直邮馆2', '日本直邮馆〈VIP〉'])
      expect([t, withoutKnownDecoration(t)]).toEqual([t, normalizeShopName(t)]);
  });
});

describe('decorates: the name with something set off before or after it', () => {
  it('separator, bracket or space on the shop’s side: a decoration (which the list then decides)', () => {
    for (const t of ['日本直邮馆-大阪店', '日本直邮馆（大阪店）', '日本直邮馆〈VIP〉', '客服A@日本直邮馆', '日本直邮馆 二店', '«日本直邮馆»', '日本直邮馆\u200b-VIP'])
      expect([t, decorates(t, '日本直邮馆')]).toEqual([t, true]);
  });
  it('not a decoration: the same name, another name, a name going on with a letter or digit', () => {
    for (const t of ['日本直邮馆', '日本直邮馆\u200b', '日本直邮馆旗舰店', '日本直邮馆2', '大日本直邮馆', '韩国美妆店', '网络异常，正在重连…'])
      expect([t, decorates(t, '日本直邮馆')]).toEqual([t, false]);
  });
});

describe('ShopFollower: a name change decided by the list (kept or replaced)', () => {
  const name = (n: string): PageShop => ({ ref: `name:${n}`, label: n, source: 'name' });
  const follow = (initial: PageShop | null, list: string[] = ['card:小王', 'row:m1', 'row:m2']) => {
    let shown = initial;
    let ids = list;
    let now = 0;
    const follower = new ShopFollower(() => shown, () => now, 2000, 15_000, () => ids);
    const f = {
      follower,
      show: (s: PageShop | null) => (shown = s),
      list: (l: string[]) => (ids = l),
      /** Checks every second up to `t` (as content/start.ts does); what the last check said. */
      until: (t: number) => {
        let changed = false;
        while (now < t) {
          now = Math.min(t, now + 1000);
          changed = follower.check() || changed;
        }
        return changed;
      },
    };
    f.until(5000); // taken, with a few seconds of its list seen
    expect(follower.shop).toEqual(initial && name(withoutKnownDecoration(initial.ref.slice(5))));
    return f;
  };

  const table: { header: string; replaced: boolean; shop: string }[] = [
    // F1: a sister shop shown with its own list: a new shop.
    { header: '日本直邮馆-大阪店', replaced: true, shop: '日本直邮馆-大阪店' },
    { header: '日本直邮馆（大阪店）', replaced: true, shop: '日本直邮馆(大阪店)' },
    { header: '日本直邮馆旗舰店', replaced: true, shop: '日本直邮馆旗舰店' },
    // The same list under a decoration: the same shop, whatever the decoration.
    { header: '日本直邮馆-大阪店', replaced: false, shop: '日本直邮馆' },
    { header: '日本直邮馆〈VIP〉', replaced: false, shop: '日本直邮馆' },
    { header: '客服A@日本直邮馆', replaced: false, shop: '日本直邮馆' },
    // Known decorations: the same shop even with another list (a status is never a shop).
    { header: '日本直邮馆〈客服03〉', replaced: false, shop: '日本直邮馆' },
    { header: '客服03@日本直邮馆', replaced: true, shop: '日本直邮馆' },
    { header: '日本直邮馆\u200b', replaced: true, shop: '日本直邮馆' },
  ];
  for (const { header, replaced, shop } of table) {
    it(`「${header}」 with the list ${replaced ? 'replaced' : 'kept'}: ${shop}`, () => {
      const f = follow(name('日本直邮馆'));
      f.show(name(header));
      if (replaced) f.list(['card:小王:other', 'card:阿美', 'row:b1', 'row:b2']);
      f.until(17_000); // a kept list is decided 10 s after the change (round 53, rt53 F1: a list may render late)
      expect(f.follower.shop?.ref).toBe(`name:${shop}`);
      expect(f.follower.settled()).toBe(true);
    });
  }

  it('a switch whose list comes a second before the header: still replaced (the list from before the name changed)', () => {
    const f = follow(name('日本直邮馆'));
    f.list(['card:阿美', 'row:b1']);
    f.until(6000);
    f.show(name('日本直邮馆-大阪店'));
    expect(f.until(9000)).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
  });

  it('a few rows changing (a buyer writing) under a decoration is the list kept', () => {
    const f = follow(name('日本直邮馆'), ['card:小王:a', 'card:阿杰:a', 'row:m1', 'row:m2']);
    f.show(name('日本直邮馆〈VIP〉'));
    f.list(['card:小王:b', 'card:阿杰:a', 'row:m1', 'row:m2', 'row:m3']);
    expect(f.follower.settled()).toBe(false); // held while undecided
    f.until(17_000);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect(f.follower.settled()).toBe(true);
  });

  it('F2: 「网络异常，正在重连…」 over the same list for 8 s, then back: never taken, nothing settled meanwhile', () => {
    const f = follow(name('日本直邮馆'));
    f.show(name('网络异常，正在重连…'));
    for (let t = 6000; t <= 13_000; t += 1000) {
      expect(f.until(t)).toBe(false);
      expect(f.follower.settled()).toBe(false);
    }
    f.show(name('日本直邮馆'));
    expect(f.follower.settled()).toBe(true);
    expect(f.until(20_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
  });

  it('another name over the same list that stays: the same shop once 10 s passed with the list kept (rt53 F2), never taken', () => {
    const f = follow(name('日本直邮馆'));
    f.show(name('韩国美妆店'));
    expect(f.until(15_000)).toBe(false);
    expect(f.follower.settled()).toBe(false); // undecided: nothing filed yet
    expect(f.until(60_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect(f.follower.settled()).toBe(true);
  });

  it('F3: opened on 「日本直邮馆（小休中）」 or 「日本直邮馆-客服03」: the shop is 日本直邮馆, the bare name later the same', () => {
    for (const first of ['日本直邮馆（小休中）', '日本直邮馆-客服03']) {
      const f = follow(name(first));
      expect(f.follower.shop).toEqual(name('日本直邮馆'));
      f.show(name('日本直邮馆'));
      expect(f.follower.settled()).toBe(true);
      expect(f.until(9000)).toBe(false);
    }
  });

  it('opened on an unknown decoration (「日本直邮馆-大阪店」): its own shop', () => {
    const f = follow(name('日本直邮馆-大阪店'));
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
  });

  it('no list to tell by (no session cards, no rows): a decoration is the same shop, another name a new one after 2 s', () => {
    const f = follow(name('日本直邮馆'), []);
    f.show(name('日本直邮馆〈VIP〉'));
    f.until(8000);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    f.show(name('韩国美妆店'));
    expect(f.until(11_000)).toBe(true);
  });
});


describe('ShopFollower: a switch within a second of the shop being taken', () => {
  it('the list seen when the shop was taken tells: replaced, a new shop', () => {
    let shown: PageShop = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' };
    let ids = ['card:小王:a', 'row:m1'];
    let now = 0;
    const follower = new ShopFollower(() => shown, () => now, 2000, 15_000, () => ids);
    now = 2000;
    expect(follower.check()).toBe(true);
    now = 2500;
    shown = { ref: 'name:日本直邮馆-大阪店', label: '日本直邮馆-大阪店', source: 'name' };
    ids = ['card:小王:b', 'card:阿美:c', 'row:m2', 'row:m3'];
    expect(follower.settled()).toBe(false);
    for (now = 3000; now <= 5000; now += 1000) follower.check();
    expect(follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
  });
});

describe('round 53 (lead): connection states are no shop; the cards decide over the rows', () => {
  it('a connection or loading state said in a sentence is never a shop name; shop names holding such words are', () => {
    for (const t of ['网络异常，正在重连…', '网络连接已断开', '连接已断开，请刷新', '正在加载店铺信息…', '客服已掉线', '连接超时', 'Connection lost, reconnecting…'])
      expect([t, isShopName(t)]).toEqual([t, false]);
    for (const t of ['日本直邮馆', '网络书店', '连接器专营店', '重新出发母婴店', '加载机械旗舰店'])
      expect([t, isShopName(t)]).toEqual([t, true]);
  });

  it('「网络异常，正在重连…」 for 30 s names no shop: the shop taken stays and the page stays settled', () => {
    let shown: PageShop | null = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' };
    let now = 0;
    const follower = new ShopFollower(
      () => (shown && isShopName(shown.ref.slice(5)) ? shown : null),
      () => now,
      2000,
      15_000,
      () => ['card:小王:a', 'row:m1'],
    );
    for (now = 1000; now <= 5000; now += 1000) follower.check();
    shown = { ref: 'name:网络异常，正在重连…', label: '网络异常，正在重连…', source: 'name' };
    for (now = 6000; now <= 36_000; now += 1000) expect(follower.check()).toBe(false);
    expect(follower.shop?.ref).toBe('name:日本直邮馆');
    expect(follower.settled()).toBe(true);
  });

  it('a decoration appearing as the agent opens another buyer (rows replaced, cards kept): the same shop', () => {
    let shown: PageShop = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' };
    let ids = ['card:小王:a', 'card:阿杰:b', ...Array.from({ length: 40 }, (_, i) => `row:x${i}`)];
    let now = 0;
    const follower = new ShopFollower(() => shown, () => now, 2000, 15_000, () => ids);
    for (now = 1000; now <= 5000; now += 1000) follower.check();
    shown = { ref: 'name:日本直邮馆〈VIP〉', label: '日本直邮馆〈VIP〉', source: 'name' };
    ids = ['card:小王:a', 'card:阿杰:b', ...Array.from({ length: 40 }, (_, i) => `row:y${i}`)];
    for (now = 6000; now <= 10_000; now += 1000) expect(follower.check()).toBe(false);
    expect(follower.shop?.ref).toBe('name:日本直邮馆');
  });
});

describe('round 53 (lead, rt53 F1/F2): header and list apart by seconds', () => {
  const shop = (n: string): PageShop => ({ ref: `name:${n}`, label: n, source: 'name' });
  const setup = (ids: string[]) => {
    const state = { shown: shop('日本直邮馆') as PageShop | null, ids, now: 0 };
    const follower = new ShopFollower(() => state.shown, () => state.now, 2000, 15_000, () => state.ids);
    const until = (t: number) => {
      let changed = false;
      while (state.now < t) {
        state.now = Math.min(t, state.now + 1000);
        changed = follower.check() || changed;
      }
      return changed;
    };
    until(5000);
    return { state, follower, until };
  };
  const A = ['card:小王:a1', 'card:阿杰:a2', 'row:m1', 'row:m2'];
  const B = ['card:小王:b1', 'card:阿美:b2', 'row:b1', 'row:b2'];

  for (const gap of [2000, 4000, 6000, 9000]) {
    it(`the header first, the sister shop's list ${gap / 1000} s later: a switch`, () => {
      const { state, follower, until } = setup(A);
      state.shown = shop('日本直邮馆-大阪店');
      expect(until(5000 + gap)).toBe(false);
      state.ids = B;
      until(5000 + gap + 3000);
      expect(follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
    });
  }

  it("the sister shop's list first, the header 4 s later: a switch", () => {
    const { state, follower, until } = setup(A);
    state.ids = B;
    until(9000);
    state.shown = shop('日本直邮馆-大阪店');
    until(13_000);
    expect(follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
  });

  it('a list replaced 12 s after the header, under the name folded at 10 s: a switch after all', () => {
    const { state, follower, until } = setup(A);
    state.shown = shop('日本直邮馆-大阪店');
    until(16_000);
    expect(follower.shop?.ref).toBe('name:日本直邮馆'); // folded: the list was kept 10 s
    state.ids = B;
    expect(until(20_000)).toBe(true);
    expect(follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
  });

  it('under a folded name, buyers writing (new last messages, the same buyers) and a new buyer arriving: still the same shop', () => {
    const { state, follower, until } = setup(A);
    state.shown = shop('日本直邮馆〈VIP〉');
    until(16_000);
    state.ids = ['card:小王:a9', 'card:阿杰:a8', 'card:小李:c1', 'row:m1', 'row:m2', 'row:m3'];
    expect(until(30_000)).toBe(false);
    expect(follower.shop?.ref).toBe('name:日本直邮馆');
  });

  it('「网络不给力，请检查网络设置」 and 「店铺信息加载失败，点击重试」 are no shop names', () => {
    for (const t of ['网络不给力，请检查网络设置', '店铺信息加载失败，点击重试', '数据获取失败', '服务繁忙，请稍后再试', '网络开小差了']) expect([t, isShopName(t)]).toEqual([t, false]);
    for (const t of ['日本直邮馆', '失败是成功之母书店', '重试科技旗舰店']) expect([t, isShopName(t)]).toEqual([t, true]);
  });
});
