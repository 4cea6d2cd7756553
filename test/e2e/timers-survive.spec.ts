// What the timers must survive: a tab reload, a browser restart on the same profile, ten tabs
// (with re-renders and scrolling back), and the agent's clock in another time zone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { badgeText, chipSeconds, chipTexts, expect, launch, messageCount, test, wb, type SwGlobal } from './timers-support';

test('history on screen at load is waiting, not invented; a reload changes nothing; a browser restart keeps it', async ({ baseURL }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-restart-'));
  try {
    const t0 = Date.now();
    // 王五 asked 100 s ago and nobody answered; 赵六 asked 10 min ago and was answered 9 min ago.
    const url = `${baseURL}/workbench-lite.html?t0=${t0}&msg=王五:在吗:100&msg=赵六:有货吗:600&msg=赵六:有的:540:out&open=王五`;
    let context = await launch(dir);
    let sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    let page = await context.newPage();
    await page.goto(url);
    await expect.poll(() => badgeText(sw)).toBe('1');
    await expect.poll(() => messageCount(sw)).toBe(1); // only 王五's pane is open
    const records = () =>
      sw.evaluate(async () => {
        const g = globalThis as unknown as SwGlobal;
        const db = (await g.replyguard.ledger()) as { getAll(s: string): Promise<{ conv: string; ts: number; history: boolean; tsSource: string; source: string }[]> };
        return (await db.getAll('messages')).map((m) => ({ conv: m.conv, ts: m.ts, history: m.history, tsSource: m.tsSource, source: m.source }));
      });
    // The printed time (to the second), marked as history.
    expect(await records()).toEqual([{ conv: '王五', ts: Math.floor((t0 - 100_000) / 1000) * 1000, history: true, tsSource: 'page', source: 'row' }]);

    // Open 赵六: its answered history adds two records and no waiting.
    await wb(page, (w) => w.open('赵六'));
    await expect.poll(() => messageCount(sw)).toBe(3);
    expect(await badgeText(sw)).toBe('1');

    await page.reload();
    await expect.poll(async () => (await chipTexts(page)).length).toBeGreaterThan(0);
    await page.waitForTimeout(2000);
    expect(await messageCount(sw)).toBe(3);
    expect(await badgeText(sw)).toBe('1');
    await context.close();

    // The browser restarts on the same profile: the badge comes back without any page open.
    context = await launch(dir);
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect.poll(() => badgeText(sw)).toBe('1');
    expect(await messageCount(sw)).toBe(3);
    page = await context.newPage();
    await page.goto(url);
    await expect.poll(async () => chipSeconds((await chipTexts(page))[0] ?? '')).toBeLessThan(200);
    await context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('ten tabs, re-renders and scrolling back never count a message twice (rows without ids too)', async ({ context, sw, baseURL }) => {
  const t0 = Date.now() - 5_000;
  for (const ids of ['1', '0']) {
    const before = await messageCount(sw);
    const conv = ids === '1' ? '钱七' : '孙八';
    const url = `${baseURL}/workbench-lite.html?ids=${ids}&t0=${t0}&msg=${conv}:在吗:60&msg=${conv}:在的:50:out&msg=${conv}:发货了吗:40&open=${conv}`;
    const pages = [];
    for (let i = 0; i < 10; i++) {
      const page = await context.newPage();
      await page.goto(url);
      pages.push(page);
    }
    await expect.poll(() => messageCount(sw)).toBe(before + 3);
    for (const page of pages) await wb(page, (w) => w.rerender());
    // Older history scrolled into view in one tab: one more record, as history.
    await wb(pages[3]!, (w) => w.olderHistory(document.querySelector('.LoginUserInfo-mainTitle-text')!.textContent!, '上次的订单', 86_400));
    await expect.poll(() => messageCount(sw)).toBe(before + 4);
    await pages[0]!.waitForTimeout(2000);
    expect(await messageCount(sw)).toBe(before + 4);
    for (const page of pages) await page.close();
  }
  expect(await badgeText(sw)).toBe('2'); // 钱七 and 孙八 each wait for an answer to 「发货了吗」
});

test('the agent’s clock in another time zone: same deadlines, same Beijing day', async ({ baseURL }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-tz-'));
  const context = await launch(dir, 'America/Los_Angeles');
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`${baseURL}/workbench-lite.html?open=周九`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');
    await page.waitForTimeout(1800);
    const sentAt = Date.now() - 30_000;
    await wb(page, (w) => w.buyerSays('周九', '还在吗', 30));
    await expect.poll(() => badgeText(sw)).toBe('1');
    const left = chipSeconds((await chipTexts(page))[0] ?? '');
    expect(left).toBeGreaterThan(262);
    expect(left).toBeLessThanOrEqual(270);
    const stored = await sw.evaluate(async () => {
      const g = globalThis as unknown as SwGlobal;
      const db = (await g.replyguard.ledger()) as { getAll(s: string): Promise<{ ts: number }[]> };
      return (await db.getAll('messages'))[0]!.ts;
    });
    expect(stored).toBe(Math.floor(sentAt / 1000) * 1000);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
