// @vitest-environment happy-dom
// Round 51 (rt50-timers F2; timers51b): a header placeholder (「加载中…」 4.5 s) was taken for a new shop, and every
// conversation was copied under it. Now a placeholder is never a shop's name (content/watcher/shop.ts).
import { describe, expect, it } from 'vitest';
import { isShopName, readShop } from '@/content/watcher/shop';
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
