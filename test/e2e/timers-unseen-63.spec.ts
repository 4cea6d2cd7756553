// Round 63 (timers63): two wrong answers round 62 left in the popup and the reply timers.
// 1. A recalled reply that printed no time (dated when first seen) was not found by its notice's place after a reload
//    (rows without workbench ids): dated a moment after the buyer's next message was printed (the PC's clock a second
//    ahead), it was not "between" the rows around the notice, so it kept answering both questions. Now a row dated when
//    seen keeps the row first drawn above it, and the ledger finds it by that.
// 2. The popup's snapshot (the last open's figures, drawn at once) was stamped with the PC's clock while its figures
//    were judged on the popup's own (server time: PC + the worker's skew): a PC 3 min slow just after Beijing midnight
//    drew yesterday's figures as today's. Now stamped and judged on the popup's clock. And the 「守卫已关闭」 warning's pause
//    time (「自 … 起关闭」) is given as its resume time is: Beijing time, then the PC's own when in another zone.
import type { Page } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { optionsWith } from './popup-support';
import { addRow, bare, printed, recallNotice, settled, workbench } from './timers-printed-workbench';
import { guardOff, openAt, pcClockAt, recordsOf, waitingConversations, waitingName } from './timers-support';

// Code passed to worker.evaluate() runs where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

type Refresh = { replyguard: { refresh: () => Promise<unknown> } };

test.describe('the popup snapshot on the popup’s clock', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('a PC 3 min slow: the figures read at 23:58 server time are drawn at once at 23:58:40, never at 00:01 (the PC still at 23:58)', async ({ context, serviceWorker: sw, extensionId }) => {
    test.setTimeout(90_000);
    const SLOW = 180_000; // server − PC
    // The proof that the PC is 3 min slow, as a workbench tab closed since left it (timers-unseen-60).
    await sw.evaluate(async (slow) => {
      await chrome.storage.local.set({ 'clock-reports': { tabs: {}, closed: [{ offset: slow, at: Date.now() }] } });
      await (globalThis as unknown as Refresh).replyguard.refresh();
    }, SLOW);
    try {
      expect(await sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { skew?: number }).skew)).toBe(SLOW);
      // A popup whose own clock (the PC's) reads `pcAt`, faked in that page alone (the shared browser's worker keeps real
      // time); it records every snapshot note it ever draws, from the first frame.
      const popupAt = async (pcAt: string): Promise<Page> => {
        const popup = await context.newPage();
        await pcClockAt(popup, Date.parse(pcAt));
        await popup.addInitScript(() => {
          const notes: string[] = [];
          (window as unknown as { notes: string[] }).notes = notes;
          new MutationObserver(() => {
            const note = document.querySelector('[data-testid="snapshot-note"]')?.textContent;
            if (note && notes[notes.length - 1] !== note) notes.push(note);
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
        await popup.goto(`chrome-extension://${extensionId}/popup.html`);
        return popup;
      };
      const notes = (popup: Page) => popup.evaluate(() => (window as unknown as { notes: string[] }).notes);
      // The popup's figures read again once it knows the worker's skew (recount.ts), and THAT read's snapshot saved (its skew
      // is the server's): the shared browser keeps the extension origin's localStorage, so an earlier test's snapshot may be
      // there (in a full run one was, and the test closed the popup before the second read's save).
      // Polled as what it saw (reads ≥ 2, the saved snapshot's skew), so a failure says which half was missing.
      const readTwice = (popup: Page) =>
        popup.evaluate(() => ({
          readTwice: performance.getEntriesByName('rg:figures').length >= 2,
          // To the second (round 69): the popup takes the skew as its clock's reading less Date.now() read a moment later, so a
          // millisecond can pass between them (179,999 in the fresh clone fc114); an earlier test's snapshot is 0 or minutes off.
          snapshotSkew: ((skew) => (skew === undefined ? skew : Math.round(skew / 1000) * 1000))(
            (JSON.parse(localStorage.getItem('replyguard-popup-snapshot') ?? 'null') as { skew?: number } | null)?.skew,
          ),
        }));
      const done = { readTwice: true, snapshotSkew: SLOW };

      // 23:55 on the PC, 23:58 on the server: the figures are read again on the server's clock, and that is the snapshot.
      const first = await popupAt('2026-12-06T23:55:00+08:00');
      await expect.poll(() => readTwice(first), { timeout: 15_000 }).toEqual(done);
      await first.close();

      // 40 s later, the same Beijing day on both clocks: the snapshot is drawn at once, labelled with the PC's time of its read.
      const same = await popupAt('2026-12-06T23:55:40+08:00');
      await expect(same.locator('html[data-fresh]')).toBeAttached({ timeout: 15_000 });
      expect(await notes(same)).toEqual([expect.stringMatching(/^以下为 23:55:\d\d 的数据，正在更新…$/)]);
      await expect.poll(() => readTwice(same), { timeout: 15_000 }).toEqual(done);
      await same.close();

      // 23:58 on the PC is 00:01 on the server, the next Beijing day. Before: the snapshot, stamped 23:55 (PC), was drawn as today's.
      const next = await popupAt('2026-12-06T23:58:00+08:00');
      await expect(next.locator('html[data-fresh]')).toBeAttached({ timeout: 15_000 });
      expect(await notes(next)).toEqual([]);
      await next.close();
    } finally {
      await sw.evaluate(async () => {
        await chrome.storage.local.remove(['clock-offset', 'clock-reports']);
        await (globalThis as unknown as Refresh).replyguard.refresh();
      });
    }
  });
});

test.describe('the guard’s pause time abroad', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'zh-CN' });

  test('turned off for good: 「自 北京时间 …（本机时间 …） 起关闭」 in the popup and the options page, as the resume time is shown', async ({ context, extensionId, openPopup }) => {
    // Paused at Beijing 15:18 on 12-6, i.e. 23:18 on 12-5 in Los Angeles (UTC-8 in December): named so in both clocks.
    const offSince = Date.parse('2026-12-06T15:18:00+08:00');
    const options = await optionsWith(context, extensionId, { guard: { enabled: false, offSince, deny: [], allow: [], ruleSeverity: {} } });
    // Before: 「自 北京时间 12/6 15:18 起关闭」, the PC's own time left out.
    const detail = /^违规回复不会被拦下；不会自动恢复（自 北京时间 12\/6 15:18（本机时间 12\/5 23:18） 起关闭）。$/;
    await expect(options.getByTestId('guard-off-detail')).toHaveText(detail);
    const popup = await openPopup();
    await expect(popup.getByTestId('guard-off-detail')).toHaveText(detail);
    // Back on for the tests after this one (the browser is shared).
    await popup.getByTestId('guard-turn-on').click();
    await expect(popup.getByTestId('guard-off')).toHaveCount(0);
  });
});

