// Round 59 (rt59, the blind red team on the options page, popup and privacy):
// F1: turning 「保存消息原文」 off left every text it kept in the ledger (90 days) and in 「导出全部数据 JSON」, with no word.
//     Now the page counts them, offers to delete them (a confirm in the page; Enter deletes, Esc keeps), keeps offering
//     while any remain, and the export carries none while the box is off. Deleting changes no figure.
// F2: the 「守卫已关闭」 warning printed the resume time on the PC's clock with no zone (an agent in Los Angeles who chose
//     北京时间 24:00 read 「08:00 自动恢复」 as Beijing 08:00). Now it is Beijing time, named, with the PC's own time after.
// Side note: storage.session kept each tab's full address, query string included (a query can carry a buyer's phone).
import fs from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith } from './popup-support';

const PHONE = '13912345678';
// Kept texts seeded for the batch test: 3,000 here (6 batches of 500: enough to prove the batching and the progress, at a few seconds of
// the suite's time); RG_KEPT_TEXTS=100000 for the 90-day figure (opts59 measured 30,000 and 100,000: docs/timers-and-ledger.md).
const KEPT = Number(process.env.RG_KEPT_TEXTS ?? 3_000);
const shown = KEPT.toLocaleString('en-US');
declare const chrome: typeof import('wxt/browser').browser;

type Probe = { replyguard: { ledger(): Promise<{ getAll(s: string): Promise<{ text?: string }[]> }>; queries: { todayFigures(db: unknown, now: number): Promise<unknown> } } };
const ledgerTexts = (sw: Worker) =>
  sw.evaluate(async () => {
    const db = await (globalThis as unknown as Probe).replyguard.ledger();
    return [...(await db.getAll('messages')), ...(await db.getAll('lint'))].map((m) => m.text).filter(Boolean);
  });
const todayFigures = (sw: Worker) =>
  sw.evaluate(async () => {
    const g = (globalThis as unknown as Probe).replyguard;
    return JSON.stringify(await g.queries.todayFigures(await g.ledger(), Date.now()));
  });
const exportJson = async (opts: Page) => {
  const download = opts.waitForEvent('download');
  await opts.getByRole('button', { name: '导出全部数据 JSON' }).click();
  return fs.readFileSync((await (await download).path())!, 'utf8');
};

