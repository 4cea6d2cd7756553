// Round 52's red team on which shop a header names (rt52 F1–F3; timers53). Round 52 folded any name that was a known
// shop's name plus a separator or bracket suffix into that shop, by its punctuation:
// F1: a real sister shop 「日本直邮馆-大阪店」 / 「日本直邮馆（大阪店）」 was merged into 日本直邮馆: a buyer answered there
// cleared her unanswered question here (no alert, never late). Now a name change that comes with the conversation list
// replaced is another shop, whatever the name (content/watcher/shop.ts ShopFollower, shop-list.ts).
// F2: 〈客服03〉, 「客服03@…」, a zero-width space and a transient 「网络异常，正在重连…」 still split the shop. Now names are
// normalised, status and sub-account decorations stripped, and an unknown text over the same list is never a shop.
// F3: a page opened on 「日本直邮馆（小休中）」 keyed the shop on it; after a reload on 「日本直邮馆」 one message was
// counted twice. Now a known status is no part of the name, at load too.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { badgeText, openAt as openAtUrl, recordAlerts, guardOff, replyInComposer, shopsStored, storedMessages, todayFigures, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, type ShopBuyer } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const openAt = (context: BrowserContext, html: string): Promise<Page> => openAtUrl(context, URL, html);
const waiting = waitingConversations;





const shopOf = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];

test.beforeEach(async ({ context, serviceWorker: sw }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

for (const sister of ['日本直邮馆-大阪店', '日本直邮馆（大阪店）']) {
  test(`F1: a switch for good to 「${sister}」 with its own list is another shop: 小王 answered there still waits here, late and alerted`, async ({ context, serviceWorker: sw }) => {
    test.setTimeout(120_000);
    const alerts = await recordAlerts(sw);
    // 小王 asked here 4:45 ago: his deadline (5:00 after his message) comes about 15 s into the test.
    const page = await openAt(context, shopWorkbench('日本直邮馆', [{ name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 285 }] }]));
    await expect.poll(async () => (await waiting(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', '日本直邮馆']]);
    // The group's other shop, for good: header, list and chat replaced; the same buyer (user 7301) asked there too.
    await page.evaluate((name) => window.__showShop(name, [
      { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '大阪店有货吗', ago: 20 }] },
      { name: '阿美', id: '7302', timeout: '4分50秒后超时', msgs: [{ dir: 'in', text: '包邮吗', ago: 10 }] },
    ]), sister);
    // Round 54 (rt53 note): the key is the normalised name, the label the name as the page shows it.
    const label = sister.normalize('NFKC');
    await expect.poll(async () => (await waiting(sw)).map(shopOf).sort(), { timeout: 15_000 }).toEqual([
      ['小王', '日本直邮馆'],
      ['小王', sister],
      ['阿美', sister],
    ]);
    expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆', `shop:name:${label}`]);
    await page.waitForTimeout(500);
    await replyInComposer(page, '大阪店有货');
    // Answered in 大阪店: only there. 日本直邮馆's 小王 is still waiting, his deadline passes: late, alerted under his shop.
    await expect.poll(async () => (await waiting(sw)).map(shopOf).sort(), { timeout: 10_000 }).toEqual([
      ['小王', '日本直邮馆'],
      ['阿美', sister],
    ]);
    await expect
      .poll(async () => (await waiting(sw)).filter((w) => w.shop === '日本直邮馆').map((w) => [w.level, w.deadline < Date.now()]), { timeout: 40_000 })
      .toEqual([['breach', true]]);
    await expect.poll(alerts, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/已超时：小王（日本直邮馆）/));
    expect((await alerts()).filter((a) => a.includes('已超时') && a.includes('大阪店'))).toEqual([]);
    // The ledger: 日本直邮馆's question unanswered, 大阪店's answered, each under its own shop.
    const mine = (await storedMessages(sw)).filter((m) => m.conv.split('|')[1] === 'id:7301');
    expect(mine.map((m) => `${decodeURIComponent(m.conv.split('|')[0]!)} ${m.dir}`).sort()).toEqual(
      ['shop:name:日本直邮馆 in', `shop:name:${label} in`, `shop:name:${label} out`].sort(),
    );
  });
}

test('F2: 〈客服03〉, 「客服03@…」, a zero-width space and 「网络异常，正在重连…」 for 8 s: one shop, nobody left waiting after all answers', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(150_000);
  const page = await openAt(context, shopWorkbench('日本直邮馆', [
    { name: '小王', id: '7501', msgs: [{ dir: 'in', text: '在吗', ago: 30 }, { dir: 'out', text: '在的', ago: 25 }] },
    { name: '阿杰', id: '7502', msgs: [{ dir: 'in', text: '你好', ago: 600 }, { dir: 'out', text: '您好', ago: 590 }] },
  ]));
  await expect.poll(() => shopsStored(sw), { timeout: 10_000 }).toEqual(['shop:name:日本直邮馆']);
  const header = (text: string) => page.evaluate((t) => (document.querySelector('.shopName')!.textContent = t), text);
  for (const [variant, lasts] of <[string, number][]>[['日本直邮馆〈客服03〉', 3000], ['客服03@日本直邮馆', 3000], ['日本直邮馆\u200b', 3000], ['网络异常，正在重连…', 8000]]) {
    await page.evaluate(() => window.__buyer(0, '还在吗'));
    await page.waitForTimeout(1500);
    await header(variant);
    await page.waitForTimeout(500);
    // 阿杰 asks while the header shows the variant: his card alone tells (its countdown), his chat is not open.
    await page.evaluate("convs[1].timeout = '4分50秒后超时'; window.__buyer(1, '什么时候发货')");
    await page.waitForTimeout(1000);
    await replyInComposer(page, '马上回复您');
    await page.waitForTimeout(Math.max(0, lasts - 1500));
    await header('日本直邮馆');
    await page.waitForTimeout(3000);
    await page.evaluate(() => window.__phoneReply(1, '今天发'));
    await page.waitForTimeout(2000);
    expect([variant, await shopsStored(sw)]).toEqual([variant, ['shop:name:日本直邮馆']]);
  }
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
  expect((await todayFigures(sw)).pending).toBe(0);
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
});

test('F3: opened on 「日本直邮馆（小休中）」, reloaded on 「日本直邮馆」: one shop, 小王’s one message once, answered', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const opened = Date.now();
  const first = await openAt(context, shopWorkbench('日本直邮馆（小休中）', [{ name: '小王', id: '7701', msgs: [{ dir: 'in', text: '在吗', ago: 0 }] }, { name: '阿杰', id: '7702' }]));
  await expect.poll(async () => (await waiting(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', '日本直邮馆']]);
  await first.close();
  // The reload: the same message (same row id, same time), the header without the status.
  const ago = Math.round((Date.now() - opened) / 1000);
  const page = await openAt(context, shopWorkbench('日本直邮馆', [{ name: '小王', id: '7701', msgs: [{ dir: 'in', text: '在吗', ago }] }, { name: '阿杰', id: '7702' }]));
  await page.waitForTimeout(3000);
  expect((await waiting(sw)).map((w) => [...shopOf(w), w.unanswered])).toEqual([['小王', '日本直邮馆', 1]]);
  await replyInComposer(page, '在的');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  const buyerMessages = (await storedMessages(sw)).filter((m) => m.conv.split('|')[1] === 'id:7701' && m.dir === 'in');
  expect(buyerMessages.length).toBe(1);
  expect((await todayFigures(sw)).pending).toBe(0);
});
