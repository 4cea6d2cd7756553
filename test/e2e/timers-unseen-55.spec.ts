// Round 54's red team (rt54; timers55). F3, header first: shop B's name shows a few seconds before B's list, and what
// A's list and A's open chat showed meanwhile (an answer to A's 阿杰, a new question of his) went under B: he was left
// waiting in A and alerted though answered, and his question alerted under B. Now what the page held for A's buyers
// not on B's list is filed under A (ShopFollower.keptBefore, content/watcher/refile.ts fileUnder).
// Note: a shop in two tabs (each tab dating the buyer's message by its own estimate of the server clock) created each
// 「已超时」 alert twice; one alert per buyer message now (background/timer-state.ts SAME_EPISODE_MS).
import type { Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { openAt, recordAlerts, guardOff, replyInComposer, storedMessages, waitingConversations, waitingName, type SwGlobal } from './timers-support';
import { shopWorkbench, type ShopBuyer } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const A = '日本直邮馆';
const B = '日本直邮馆-大阪店';
const shopOf = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];
/** A shop's records as `buyer key#dir`, sorted. */
const recordsOf = async (sw: Worker, shop: string, buyer: string) =>
  (await storedMessages(sw))
    .filter((m) => decodeURIComponent(m.conv.split('|')[0]!) === `shop:name:${shop}` && m.conv.endsWith(`|id:${buyer}`))
    .map((m) => m.dir)
    .sort();

// A: 小王 (7301) asked 4:45 ago and waits; 阿杰 (7302) was answered long ago; 阿强 (7303) too.
const shopA: ShopBuyer[] = [
  { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 285 }] },
  { name: '阿杰', id: '7302', msgs: [{ dir: 'in', text: '你好', ago: 1800 }, { dir: 'out', text: '您好', ago: 1790 }] },
  { name: '阿强', id: '7303', msgs: [{ dir: 'in', text: '你好', ago: 1700 }, { dir: 'out', text: '您好', ago: 1690 }] },
];
// B: the same user 7301 asked there too; 阿美 (7402) asks.
const shopB: ShopBuyer[] = [
  { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '大阪店有货吗', ago: 20 }] },
  { name: '阿美', id: '7402', timeout: '4分50秒后超时', msgs: [{ dir: 'in', text: '包邮吗', ago: 10 }] },
];

test.beforeEach(async ({ context, serviceWorker: sw }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

test('F3 header first: an answer to A’s 阿杰 and his next question in the gap are filed under A, not B', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, URL, shopWorkbench(A, shopA));
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', A]]);
  await page.evaluate(() => window.__switch(1)); // 阿杰's chat open
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__buyer(1, '还在吗？'));
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 10_000 }).toEqual([['小王', A], ['阿杰', A]]);
  // The header names B; A's list and 阿杰's chat stay on screen 4.5 s.
  await page.evaluate((name) => (document.querySelector('.shopName')!.textContent = name), B);
  await page.waitForTimeout(1500);
  await replyInComposer(page, '在的亲');
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__buyer(1, '发票呢'));
  await page.waitForTimeout(2000);
  await page.evaluate(([name, list]) => window.__showShop(name, list), [B, shopB] as const);
  // 阿杰 waits in A (his question of the gap), never in B; his answer of the gap is A's too.
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 20_000 }).toEqual([
    ['小王', A],
    ['小王', B],
    ['阿杰', A],
    ['阿美', B],
  ]);
  expect(await recordsOf(sw, A, '7302')).toEqual(['in', 'in', 'in', 'out', 'out']);
  expect(await recordsOf(sw, B, '7302')).toEqual([]);
});

test('a shop in two tabs whose estimates of the server clock differ: one 「已超时」 alert per buyer message', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(60_000);
  const alerts = await recordAlerts(sw);
  const buyers: ShopBuyer[] = [{ name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 302 }] }];
  const html = shopWorkbench(A, buyers);
  await openAt(context, URL, html);
  await openAt(context, URL, html);
  await expect.poll(async () => (await waitingConversations(sw)).map((w) => [waitingName(w), w.level]), { timeout: 15_000 }).toEqual([['小王', 'breach']]);
  await expect.poll(async () => (await alerts()).filter((a) => a.includes('已超时：小王')).length, { timeout: 10_000 }).toBe(1);
  // Each tab reports its own estimate (the PC 0 s and 4 s slow), one after the other, and the timers refresh after each.
  for (const offset of [4000, 0, 4000, 0]) {
    await sw.evaluate(async (o) => {
      await chrome.storage.local.set({ 'clock-offset': { offset: o, at: Date.now() } });
      await (globalThis as unknown as SwGlobal).replyguard.refresh();
    }, offset);
  }
  expect((await alerts()).filter((a) => a.includes('已超时：小王'))).toHaveLength(1);
});