test.describe('kept message texts (rt59 F1)', () => {
  test('unticking 保存消息原文 says how many texts are kept and deletes them on Enter; Esc keeps them, out of the export', async ({ context, extensionId, openDemo, serviceWorker }) => {
    const opts = await optionsWith(context, extensionId, {});
    const box = opts.getByRole('checkbox', { name: /保存消息原文/ });
    await box.check();
    await expect.poll(async () => opts.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { storeText?: boolean }).storeText)).toBe(true);

    // A buyer writes a phone number and the agent answers, while texts are kept.
    const wb = await openDemo('workbench', { auto: 0, buyers: 2, history: 0 });
    await wb.locator('html[data-replyguard-attached]').waitFor({ state: 'attached' });
    await wb.evaluate((phone) => (window as unknown as { demo: { buyerSays(c: number, t: string): void } }).demo.buyerSays(1, `我的手机号${phone}，地址是幸福路8号`), PHONE);
    const editor = wb.locator('.SendBox .SendBox-Editor .ql-editor');
    await expect.poll(() => ledgerTexts(serviceWorker), { timeout: 15_000 }).toHaveLength(1);
    await editor.click();
    await wb.keyboard.insertText('好的，已记下您的地址，今天发货');
    await wb.keyboard.press('Enter');
    await expect.poll(() => ledgerTexts(serviceWorker), { timeout: 15_000 }).toHaveLength(2);
    const figures = await todayFigures(serviceWorker);

    // Off: the confirm says how many, in the page, with the delete button focused.
    await opts.bringToFront();
    await box.uncheck();
    const ask = opts.getByRole('dialog', { name: '删除已保存的消息原文？' });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText('此前保存的 2 条原文仍在本机');
    await expect(ask).toContainText('回复率、满意度和拦截记录的统计都不变');
    await expect(ask).toContainText('选“暂不删除”（或按 Esc）：原文留在本机，导出时不含原文');
    await expect(ask.getByRole('button', { name: '删除原文（2 条）' })).toBeFocused();

    // Esc = 暂不删除: the texts stay, the page says so and keeps offering; the export leaves them out.
    await opts.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(box).not.toBeChecked();
    await expect(box).toBeFocused();
    await expect(opts.getByTestId('kept-text')).toContainText('仍保存着 2 条此前保存的消息原文');
    expect(await ledgerTexts(serviceWorker)).toHaveLength(2);
    const exported = await exportJson(opts);
    expect(exported).toContain('"messages"');
    expect(exported).not.toContain(PHONE);
    expect(exported).not.toContain('幸福路');

    // The button beside the box: the same confirm; Enter (its default action) deletes.
    await opts.getByRole('button', { name: '删除已保存的消息原文（2 条）' }).click();
    await expect(ask).toBeVisible();
    await opts.keyboard.press('Enter');
    await expect(opts.getByTestId('kept-text-result')).toHaveText('已删除 2 条消息原文；编号、时间和统计都保留。');
    expect(await ledgerTexts(serviceWorker)).toEqual([]);
    expect(await todayFigures(serviceWorker), 'no figure changes').toBe(figures);
    await expect(opts.getByTestId('kept-text')).toHaveCount(0);
    await expect(box).toBeFocused();
    // The page opened again: nothing is left to offer.
    await opts.reload();
    await expect(opts.getByRole('checkbox', { name: /保存消息原文/ })).not.toBeChecked();
    await opts.waitForTimeout(500);
    await expect(opts.getByTestId('kept-text')).toHaveCount(0);
  });

  test(`${shown} kept texts are counted and deleted in batches, the page never frozen`, async ({ context, extensionId }) => {
    if (KEPT > 30_000) test.setTimeout(600_000); // the measurement run only
    const opts = await optionsWith(context, extensionId, { storeText: false });
    // Seeded straight into the ledger (the options page opens it: same extension origin), 5,000 a transaction.
    const seeded = await opts.evaluate(async ([phone, kept]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('replyguard-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const start = Date.now() - 89 * 86_400_000;
      for (let from = 0; from < kept; from += 5000) {
        const tx = db.transaction('messages', 'readwrite');
        for (let i = from; i < Math.min(from + 5000, kept); i++) {
          const ts = start + i * 76_000;
          tx.objectStore('messages').put({ site: 'kuaishou', conv: `shop|buyer${i % 3000}`, id: `m${i}`, dir: i % 2 ? 'out' : 'in', ts, tsSource: 'page', history: false, source: 'row', seenAt: ts, text: `买家 ${i}：我的手机号${phone}` });
        }
        await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
      }
      db.close();
      return kept;
    }, [PHONE, KEPT] as const);
    expect(seeded).toBe(KEPT);
    const countStart = Date.now();
    await opts.reload();
    const note = opts.getByTestId('kept-text');
    await expect(note).toContainText(`仍保存着 ${shown} 条`, { timeout: 60_000 });
    const countMs = Date.now() - countStart;

    // The progress line is recorded by the page itself: on a fast machine the whole deletion can end between two of
    // Playwright's polls (it failed so in CI once: the line came and went unseen).
    await opts.evaluate(() => {
      const w = window as unknown as { longest: number; progressSeen: string[] };
      w.longest = 0;
      w.progressSeen = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration)))).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid="kept-text-progress"]')?.textContent;
        if (line && w.progressSeen.at(-1) !== line) w.progressSeen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    await opts.getByRole('button', { name: `删除已保存的消息原文（${shown} 条）` }).click();
    // Enter only once the confirm holds focus: pressed sooner it lands on the button that opens it.
    await expect(opts.getByTestId('kept-text-confirm')).toBeFocused();
    await opts.keyboard.press('Enter');
    const result = opts.getByTestId('kept-text-result');
    await expect(result).toHaveText(`已删除 ${shown} 条消息原文；编号、时间和统计都保留。`, { timeout: Math.max(90_000, KEPT * 4) });
    const stripMs = Date.now() - started;
    const longestBatchMs = Number(await result.getAttribute('data-longest-batch-ms'));
    const longestTaskMs = await opts.evaluate(() => (window as unknown as { longest: number }).longest);
    // Progress was shown while it ran, counting against the whole.
    const progressSeen = await opts.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progressSeen.some((line) => line.startsWith('正在删除原文…') && line.endsWith(` / ${shown}`)), progressSeen.join(' | ')).toBe(true);
    console.log(`${shown} kept texts: counted in ${countMs} ms (page load included), deleted in ${stripMs} ms; longest batch ${longestBatchMs} ms, longest task ${Math.round(longestTaskMs)} ms`);
    // Responsive all along: no single task of the page held it for a second.
    expect(longestTaskMs).toBeLessThan(1000);
    const left = await opts.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('replyguard-ledger');
        req.onsuccess = () => resolve(req.result);
      });
      const all = await new Promise<{ text?: string }[]>((resolve) => {
        const req = db.transaction('messages').objectStore('messages').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return { records: all.length, texts: all.filter((m) => m.text !== undefined).length };
    });
    expect(left).toEqual({ records: KEPT, texts: 0 });
  });
});

test.describe('resume times in Beijing time (rt59 F2)', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'zh-CN' });

  test('abroad, paused to 北京时间 24:00: the warning says 北京时间 24:00 and the PC time after it, in the options page and the popup', async ({ context, extensionId, openPopup }) => {
    const page = await optionsWith(context, extensionId, {});
    await page.getByTestId('guard-enabled').click();
    await expect(page.getByTestId('guard-off-hour')).toContainText(/^1 小时（到 北京时间(明天)? \d\d:\d\d（本机时间 (明天 )?\d\d:\d\d） 自动恢复）$/);
    await page.getByText(/今天（到北京时间 24:00/).click();
    // Beijing 24:00 is 08:00 in Los Angeles (UTC-8 in winter, 09:00 in summer's UTC-7): the same LA day before 08:00 LA, the next LA day
    // (明天) after it (16:00–24:00 UTC in winter: the fresh clone fc92 ran then and this test, without 明天, failed).
    const detail = /^违规回复不会被拦下；北京时间 24:00（本机时间 (明天 )?0[89]:00） 自动恢复。$/;
    await expect(page.getByTestId('guard-off-detail')).toHaveText(detail);
    const popup = await openPopup();
    await expect(popup.getByTestId('guard-off-detail')).toHaveText(detail);
  });
});

test('storage.session keeps a tab page address without its query string (rt59 side note)', async ({ openDemo, serviceWorker }) => {
  const wb = await openDemo('workbench', { auto: 0, buyers: 1, history: 0, phone: PHONE });
  await wb.locator('html[data-replyguard-attached]').waitFor({ state: 'attached' });
  const session = () => serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  await expect.poll(session).toContain('workbench');
  const kept = await session();
  expect(kept).not.toContain(PHONE);
  expect(kept).not.toContain('auto=0');
});
