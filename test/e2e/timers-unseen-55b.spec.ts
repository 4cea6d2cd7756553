// Round 55's red team (rt55; timers55b). F1: a search in shop A shows older conversations under A's unchanged header,
// and a buyer writes in it; a switch to B seconds later re-filed what was filed during the search under B (taken for
// B's list rendered before B's name), and B's answer to the same buyer cleared A's. Now only a list the new name kept
// showing is B's early list (content/watcher/shop.ts #replacedBefore). F12: after such a search, cleared, nothing
// changed on the page, and the worker's alarm came late (Chrome counts a pending alarm by elapsed time: a clock jumped
// ahead, a PC woken from sleep): late buyers, no alert. The page now asks the worker to recompute once its state is past
// its own next wake (content/countdown/index.ts askForMissedWake).
import { expect, shared as test } from './fixtures';
import { openAt, recordAlerts, guardOff, replyInComposer, storedMessages, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, type ShopBuyer } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';
const A = '日本直邮馆';
const B = '日本直邮馆-大阪店';
const shopOf = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];
const DAYS_3 = 3 * 86_400;

const shopA = (xiaowangAgo: number): ShopBuyer[] => [
  { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: xiaowangAgo }] },
  { name: '阿杰', id: '7302', msgs: [{ dir: 'in', text: '你好', ago: 1800 }, { dir: 'out', text: '您好', ago: 1790 }] },
  { name: '阿强', id: '7303', msgs: [{ dir: 'in', text: '你好', ago: 1700 }, { dir: 'out', text: '您好', ago: 1690 }] },
];
// What a search brings up: two conversations of three days ago, answered then, not on A's list before.
const found: ShopBuyer[] = [
  { name: '老张', id: '7311', msgs: [{ dir: 'in', text: '老问题', ago: DAYS_3 }, { dir: 'out', text: '已处理', ago: DAYS_3 - 60 }] },
  { name: '老刘', id: '7312', msgs: [{ dir: 'in', text: '老问题', ago: DAYS_3 }, { dir: 'out', text: '已处理', ago: DAYS_3 - 60 }] },
];

/** The search: A's cards replaced by `found` (the first one opened), the shop's header unchanged. */
const search = `(() => { window.__unsearched = convs.slice(); convs.splice(0, convs.length, ...load(${JSON.stringify(found)})); cur = 0; render(); })()`;
/** The search cleared: A's list back, with the conversation opened in the search on top. */
const clearSearch = `(() => { convs.splice(0, convs.length, convs[0], ...window.__unsearched); cur = 0; render(); })()`;

test.beforeEach(async ({ context, serviceWorker: sw }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

test('F1: 老张 writes in a search of A, a switch to B 4 s later: he stays A’s though B’s 老张 is answered', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, URL, shopWorkbench(A, shopA(60)));
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', A]]);
  await page.evaluate(search);
  await page.waitForTimeout(2000);
  await page.evaluate(() => window.__buyer(0, '上次的单还能退吗'));
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 10_000 }).toEqual([['小王', A], ['老张', A]]);
  await page.waitForTimeout(3000);
  // A clean switch: B's name and list at once; the same user 7311 asks in B too, and is answered there.
  const shopB: ShopBuyer[] = [
    { name: '老张', id: '7311', msgs: [{ dir: 'in', text: '大阪店能退吗', ago: 3 }] },
    { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '大阪店有货吗', ago: 600 }, { dir: 'out', text: '有的', ago: 590 }] },
    { name: '阿美', id: '7402', msgs: [{ dir: 'in', text: '包邮吗', ago: 900 }, { dir: 'out', text: '包邮', ago: 890 }] },
  ];
  await page.evaluate(([name, list]) => window.__showShop(name, list), [B, shopB] as const);
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 15_000 }).toContainEqual(['老张', B]);
  await replyInComposer(page, '可以退');
  // A's 老张 (and 小王) still wait in A; B's 老张 is answered; nothing of A's moved to B.
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 15_000 }).toEqual([['小王', A], ['老张', A]]);
  const inB = (await storedMessages(sw)).filter((m) => decodeURIComponent(m.conv.split('|')[0]!) === `shop:name:${B}` && m.conv.endsWith('|id:7311'));
  expect(inB.map((m) => m.dir).sort()).toEqual(['in', 'out']); // B's own question and answer only
});

test('F12: a search in A, cleared, nothing more on the page, the alarm late: 「已超时」 alerts all the same', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const alerts = await recordAlerts(sw);
  // 小王 asked 4:35 ago: late in 25 s.
  const page = await openAt(context, URL, shopWorkbench(A, shopA(275)));
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf), { timeout: 10_000 }).toEqual([['小王', A]]);
  await page.evaluate(search);
  await page.waitForTimeout(2000);
  await page.evaluate(() => window.__buyer(0, '上次的单还能退吗'));
  await page.waitForTimeout(2000);
  await page.evaluate(clearSearch);
  await expect.poll(async () => (await waitingConversations(sw)).map(shopOf).sort(), { timeout: 10_000 }).toEqual([['小王', A], ['老张', A]]);
  await page.waitForTimeout(1500);
  // The worker's one alarm comes ten minutes late (as after the PC's clock jumped ahead): only the page can tell.
  const deadline = await sw.evaluate(async () => {
    await chrome.alarms.create('replyguard-next-alert', { when: Date.now() + 600_000 });
    return ((await chrome.storage.local.get('waiting')).waiting as { conversations: { buyerName?: string; deadline: number }[] }).conversations.find((c) => c.buyerName === '小王')!.deadline;
  });
  expect(deadline).toBeGreaterThan(Date.now() + 2000); // still ahead: the alert can come only from the late wake
  await expect.poll(async () => (await alerts()).filter((a) => a.includes(`已超时：小王（${A}）`)).length, { timeout: 40_000 }).toBe(1);
  expect((await waitingConversations(sw)).map((w) => [waitingName(w), w.shop, w.level]).sort()).toEqual([['小王', A, 'breach'], ['老张', A, null]]);
});
