// Round 47's red team on the reply timers (rt47-timers, timers47a).
// 1. A buyer row already on screen printed with a relative time (「3分钟前」, 「10分钟前」) was timed from the moment the
//    extension first saw it (「10分钟前」: 4:56 left, blue badge). Now the label's early end dates it; an unreadable label
//    (「几分钟前」) on a row on screen at open is 可能已超时, never a fresh 5:00; labels re-rendered each minute make no
//    new message.
import { expect, shared as test, test as fresh } from './fixtures';
import { addRow, open, printed, row, settled, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, storedMessages, waitingConversations } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const waiting = waitingConversations;

test('a row on screen at open printed 「10分钟前」 is overdue at once (not 4:56 left)', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t0 = Date.now();
  const rows = row('0_7001_m1', false, '小吴', '10分钟前', '请问这个什么时候发货');
  const page = await open(context, workbench({ buyer: '小吴', rows }));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  const [w] = await waiting(sw);
  // Before: deadline ≈ first seen + 5:00 (4:56 left). Now: sent at least 10 min ago, so overdue by ≥ 5:00.
  expect(w!.deadline).toBeLessThanOrEqual(t0 - 5 * 60_000);
  await expect.poll(() => badgeText(sw)).toBe('1');
  await page.close();
});

test('「3分钟前」 on screen at open leaves at most 2:00, never more', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t1 = Date.now();
  await open(context, workbench({ buyer: '小周', rows: row('0_7002_m1', false, '小周', '3分钟前', '有黑色吗') }));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  const [w] = await waiting(sw);
  const t2 = Date.now();
  // Sent 3:00–4:00 before the page was read (between t1 and t2): the deadline is at most 2:00 after t2 and,
  // taken at the label's early end (4:00 ago), at least 1:00 after t1.
  expect(w!.deadline).toBeLessThanOrEqual(t2 + 2 * 60_000);
  expect(w!.deadline).toBeGreaterThanOrEqual(t1 + 60_000 - 2_000);
});

test('an unreadable label (「几分钟前」) on a row on screen at open is 可能已超时, not a fresh 5:00', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t0 = Date.now();
  const page = await open(context, workbench({ buyer: '小郑', rows: row('0_7003_m1', false, '小郑', '几分钟前', '在吗') }));
  await expect.poll(async () => (await waiting(sw)).map((w) => w.timeUnknown ?? false)).toEqual([true]);
  const [w] = await waiting(sw);
  expect(w!.deadline).toBeLessThanOrEqual(Date.now());
  expect(w!.deadline).toBeGreaterThanOrEqual(t0 - 5 * 60_000 - 2_000);
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('[data-replyguard=countdown]')].map((e) => e.shadowRoot?.textContent ?? '').join(''))).toContain('可能已超时');
});

test('labels re-rendered each minute (刚刚 → 1分钟前 → 2分钟前) after the reply make no new waiting message', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: '小何' }));
  await settled(page);
  // Window-relative row ids (cs-common-message-list-item-N) as the red team's q-relabel.mjs: ids that name no message.
  await addRow(page, row('cs-common-message-list-item-0', false, '小何', '刚刚', '这款有黑色吗'));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  // A buyer row arriving live labelled 「刚刚」 gets its full 5:00 from the moment it showed up (not 4:00).
  const [w] = await waiting(sw);
  expect(w!.deadline).toBeGreaterThan(Date.now() + 4 * 60_000);
  await addRow(page, row('cs-common-message-list-item-1', true, '客服', '刚刚', '有的亲，黑色有现货'));
  await expect.poll(async () => (await waiting(sw)).length).toBe(0);
  for (const [k, label] of ['1分钟前', '2分钟前'].entries()) {
    await page.evaluate((l) => {
      for (const el of document.querySelectorAll('.kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody span:last-child')) el.textContent = l;
    }, label);
    // A sentinel reply added after the relabel: once it is stored, the watcher has read the relabelled rows too.
    await addRow(page, row(`cs-common-message-list-item-${2 + k}`, true, '客服', label, `还有其他问题吗${k}`));
    await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.dir === 'out').length).toBe(2 + k);
  }
  // The relabelled rows are the same messages: one buyer message stored, nobody waiting.
  expect((await storedMessages(sw)).filter((m) => m.dir === 'in').length).toBe(1);
  await expect.poll(async () => (await waiting(sw)).length).toBe(0);
  expect(await badgeText(sw)).toBe('');
});

