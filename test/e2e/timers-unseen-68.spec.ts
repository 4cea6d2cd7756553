// Round 68 (timers68): the timers' remaining wrong or unheard answers.
// 1. A buyer waiting again because the agent's reply may have been recalled (round 67) was alerted as any buyer
//    (「请尽快回复：X … 剩余 4:10」): the agent, sure they answered, may dismiss it. The desktop alert now says
//    「回复可能已撤回」, for one buyer and, grouped, how many of the group.
// 2. The popup's row is a button whose aria-label replaces its content: its second line (「2 条未回 · 回复可能已撤回」)
//    was never heard. Its description is now the time, then each note of that line, once (Chrome's own computation).
// 3. A shop switch suspected (B's list under A's header) was told to the worker only by the once-a-second shop check:
//    a reload before that check left what the page filed under A meanwhile under A as well as under B. Now the page
//    tells it right before it files (content/watcher/index.ts beforeFiling), ahead of the records.
import type { Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { recallNotice, replyFirstSeenAtTop, workbench } from './timers-printed-workbench';
import { guardOff, openAt, bListUnderAHeader, buyerAndShop, recordAlerts, reloadShowing, setLadder, shopRecords, waitingConversations, waitingName } from './timers-support';
import { shopWorkbench, SISTER_SHOPS } from './timers-workbench';

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('a buyer waiting again after a recall the ledger cannot place: the desktop alert says 回复可能已撤回', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  // The first step 10 s after the buyer's message: due as soon as they wait again (they asked 30 s before).
  await setLadder(sw, [10, 300]);
  const alerts = await recordAlerts(sw);
  const name = '撤回提醒';
  const { page, question, second } = await replyFirstSeenAtTop(context, sw, URL, name);
  await page.close();
  // Answered as far as anyone knows: no alert for them.
  expect((await alerts()).filter((a) => a.includes(name))).toEqual([]);
  // Recalled meanwhile: the workbench, opened again, draws the notice where the reply stood.
  const again = await openAt(context, URL, workbench({ buyer: name, rows: question + recallNotice + second }));
  await expect.poll(async () => (await waitingConversations(sw)).filter((w) => waitingName(w) === name).map((w) => w.replyMaybeRecalled), { timeout: 10_000 }).toEqual([true]);
  await expect.poll(async () => (await alerts()).filter((a) => a.includes(name)), { timeout: 15_000 }).toHaveLength(1);
  const [alert] = (await alerts()).filter((a) => a.includes(name));
  // Before: 「请尽快回复：撤回提醒 / Reply soon 买家已等待 0:4x，剩余 4:1x。…」, as for a buyer never answered.
  expect(alert).toMatch(new RegExp(`^请尽快回复：${name} / Reply soon 回复可能已撤回，仍按未回复计时。买家已等待 \\d:\\d\\d，剩余 \\d:\\d\\d。`));
  expect(alert).toContain('\nYour reply may have been recalled: still timed as unanswered. The buyer has waited');
  await again.close();
});

/** Buyers whose message came `agoMs` before now, each `recalled` one with a later reply the ledger marked maybeRecalled. */
async function seed(sw: Worker, buyers: { name: string; agoMs: number; recalled?: boolean; unanswered?: number }[]): Promise<void> {
  await sw.evaluate(async (buyers) => {
    type Store = { put(v: unknown): Promise<unknown> };
    const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ transaction(s: string, m: string): { store: Store; done: Promise<void> } }>; refresh: () => Promise<unknown> } };
    const db = await g.replyguard.ledger();
    const now = Date.now();
    const base = { tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: now };
    // One transaction: a refresh of the worker's own (its 30 s watch) never sees some of them only (alerted one by one).
    const tx = db.transaction('messages', 'readwrite');
    for (const b of buyers) {
      for (let i = 0; i < (b.unanswered ?? 1); i++) void tx.store.put({ ...base, conv: b.name, id: `u68-${b.name}-in${i}`, dir: 'in', ts: now - b.agoMs + i * 1000, buyerName: b.name });
      if (b.recalled) void tx.store.put({ ...base, conv: b.name, id: `u68-${b.name}-out`, dir: 'out', ts: now - b.agoMs + 5000, maybeRecalled: true });
    }
    await tx.done;
    await g.replyguard.refresh();
  }, buyers);
}

/** Chrome's own accessible name and description of each `.waiting-row` (the tree a screen reader reads, through CDP). */
async function chromeRows(popup: Page): Promise<{ name: string; description: string }[]> {
  const cdp = await popup.context().newCDPSession(popup);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
    return nodes
      .filter((n) => n.role?.value === 'button' && /^打开与 /.test(n.name?.value ?? ''))
      .map((n) => ({ name: n.name!.value, description: n.description?.value ?? '' }));
  } finally {
    await cdp.detach();
  }
}

