// Round 48's second timers red team (rt48b-timers), fixed in round 49 (timers49a), against the built extension.
// 1. A card cutting the nickname short (日本直邮爱好者小…, counting down) was filed under the one full nickname seen, an
//    answered buyer: the waiting buyer vanished (badge empty).
// 3. On a page without row ids, a second 「用户已经评价：满意」 in a later consultation was taken for the first (not drawn).
// 4. A buyer's own bubble reading 「用户已经评价：满意」 was recorded as a rating, and the buyer got no timer.
import type { Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { open, printed, row, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, storedMessages, type SwGlobal } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const waiting = (sw: Worker) =>
  sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { conversations: { conv: string }[] } | null)?.conversations ?? []);

const storedRatings = (sw: Worker) =>
  sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as { getAll(s: string): Promise<{ conv: string; rating: string }[]> };
    return (await db.getAll('ratings')).map((r) => `${r.conv}:${r.rating}`);
  });

const card = (name: string, time: string, last: string) =>
  `<div class="SessionStarCard"><div class="SessionBaseCard"><div class="SessionBaseCard-topHead"><span class="SessionBaseCard-topHeadName">${name}</span><span class="SessionBaseCard-topHeadTime">${time}</span></div><div class="SessionBaseCard-lastMessage">${last}</div></div></div>`;

const FULL = '日本直邮爱好者小王同学';
const CUT = '日本直邮爱好者小…';

for (const withFullCard of [true, false]) {
  test(`finding 1: a counting card cut short while the only full-named buyer is answered is another waiting buyer (full card listed: ${withFullCard})`, async ({ context, serviceWorker: sw }) => {
    await guardOff(sw);
    const now = Date.now();
    const rows = row('0_9701_m1', false, FULL, printed(now - 60_000), '保质期到什么时候') + row('0_9701_m2', true, '客服小橙', printed(now - 30_000), '亲，保质期到2027年5月');
    const cards = (withFullCard ? card(FULL, '14:02', '亲，保质期到2027年5月') : '') + card(CUT, '2分40秒后超时', '奶粉什么时候发货');
    const page = await open(context, workbench({ buyer: FULL, rows, cards }));
    await expect.poll(async () => (await waiting(sw)).map((w) => w.conv)).toEqual([CUT]);
    await expect.poll(() => badgeText(sw)).toBe('1');
    await page.close();
  });
}

test('finding 1 (round 48 still holds): a counting card cut short of the open, waiting buyer is that buyer: one waiting, badge 1', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: FULL, rows: row('0_9701_m1', false, FULL, printed(Date.now()), '保质期到什么时候'), cards: card(CUT, '4分58秒后超时', '保质期到什么时候') }));
  await expect.poll(async () => (await waiting(sw)).map((w) => w.conv)).toEqual(['id:9701']);
  expect([...new Set((await storedMessages(sw)).map((m) => m.conv))]).toEqual(['id:9701']);
  await expect.poll(() => badgeText(sw)).toBe('1');
  await page.close();
});

/** A page without row ids: the header names the buyer, rows carry no id, the evaluation is a middle row. */
const idless = (html: string) => html.replace(/<div id="[^"]*">/g, '<div class="ChatMessageList-item">');
const middle = (text: string) => `<div class="ChatMessageList-item"><div class="kwaishop-cs-LayoutMiddleWrapper">${text}</div></div>`;
const show = (page: Page, buyer: string, rows: string) =>
  page.evaluate(([b, r]) => {
    document.getElementById('hdr')!.textContent = b;
    document.getElementById('list')!.innerHTML = r;
  }, [buyer, rows] as const);

test('finding 3: a second 用户已经评价：满意 in a later consultation counts, the first no longer drawn; drawn again, nothing more', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const now = Date.now();
  const first = idless(row('a', false, '老顾客', printed(now - 3_600_000), '收到了') + row('b', true, '客服小橙', printed(now - 3_570_000), '谢谢亲')) + middle('用户已经评价：满意');
  const second = idless(row('c', false, '老顾客', printed(now - 120_000), '第二单也到了') + row('d', true, '客服小橙', printed(now - 90_000), '好的亲'));
  const page = await open(context, workbench({ buyer: '老顾客', rows: first }));
  await expect.poll(() => storedRatings(sw)).toEqual(['老顾客:satisfied']);
  // Another buyer, then back: only the latest consultation is drawn, its evaluation arriving live.
  await show(page, '别的买家', idless(row('e', false, '别的买家', printed(now - 600_000), '在吗')));
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(3);
  await show(page, '老顾客', second);
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(5);
  await page.evaluate((m) => document.getElementById('list')!.insertAdjacentHTML('beforeend', m), middle('用户已经评价：满意'));
  await expect.poll(() => storedRatings(sw)).toEqual(['老顾客:satisfied', '老顾客:satisfied']);
  // Both consultations drawn again (re-opened), and a new buyer row after them: still two ratings.
  await show(page, '老顾客', first + second + middle('用户已经评价：满意') + idless(row('f', false, '老顾客', printed(Date.now()), '还有一个问题')));
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(6);
  expect(await storedRatings(sw)).toHaveLength(2);
  await page.close();
});

test('finding 4: a buyer’s own bubble reading 用户已经评价：满意 is a consultation (timer), never a rating', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: '买家9401', rows: row('0_9401_m1', false, '买家9401', printed(Date.now()), '用户已经评价：满意') }));
  await expect.poll(async () => (await waiting(sw)).map((w) => w.conv)).toEqual(['id:9401']);
  await expect.poll(() => badgeText(sw)).toBe('1');
  expect(await storedRatings(sw)).toEqual([]);
  await page.close();
});
