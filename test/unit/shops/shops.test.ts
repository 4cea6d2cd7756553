// @vitest-environment happy-dom
// Round 46 (rt46-timers, timers46a): one buyer writing to two shops is two conversations. The keys (utils/buyer-key.ts),
// the shop a page names (content/watcher/shop.ts over sites/kuaishou.ts `shop`), the countdown's entries of the
// page's shop, and the popup's shop labels.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isBuyerIdKey, shopKey, splitShopKey } from '@/utils/buyer-key';
import { readShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';
import { entriesOfShop } from '@/content/countdown/index';
import { shopLabels } from '@/components/popup/WaitingList';
import type { TimerEntry } from '@/background/timer-state';

describe('shop keys', () => {
  it('qualify a buyer key by the shop ref and split back; no shop: the key alone (as before)', () => {
    expect(shopKey(null, 'id:7777')).toBe('id:7777');
    expect(shopKey('id:111', 'id:7777')).toBe('shop:id%3A111|id:7777');
    expect(splitShopKey('shop:id%3A111|id:7777')).toEqual({ shop: 'id:111', key: 'id:7777' });
    expect(splitShopKey(shopKey('name:海淘|优选', '小王|二号'))).toEqual({ shop: 'name:海淘|优选', key: '小王|二号' });
    expect(splitShopKey('id:7777')).toEqual({ shop: null, key: 'id:7777' });
    expect(splitShopKey('买家小王')).toEqual({ shop: null, key: '买家小王' });
  });
  it('a buyer-id key stays one with a shop', () => {
    expect(isBuyerIdKey('shop:id%3A111|id:7777')).toBe(true);
    expect(isBuyerIdKey('shop:id%3A111|小王')).toBe(false);
  });
});

describe('readShop (kuaishou adapter data)', () => {
  const page = (html: string) => {
    document.body.innerHTML = html;
    return document;
  };
  it('a shopId-like URL parameter first (any case), with the header’s shop name as its label', () => {
    const doc = page('<header class="ShopHeader"><span class="shopName">海淘优选旗舰店</span></header>');
    expect(readShop(doc, 'https://im.kwaixiaodian.com/workbench?shopId=111', kuaishou.shop)).toMatchObject({ ref: 'id:111', label: '海淘优选旗舰店' });
    expect(readShop(doc, 'https://im.kwaixiaodian.com/workbench?SELLERID=9', kuaishou.shop)?.ref).toBe('id:9');
    expect(readShop(doc, 'https://im.kwaixiaodian.com/#/workbench?shop_id=42', kuaishou.shop)?.ref).toBe('id:42');
  });
  it('a shop id in the path', () => {
    expect(readShop(page(''), 'https://im.kwaixiaodian.com/shop/5150/workbench', kuaishou.shop)).toMatchObject({ ref: 'id:5150', label: '5150', source: 'url' });
  });
  it('else the header’s shop name; a shop name inside the chat rows, the order panel or a session card is another shop’s', () => {
    expect(readShop(page('<div class="ShopHeader"><span class="shopName"> 日本直邮馆 </span></div>'), 'https://im.kwaixiaodian.com/workbench', kuaishou.shop)).toMatchObject({ ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' });
    const doc = page('<div class="ChatMessageList"><span class="shopName">别家店</span></div><div id="OrderListDom"><i class="OrderCard-shopName">别家店</i></div>');
    expect(readShop(doc, 'https://im.kwaixiaodian.com/workbench', kuaishou.shop)).toBeNull();
  });
  it('nothing found, or an adapter without shop data: null (one shop per profile)', () => {
    expect(readShop(page('<div class="TargetUserHeader">小王</div>'), 'https://im.kwaixiaodian.com/workbench?tab=1', kuaishou.shop)).toBeNull();
    expect(readShop(page('<span class="shopName">店</span>'), 'https://im.kwaixiaodian.com/workbench?shopId=1', undefined)).toBeNull();
  });
});

const entry = (conv: string, deadline: number, extra: Partial<TimerEntry> = {}): TimerEntry => ({
  conv,
  site: 'kuaishou',
  anchorId: 'm',
  anchorTs: deadline - 300_000,
  deadline,
  unanswered: 1,
  counted: true,
  level: null,
  step: -1,
  ...extra,
});

describe('entriesOfShop (countdown chips of the page’s shop only)', () => {
  const a = entry(shopKey('id:111', 'id:7777'), 1000, { buyerName: '小王', shop: 'A' });
  const b = entry(shopKey('id:222', 'id:7777'), 2000, { buyerName: '小王', shop: 'B' });
  const legacy = entry('id:8888', 3000, { buyerName: '老李' });
  it('another shop’s buyer of the same id is never drawn; keys lose the shop; records without a shop are drawn', () => {
    expect(entriesOfShop([a, b, legacy], 'id:222').map((e) => [e.conv, e.deadline])).toEqual([['id:7777', 2000], ['id:8888', 3000]]);
    expect(entriesOfShop([a, b, legacy], null).map((e) => e.conv)).toEqual(['id:8888']);
  });
  it('a buyer filed both ways (records from before the update not yet moved) shows the shop’s', () => {
    const old = entry('id:7777', 500);
    expect(entriesOfShop([old, b], 'id:222').map((e) => e.deadline)).toEqual([2000]);
    expect(entriesOfShop([b, old], 'id:222').map((e) => e.deadline)).toEqual([2000]);
  });
});

describe('shopLabels (popup)', () => {
  it('only with more than one shop waiting: each buyer’s shop as shown, else its ref', () => {
    const a = entry(shopKey('id:111', 'id:7777'), 1000, { shop: '海淘优选旗舰店' });
    const b = entry(shopKey('id:222', 'id:7777'), 2000);
    const legacy = entry('id:8888', 3000);
    expect(shopLabels([a, legacy])).toBeNull();
    expect(shopLabels([legacy])).toBeNull();
    expect(Object.fromEntries(shopLabels([a, b, legacy])!)).toEqual({ [a.conv]: '海淘优选旗舰店', [b.conv]: '222', 'id:8888': null });
  });
});

describe('alert text', () => {
  it('names the shop with the buyer when the page names it', async () => {
    const { alertText } = await import('@/background/timer-state');
    const e = entry(shopKey('id:222', 'id:7777'), 10_000, { buyerName: '小王', shop: '日本直邮馆' });
    expect(alertText(e, 0).title).toBe('请尽快回复：小王（日本直邮馆） / Reply soon');
    expect(alertText(entry(shopKey('id:222', 'id:7777'), 10_000), 0).title).toBe('请尽快回复：id:7777 / Reply soon');
  });
});
