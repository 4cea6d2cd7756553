// Round 59 (timers59): countdowns, badge, alerts and stats — what round 58 did not probe.
// 1. The popup's re-read of today's figures (components/popup/recount.ts) with the PC's clock off from the server's:
//    the ledger's records are in server time (the printed stamps) and the worker mirrors the deadlines into PC time,
//    but the popup read the figures at the PC's Date.now(). With the PC 2 min slow, the re-read just after a buyer's
//    deadline still judged the message 「待定」 (PC now is 2 min before the server's deadline) — for 2 min beside the
//    same buyer shown 超时 in the popup's own list.
// 2. A message recalled (撤回): the chat shows a notice 「你撤回了一条消息」 / 「对方撤回了一条消息」 in its place. Drawn in the
//    agent's or the buyer's bubble, the notice was read as a message: the agent's own recall notice answered the buyer
//    (countdown gone, counted on time) and the buyer's was a second consultation. Decided (rule 3.1.1, DESIGN.md's
//    per-message semantics): a notice is never a message; the recalled buyer message keeps its place — still waiting
//    from its own time and counted (the buyer did write then; nothing says the platform forgets it, and the other way
//    round a deadline could be shown later than the platform's).
// 3. Asleep and woken with only the popup open (pinned as a tab; the workbench closed or discarded): Chrome runs the
//    worker's alarms by elapsed time, so after a sleep the one alarm is minutes late and the 30-s watch alarm
//    (round 56) up to 30 s; the pages ask for a missed wake each second (round 55), the popup did not: the badge stayed
//    blue and no 「已超时」 alert came while the popup's own list showed 超时. The popup now asks as the pages do.
// 4. The workbench page itself with 500 waiting buyers whose session cards count down each second (as the platform's
//    「X分Y秒后超时」 do): the content script's long tasks while the list updates, printed (a figure, not a timed assert).
import type { Page } from '@playwright/test';
import { closePage, expect, shared as test } from './fixtures';
import { addRow, printed, row, settled, workbench } from './timers-printed-workbench';
import { openWorkbench, workbench as workbenchOf } from './timers-workbench';
import {
  badgeText,
  guardOff,
  inReplyWindow,
  longTaskSummary as summary,
  openAt,
  recordAlerts,
  storedMessages,
  tickCards,
  waitingConversations,
  waitingName,
} from './timers-support';

// Code passed to worker.evaluate() runs where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/** The PC's clock this much behind the server's (as a workbench page proves it from a row's printed second). */
const PC_SLOW_MS = 120_000;

test('PC clock 2 min slow: a popup left open turns the buyer late in today’s figures when its list shows 超时, not 2 min later', async ({ context, serviceWorker: sw, openPopup }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  // The proof that the PC is 2 min slow, as a workbench tab closed since left it (kept until a send proves less:
  // utils/clock-offset.ts withReport), so the page below cannot replace it with its own weaker estimate.
  await sw.evaluate(async (slow) => {
    await chrome.storage.local.set({ 'clock-reports': { tabs: {}, closed: [{ offset: slow, at: Date.now() }] } });
  }, PC_SLOW_MS);
  try {
    const page = await openAt(context, URL, workbench({ buyer: '慢钟买家' }));
    await settled(page);
    // 慢钟买家 asked 4:48 ago in server time (the printed stamp): 12 s left, in the PC's time too once the offset is applied.
    const asked = Date.now() + PC_SLOW_MS - 288_000;
    const counted = inReplyWindow(asked) ? 1 : 0;
    await addRow(page, row('0_5901_1', false, '慢钟买家', printed(asked), '到货了吗'));
    await expect.poll(async () => (await waitingConversations(sw)).map(waitingName), { timeout: 10_000 }).toContain('慢钟买家');
    const popup = await openPopup();
    const count = async (id: string) => Number(await popup.getByTestId(id).textContent());
    await expect.poll(() => count('today-pending'), { timeout: 10_000 }).toBeGreaterThanOrEqual(counted);
    const [pending, late] = [await count('today-pending'), await count('today-late')];
    await expect(popup.locator('.waiting-row', { hasText: '慢钟买家' })).toContainText('超时', { timeout: 30_000 });
    // Before: 「待定」 stayed until the PC's clock reached the server's deadline (2 min later), the re-reads meanwhile
    // (just after the deadline, then every 30 s) all judged at the PC's time.
    await expect.poll(async () => [await count('today-pending'), await count('today-late')], { timeout: 8000 }).toEqual([pending - counted, late + counted]);
    await popup.close();
    await page.close();
  } finally {
    await sw.evaluate(async () => {
      await chrome.storage.local.remove(['clock-offset', 'clock-reports']);
    });
  }
});