test('four buyers at one step, two whose reply may be recalled: the grouped alert says how many; the popup rows say all they show', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  await setLadder(sw, [10, 300]);
  const alerts = await recordAlerts(sw);
  // 阿杰 most urgent (4:00 left at most); 小王 and 小李 answered by a reply that may be recalled; 小王 has two messages.
  await seed(sw, [
    { name: '阿杰', agoMs: 60_000 },
    { name: '小王', agoMs: 50_000, recalled: true, unanswered: 2 },
    { name: '小李', agoMs: 45_000, recalled: true },
    { name: '老张', agoMs: 40_000 },
  ]);
  await expect.poll(async () => (await alerts()).filter((a) => a.startsWith('4 位买家等待中')), { timeout: 30_000 }).toHaveLength(1);
  const [group] = (await alerts()).filter((a) => a.startsWith('4 位买家等待中'));
  // Before: 「4 位买家等待中，最急：阿杰 剩 4:00。点击打开最急的会话。」 (the two were not told apart).
  expect(group).toMatch(/^4 位买家等待中 \/ 4 buyers waiting 4 位买家等待中，最急：阿杰 剩 \d:\d\d。其中 2 位的回复可能已撤回。点击打开最急的会话。\n/);
  expect(group).toContain('. 2 of them: your reply may have been recalled. Click to open it.');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = popup.locator('.waiting-row');
  await expect(rows).toHaveCount(4, { timeout: 15_000 });
  await expect(rows.nth(1)).toHaveAttribute('data-conv', '小王');
  // Outside 08:00–24:00 Beijing (the CI runs at any hour) the messages are not counted, and the row says so too.
  await expect(rows.nth(1).locator('.meta')).toHaveText(/^2 条未回( · 不计入（0–8 点）)? · 回复可能已撤回$/);
  // Playwright's reading: the name unchanged, the description the time and then each note, once.
  await expect(rows.nth(1)).toHaveAccessibleName('打开与 小王 的会话');
  // Before: 「剩不到 5 分钟，回复可能已撤回」 (「2 条未回」 unheard) and 「剩不到 5 分钟」 for 阿杰.
  await expect(rows.nth(1)).toHaveAccessibleDescription(/^剩不到 [45] 分钟，2 条未回(，不计入（0–8 点）)?，回复可能已撤回$/);
  await expect(rows.nth(0)).toHaveAccessibleDescription(/^剩不到 [45] 分钟，1 条未回(，不计入（0–8 点）)?$/);
  // Chrome's: the tree a screen reader gets (aria-describedby resolved by the browser itself).
  await expect
    .poll(() => chromeRows(popup), { timeout: 10_000 })
    .toEqual([
      { name: '打开与 阿杰 的会话', description: expect.stringMatching(/^剩不到 [45] 分钟，1 条未回(，不计入（0–8 点）)?$/) },
      { name: '打开与 小王 的会话', description: expect.stringMatching(/^剩不到 [45] 分钟，2 条未回(，不计入（0–8 点）)?，回复可能已撤回$/) },
      { name: '打开与 小李 的会话', description: expect.stringMatching(/^剩不到 [45] 分钟，1 条未回(，不计入（0–8 点）)?，回复可能已撤回$/) },
      { name: '打开与 老张 的会话', description: expect.stringMatching(/^剩不到 [45] 分钟，1 条未回(，不计入（0–8 点）)?$/) },
    ]);
  // The keyboard order is unchanged: one Tab stop (the most urgent row), ↓ and End move the focus.
  await expect(popup.locator('.waiting-row[tabindex="0"]')).toHaveCount(1);
  await expect(rows.nth(0)).toHaveAttribute('tabindex', '0');
  await rows.nth(0).focus();
  await popup.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await popup.keyboard.press('End');
  await expect(rows.nth(3)).toBeFocused();
  await popup.close();
});

test('B’s list under A’s header, the page reloaded as soon as B’s first record is filed under A (before any shop check could tell): B’s records end under B only', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(150_000);
  const { A, B, b: shopB } = SISTER_SHOPS;
  const reloaded = shopWorkbench(B, shopB).replace('let cur = 0, seq = 0;', 'let cur = 0, seq = 3;');
  // B's list (cards and open chat) replaces A's; the header still names A, so B's buyers are filed under A meanwhile.
  const { page, before } = await bListUnderAHeader(context, sw, URL);
  // The agent reloads the moment B's first record is under A (round 57's F4 waited 2 s: checks told the suspicion then).
  await expect.poll(async () => (await shopRecords(sw, A)).length, { timeout: 15_000, intervals: [20] }).toBeGreaterThan(before.length);
  await reloadShowing(page, reloaded);
  // Before (when no check ran between the list and the reload): B's 小王 waited under A as well, A's records kept B's.
  await expect.poll(async () => (await waitingConversations(sw)).map(buyerAndShop).sort(), { timeout: 30_000 }).toEqual([
    ['小王', A],
    ['小王', B],
    ['阿美', B],
  ]);
  await expect.poll(() => shopRecords(sw, A), { timeout: 10_000 }).toEqual(before);
});
