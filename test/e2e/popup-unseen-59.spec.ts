// Round 59 (ux59): a waiting row's screen-reader description was tied to it by its place in the list
// (aria-describedby="waiting-status-<index>"), so a buyer who started waiting at the top moved every row below to a
// new id and the whole list was drawn again. It is tied by the buyer's key now. In the built popup: a new most-urgent
// buyer draws one row, and every row is still described by its own countdown.
import type { Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { guardOff } from './timers-support';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/** Buyers waiting whose deadlines are `inMs` from now (each message already sent). */
async function seed(sw: Worker, buyers: { name: string; inMs: number }[]): Promise<void> {
  await sw.evaluate(async (buyers) => {
    const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ put(s: string, v: unknown): Promise<unknown> }>; refresh: () => Promise<unknown> } };
    const db = await g.replyguard.ledger();
    const now = Date.now();
    for (const [i, b] of buyers.entries()) {
      await db.put('messages', { conv: b.name, id: `u59-${b.name}-${i}`, dir: 'in', ts: now - 300_000 + b.inMs, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: now, buyerName: b.name });
    }
    await g.replyguard.refresh();
  }, buyers);
}

test('a buyer who starts waiting at the top draws one row, not the whole list; each row keeps its own description', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(120_000);
  await guardOff(sw);
  const n = 40;
  // Deadlines 2:10 to 4:46 away; the newcomer's 0:50.
  await seed(sw, Array.from({ length: n }, (_, i) => ({ name: `插队前买家${i}`, inMs: 130_000 + i * 4_000 })));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = popup.locator('.waiting-row');
  await expect(rows).toHaveCount(n, { timeout: 30_000 });
  await expect(rows.first()).toHaveAttribute('data-conv', '插队前买家0');
  // The agent's Tab stop on row 5 (without one, the Tab stop is the most urgent row and moves to the newcomer).
  await rows.nth(5).focus();
  await expect(rows.nth(5)).toHaveAttribute('tabindex', '0');

  // Each drawn row cuts its name (splitTail → Intl.Segmenter): count the names cut while the newcomer arrives.
  await popup.evaluate(() => {
    const w = window as unknown as { cutNames: string[] };
    w.cutNames = [];
    const segment = Intl.Segmenter.prototype.segment;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      if (text) w.cutNames.push(text);
      return segment.call(this, text);
    };
  });
  await seed(sw, [{ name: '插队的新买家', inMs: 50_000 }]);
  await expect(rows).toHaveCount(n + 1, { timeout: 30_000 });
  await expect(rows.first()).toHaveAttribute('data-conv', '插队的新买家');
  // Let any redraw that follows the list change land before counting.
  await popup.waitForTimeout(1500);
  const cut = await popup.evaluate(() => [...new Set((window as unknown as { cutNames: string[] }).cutNames)]);
  expect(cut, `rows drawn again: ${cut.slice(0, 5).join('、')}…`).toEqual(['插队的新买家']);

  // Each row described by its own countdown (ids from the buyer: none repeated, none pointing at another row).
  // Round 68: then the row's second line (「1 条未回」, 「不计入」 outside 08:00–24:00 Beijing), which its aria-label keeps
  // from being read out of the content.
  await expect(rows.first()).toHaveAccessibleDescription(/^(剩不到 1 分钟|已超时)，1 条未回(，不计入（0–8 点）)?$/);
  await expect(rows.last()).toHaveAccessibleDescription(/^剩不到 [45] 分钟，1 条未回(，不计入（0–8 点）)?$/);
  for (const k of [0, 1, 6, n]) {
    const own = await rows.nth(k).locator('.sr-only').textContent();
    await expect(rows.nth(k)).toHaveAccessibleDescription(own!);
  }
  const ids = await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-describedby')));
  expect(new Set(ids).size).toBe(n + 1);
  await expect(rows.nth(6)).toHaveAttribute('tabindex', '0'); // the Tab stop stayed on its buyer (now one place down)
  await popup.close();
});
