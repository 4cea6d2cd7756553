// Round 46's red team on the reply timers (rt46-timers, timers46a): one buyer, two shops. Conversations were keyed by
// the buyer id alone (`id:<buyerId>` from the rows' ids), so the same buyer writing to shop A and to shop B was one
// conversation: the agent's reply in shop A cleared shop B's unanswered message (badge empty, countdown gone, counted
// on time). Seen with two tabs (one per shop) and with one tab switched from shop A to shop B (a reload, as when the
// agent changes login during the day). Now a conversation is keyed by shop + buyer; the shop comes from the workbench
// URL (a shopId-like parameter), else a shop-name element in its header (sites/kuaishou.ts `shop`).
import type { Page } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { printed, row, settled, workbench } from './timers-printed-workbench';
import { routeWorkbenchPages } from './guard-support';
import { badgeText, chipTexts, guardOff, inReplyWindow, openAt, storedMessages, todayFigures, waitingConversations } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const URL = 'https://im.kwaixiaodian.com/workbench';
const BUYER = '小王';

/** The workbench with a shop name in its header (as the red team's imitation draws it), rows of buyer 7777. */
const shopPage = (shopName: string | null, rows: string) => {
  const html = workbench({ buyer: BUYER, rows });
  return shopName === null ? html : html.replace('<div class="new-workbench-container">', `<div class="new-workbench-container"><header class="ShopHeader"><span class="shopName">${shopName}</span></header>`);
};

const waiting = waitingConversations;

const addRow = (page: Page, html: string) => page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('beforeend', h), html);

test.beforeEach(async ({ context }) => {
  // Pages not routed per page (none here) would otherwise reach the network.
  await routeWorkbenchPages(context, {});
});

test('two tabs, one per shop (?shopId=…), the same buyer id: a reply in shop A leaves shop B’s buyer waiting (badge, chip, reply rate)', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t = Date.now();
  const a = await openAt(context, `${URL}?shopId=111`, shopPage('海淘优选旗舰店', ''));
  const b = await openAt(context, `${URL}?shopId=222`, shopPage('日本直邮馆', ''));
  await settled(a);
  await settled(b);
  await addRow(a, row('0_7777_a1', false, BUYER, printed(t - 20_000), '这个奶粉有货吗'));
  await addRow(b, row('0_7777_b1', false, BUYER, printed(t - 10_000), '你们家面膜是正品吗'));
  await expect.poll(async () => (await waiting(sw)).length).toBe(2);
  await expect.poll(() => badgeText(sw)).toBe('2');
  await addRow(a, row('0_7777_a2', true, '客服', printed(Date.now()), '亲，有货的'));
  // Before: both cleared (one conversation id:7777), badge "".
  await expect.poll(async () => (await storedMessages(sw)).some((m) => m.id === '0_7777_a2')).toBe(true);
  await expect.poll(async () => (await waiting(sw)).map((w) => [w.shop, w.unanswered])).toEqual([['日本直邮馆', 1]]);
  await expect.poll(() => badgeText(sw)).toBe('1');
  // Tab B still counts down for its buyer; tab A shows no chip for shop B's buyer.
  await expect.poll(async () => (await chipTexts(b)).length).toBeGreaterThan(0);
  await expect.poll(async () => (await chipTexts(a)).length).toBe(0);
  // Each shop's messages count apart (per message): A's answered on time, B's still pending.
  if (inReplyWindow(t - 20_000) && inReplyWindow(t - 10_000)) {
    await expect.poll(async () => {
      const f = await todayFigures(sw);
      return [f.onTime, f.pending, f.late];
    }).toEqual([1, 1, 0]);
  }
  const stored = await storedMessages(sw);
  expect(new Set(stored.map((m) => m.conv)).size).toBe(2);
});

