// Round 56's red team (rt56; timers56b). F1: the PC clock 2 min slow; a buyer already overdue got 「已超时」, and once a
// live row proved the offset the same message, now dated 2 min earlier, got a second 「已超时」 (two tabs reporting
// 120 000 / 0 ms in turn: one per report, 7 in 3 s). F2: a page printing the browser's own zone; the zone correction
// moved the alerted message by an hour and alerted it again. The round-55 "same wait" rule matched the message's time
// within 60 s; a wait is now its anchor message's id (background/timer-state.ts sameEpisodeStep).
import { expect, shared as test, test as fresh } from './fixtures';
import { addRow, open, printed, row, settled, workbench } from './timers-printed-workbench';
import { guardOff, openAt, recordAlerts, waitingConversations, waitingName, type SwGlobal } from './timers-support';
import { shopWorkbench } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

const overdueOf = (alerts: string[], buyer: string) => alerts.filter((a) => a.includes(`已超时：${buyer}`));

test.describe('Beijing', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('PC 2 min slow: the offset learnt after the 已超时 alert gives no second 已超时 for the same message', async ({ context, serviceWorker: sw }) => {
    test.setTimeout(120_000);
    await guardOff(sw);
    const alerts = await recordAlerts(sw);
    const SLOW = 120_000; // server clock = PC + 2 min
    const asked = Date.now() + SLOW - 7 * 60_000; // the buyer asked 7 min ago, server time
    const page = await open(context, workbench({ buyer: '小王', rows: row('0_7301_1', false, '小王', printed(asked), '保温杯什么时候到') }));
    await settled(page);
    await expect.poll(async () => overdueOf(await alerts(), '小王').length, { timeout: 15_000 }).toBe(1);
    const [before] = await waitingConversations(sw);
    // The buyer writes again, printed by the server: the page now knows the PC is ~2 min slow and reports it.
    await addRow(page, row('0_7301_2', false, '小王', printed(Date.now() + SLOW), '在吗'));
    await expect
      .poll(async () => ((await sw.evaluate(async () => (await chrome.storage.local.get('clock-offset'))['clock-offset'])) as { offset: number } | undefined)?.offset ?? 0, {
        timeout: 20_000,
      })
      .toBeGreaterThan(100_000);
    // The timers redraw the message 2 min earlier in PC time (waited ~7:00, not ~5:00): the same wait, still one alert.
    await expect.poll(async () => (await waitingConversations(sw)).map((w) => before!.anchorTs - w.anchorTs > 100_000), { timeout: 15_000 }).toEqual([true]);
    await page.waitForTimeout(2000);
    expect(overdueOf(await alerts(), '小王'), 'one 已超时 for one buyer message').toHaveLength(1);
  });

  test('two tabs reporting offsets 120 000 / 0 ms in turn: one 已超时 per buyer message', async ({ context, serviceWorker: sw }) => {
    test.setTimeout(90_000);
    await guardOff(sw);
    const alerts = await recordAlerts(sw);
    const html = shopWorkbench('日本直邮馆', [{ name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 302 }] }]);
    const URL = 'https://im.kwaixiaodian.com/workbench';
    await openAt(context, URL, html);
    await openAt(context, URL, html);
    await expect.poll(async () => (await waitingConversations(sw)).map((w) => [waitingName(w), w.level]), { timeout: 15_000 }).toEqual([['小王', 'breach']]);
    await expect.poll(async () => overdueOf(await alerts(), '小王').length, { timeout: 10_000 }).toBe(1);
    // Each tab's report as the last one (storage.local `clock-offset`, as a page writes it), three rounds.
    for (const offset of [120_000, 0, 120_000, 0, 120_000, 0]) {
      await sw.evaluate(async (o) => {
        await chrome.storage.local.set({ 'clock-offset': { offset: o, at: Date.now() } });
        await (globalThis as unknown as SwGlobal).replyguard.refresh();
      }, offset);
    }
    await new Promise((r) => setTimeout(r, 1000));
    expect((await alerts()).filter((a) => a.includes('小王')), 'one alert for one buyer message').toHaveLength(1);
  });
});

// A fresh browser: no other spec uses this zone and locale; a shared browser for them would cost the same launch and
// push one of the worker's kept browsers out, to be launched again (fixtures.ts sharedPool keeps three at most).
fresh.describe('a page printing the browser zone (Bangkok, UTC+7)', () => {
  const TZ = 'Asia/Bangkok';
  fresh.use({ timezoneId: TZ, locale: 'zh-CN' });

  fresh('the zone correction of an alerted message gives no second 已超时', async ({ context, serviceWorker: sw }) => {
    fresh.setTimeout(90_000);
    await guardOff(sw);
    const alerts = await recordAlerts(sw);
    const asked = Date.now() - 7 * 60_000; // truly 7:00 ago: overdue either way
    const page = await open(context, workbench({ buyer: '小王', rows: row('a1', false, '小王', printed(asked, TZ), '保温杯什么时候到') }));
    await settled(page);
    // First read as Beijing time: an hour older than it is (the known limit, docs/timers-and-ledger.md "Time").
    await expect.poll(async () => overdueOf(await alerts(), '小王').length, { timeout: 15_000 }).toBe(1);
    const [before] = await waitingConversations(sw);
    // Live rows printed in the browser's zone reveal it; the ledger moves a1 an hour later.
    await addRow(page, row('a2', false, '小王', printed(Date.now(), TZ), '在吗'));
    await page.waitForTimeout(3000);
    await addRow(page, row('a3', false, '小王', printed(Date.now(), TZ), '急'));
    await expect.poll(async () => (await waitingConversations(sw)).map((w) => w.anchorTs - before!.anchorTs > 50 * 60_000), { timeout: 20_000 }).toEqual([true]);
    await page.waitForTimeout(2000);
    expect(overdueOf(await alerts(), '小王'), 'one 已超时 for one wait').toHaveLength(1);
  });
});
