// Round 58 (popup58): the popup's waiting list with hundreds of buyers. Its countdowns now tick in place (tickRows)
// and a row is drawn again only when it changed, instead of the whole list every second. What that could break, in
// the built extension: every row reachable by scrolling and by keyboard (one Tab stop, End / ↑ / Home), the soonest
// deadline first, a countdown that still ticks, 超时 when a deadline passes. The speed itself is printed by
// timers-unseen-58.spec.ts (its 500-buyer test), not asserted here.
import type { Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { guardOff } from './timers-support';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/** `n` buyers waiting, their deadlines `firstInMs` from now and then one every 0.5 s (every message already sent). */
async function seedWaiting(sw: Worker, n: number, firstInMs: number): Promise<void> {
  await sw.evaluate(
    async ({ n, firstInMs }) => {
      const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ put(s: string, v: unknown): Promise<unknown> }>; refresh: () => Promise<unknown> } };
      const db = await g.replyguard.ledger();
      const now = Date.now();
      for (let i = 0; i < n; i++) {
        await db.put('messages', { conv: `列表买家${i}`, id: `l${i}`, dir: 'in', ts: now - 300_000 + firstInMs + i * 500, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: now, buyerName: `列表买家${i}` });
      }
      await g.replyguard.refresh();
    },
    { n, firstInMs },
  );
}

async function openPopupWith(page: Page, extensionId: string, n: number): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('.waiting-row')).toHaveCount(n, { timeout: 30_000 });
}

test('300 waiting: soonest first, all reachable by scrolling and by keyboard, a countdown ticks, 超时 when its deadline passes; a tick redraws no row', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(120_000);
  await guardOff(sw);
  const n = 300;
  await seedWaiting(sw, n, 12_000);
  const popup = await context.newPage();
  await openPopupWith(popup, extensionId, n);
  const rows = popup.locator('.waiting-row');

  // The order: the soonest deadline first (列表买家0 … 列表买家299).
  await expect(rows.first()).toHaveAttribute('data-conv', '列表买家0');
  await expect(rows.nth(150)).toHaveAttribute('data-conv', '列表买家150');
  await expect(rows.last()).toHaveAttribute('data-conv', `列表买家${n - 1}`);

  // A tick draws no row again: a redrawn row cuts its name again (splitTail → Intl.Segmenter); over 3 s, with
  // deadlines passing, none may be cut (before round 58: 3 600 cuts, every row every second).
  const cuts = await popup.evaluate(async () => {
    const calls: string[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      calls.push(text);
      return segment.call(this, text);
    };
    await new Promise((resolve) => setTimeout(resolve, 3000));
    Intl.Segmenter.prototype.segment = segment;
    return calls;
  });
  expect(cuts.length, `names cut again: ${cuts.slice(0, 5).join('、')}…`).toBe(0);

  // A countdown still ticks (row 100: about 1:02 left).
  const countdown = rows.nth(100).locator('.countdown');
  const first = await countdown.textContent();
  expect(first).toMatch(/^剩 \d:\d\d$/);
  await expect.poll(() => countdown.textContent(), { timeout: 5000 }).not.toBe(first);

  // 超时 when the first deadline passes, with the breach colour, and said to a screen reader (the row's description).
  await expect(rows.first().locator('.countdown')).toContainText('超时', { timeout: 20_000 });
  await expect(rows.first()).toHaveClass(/level-breach/);
  await expect(rows.first()).toHaveAccessibleDescription(/超时/);
  await expect(rows.nth(n - 1).locator('.countdown')).toHaveText(/^剩 [12]:\d\d$/); // still counting, about 2 min left

  // Reachable by scrolling: the last row scrolled into the list's view.
  await rows.last().scrollIntoViewIfNeeded();
  await expect(rows.last()).toBeInViewport();

  // Reachable by keyboard: one Tab stop; End, ↑ and Home move the focus, each focused row in view.
  await expect(popup.locator('.waiting-row[tabindex="0"]')).toHaveCount(1);
  await rows.first().focus();
  await popup.keyboard.press('End');
  await expect(rows.last()).toBeFocused();
  await expect(rows.last()).toBeInViewport();
  await popup.keyboard.press('ArrowUp');
  await expect(rows.nth(n - 2)).toBeFocused();
  await expect(rows.nth(n - 2)).toBeInViewport();
  await expect(popup.locator('.waiting-row[tabindex="0"]')).toHaveCount(1);
  await popup.keyboard.press('Home');
  await expect(rows.first()).toBeFocused();
  await expect(rows.first()).toBeInViewport();
  await expect(rows.first()).toHaveAccessibleName(/列表买家0/);
  await popup.close();
});
