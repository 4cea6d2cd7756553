// Round 54's red team on the re-filing of a list-first switch (rt54 F1, F2; timers54b).
// F1: a filtered list in shop A (未读, a search: cards only left it) just before a switch was taken for B's list, and
// what A's buyers wrote in the filtered view was moved to B; a buyer in both shops was then lost (B's answer cleared
// A's question). A list that only lost buyers is a filter now (content/watcher/shop.ts mostlyGone).
// F2: B's list 12 s before its header was folded into A (look-back 8 s): B's messages under A, A's waiting buyer lost.
// The look-back is 20 s now.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { openAt as openAtUrl, guardOff, replyInComposer, storedMessages, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, type ShopBuyer } from './timers-workbench';

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const openAt = (context: BrowserContext, html: string): Promise<Page> => openAtUrl(context, URL, html);
const shopOf = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];
const waiting = async (sw: Worker) => (await waitingConversations(sw)).map(shopOf).sort();
const A = '日本直邮馆';
const B = '日本直邮馆-大阪店';
const recordsOf = async (sw: Worker, shop: string) =>
  (await storedMessages(sw)).filter((m) => decodeURIComponent(m.conv.split('|')[0]!) === `shop:name:${shop}`).map((m) => `${m.conv}#${m.id}#${m.dir}`).sort();

const old = (text: string) => [{ dir: 'in' as const, text, ago: 1800 }, { dir: 'out' as const, text: '您好', ago: 1790 }];
// A: 小王 (7301) waits; 阿杰, 阿强 and 小李 were answered long ago.
const shopA: ShopBuyer[] = [
  { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 200 }] },
  { name: '阿杰', id: '7302', msgs: old('你好') },
  { name: '阿强', id: '7303', msgs: old('在吗') },
  { name: '小李', id: '7304', msgs: old('你好呀') },
];
// B: the same users 7301 and 7303 (they buy in both sister shops) and 阿美.
const shopB: ShopBuyer[] = [
  { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '大阪店有货吗', ago: 20 }] },
  { name: '阿强', id: '7303', timeout: '4分45秒后超时', msgs: [{ dir: 'in', text: '大阪店能开发票吗', ago: 15 }] },
  { name: '阿美', id: '7402', timeout: '4分50秒后超时', msgs: [{ dir: 'in', text: '包邮吗', ago: 10 }] },
];

test.beforeEach(async ({ context, serviceWorker: sw }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

test('F1 a filtered list (小王 and 阿强 only), 阿强 writes, then a header-first switch: his question stays under A and waits', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  const page = await openAt(context, shopWorkbench(A, shopA));
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([['小王', A]]);
  await page.waitForTimeout(3000);
  // 未读: only 小王 and 阿强 are left on the list; the header still names A.
  await page.evaluate(() => {
    // @ts-expect-error the workbench's own list (a top-level const of its script)
    convs.splice(0, convs.length, ...convs.filter((c: { name: string }) => c.name === '小王' || c.name === '阿强'));
    window.__switch(0);
  });
  await page.waitForTimeout(2500);
  await page.evaluate(() => {
    // @ts-expect-error as above: the card shows its countdown
    convs[1].timeout = '4分59秒后超时';
    window.__buyer(1, '发票呢');
  });
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([['小王', A], ['阿强', A]]);
  await page.waitForTimeout(2500);
  // The switch from that view: the header names B first, B's list 2 s later.
  await page.evaluate((name) => (document.querySelector('.shopName')!.textContent = name), B);
  await page.waitForTimeout(2000);
  await page.evaluate(([name, list]) => window.__showShop(name, list), [B, shopB] as const);
  await expect.poll(() => waiting(sw), { timeout: 20_000 }).toEqual([['小王', A], ['小王', B], ['阿强', A], ['阿强', B], ['阿美', B]]);
  await page.waitForTimeout(500);
  await replyInComposer(page, '大阪店有货');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([['小王', A], ['阿强', A], ['阿强', B], ['阿美', B]]);
});

test('F2 B’s list 12 s before its header: one switch; B’s messages only under B, A’s 小王 still waits', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  const page = await openAt(context, shopWorkbench(A, shopA));
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([['小王', A]]);
  await page.waitForTimeout(3000);
  const before = await recordsOf(sw, A);
  await page.evaluate(([name, list, keep]) => {
    window.__showShop(name, list);
    document.querySelector('.shopName')!.textContent = keep;
  }, [B, shopB, A] as const);
  await page.waitForTimeout(12_000);
  await page.evaluate((name) => (document.querySelector('.shopName')!.textContent = name), B);
  await expect.poll(() => waiting(sw), { timeout: 20_000 }).toEqual([['小王', A], ['小王', B], ['阿强', B], ['阿美', B]]);
  await page.waitForTimeout(500);
  await replyInComposer(page, '大阪店有货');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([['小王', A], ['阿强', B], ['阿美', B]]);
  await expect.poll(() => recordsOf(sw, A), { timeout: 10_000 }).toEqual(before);
});
