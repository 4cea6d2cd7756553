// Round 56 (timers56), what round 55 left. F12 without a tab: after the PC's clock jumps ahead (sleep and wake), Chrome
// runs the worker's one alarm by elapsed time, minutes late; round 55 had the workbench page ask for the missed wake on
// its 1-s tick, so with no workbench tab open a buyer gone late got no 「已超时」 until the late alarm. The worker now
// keeps a 30-s watch alarm while a wake is pending (background/timers.ts WATCH_ALARM_NAME). rt55 F9: shop B's list
// replaced A's under A's header, which named B only 25 s later (past the 20-s look-back): B was folded into A. The
// look-back is now anchored to the list's replacement (content/watcher/shop.ts ANCHOR_MAX_MS).
import type { Worker } from '@playwright/test';
import { closePage, expect, shared as test } from './fixtures';
import { openAt, openSisterShopA, recordAlerts, guardOff, replyInComposer, shopRecords, shopsStored, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, showListUnder, SISTER_SHOPS, type ShopBuyer } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const A = '日本直邮馆';
const shopOf = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];

test.beforeEach(async ({ context, serviceWorker: sw }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

/** The worker's one alarm put ten minutes late (as Chrome runs it after the PC's clock jumped ahead); 小王's deadline. */
const delayTheAlarm = (sw: Worker) =>
  sw.evaluate(async () => {
    await chrome.alarms.create('replyguard-next-alert', { when: Date.now() + 600_000 });
    return ((await chrome.storage.local.get('waiting')).waiting as { conversations: { buyerName?: string; deadline: number }[] }).conversations.find((c) => c.buyerName === '小王')!.deadline;
  });

test('F12 with no workbench tab: the workbench closed, the alarm late, 小王 turns late: 「已超时」 all the same', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  const alerts = await recordAlerts(sw);
  // 小王 asked 4:35 ago: late in 25 s.
  const shopA: ShopBuyer[] = [
    { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 275 }] },
    { name: '阿杰', id: '7302', msgs: [{ dir: 'in', text: '你好', ago: 1800 }, { dir: 'out', text: '您好', ago: 1790 }] },
  ];
  const page = await openAt(context, URL, shopWorkbench(A, shopA));
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', A]]);
  // The agent closes the workbench; no page is left to notice a missed wake.
  await closePage(page);
  const deadline = await delayTheAlarm(sw);
  expect(deadline).toBeGreaterThan(Date.now() + 2000); // still ahead: the alert can come only after the alarm's own time
  await expect.poll(async () => (await alerts()).filter((a) => a.includes(`已超时：小王（${A}）`)).length, { timeout: 75_000, intervals: [2000] }).toBe(1);
  expect((await waitingConversations(sw)).map((w) => [waitingName(w), w.shop, w.level])).toEqual([['小王', A, 'breach']]);
});

test('F9: B’s list 25 s before its header: a switch all the same; B’s records only under B, A’s 小王 still waits in A', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(150_000);
  const { B, b: shopB } = SISTER_SHOPS;
  const recordsOf = (shop: string) => shopRecords(sw, shop);
  const { page, before } = await openSisterShopA(context, sw, URL);
  // B's list (cards and open chat) replaces A's; the header still names A for 25 s.
  await showListUnder(page, B, shopB, A);
  await page.waitForTimeout(25_000);
  await page.evaluate((name) => (document.querySelector('.shopName')!.textContent = name), B);
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 30_000 }).toEqual([
    ['小王', A],
    ['小王', B],
    ['阿美', B],
  ]);
  await page.waitForTimeout(500);
  await replyInComposer(page, '大阪店有货');
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 10_000 }).toEqual([
    ['小王', A],
    ['阿美', B],
  ]);
  await expect.poll(() => recordsOf(A), { timeout: 10_000 }).toEqual(before);
  expect(await shopsStored(sw)).toEqual([`shop:name:${A}`, `shop:name:${B}`]);
});
