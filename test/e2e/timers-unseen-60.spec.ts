// Round 60 (timers60): countdowns, badge, alerts and stats — what round 59 left.
// 1. The agent's reply recalled (撤回) still counted as the answer: the buyer showed answered and on time though the
//    platform sees no reply. Decided (rule 3.1.1: 5分钟内被回复的用户咨询消息; DESIGN.md: on time when the first agent
//    message after it comes within 300 000 ms): a recalled reply is no reply. The buyer waits again from their own
//    message's time (not the recall's), is late if that deadline passed, and a reply sent after the recall answers from
//    its own time. Both ways a page may draw it: the reply's own row turned into the notice (same id), or the row gone
//    and a notice row in its place.
// 2. The popup's hand-recorded satisfaction rating was stamped with the PC's clock, not the server clock the timers
//    use (TimerState.skew): with the PC slow near a month's end it landed in the month before.
// 3. Probed as a demanding agent: a buyer's second message in the same minute after a reply whose header carries a read
//    receipt after its time (「未读」, then 「已读」): the receipt hid the time, the reply was dated when seen (after the
//    buyer's next message) and answered it. Probed and found right (not kept as tests): image-only, sticker-only
//    (background image, no text) and order-card buyer messages each start a wait from their printed time (rule 3.1.1
//    counts every 用户咨询消息; the notes count pictures); a conversation opened from a search result (header and list
//    replaced, the search panel's own item ignored) waits from the printed time, the previous buyer untouched.
import { expect, shared as test } from './fixtures';
import { addRow, printed, row, settled, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, inReplyWindow, openAt, pcClockAt, recordAlerts, storedMessages, todayFigures, waitingConversations, waitingName } from './timers-support';

// Code passed to worker.evaluate() runs where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

const waitingOf = async (sw: Parameters<typeof waitingConversations>[0], name: string) => (await waitingConversations(sw)).filter((w) => waitingName(w) === name);
const recordsOf = async (sw: Parameters<typeof storedMessages>[0], prefix: string) =>
  (await storedMessages(sw)).filter((m) => m.id.startsWith(prefix)).map((m) => `${m.id} ${m.dir}`).sort();

test('popup: a rating entered by hand with the PC 6 min slow at 23:57 on a month’s last day counts in the server’s month (the next), as the card shows', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(90_000);
  const SLOW = 360_000; // server − PC
  // The proof that the PC is 6 min slow, as a workbench tab closed since left it; nobody waiting.
  await sw.evaluate(async (slow) => {
    await chrome.storage.local.set({ 'clock-reports': { tabs: {}, closed: [{ offset: slow, at: Date.now() }] } });
    await (globalThis as unknown as { replyguard: { refresh: () => Promise<unknown> } }).replyguard.refresh();
  }, SLOW);
  try {
    expect(await sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { skew?: number; conversations: unknown[] }))).toMatchObject({ skew: SLOW, conversations: [] });
    // The popup's own clock (the PC's) reads 2026-12-31 23:57:00 Beijing time: the server's is 2027-01-01 00:03:00. Faked in
    // this page alone (an init script, not a Playwright clock: the shared browser's worker keeps real time).
    const pcAt = Date.parse('2026-12-31T23:57:00+08:00');
    const popup = await context.newPage();
    await pcClockAt(popup, pcAt);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const card = popup.getByTestId('satisfaction');
    // Before: the card showed the PC's month (2026-12) with nobody waiting.
    await expect(card.locator('h2 .muted')).toHaveText('2027-01', { timeout: 10_000 });
    await card.locator('button[data-rating="satisfied"]').click();
    await expect(popup.getByTestId('sat-undo')).toBeVisible();
    const manual = () => sw.evaluate(async () => {
      const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ getAll(s: string): Promise<{ at: number; source: string }[]> }> } };
      return (await (await g.replyguard.ledger()).getAll('ratings')).filter((r) => r.source === 'manual').map((r) => r.at);
    });
    const [at] = await manual();
    // Before: stamped 2026-12-31 23:57 (PC time), counted in December.
    expect(new Date(at! + 8 * 3_600_000).toISOString().slice(0, 7)).toBe('2027-01');
    expect(at! - (pcAt + SLOW)).toBeGreaterThanOrEqual(0);
    expect(at! - (pcAt + SLOW)).toBeLessThan(60_000);
    await expect(card.getByTestId('sat-counts')).toContainText('满意 1');
    // Taken back under the same time.
    await popup.getByTestId('sat-undo').click();
    await expect.poll(manual).toEqual([]);
    await popup.close();
  } finally {
    await sw.evaluate(async () => {
      await chrome.storage.local.remove(['clock-offset', 'clock-reports']);
      await (globalThis as unknown as { replyguard: { refresh: () => Promise<unknown> } }).replyguard.refresh();
    });
  }
});

