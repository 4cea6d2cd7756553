// Round 58 (timers58): what round 57 left on the countdowns, then a demanding agent's probe.
// 1. timers57 left: a page reloaded while a shop switch is suspected (B's list under A's header) whose header first
//    shows A again (lagging) and only later B did not use the saved suspicion: the reloaded page folded B's name into A
//    (its list never changed since the reload), so B's records stayed under A. The worker now keeps the suspicion while
//    the reloaded page shows the suspected list under A (background/shop-suspects.ts), the page follows it
//    (ShopFollower.resumeSuspicion) and, once the header names B, the records move; a reload showing A's own list drops it.
// 2. The probe: a popup left open (pinned as a tab, or just open) while a buyer's deadline passed kept its first read of
//    today's figures: 「待定 1」 and the old rate beside the same buyer shown 超时 in its own waiting list, until reopened.
import { expect, shared as test } from './fixtures';
import { addRow, printed, row, settled, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, inReplyWindow, openAt, bListUnderAHeader, buyerAndShop, reloadShowing, shopRecords, shopsStored, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, SISTER_SHOPS } from './timers-workbench';

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('timers57 left: reloaded mid-switch, the header lags on A and names B 8 s later: B’s records end under B only', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(150_000);
  const { A, B, b: shopB } = SISTER_SHOPS;
  const { page, before } = await bListUnderAHeader(context, sw, URL);
  await expect.poll(async () => (await shopRecords(sw, A)).length, { timeout: 15_000 }).toBeGreaterThan(before.length);
  await page.waitForTimeout(2000);
  // The reload: the workbench comes back with B's list, but its header still names A (the shop request answers late).
  await reloadShowing(page, shopWorkbench(A, shopB).replace('let cur = 0, seq = 0;', 'let cur = 0, seq = 3;'));
  await page.waitForTimeout(8000);
  await page.evaluate((name) => (document.querySelector('.shopName')!.textContent = name), B);
  await expect.poll(async () => (await waitingConversations(sw)).map(buyerAndShop).sort(), { timeout: 30_000 }).toEqual([
    ['小王', A],
    ['小王', B],
    ['阿美', B],
  ]);
  // Before: the reloaded page folded B's name into A (its list had not changed since it loaded): B waited under A only.
  await expect.poll(() => shopRecords(sw, A), { timeout: 10_000 }).toEqual(before);
  expect(await shopsStored(sw)).toEqual([`shop:name:${A}`, `shop:name:${B}`]);
});

test('timers57 left, the other way: reloaded mid-suspicion onto A’s own list, A is kept and nothing moves when B is opened later', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(150_000);
  const { A, B, a: shopA, b: shopB } = SISTER_SHOPS;
  const { page, before } = await bListUnderAHeader(context, sw, URL);
  // Both of what the page read under A's header: B's 小王 row, and 阿美's card (round 64 holds a card whose countdown it
  // has not seen written up to 2 s for its next write; this page never rewrites it: filed 2 s later).
  await expect.poll(async () => (await shopRecords(sw, A)).length, { timeout: 15_000 }).toBe(before.length + 2);
  const suspectedUnderA = await shopRecords(sw, A);
  await page.waitForTimeout(2000);
  // The reload shows A: header and A's own list (what B's list showed a moment ago was a search, say): A it is.
  await reloadShowing(page, shopWorkbench(A, shopA));
  await page.waitForTimeout(5000);
  // The agent then switches to B for real (header and list together): B's buyers go under B from now, but what A
  // held stays A's: the suspicion was dropped when the reloaded page showed A's own list.
  await page.evaluate(([n, l]) => window.__showShop(n, l), [B, shopB] as const);
  await expect.poll(async () => (await waitingConversations(sw)).some((w) => w.shop === B), { timeout: 30_000 }).toBe(true);
  await page.waitForTimeout(3000);
  expect(await shopRecords(sw, A)).toEqual(suspectedUnderA);
});

test('a popup left open while a buyer’s deadline passes: today’s figures turn the pending message late (not 待定 beside 超时)', async ({ context, serviceWorker: sw, openPopup }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const page = await openAt(context, URL, workbench({ buyer: '小周' }));
  await settled(page);
  // 小周 asked 4:48 ago (printed, server = PC here): about 12 s left.
  const asked = Date.now() - 288_000;
  // Counted only for a buyer message sent 08:00–24:00 Beijing time (as timers-already-waiting: run outside it, nothing moves).
  const counted = inReplyWindow(asked) ? 1 : 0;
  await addRow(page, row('0_7801_1', false, '小周', printed(asked), '发货了吗'));
  await expect.poll(async () => (await waitingConversations(sw)).map(waitingName), { timeout: 10_000 }).toContain('小周');
  const popup = await openPopup();
  const count = async (id: string) => Number(await popup.getByTestId(id).textContent());
  await expect.poll(() => count('today-pending'), { timeout: 10_000 }).toBeGreaterThanOrEqual(counted);
  const [pending, late] = [await count('today-pending'), await count('today-late')];
  await expect(popup.locator('.waiting-row', { hasText: '小周' })).toContainText('超时', { timeout: 20_000 });
  // Before: the popup read today's figures once, and kept 「待定」 for the buyer its own list showed 超时.
  await expect.poll(async () => [await count('today-pending'), await count('today-late')], { timeout: 5000 }).toEqual([pending - counted, late + counted]);
  await popup.close();
  await page.close();
});

test('500 waiting buyers, a deadline passing every 0.5 s: badge 99+, the popup lists all 500 and its main-thread long tasks printed', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(120_000);
  await guardOff(sw);
  const n = 500;
  const refreshMs = await sw.evaluate(async (n) => {
    const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ put(s: string, v: unknown): Promise<unknown> }>; refresh: () => Promise<unknown> } };
    const db = await g.replyguard.ledger();
    const now = Date.now();
    // Deadlines from 8 s on, one every 0.5 s.
    for (let i = 0; i < n; i++) {
      await db.put('messages', { conv: `压测买家${i}`, id: `p${i}`, dir: 'in', ts: now - 292_000 + i * 500, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: now, buyerName: `压测买家${i}` });
    }
    const t = performance.now();
    await g.replyguard.refresh();
    return performance.now() - t;
  }, n);
  await expect.poll(() => badgeText(sw), { timeout: 10_000 }).toBe('99+'); // the badge's four characters; the popup counts them
  const popup = await context.newPage();
  const opened = Date.now();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.waiting-row')).toHaveCount(n, { timeout: 20_000 });
  const listedMs = Date.now() - opened;
  // Long tasks on the popup's main thread over 12 s, while deadlines pass (each one a figures read, one a second at most).
  const longTasks = await popup.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        new PerformanceObserver((l) => seen.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
        setTimeout(() => resolve(seen), 12_000);
      }),
  );
  await expect(popup.locator('.waiting-row .countdown', { hasText: '超时' }).first()).toBeVisible();
  test.info().annotations.push({ type: 'measured', description: `refresh ${Math.round(refreshMs)} ms; popup lists ${n} in ${listedMs} ms; long tasks over 12 s: ${JSON.stringify(longTasks)}` });
  console.log(`[timers58] 500 waiting: refresh ${Math.round(refreshMs)} ms; popup lists ${n} in ${listedMs} ms; long tasks over 12 s: ${JSON.stringify(longTasks)}`);
  // The long tasks are printed, not asserted: speed is a benchmark's figure, not a timed test (a loaded CI machine would
  // make a bound either flaky or too loose to mean anything). What is asserted: all 500 listed, 99+, the passed deadline shown.
  await popup.close();
});
