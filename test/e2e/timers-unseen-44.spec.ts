// Round 44's blind red team on the reply timers (timers44b), at the workbench's real address:
// 1. a browser zone west of Beijing on a page printing local times: a buyer message already on screen was read as
//    Beijing time (an hour early) and stayed late for good after a live row showed the page prints local time.
// 2. a conversation switch on rows with window-relative ids (cs-common-message-list-item-N) whose message list comes
//    before the header: buyer B's message was filed under 买家A and B's reply was lost.
// 8. the same ids, a clean switch: only B's newest row was recorded (its earlier rows were taken as A's).
// 3. a session card showing the platform's 5-minute countdown (「4分50秒后超时」) was read as a 3-minute one: the buyer's
//    message dated 1:50 in the future, and an on-time answer did not clear it.
// 4. an order / product card in the buyer's own bubble started no countdown.
// 7. a popup left open across Beijing midnight kept showing yesterday as today.
import type { Page } from '@playwright/test';
import { expect, shared as test, test as fresh } from './fixtures';
import { addRow, open, printed, row, settled, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, inReplyWindow, storedMessages, todayFigures } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const card = (name: string, time: string, last: string) =>
  `<div class="ant-checkbox-group"><div class="SessionStarCard"><div class="SessionBaseCard colorHighLight"><div class="SessionBaseCard-topHeadName">${name}</div><div class="SessionBaseCard-topHeadTime">${time}</div><div class="SessionBaseCard-lastMessage">${last}</div></div></div></div>`;

// A fresh browser: no other spec uses this zone; a shared browser for it would cost the same launch and push one of
// the worker's kept browsers out, to be launched again (fixtures.ts sharedPool keeps three at most).
fresh.describe('a browser zone west of Beijing, the page printing local times', () => {
  fresh.use({ timezoneId: 'Asia/Bangkok' });

  fresh('a message on screen before any live row is read again once the page shows it prints local time: on time, not late for good', async ({ context, serviceWorker: sw }) => {
    await guardOff(sw);
    const local = (ms: number) => printed(ms, 'Asia/Bangkok');
    const t0 = Date.now() - 60_000;
    const page = await open(context, workbench({ buyer: '买家小王', rows: row('0_111_m1', false, '买家小王', local(t0), '在吗') }));
    await settled(page);
    await addRow(page, row('0_111_m2', false, '买家小王', local(Date.now()), '发货了吗'));
    await expect.poll(async () => (await storedMessages(sw)).length).toBe(2);
    await addRow(page, row('0_111_m3', true, '客服', local(Date.now()), '今天下午发货'));
    await expect.poll(() => badgeText(sw)).toBe('');
    // The first message was told an hour early (read as Beijing time), then corrected.
    await expect.poll(async () => Math.abs((await storedMessages(sw)).find((m) => m.id === '0_111_m1')!.ts - t0), { timeout: 10_000 }).toBeLessThan(2000);
    const stored = await storedMessages(sw);
    const counted = stored.filter((m) => m.dir === 'in' && inReplyWindow(m.ts)).length;
    await expect.poll(async () => todayFigures(sw)).toMatchObject({ onTime: counted, late: 0 }); // before: On time 1, Late 1
  });
});

const rel = (i: number, mine: boolean, name: string, ms: number, body: string) => row(`cs-common-message-list-item-${i}`, mine, name, printed(ms), body);

test('window-relative row ids, the message list swapped 400 ms before the header: B’s message is B’s, and B’s reply answers it', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const now = Date.now();
  const page = await open(context, workbench({ buyer: '买家A', rows: rel(0, false, '买家A', now - 600_000, '你好') + rel(1, true, '客服', now - 590_000, '您好，在的') }));
  await settled(page);
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(2);
  await page.evaluate((rows) => {
    document.getElementById('list')!.innerHTML = rows;
    setTimeout(() => (document.getElementById('hdr')!.textContent = '买家B'), 400);
  }, rel(0, false, '买家B', now - 60_000, '这个能便宜点吗'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.conv === '买家B').map((m) => m.dir)).toEqual(['in']);
  await addRow(page, rel(1, true, '客服', Date.now(), '亲，这款已经是活动价了哦'));
  await expect.poll(() => badgeText(sw)).toBe(''); // before: 1 (a phantom under 买家A), B's reply lost
  const stored = await storedMessages(sw);
  expect(stored.map((m) => `${m.conv}/${m.dir}`).sort()).toEqual(['买家A/in', '买家A/out', '买家B/in', '买家B/out']);
});

