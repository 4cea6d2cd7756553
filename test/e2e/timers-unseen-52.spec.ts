// Round 51's red team on the shop a header names (rt51 F1 t02/t02b/t02c, F2 t03/t07; timers52a).
// F1: a glance under 2 s at shop B in the header's switcher (B's buyer 阿美 seen, then back to A) filed 阿美 under A:
// answered in B, she kept waiting under A, turned late and alerts named A. Now what was seen while the page named B is
// never filed under A (dropped, the page read afresh under A; 阿美 is read again when B is shown and taken).
// F2: 「日本直邮馆（小休中）」, 「日本直邮馆-客服03」, 「切换中」… in the header each split the shop. Now a taken shop's name
// with a separator or bracket suffix is that shop, a status-like text no shop; a shop whose name only starts with
// another's (「日本直邮馆旗舰店」) is still another shop (content/watcher/shop.ts).
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { badgeText, openAt as openAtUrl, recordAlerts, guardOff, inReplyWindow, replyInComposer, sameBeijingDay, setLadder, storedMessages, todayFigures, waitingConversations, waitingName, shopsStored } from './timers-support';
import { shopWorkbench, type ShopBuyer } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const openAt = (context: BrowserContext, html: string): Promise<Page> => openAtUrl(context, URL, html);
const waiting = waitingConversations;





test.beforeEach(async ({ context, serviceWorker: sw }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

test('F1: glances of 0.6, 1.2 and 1.9 s at another shop file nothing of it under this shop; its buyer answered there, nobody waits, none late, no alert names this shop', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  const alerts = await recordAlerts(sw);
  const page = await openAt(context, shopWorkbench('日本直邮馆', [{ name: '小王', id: '7301', msgs: [{ dir: 'in', text: '在吗', ago: 1800 }, { dir: 'out', text: '在', ago: 1790 }] }]));
  await expect.poll(() => shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  const at = Date.now();
  const before = await todayFigures(sw, at);
  // 阿美 asked in 韩国美妆店 30 s before the first glance; an alert 55 s after a buyer's message.
  await setLadder(sw, [55]);
  const amei: ShopBuyer[] = [{ name: '阿美', id: '7401', msgs: [{ dir: 'in', text: '有货吗', ago: 30 }] }];
  for (const ms of [600, 1200, 1900]) {
    await page.evaluate((b) => window.__showShop('韩国美妆店', b), amei);
    await page.waitForTimeout(ms);
    await page.evaluate(() => window.__showShop('日本直邮馆'));
    await page.waitForTimeout(3000);
  }
  expect(await waiting(sw)).toEqual([]);
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  expect(await badgeText(sw)).toBe('');

  // For good now: 阿美 under her shop, once, then answered there.
  await page.evaluate(() => window.__showShop('韩国美妆店'));
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop, w.unanswered]), { timeout: 10_000 }).toEqual([['阿美', '韩国美妆店', 1]]);
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆', 'shop:name:韩国美妆店']);
  // The alert at 55 s names her shop (and shows the recording works).
  await expect.poll(alerts, { timeout: 20_000 }).toContainEqual(expect.stringContaining('韩国美妆店'));
  await replyInComposer(page, '有的亲');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
  // Her one message on time (counted when sent 08:00–24:00 Beijing time, the day's figures), none late, none pending.
  const ts = (await storedMessages(sw)).find((m) => m.conv.split('|')[1] === 'id:7401' && m.dir === 'in')!.ts;
  const counted = inReplyWindow(ts) && sameBeijingDay(ts, at) ? 1 : 0;
  await expect
    .poll(async () => {
      const after = await todayFigures(sw, at);
      return { late: after.late - before.late, pending: after.pending - before.pending, onTime: after.onTime - before.onTime };
    })
    .toEqual({ late: 0, pending: 0, onTime: counted });
  expect((await alerts()).filter((a) => a.includes('日本直邮馆'))).toEqual([]);
});

test('F2: status and sub-account suffixes on the shop’s name, 「切换中」 and 「请选择店铺」 4.5 s: one shop, no copies; answered, nothing pending', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  const page = await openAt(context, shopWorkbench('日本直邮馆', [
    { name: '小王', id: '7501', msgs: [{ dir: 'in', text: '在吗', ago: 30 }] },
    { name: '阿杰', id: '7502', timeout: '4分40秒后超时', msgs: [{ dir: 'in', text: '什么时候发货', ago: 20 }] },
  ]));
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop]).sort(), { timeout: 10_000 }).toEqual([
    ['小王', '日本直邮馆'],
    ['阿杰', '日本直邮馆'],
  ]);
  const header = (text: string) => page.evaluate((t) => (document.querySelector('.shopName')!.textContent = t), text);
  await header('日本直邮馆（小休中）');
  await page.waitForTimeout(3000);
  await page.evaluate(() => window.__buyer(0, '还在吗'));
  await page.waitForTimeout(1500);
  await header('日本直邮馆-客服03');
  await page.waitForTimeout(3000);
  await replyInComposer(page, '在的亲');
  await page.waitForTimeout(1500);
  await header('日本直邮馆 · 忙碌');
  await page.waitForTimeout(3000);
  await header('切换中');
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__buyer(0, '那我等等'));
  await page.waitForTimeout(3000);
  await header('请选择店铺');
  await page.waitForTimeout(4500);
  await header('日本直邮馆');
  await page.waitForTimeout(2500);

  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  expect((await waiting(sw)).map((w) => [waitingName(w), w.shop, w.unanswered]).sort()).toEqual([
    ['小王', '日本直邮馆', 1],
    ['阿杰', '日本直邮馆', 1],
  ]);
  await replyInComposer(page, '马上回复您');
  await page.evaluate(() => window.__phoneReply(1, '今天发'));
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
  expect((await todayFigures(sw)).pending).toBe(0);
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
});

test('control: a real switch to a shop whose name only starts with this one’s (「日本直邮馆旗舰店」) still splits: each buyer in their own shop', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, shopWorkbench('日本直邮馆', [{ name: '小王', id: '7601', msgs: [{ dir: 'in', text: '在吗', ago: 20 }] }]));
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop]), { timeout: 10_000 }).toEqual([['小王', '日本直邮馆']]);
  await page.evaluate(() => window.__showShop('日本直邮馆旗舰店', [{ name: '小丽', id: '7602', msgs: [{ dir: 'in', text: '有优惠吗', ago: 10 }] }]));
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop]).sort(), { timeout: 10_000 }).toEqual([
    ['小丽', '日本直邮馆旗舰店'],
    ['小王', '日本直邮馆'],
  ]);
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆', 'shop:name:日本直邮馆旗舰店']);
  const flagship = (await storedMessages(sw)).filter((m) => decodeURIComponent(m.conv).startsWith('shop:name:日本直邮馆旗舰店|'));
  expect(flagship.map((m) => m.conv.split('|')[1])).toEqual(['id:7602']);
  await page.waitForTimeout(1000);
  await replyInComposer(page, '有的亲');
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop]), { timeout: 10_000 }).toEqual([['小王', '日本直邮馆']]);
  expect(await badgeText(sw)).toBe('1');
});
