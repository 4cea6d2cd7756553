// Round 53's red team on a shop switch whose header and list do not change in the same instant (rt53 F1; timers54).
// listfirst: shop B's conversation list replaces A's under A's header, and the header names B a few seconds later. Round
// 53 got the switch right, but what the watcher filed in those seconds (B's cards and rows) stayed under A in the
// ledger: A's day and B's wrong, and a B message under A could keep or clear an A buyer's wait. Now, once the switch is
// decided, what was filed under A since the list was replaced moves to B (content/watcher/refile.ts,
// background/ledger/refile.ts). Also (rt53 note): a shop's label is shown as the page shows it, not NFKC-normalised.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { openAt as openAtUrl, recordAlerts, guardOff, replyInComposer, shopsStored, storedMessages, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, type ShopBuyer } from './timers-workbench';

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const openAt = (context: BrowserContext, html: string): Promise<Page> => openAtUrl(context, URL, html);
const waiting = waitingConversations;
const shopOf = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];
const A = '日本直邮馆';
/** Shop A's records as `shop|buyer key|id`, sorted. */
const recordsOf = async (sw: Worker, shop: string) =>
  (await storedMessages(sw)).filter((m) => decodeURIComponent(m.conv.split('|')[0]!) === `shop:name:${shop}`).map((m) => `${m.conv}#${m.id}#${m.dir}`).sort();

// A: 小王 (7301) asked 4:45 ago and waits; 阿杰 (7302) was answered long ago.
const shopA: ShopBuyer[] = [
  { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 285 }] },
  { name: '阿杰', id: '7302', msgs: [{ dir: 'in', text: '你好', ago: 1800 }, { dir: 'out', text: '您好', ago: 1790 }] },
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

for (const [sister, gapMs] of <[string, number][]>[['日本直邮馆-大阪店', 4000], ['日本直邮馆（大阪店）', 6000], ['日本直邮馆-大阪店', 0]]) {
  const how = gapMs ? `B's list ${gapMs / 1000} s before its header` : 'header and list at once';
  test(`F1 ${how}, to 「${sister}」: B's records only under B, A's 小王 still waits, late and alerted; the label as shown`, async ({ context, serviceWorker: sw }) => {
    test.setTimeout(150_000);
    const alerts = await recordAlerts(sw);
    const page = await openAt(context, shopWorkbench(A, shopA));
    await expect.poll(async () => (await waiting(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', A]]);
    await page.waitForTimeout(3000);
    const before = await recordsOf(sw, A);
    expect(before.length).toBeGreaterThan(0);
    // B's list (cards and open chat) replaces A's; the header still names A for gapMs.
    await page.evaluate(([name, list, keep]) => {
      window.__showShop(name, list);
      if (keep) document.querySelector('.shopName')!.textContent = keep;
    }, [sister, shopB, gapMs ? A : null] as const);
    if (gapMs) {
      await page.waitForTimeout(gapMs);
      await page.evaluate((name) => (document.querySelector('.shopName')!.textContent = name), sister);
    }
    await expect.poll(async () => (await waiting(sw)).map(shopOf).sort(), { timeout: 20_000 }).toEqual([
      ['小王', A],
      ['小王', sister],
      ['阿美', sister],
    ]);
    await page.waitForTimeout(500);
    await replyInComposer(page, '大阪店有货');
    await expect.poll(async () => (await waiting(sw)).map(shopOf).sort(), { timeout: 10_000 }).toEqual([
      ['小王', A],
      ['阿美', sister],
    ]);
    // The ledger ends as if header and list had changed together: A holds what it held before, nothing of B's.
    await expect.poll(() => recordsOf(sw, A), { timeout: 10_000 }).toEqual(before);
    const b = await recordsOf(sw, sister.normalize('NFKC'));
    expect(b.filter((r) => r.includes('id:7301')).map((r) => r.split('#')[2]).sort()).toEqual(['in', 'out']);
    expect(await shopsStored(sw)).toEqual([`shop:name:${A}`, `shop:name:${sister.normalize('NFKC')}`]);
    // A's 小王 is never answered: his deadline passes, late and alerted under A, never under B.
    await expect
      .poll(async () => (await waiting(sw)).filter((w) => w.shop === A).map((w) => [waitingName(w), w.level, w.deadline < Date.now()]), { timeout: 40_000 })
      .toEqual([['小王', 'breach', true]]);
    await expect.poll(alerts, { timeout: 30_000 }).toContainEqual(expect.stringMatching(/已超时：小王（日本直邮馆）/));
    expect((await alerts()).filter((a) => a.includes('已超时') && a.includes('大阪店'))).toEqual([]);
  });
}

test('a decoration over the same list still folds: 「日本直邮馆〈VIP〉」 for 12 s, a buyer asks and is answered meanwhile: one shop, nobody waiting', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, shopWorkbench(A, [
    { name: '小王', id: '7501', msgs: [{ dir: 'in', text: '在吗', ago: 30 }, { dir: 'out', text: '在的', ago: 25 }] },
    { name: '阿杰', id: '7502', msgs: [{ dir: 'in', text: '你好', ago: 600 }, { dir: 'out', text: '您好', ago: 590 }] },
  ]));
  await expect.poll(() => shopsStored(sw), { timeout: 10_000 }).toEqual([`shop:name:${A}`]);
  await page.waitForTimeout(3000);
  await page.evaluate(() => (document.querySelector('.shopName')!.textContent = '日本直邮馆〈VIP〉'));
  await page.waitForTimeout(2000);
  await page.evaluate(() => window.__buyer(0, '还在吗'));
  await page.waitForTimeout(1500);
  await replyInComposer(page, '在的，您说');
  await page.waitForTimeout(10_000);
  await page.evaluate(() => (document.querySelector('.shopName')!.textContent = '日本直邮馆'));
  await page.waitForTimeout(3000);
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  expect(await shopsStored(sw)).toEqual([`shop:name:${A}`]);
});