test('one tab switched from shop A to shop B (a reload with the other shop): the reply in shop B leaves shop A’s message waiting', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t = Date.now();
  const page = await openAt(context, `${URL}?shopId=111`, shopPage('海淘优选旗舰店', ''));
  await settled(page);
  await addRow(page, row('0_7777_a1', false, BUYER, printed(t - 20_000), '这个奶粉有货吗'));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  // The agent changes login: the same tab reloads with shop B.
  await page.unroute(/^https:\/\/im\.kwaixiaodian\.com\//);
  await page.route(/^https:\/\/im\.kwaixiaodian\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shopPage('日本直邮馆', '') }));
  await page.goto(`${URL}?shopId=222`);
  await page.locator('html[data-replyguard-chat]').waitFor({ state: 'attached' });
  await settled(page);
  await addRow(page, row('0_7777_b1', false, BUYER, printed(Date.now() - 5_000), '你们家面膜是正品吗'));
  await expect.poll(async () => (await waiting(sw)).length).toBe(2);
  await addRow(page, row('0_7777_b2', true, '客服', printed(Date.now()), '亲，是正品的'));
  await expect.poll(async () => (await storedMessages(sw)).some((m) => m.id === '0_7777_b2')).toBe(true);
  // Before: waiting [] and badge "" (shop A's message cleared as answered).
  await expect.poll(async () => (await waiting(sw)).map((w) => [w.shop, w.unanswered])).toEqual([['海淘优选旗舰店', 1]]);
  await expect.poll(() => badgeText(sw)).toBe('1');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('no shop in the URL: the header’s shop name keys the conversation; the popup labels each buyer with the shop (Chinese first)', async ({ context, serviceWorker: sw, extensionId }) => {
  await guardOff(sw);
  const t = Date.now();
  const a = await openAt(context, URL, shopPage('海淘优选旗舰店', row('0_7777_a1', false, BUYER, printed(t - 30_000), '这个奶粉有货吗')));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  const b = await openAt(context, `${URL}#b`, shopPage('日本直邮馆', row('0_7777_b1', false, BUYER, printed(t - 20_000), '你们家面膜是正品吗')));
  await expect.poll(async () => (await waiting(sw)).map((w) => w.shop).sort()).toEqual(['日本直邮馆', '海淘优选旗舰店']);
  await expect.poll(() => badgeText(sw)).toBe('2');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const rows = popup.locator('.waiting-row .name');
  await expect(rows).toHaveCount(2);
  await expect.poll(async () => (await rows.allTextContents()).sort()).toEqual([`${BUYER}（店铺：日本直邮馆）`, `${BUYER}（店铺：海淘优选旗舰店）`]);
  await popup.close();
  await a.close();
  await b.close();
  });
});

test('a page naming no shop files as before (one shop per profile): the buyer id alone', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t = Date.now();
  await openAt(context, URL, shopPage(null, row('0_7777_a1', false, BUYER, printed(t - 30_000), '这个奶粉有货吗')));
  await expect.poll(async () => (await waiting(sw)).map((w) => [w.conv, w.shop ?? null])).toEqual([['id:7777', null]]);
});

test('records stored before the update (keyed by the buyer alone) move into the shop’s conversation when its page shows them: no duplicate, still waiting, one badge entry', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t = Date.now();
  // As the previous version stored them: conv id:7777, a buyer message waiting, and one answered before it.
  await sw.evaluate(async (t) => {
    const g = globalThis as unknown as { replyguard: { ledger(): Promise<{ put(s: string, v: unknown): Promise<unknown> }> } };
    const db = await g.replyguard.ledger();
    const base = { conv: 'id:7777', tsSource: 'page', history: false, source: 'row', site: 'kuaishou', buyerName: '小王', seenAt: t - 60_000 };
    await db.put('messages', { ...base, id: '0_7777_old1', dir: 'in', ts: Math.floor((t - 120_000) / 1000) * 1000 });
    await db.put('messages', { ...base, id: '0_7777_old2', dir: 'out', ts: Math.floor((t - 100_000) / 1000) * 1000 });
    await db.put('messages', { ...base, id: '0_7777_old3', dir: 'in', ts: Math.floor((t - 40_000) / 1000) * 1000 });
  }, t);
  await sw.evaluate(() => chrome.runtime.getManifest()); // the worker is up
  const rows =
    row('0_7777_old1', false, BUYER, printed(t - 120_000), '在吗') +
    row('0_7777_old2', true, '客服', printed(t - 100_000), '在的') +
    row('0_7777_old3', false, BUYER, printed(t - 40_000), '发货了吗');
  const page = await openAt(context, `${URL}?shopId=111`, shopPage('海淘优选旗舰店', rows));
  await expect.poll(async () => (await storedMessages(sw)).map((m) => m.conv).sort()).toEqual(Array(3).fill('shop:id%3A111|id:7777'));
  // The worker files the moved records before it recomputes who waits: wait for that too (fresh clone df49b6a6 read it in between: 0).
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  const [w] = await waiting(sw);
  expect(w).toMatchObject({ conv: 'shop:id%3A111|id:7777', unanswered: 1, deadline: Math.floor((t - 40_000) / 1000) * 1000 + 300_000 });
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBeGreaterThan(0);
  if (inReplyWindow(t - 120_000) && inReplyWindow(t - 40_000)) {
    const f = await todayFigures(sw);
    expect(f.onTime + f.pending + f.late).toBe(2);
  }
});