test('the agent recalls a reply (its row turns into 「你撤回了一条消息」): the buyer waits again from their own message; a reply after it answers', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const page = await openAt(context, URL, workbench({ buyer: '撤回回复' }));
  await settled(page);
  const asked = Date.now() - 20_000;
  await addRow(page, row('0_6001_1', false, '撤回回复', printed(asked), '这个有现货吗'));
  await expect.poll(async () => (await waitingOf(sw, '撤回回复')).length, { timeout: 10_000 }).toBe(1);
  const { deadline } = (await waitingOf(sw, '撤回回复'))[0]!;
  await addRow(page, row('0_6001_2', true, '客服小美', printed(Date.now()), '有的亲'));
  await expect.poll(async () => (await waitingOf(sw, '撤回回复')).length, { timeout: 10_000 }).toBe(0);
  // The workbench redraws the recalled reply's own row as the notice.
  await page.evaluate(() => {
    document.querySelector('[id="0_6001_2"] [class*="_msgBody"]')!.textContent = '你撤回了一条消息 重新编辑';
  });
  // Before: the recalled reply still answered the buyer (nobody waiting, the reply kept in the ledger).
  await expect.poll(async () => (await waitingOf(sw, '撤回回复')).map((w) => [w.deadline, w.unanswered]), { timeout: 10_000 }).toEqual([[deadline, 1]]);
  expect(await recordsOf(sw, '0_6001_')).toEqual(['0_6001_1 in']);
  expect(await badgeText(sw)).not.toBe('');
  // The agent writes again: that reply answers, from its own time.
  await addRow(page, row('0_6001_3', true, '客服小美', printed(Date.now()), '有现货的亲，今天下单今天发'));
  await expect.poll(async () => (await waitingOf(sw, '撤回回复')).length, { timeout: 10_000 }).toBe(0);
  expect(await recordsOf(sw, '0_6001_')).toEqual(['0_6001_1 in', '0_6001_3 out']);
  await page.close();
});

test('a reply recalled after the deadline, its row replaced by a notice row: the buyer is late (day’s rate, badge red, 已超时 alert), not on time', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const alerts = await recordAlerts(sw);
  // Asked 6 min ago, answered 1 min later (on time), in the page's history.
  const asked = Math.floor((Date.now() - 360_000) / 1000) * 1000;
  const history = row('0_6002_1', false, '撤回晚了', printed(asked), '发什么快递') + row('0_6002_2', true, '客服小美', printed(asked + 60_000), '顺丰的亲');
  const page = await openAt(context, URL, workbench({ buyer: '撤回晚了', rows: history }));
  await expect.poll(async () => await recordsOf(sw, '0_6002_'), { timeout: 10_000 }).toEqual(['0_6002_1 in', '0_6002_2 out']);
  await settled(page);
  const counted = inReplyWindow(asked) ? 1 : 0;
  const before = await todayFigures(sw, asked + 400_000);
  expect(await waitingOf(sw, '撤回晚了')).toEqual([]);
  // The reply's row goes and a middle row without an id stands in its place.
  await page.evaluate(() => {
    const reply = document.querySelector('[id="0_6002_2"]')!;
    reply.insertAdjacentHTML('beforebegin', '<div class="kwaishop-cs-LayoutMiddleWrapper"><div class="kwaishop-cs-LayoutMiddleWrapper_msgBody">你撤回了一条消息</div></div>');
    reply.remove();
  });
  // Before: still answered on time (no waiting buyer, no alert, the day's onTime kept).
  await expect.poll(async () => (await waitingOf(sw, '撤回晚了')).map((w) => [w.deadline, w.level]), { timeout: 10_000 }).toEqual([[asked + 300_000, 'breach']]);
  expect(await recordsOf(sw, '0_6002_')).toEqual(['0_6002_1 in']);
  await expect.poll(async () => (await alerts()).filter((a) => a.includes('已超时：撤回晚了')).length, { timeout: 15_000 }).toBe(1);
  expect(await sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([207, 19, 34, 255]); // #cf1322
  const after = await todayFigures(sw, asked + 400_000);
  expect([after.onTime, after.late]).toEqual([before.onTime - counted, before.late + counted]);
  await page.close();
});

/** An agent's row whose header carries a read receipt after the time (「未读」, later 「已读」), as chat tools draw it. */
const replyWithReceipt = (id: string, stamp: string, body: string) =>
  `<div id="${id}"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__isMine"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody"><span>客服小美</span><span>${stamp}</span><span class="readStatus">未读</span></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">${body}</div></div></div></div>`;

test('buyer, reply, buyer again in the same minute, the reply marked 未读 → 已读: the wait restarts from the second message', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const page = await openAt(context, URL, workbench({ buyer: '同分钟' }));
  await settled(page);
  const t = Math.floor((Date.now() - 30_000) / 1000) * 1000;
  await addRow(page, row('0_6003_1', false, '同分钟', printed(t), '在吗'));
  await addRow(page, replyWithReceipt('0_6003_2', printed(t + 5000), '在的亲'));
  await expect.poll(async () => (await waitingOf(sw, '同分钟')).length, { timeout: 10_000 }).toBe(0);
  await page.evaluate(() => (document.querySelector('[id="0_6003_2"] .readStatus')!.textContent = '已读'));
  await addRow(page, row('0_6003_3', false, '同分钟', printed(t + 20_000), '这个怎么用'));
  // Before: the reply read as printing no time, dated when seen (after t + 20 s): the second message counted answered.
  await expect.poll(async () => (await waitingOf(sw, '同分钟')).map((w) => [w.deadline, w.unanswered]), { timeout: 10_000 }).toEqual([[t + 20_000 + 300_000, 1]]);
  expect((await storedMessages(sw)).filter((m) => m.id.startsWith('0_6003_')).map((m) => `${m.id} ${m.dir} ${m.ts - t}`).sort()).toEqual(['0_6003_1 in 0', '0_6003_2 out 5000', '0_6003_3 in 20000']);
  await page.close();
});
