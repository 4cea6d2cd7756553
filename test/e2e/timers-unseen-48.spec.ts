// Round 48's blind red team on the timers (rt48-timers, timers48a), against the built extension.
// 1. A buyer row printing no time was dated by a time inside the buyer's NICKNAME (阿杰08:00, 5分钟前, 10-1 09:00).
// 2. A session card cutting the nickname short (日本直邮爱好者小…) and the chat's full name were two buyers.
// 4. An evaluation row without an element id was never recorded.
// 5. The team view said 没有可统计的数据 for a ratings-only export.
// 6. Last month's satisfaction appeared nowhere after the month turned (popup, CSV).
// 7. A refused import record said only 「messages 第 2 条无效」.
// 8. The countdown chip had no role or name.
import fs from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, shared as test, test as fresh } from './fixtures';
import { open, printed, row, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, storedMessages, type SwGlobal, waitingConversations } from './timers-support';
import { optionsWith, pickImport } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

const waiting = waitingConversations;

const storedRatings = (sw: Worker) =>
  sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as { getAll(s: string): Promise<{ conv: string; rating: string }[]> };
    return (await db.getAll('ratings')).map((r) => `${r.conv}:${r.rating}`);
  });

const W = 'kwaishop-cs-LayoutDefaultWrapper';
/** A buyer row whose header holds the nickname and time elements as the red team's page draws them; `time` '' prints none. */
const namedRow = (id: string, name: string, time: string, body: string) =>
  `<div id="${id}"><div class="${W}_lrWrapper ${W}__notMe"><div class="${W}_msgMain"><div class="${W}_beforeMsgBody"><span class="${W}_nickName">${name}</span><span class="${W}_time">${time}</span></div><div class="${W}_msgBody">${body}</div></div></div></div>`;

const BJ = (wall: string) => Date.parse(wall + '+08:00');

for (const name of ['阿杰08:00', '5分钟前', '10-1 09:00']) {
  test(`finding 1: the nickname 「${name}」 does not date a row that prints no time`, async ({ context, serviceWorker: sw }) => {
    await guardOff(sw);
    const t0 = Date.now();
    const page = await open(context, workbench({ buyer: name, rows: namedRow('0_3001_m1', name, '', '这个有货吗') }));
    await expect.poll(async () => (await waiting(sw)).map((w) => w.conv)).toEqual(['id:3001']);
    const [w] = await waiting(sw);
    // Dated from when it was seen: about 5:00 left, not hours overdue (08:00) nor a minute gone (5分钟前) nor not waiting (10-1).
    expect(w!.deadline).toBeGreaterThanOrEqual(t0 + 5 * 60_000 - 2_000);
    const [m] = await storedMessages(sw);
    expect(m!.tsSource).toBe('seen');
    await page.close();
  });
}

test('finding 2: a card cutting the nickname short is the open chat’s buyer: one waiting buyer, badge 1', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const full = '日本直邮爱好者小王同学';
  const card = `<div class="SessionStarCard"><div class="SessionBaseCard"><div class="SessionBaseCard-topHead"><span class="SessionBaseCard-topHeadName">日本直邮爱好者小…</span><span class="SessionBaseCard-topHeadTime">4分58秒后超时</span></div><div class="SessionBaseCard-lastMessage">保质期到什么时候</div></div></div>`;
  const page = await open(context, workbench({ buyer: full, rows: row('0_9701_m1', false, full, printed(Date.now()), '保质期到什么时候'), cards: card }));
  // The card's countdown is read in the same scan as the rows, and delivered with them.
  await expect.poll(async () => (await waiting(sw)).map((w) => w.conv)).toEqual(['id:9701']);
  expect([...new Set((await storedMessages(sw)).map((m) => m.conv))]).toEqual(['id:9701']);
  await expect.poll(() => badgeText(sw)).toBe('1');
  await page.close();
});