test('a recall notice (「你撤回了一条消息」 in the agent’s bubble, 「对方撤回了一条消息」 in the buyer’s) is no reply and no new message: the buyer still waits from the first message', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(60_000);
  await guardOff(sw);
  const page = await openAt(context, URL, workbench({ buyer: '撤回买家' }));
  await settled(page);
  const asked = Date.now() - 20_000;
  await addRow(page, row('0_5902_1', false, '撤回买家', printed(asked), '这个有现货吗'));
  await expect.poll(async () => (await waitingConversations(sw)).map(waitingName), { timeout: 10_000 }).toContain('撤回买家');
  const deadline = (await waitingConversations(sw)).find((w) => waitingName(w) === '撤回买家')!.deadline;
  // The buyer recalls a second message, the agent recalls a reply sent to the wrong buyer: both notices drawn in bubbles.
  await addRow(page, row('0_5902_2', false, '撤回买家', printed(Date.now()), '对方撤回了一条消息'));
  await addRow(page, row('0_5902_3', true, '客服小美', printed(Date.now()), '你撤回了一条消息 重新编辑'));
  await page.waitForTimeout(3000);
  // Before: the agent's notice was a reply (nobody waiting) and the buyer's a second consultation.
  const waiting = (await waitingConversations(sw)).filter((w) => waitingName(w) === '撤回买家');
  expect(waiting.map((w) => [w.deadline, w.unanswered])).toEqual([[deadline, 1]]);
  const mine = (await storedMessages(sw)).filter((m) => m.id.startsWith('0_5902_')).map((m) => `${m.id} ${m.dir}`);
  expect(mine).toEqual(['0_5902_1 in']);
  await page.close();
});

test('woken from sleep with only the popup open: the missed deadline is alerted (once) and the badge turns red within seconds, not at the next alarm', async ({ context, serviceWorker: sw, openPopup }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const alerts = await recordAlerts(sw);
  const page = await openAt(context, URL, workbench({ buyer: '小睡' }));
  await settled(page);
  // 小睡 asked 4:40 ago: late in 20 s.
  await addRow(page, row('0_5903_1', false, '小睡', printed(Date.now() - 280_000), '在吗'));
  await expect.poll(async () => (await waitingConversations(sw)).map(waitingName), { timeout: 10_000 }).toContain('小睡');
  const popup = await openPopup();
  await expect(popup.locator('.waiting-row', { hasText: '小睡' })).toBeVisible({ timeout: 10_000 });
  await closePage(page);
  // As after the laptop slept: the one alarm is 10 min late, and the watch alarm's next run is not counted on
  // (after a wake it comes up to 30 s late, by elapsed time too).
  const deadline = await sw.evaluate(async () => {
    await chrome.alarms.create('replyguard-next-alert', { when: Date.now() + 600_000 });
    await chrome.alarms.clear('replyguard-watch');
    return ((await chrome.storage.local.get('waiting')).waiting as { conversations: { buyerName?: string; deadline: number }[] }).conversations.find((c) => c.buyerName === '小睡')!.deadline;
  });
  expect(deadline).toBeGreaterThan(Date.now() + 2000); // still ahead: the alert can come only from a missed wake noticed
  await expect(popup.locator('.waiting-row', { hasText: '小睡' })).toContainText('超时', { timeout: 30_000 });
  // Before: nothing until the late alarm (10 min): no alert, the badge blue.
  await expect.poll(async () => (await alerts()).filter((a) => a.includes('已超时：小睡')).length, { timeout: 15_000 }).toBe(1);
  expect((await waitingConversations(sw)).find((w) => waitingName(w) === '小睡')?.level).toBe('breach');
  expect(await sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([207, 19, 34, 255]); // #cf1322
  expect(await badgeText(sw)).not.toBe('');
  // Asked once per missed wake: no second alert for the same deadline.
  await popup.waitForTimeout(3000);
  expect((await alerts()).filter((a) => a.includes('已超时：小睡'))).toHaveLength(1);
  await popup.close();
});

/** In `page`: the 500 cards' platform countdowns tick each second for 12 s; the long tasks meanwhile, and the chips drawn. */
const tickCardsAndMeasure = async (page: Page) => ({
  longTasks: await tickCards(page, 12_000),
  chips: await page.locator('[data-replyguard="countdown"]').count(),
});

test('the workbench page with 500 waiting buyers’ cards counting down each second: all 500 wait, chips drawn, the page’s long tasks printed', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(180_000);
  await guardOff(sw);
  const n = 500;
  // Each card shows the platform's own countdown (2:50 down to 1:41 for the 500).
  const buyers = Array.from({ length: n }, (_, i) => ({ name: `卡片买家${i}`, id: String(590_000 + i), timeout: `${Math.floor((170 - (i % 70)) / 60)}分${(170 - (i % 70)) % 60}秒后超时` }));
  // The same page where the extension does not run (a host it does not match): what the page costs by itself.
  await context.route('https://baseline.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: workbenchOf(buyers) }));
  const bare = await context.newPage();
  await bare.goto('https://baseline.invalid/workbench');
  const baseline = await tickCardsAndMeasure(bare);
  await bare.close();
  const opened = Date.now();
  const page = await openWorkbench(context, buyers);
  await expect.poll(async () => (await waitingConversations(sw)).filter((w) => waitingName(w).startsWith('卡片买家')).length, { timeout: 60_000, intervals: [1000] }).toBe(n);
  const filedMs = Date.now() - opened;
  const measured = await tickCardsAndMeasure(page);
  const line = `500 cards counting down for 12 s: without the extension ${summary(baseline.longTasks)}; with it (500 filed in ${filedMs} ms, ${measured.chips} chips) ${summary(measured.longTasks)}`;
  test.info().annotations.push({ type: 'measured', description: line });
  console.log(`[timers59] ${line}`);
  // Printed, not asserted (a loaded machine's timing). Asserted: all 500 wait, and the page draws their chips.
  expect(baseline.chips).toBe(0);
  expect(measured.chips).toBeGreaterThan(0);
  await page.close();
});
