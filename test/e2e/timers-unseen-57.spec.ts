// Round 57 (timers57): what round 56 left on the countdowns.
// 1. rt54 F4: shop B's list replaced A's under A's header, and the page was reloaded before the header named B: what
//    the watcher filed under A meanwhile (B's buyers) stayed under A as well as under B. The page now tells the worker
//    per tab what it suspects (background/shop-suspects.ts), and the page loaded then resumes the decision.
// 2. Two workbench tabs whose pages hold different clock evidence: each page renewed its server − PC estimate in the
//    one `clock-offset` slot, the last report won, and the countdowns jumped once a minute. Now each tab's report is
//    kept apart and the largest counts (utils/clock-offset.ts combinedOffset); a closed tab's proof of a slow PC stays.
// The extension's worker and this test share the machine's real clock, so a PC clock off from the server's is played
// by pages printing server times off from the real clock (what matters is server − PC), as in timers-unseen-45.
import type { Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { addRow, printed, row, settled, workbench } from './timers-printed-workbench';
import { guardOff, openAt, bListUnderAHeader, buyerAndShop, reloadShowing, shopRecords, shopsStored, waitingConversations, waitingName, type SwGlobal } from './timers-support';
import { shopWorkbench, SISTER_SHOPS } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

const URL = 'https://im.kwaixiaodian.com/workbench';
/** The waiting buyer's deadline (PC time) as the worker mirrors it for the chips and the popup. */
const deadlineOf = async (sw: Worker, buyer: string) => (await waitingConversations(sw)).find((w) => waitingName(w) === buyer)?.deadline ?? null;
/** The latest page report (round 45's key: a page wrote it before round 57, the worker mirrors each report to it since). */
const latestOffset = (sw: Worker) =>
  sw.evaluate(async () => ((await chrome.storage.local.get('clock-offset'))['clock-offset'] as { offset: number } | undefined)?.offset ?? null);

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('two tabs, one proving the PC 2 min slow and one only 30 s: the deadline stays where the 2-min proof puts it, also once that tab closes', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  await guardOff(sw);
  const SLOW = 120_000; // the server's clock = PC + 2 min
  // Tab A: 小王 asked 90 s ago (server time) and writes again now, live: that row proves the PC at least ~2 min slow.
  const t0 = Date.now();
  const a = await openAt(context, URL, workbench({ buyer: '小王', rows: row('0_7501_1', false, '小王', printed(t0 + SLOW - 90_000), '保温杯什么时候到') }));
  await settled(a);
  await addRow(a, row('0_7501_2', false, '小王', printed(Date.now() + SLOW), '在吗'));
  // Once A's report counts, the deadline (PC time) is printed + 5:00 − 2:00 ≈ t0 + 3:30 (t0 + 5:30 by the PC's own clock).
  await expect.poll(() => deadlineOf(sw, '小王'), { timeout: 20_000 }).toBeLessThanOrEqual(t0 + 240_000);
  const proven = (await deadlineOf(sw, '小王'))!;

  // Tab B: a row it saw 90 s late (a background tab): its page proves only that the PC is ≥ 30 s slow, and reports that.
  const b = await openAt(context, URL, workbench({ buyer: '小李' }));
  await settled(b);
  await addRow(b, row('0_7502_1', false, '小李', printed(Date.now() + 30_000), '在吗'));
  await expect.poll(() => deadlineOf(sw, '小李'), { timeout: 20_000 }).not.toBeNull();
  await expect.poll(() => latestOffset(sw), { timeout: 20_000 }).toBeLessThan(60_000);
  await b.waitForTimeout(1500); // the worker's refresh after the report
  // Before: B's report was the last one, so 小王's deadline moved ~90 s LATER than A proved it.
  expect((await deadlineOf(sw, '小王'))! - proven, '小王 deadline moved by (ms), after tab B reported 30 s').toBeLessThanOrEqual(1000);

  // Tab A closes: a closed tab does not set the PC's clock right, so its proof still counts (B has no send to say otherwise).
  await a.close();
  await b.waitForTimeout(1000);
  await sw.evaluate(() => (globalThis as unknown as SwGlobal).replyguard.refresh());
  expect((await deadlineOf(sw, '小王'))! - proven, '小王 deadline moved by (ms), after tab A closed').toBeLessThanOrEqual(1000);
});

test('F4: B’s list under A’s header, the page reloaded before the header names B: B’s records end under B only, A’s 小王 still waits in A', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(150_000);
  const { A, B, b: shopB } = SISTER_SHOPS;
  const recordsOf = (shop: string) => shopRecords(sw, shop);
  // B's list (cards and open chat) replaces A's; the header still names A, so B's buyers are filed under A meanwhile.
  const { page, before } = await bListUnderAHeader(context, sw, URL);
  await expect.poll(async () => (await recordsOf(A)).length, { timeout: 15_000 }).toBeGreaterThan(before.length);
  await page.waitForTimeout(2000);
  // The agent reloads: the workbench comes back showing B, header and list (B's messages keep their ids, as the
  // workbench's do: this page numbered A's three messages first).
  await reloadShowing(page, shopWorkbench(B, shopB).replace('let cur = 0, seq = 0;', 'let cur = 0, seq = 3;'));
  await expect.poll(async () => (await waitingConversations(sw)).map(buyerAndShop).sort(), { timeout: 30_000 }).toEqual([
    ['小王', A],
    ['小王', B],
    ['阿美', B],
  ]);
  // Before: B's 小王 and 阿美 waited under A as well (five waiting, A's records grown by B's two).
  await expect.poll(() => recordsOf(A), { timeout: 10_000 }).toEqual(before);
  expect(await shopsStored(sw)).toEqual([`shop:name:${A}`, `shop:name:${B}`]);
});