// 2. The workbench tab discarded by the memory saver while a buyer waits: clicking the buyer in the popup said 「没有找到显示
//    该会话的标签页」 and left the tab asleep. Now the tab is woken (activated: Chrome reloads it) and the conversation opened
//    once it has loaded — the same path as an alert click (background/timers.ts focusConversation).
// A fresh browser: it discards the background tabs (the shared browser's reset does not undo that).
fresh('a waiting buyer clicked in the popup while the workbench tab is discarded wakes the tab and opens the conversation', async ({ context, serviceWorker: sw, extensionId }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: '小孙' }));
  await settled(page);
  await addRow(page, row('0_6001_m1', false, '小孙', printed(Date.now()), '发票怎么开'));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  const blank = await context.newPage();
  await blank.goto('about:blank');
  await blank.bringToFront();
  // Every tab in the background is discarded (the extension cannot see tab URLs: no "tabs" permission).
  const asleep = await sw.evaluate(async () => {
    const ids: number[] = [];
    for (const tab of await chrome.tabs.query({ active: false })) if ((await chrome.tabs.discard(tab.id!).catch(() => undefined))?.discarded) ids.push(tab.id!);
    return ids;
  });
  expect(asleep.length).toBeGreaterThan(0);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: /小孙/ }).first().click();
  // The workbench tab is awake and in front, showing the buyer; the popup never said there was no tab.
  await expect
    .poll(async () => {
      const wb = context.pages().find((p) => p.url().startsWith('https://im.kwaixiaodian.com/'));
      if (!wb) return 'no workbench page';
      return wb.evaluate(() => `${document.visibilityState} ${document.documentElement.hasAttribute('data-replyguard-chat')} ${document.getElementById('hdr')?.textContent}`).catch(() => 'loading');
    }, { timeout: 30_000 })
    .toBe('visible true 小孙');
  if (!popup.isClosed()) await expect(popup.getByText('没有找到显示该会话的标签页')).toHaveCount(0);
});

// 4. 200 waiting buyers were 200 Tab stops in the popup before the 30-day chart and the rating buttons. Now the list is
//    one Tab stop (roving tabindex): ↑ ↓ Home End move between rows, Enter opens.
test('the popup’s waiting list is one Tab stop; ↑ ↓ Home End move between buyers', async ({ context, serviceWorker: sw, extensionId }) => {
  await guardOff(sw);
  const n = 40;
  await sw.evaluate(async (n) => {
    const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ put(s: string, v: unknown): Promise<unknown> }>; refresh: () => Promise<unknown> } };
    const db = await g.replyguard.ledger();
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      await db.put('messages', { conv: `买家${i}`, id: `m${i}`, dir: 'in', ts: now - 10_000 - i * 1000, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: now, buyerName: `买家${i}` });
    }
    await g.replyguard.refresh();
  }, n);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = popup.locator('.waiting-row');
  await expect(rows).toHaveCount(n);
  await expect(popup.locator('.waiting-row[tabindex="0"]')).toHaveCount(1);
  // The most urgent (买家39, waiting longest) is the list's Tab stop.
  await popup.locator('.waiting-row[tabindex="0"]').focus();
  const focused = () => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.conv ?? document.activeElement?.tagName ?? null);
  const first = await focused();
  await popup.keyboard.press('ArrowDown');
  await expect.poll(focused).not.toBe(first);
  const second = await focused();
  await expect(popup.locator('.waiting-row[tabindex="0"]')).toHaveAttribute('data-conv', second!);
  await popup.keyboard.press('End');
  await expect.poll(focused).toBe(await rows.nth(n - 1).getAttribute('data-conv'));
  await popup.keyboard.press('Home');
  await expect.poll(focused).toBe(first);
  await popup.keyboard.press('ArrowUp'); // already at the top: stays
  await expect.poll(focused).toBe(first);
  // One Tab leaves the list.
  await popup.keyboard.press('Tab');
  await expect.poll(async () => popup.evaluate(() => document.activeElement?.classList.contains('waiting-row') ?? false)).toBe(false);
  await expect(popup.locator('#waiting-keys-help')).toBeVisible();
});

// 5. The chart's 「100%」 axis label started 2.5 px left of the svg (its 「1」 clipped); at 360 px the popup (fixed 380 px)
//    scrolled sideways and 「设置与导出」 was cut.
test('the chart’s axis labels lie inside the svg, and the popup fits a 360 px wide view', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Polled: a re-read soon after the popup opens (since round 60 also when the worker's clock offset is first known with
  // nobody waiting) can redraw the chart, which is absent for a moment while its days are computed (null: not drawn yet).
  await expect
    .poll(() =>
      popup.evaluate(() => {
        const svg = document.querySelector('svg.chart')?.getBoundingClientRect();
        const labels = [...document.querySelectorAll('svg.chart text')];
        if (!svg || labels.length === 0) return null;
        return labels.filter((t) => t.getBoundingClientRect().left < svg.left - 0.01).map((t) => t.textContent);
      }),
    )
    .toEqual([]);
  await popup.setViewportSize({ width: 360, height: 700 });
  await expect.poll(() => popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
