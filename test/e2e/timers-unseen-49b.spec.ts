// Round 49's blind red team on the timers (rt49-timers, timers49b), against the built extension.
// 1. Rows printing only HH:mm under a date divider (昨天) were dated today.
// 2. The same row id redrawn under 昨天 with HH:mm after being logged with a full stamp added new records dated today.
// 3. History replies printing no time (只有 已读) made on-time answers count late.
// 4. A time separator (「14:27」) above rows printing no time: a fresh 5:00 instead of the separator's time.
// 6. A PC clock stepped back left more than 5:00 on the countdown (covered in test/unit/watcher/dividers-49.test.ts).
// 7. The popup's focused buyer button's accessible name changed every second.
// 8. Desktop alerts ignored 语言 (covered in the unit test).
import { expect, shared as test } from './fixtures';
import { addRow, open, printed, row, settled, workbench } from './timers-printed-workbench';
import { guardOff, storedMessages, todayFigures, type SwGlobal, waitingConversations } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const waiting = waitingConversations;

const pad = (n: number) => String(n).padStart(2, '0');
/** 「HH:mm」 of `ms` in Beijing time. */
const hm = (ms: number) => {
  const d = new Date(ms + 8 * 3600_000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const divider = (text: string) => `<div class="ChatMessageList-timeDivider">${text}</div>`;
const middle = (id: string, text: string) =>
  `<div id="${id}"><div class="kwaishop-cs-LayoutMiddleWrapper"><div class="kwaishop-cs-LayoutMiddleWrapper_msgBody">${text}</div></div></div>`;
/** The agent's bubble that prints no time, only 已读. */
const readOnlyReply = (id: string, body: string) =>
  `<div id="${id}"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__isMine"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody"><span>客服小橙</span></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">${body}</div><span class="kwaishop-cs-MsgReadStatus">已读</span></div></div></div>`;

test('finding 1: a row printing HH:mm under 昨天 is yesterday’s: not waiting, not in today’s rate', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const yesterday = Date.now() - 24 * 3600_000 - 2 * 60_000;
  const page = await open(context, workbench({ buyer: '小王', rows: divider('昨天') + row('0_4901_m1', false, '小王', hm(yesterday), '请问这个有货吗') }));
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(1);
  const [m] = await storedMessages(sw);
  // Dated yesterday at that clock time (to the minute), not today.
  expect(Math.abs(m!.ts - yesterday)).toBeLessThan(60_000);
  expect(await waiting(sw)).toEqual([]);
  expect((await todayFigures(sw)).eligible).toBe(0);
  await page.close();
});

test('finding 2: the same row ids redrawn under 昨天 with HH:mm add nothing', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const y = Date.now() - 24 * 3600_000 - 8 * 60_000;
  const first = row('0_4902_100_a', false, '小李', printed(y), '这个有现货吗') + row('0_4902_101_a', true, '客服小橙', printed(y + 7 * 60_000), '有的亲');
  const page = await open(context, workbench({ buyer: '小李', rows: first }));
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(2);
  await page.evaluate(
    (html) => (document.getElementById('list')!.innerHTML = html),
    divider('昨天') + row('0_4902_100_a', false, '小李', hm(y), '这个有现货吗') + row('0_4902_101_a', true, '客服小橙', hm(y + 7 * 60_000), '有的亲'),
  );
  // A live row after the redraw: once it is stored, the redraw has been read too.
  await settled(page);
  await addRow(page, row('0_4902_102_a', false, '小李', printed(Date.now()), '好的'));
  await expect.poll(async () => (await storedMessages(sw)).map((m) => m.id).sort()).toEqual(['0_4902_100_a', '0_4902_101_a', '0_4902_102_a']);
  await page.close();
});

test('finding 3: questions answered by replies printing no time (已读) are not counted late', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const now = Date.now();
  const rows =
    row('0_4903_m1', false, '小张', printed(now - 40 * 60_000), '这个有现货吗') +
    readOnlyReply('0_4903_m2', '有的亲，今天下单今天发') +
    row('0_4903_m3', false, '小张', printed(now - 20 * 60_000), '保质期到什么时候') +
    readOnlyReply('0_4903_m4', '保质期到2028年3月');
  const page = await open(context, workbench({ buyer: '小张', rows }));
  await expect.poll(async () => (await storedMessages(sw)).length).toBe(4);
  expect(await waiting(sw)).toEqual([]);
  const today = await todayFigures(sw);
  expect(today.late).toBe(0);
  await page.close();
});

test('finding 4: a buyer row under an 8-minute-old separator 「HH:mm」 is due, not a fresh 5:00', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const sep = Date.now() - 8 * 60_000;
  const buyerRow = `<div id="0_4904_m2"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__notMe"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">我的订单怎么还没发货</div></div></div></div>`;
  const page = await open(context, workbench({ buyer: '小赵', rows: middle('0_4904_m1', hm(sep)) + buyerRow }));
  await expect.poll(async () => (await waiting(sw)).length).toBe(1);
  const [w] = await waiting(sw);
  // Dated by the separator (to the minute): already past its deadline.
  expect(w!.deadline).toBeLessThan(Date.now());
  const [m] = (await storedMessages(sw)).filter((x) => x.dir === 'in');
  expect(m!.tsSource).toBe('seen');
  await page.close();
});

test('finding 7: the popup’s buyer button keeps one accessible name while its countdown ticks', async ({ context, serviceWorker: sw, extensionId }) => {
  await guardOff(sw);
  await sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal & { replyguard: { refresh: () => Promise<unknown> } };
    const db = (await g.replyguard.ledger()) as { put(s: string, v: unknown): Promise<unknown> };
    const now = Date.now();
    await db.put('messages', { conv: '小王', id: 'm1', dir: 'in', ts: now - 60_000, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: now, buyerName: '小王' });
    await g.replyguard.refresh();
  });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const button = popup.locator('.waiting-row').first();
  // The page's language follows the browser here (English in CI, 中文 on an agent's PC).
  const NAME = /^(打开与 小王 的会话|Open the conversation with 小王)$/;
  await expect(button).toHaveAccessibleName(NAME);
  const name = await button.getAttribute('aria-label');
  await button.focus();
  const shown = await button.locator('.countdown').textContent();
  await expect.poll(() => button.locator('.countdown').textContent()).not.toBe(shown);
  await expect(button).toHaveAccessibleName(name!);
  await expect(button).toHaveAccessibleDescription(/剩不到 \d 分钟|under \d min left/);
});