test.describe('a recalled reply that printed no time', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('dated when seen, a second after the buyer’s next message was printed; recalled, reloaded: withdrawn, both questions wait', async ({ context, serviceWorker: sw }) => {
    test.setTimeout(90_000);
    await guardOff(sw);
    const name = '无时撤回';
    const waiting = async () => (await waitingConversations(sw)).filter((w) => waitingName(w) === name).map((w) => [w.deadline, w.level, w.unanswered]);
    // Asked 6 min ago, in the page's history.
    const asked = Math.floor((Date.now() - 360_000) / 1000) * 1000;
    const question = bare(false, name, printed(asked), '发什么快递');
    const page = await openAt(context, 'https://im.kwaixiaodian.com/workbench', workbench({ buyer: name, rows: question }));
    await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([`in ${asked}`]);
    await settled(page);
    // The agent's reply arrives live, printing no time: dated when seen.
    await addRow(page, bare(true, '客服小美', '', '顺丰的亲'));
    await expect.poll(async () => (await recordsOf(sw, name)).length, { timeout: 10_000 }).toBe(2);
    const replied = Number((await recordsOf(sw, name)).find((r) => r.startsWith('out '))!.slice(4));
    // The buyer's next message below it, printed a second before the reply's record (this PC a second ahead of the server).
    const next = Math.floor(replied / 1000) * 1000 - 1000;
    const second = bare(false, name, printed(next), '今天能发吗');
    await addRow(page, second);
    await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([`in ${asked}`, `in ${next}`, `out ${replied}`]);
    expect(await waiting()).toEqual([]);
    await page.close();
    // Recalled meanwhile: the workbench, opened again, draws the notice where the reply stood.
    const again = await openAt(context, 'https://im.kwaixiaodian.com/workbench', workbench({ buyer: name, rows: question + recallNotice + second }));
    // Before: the reply, dated after 「今天能发吗」, was not between the rows around the notice: kept, nobody waiting.
    await expect.poll(waiting, { timeout: 10_000 }).toEqual([[asked + 300_000, 'breach', 2]]);
    expect(await recordsOf(sw, name)).toEqual([`in ${asked}`, `in ${next}`]);
    await again.close();
  });
});