test('window-relative row ids, a clean switch: every row of B is recorded (its history too), B waits', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const now = Date.now();
  const page = await open(context, workbench({ buyer: '买家A', rows: rel(0, false, '买家A', now - 600_000, '你好') + rel(1, true, '客服', now - 590_000, '您好，在的') }));
  await settled(page);
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(2);
  await page.evaluate((rows) => {
    document.getElementById('list')!.innerHTML = rows;
    document.getElementById('hdr')!.textContent = '买家B';
  }, rel(0, false, '买家B', now - 900_000, '在吗') + rel(1, true, '客服', now - 880_000, '在的亲') + rel(2, false, '买家B', now - 60_000, '这个能便宜点吗'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  // Before: only B's newest row (ids 0 and 1 were taken for 买家A's).
  await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.conv === '买家B').sort((a, b) => a.ts - b.ts).map((m) => m.dir)).toEqual(['in', 'out', 'in']);
});

test('a card showing the platform’s 5-minute countdown: the buyer is dated 5:00 before it runs out (never after being seen), and an answer clears it', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const now = Date.now();
  const page = await open(
    context,
    workbench({ buyer: '买家A', rows: row('0_111_0', false, '买家A', printed(now - 600_000), '你好') + row('0_111_1', true, '客服', printed(now - 590_000), '在的'), cards: card('买家A', '', '在的') }),
  );
  await settled(page);
  const shownAt = Date.now();
  await page.evaluate((h) => document.getElementById('cards')!.insertAdjacentHTML('beforeend', h), card('买家D', '4分50秒后超时', '请问保税仓发货要几天'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  const d = (await storedMessages(sw)).find((m) => m.conv === '买家D')!;
  expect(d.ts).toBeLessThanOrEqual(Date.now()); // before: 1:50 in the future
  expect(d.ts).toBeLessThanOrEqual(shownAt - 10_000 + 1000);
  expect(d.ts).toBeGreaterThanOrEqual(shownAt - 10_000 - 3000);
  // Answered from another device: the countdown stops and the preview becomes the agent's reply.
  await page.evaluate(() => {
    const c = [...document.querySelectorAll('.SessionBaseCard')].pop()!;
    c.querySelector('.SessionBaseCard-topHeadTime')!.textContent = '14:07';
    c.querySelector('.SessionBaseCard-lastMessage')!.textContent = '亲，保税仓一般3天左右发货';
  });
  await expect.poll(() => badgeText(sw)).toBe(''); // before: 1 (the reply came "before" the future-dated message)
});

test('an order or product card in the buyer’s own bubble starts the countdown', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const page = await open(context, workbench({ buyer: '买家小王' }));
  await settled(page);
  const cards = [
    '<div class="kwaishop-cs-BizOrderCard"><div class="oid">订单号 2409123456789</div><div class="itemTitle">日本进口 花王纸尿裤 L 54片</div></div>',
    '<div class="kwaishop-cs-BizProductCard"><div class="title">韩国进口 爱茉莉洗发水 500ml</div><div class="price">¥59.9</div></div>',
  ];
  for (const [i, body] of cards.entries()) {
    await addRow(page, row(`0_111_c${i}`, false, '买家小王', printed(Date.now()), body));
    await expect.poll(() => badgeText(sw)).toBe('1'); // before: empty (read as a system card)
    await addRow(page, row(`0_111_r${i}`, true, '客服', printed(Date.now()), '好的亲，马上帮您查'));
    await expect.poll(() => badgeText(sw)).toBe('');
  }
  expect((await storedMessages(sw)).filter((m) => m.dir === 'in').map((m) => m.id).sort()).toEqual(['0_111_c0', '0_111_c1']);
});

// A fresh browser: Playwright's clock is the whole context's and cannot be undone (fixtures.ts `shared`).
fresh('a popup left open across Beijing midnight shows the new day as today', async ({ context, extensionId, serviceWorker: sw }) => {
  await guardOff(sw);
  const midnight = Date.parse('2024-05-21T00:00:00+08:00');
  const page = await context.newPage();
  await page.clock.install({ time: midnight - 10_000 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const events = [
    { site: 'kuaishou', conv: 'a', id: 'm1', dir: 'in', ts: midnight - 3_600_000, tsSource: 'page', history: false, source: 'row' },
    { site: 'kuaishou', conv: 'a', id: 'm2', dir: 'out', ts: midnight - 3_560_000, tsSource: 'page', history: false, source: 'row' },
  ];
  expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'chat-events', events: e }), events)).toMatchObject({ ok: true });
  await page.reload();
  await page.locator('html[data-fresh]').waitFor({ state: 'attached' });
  await expect(page.getByTestId('today-ontime')).toHaveText('1');
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('today-ontime')).toHaveText('0'); // before: 1 (yesterday's figures as today's)
  await expect(page.getByTestId('today-eligible')).toHaveText('0');
});