test('finding 4: an evaluation row without an id is recorded once', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t = Date.now() - 90_000;
  const rows = row('0_9901_m1', false, '买家9901', printed(t), '收到了') + row('0_9901_m2', true, '客服小橙', printed(t + 20_000), '好的亲');
  const page = await open(context, workbench({ buyer: '买家9901', rows }));
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(2);
  // The text in the middle wrapper itself, no _msgBody, no id.
  await page.evaluate(() => {
    const r = document.createElement('div');
    r.className = 'ChatMessageList-item';
    const wrap = r.appendChild(document.createElement('div'));
    wrap.className = 'kwaishop-cs-LayoutMiddleWrapper';
    wrap.textContent = '用户已经评价：满意';
    document.getElementById('list')!.append(r);
  });
  await expect.poll(() => storedRatings(sw)).toEqual(['id:9901:satisfied']);
  // Re-rendered: still one.
  await page.evaluate(() => {
    const last = document.getElementById('list')!.lastElementChild!;
    last.replaceWith(last.cloneNode(true));
  });
  await page.evaluate(() => document.getElementById('list')!.append(document.createElement('span')));
  await expect.poll(() => storedRatings(sw)).toEqual(['id:9901:satisfied']);
  await page.close();
});

const ratingsFile = () => {
  const rating = (i: number, wall: string, r: string) => ({ conv: `id:m${i}`, id: `r${i}`, at: BJ(wall), rating: r, source: 'page', site: 'kuaishou' });
  return {
    format: 'replyguard-ledger',
    version: 3,
    exportedAt: BJ('2026-12-01T10:00:00'),
    messages: [],
    lint: [],
    ratings: [rating(1, '2026-11-20T10:00:00', 'satisfied'), rating(2, '2026-11-20T11:00:00', 'satisfied'), rating(3, '2026-11-21T10:00:00', 'satisfied'), rating(4, '2026-11-30T23:30:00', 'disappointed')],
  };
};

test('finding 5: the team view shows the monthly satisfaction of a ratings-only export', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  await page.getByTestId('team-files').setInputFiles([{ name: 'agent.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ratingsFile())) }]);
  await expect(page.getByTestId('team-months').locator('tbody tr').first().locator('td')).toHaveText(['2026-11', '3', '0', '1', '75.0%', '否']);
  await expect(page.getByTestId('team-result')).not.toContainText('没有可统计的数据');
  await expect(page.getByTestId('team-days')).toHaveCount(0);
});

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

// A fresh browser: Playwright's clock is the whole context's and cannot be undone (fixtures.ts `shared`).
fresh('finding 6: after the month turns the popup shows 上月满意度, and the CSV has satisfaction per month', async ({ context, extensionId, serviceWorker: sw }) => {
  await sw.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...((settings ?? {}) as object), language: 'zh' } });
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  for (const event of ratingsFile().ratings) expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'rating', event: e }), event)).toMatchObject({ ok: true });
  await page.clock.install({ time: BJ('2026-12-01T10:00:00') });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('html[data-fresh]').waitFor({ state: 'attached' });
  const sat = page.getByTestId('satisfaction');
  await expect(sat).toContainText('本月暂无评价');
  await expect(page.getByTestId('sat-last-month')).toContainText('上月满意度');
  await expect(page.getByTestId('sat-last-month')).toContainText('2026-11');
  await expect(page.getByTestId('sat-last-month')).toContainText('75.0%');
  await expect(page.getByTestId('sat-last-month')).toContainText('未达标');

  const options = await optionsWith(context, extensionId);
  const csv = await download(options, 'export-csv');
  expect(csv).toContain('2026-11,3,0,1,75.0%');
});

test('finding 7: a refused import record says which field and why, in Chinese', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const m = { conv: 'id:1', id: 'm1', dir: 'in', ts: Date.now() - 60_000, tsSource: 'page', history: false, source: 'row', site: 'kuaishou' };
  const file = { format: 'replyguard-ledger', version: 3, exportedAt: Date.now(), messages: [m, { ...m, id: 'm2', dir: 'IN' }, { ...m, id: 'm3', ts: '2026-12-05T10:00:00+08:00' }], ratings: [], lint: [] };
  await pickImport(page, 'edited.json', JSON.stringify(file));
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('消息第 2 条：方向应为 in 或 out，已跳过');
  await expect(result).toContainText('消息第 3 条：时间应为毫秒数字，不是日期文字，已跳过');
  await expect(result).not.toContainText('messages 第');
});

test('finding 8: the countdown chip is a timer named by the time left', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: '小王', rows: row('0_4001_m1', false, '小王', printed(Date.now()), '在吗') }));
  const timer = page.getByRole('timer');
  // Between 00:00 and 08:00 Beijing time (16:00–24:00 UTC) the message is not counted and the name says so.
  await expect(timer).toHaveAttribute('aria-label', /^剩余回复时间 [0-4]:\d\d(?:，不计入回复率)?$/);
  await expect(timer).not.toHaveAttribute('aria-live', /polite|assertive/);
  await page.close();
});
