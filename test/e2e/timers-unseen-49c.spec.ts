// Round 49's timers red team (rt49-timers, finding 6), fixed in round 49 (timers49c), against the built extension.
// Two buyers who share a nickname were taken for one:
// a. rows naming no buyer (cs-common-message-list-item-N): the pane switched to another 小王 under the same header;
//    answering A cleared B.
// b. two session cards named 小王 with different countdowns and last messages: badge 2 instead of 3.
// c. the open 小王 answered, another 小王's card counting down: nobody waiting.
import type { Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { addRow, open, printed, row, settled, workbench } from './timers-printed-workbench';
import { badgeText, guardOff, waitingConversations } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const waiting = waitingConversations;
const names = async (sw: Worker) => (await waiting(sw)).map((w) => w.buyerName ?? w.conv).sort();

const card = (name: string, time: string, last: string) =>
  `<div class="SessionStarCard"><div class="SessionBaseCard"><div class="SessionBaseCard-topHead"><span class="SessionBaseCard-topHeadName">${name}</span><span class="SessionBaseCard-topHeadTime">${time}</span></div><div class="SessionBaseCard-lastMessage">${last}</div></div></div>`;

for (const name of ['小王', '快手用户']) {
  test(`form a: rows naming no buyer, the pane switches to another ${name}: answering A leaves B waiting`, async ({ context, serviceWorker: sw }) => {
    await guardOff(sw);
    const now = Date.now();
    const page = await open(context, workbench({ buyer: name, rows: row('cs-common-message-list-item-1', false, name, printed(now - 90_000), '我的快递到哪了？') }));
    await expect.poll(async () => (await waiting(sw)).length).toBe(1);
    // Buyer A, same nickname: the list is replaced wholesale, the header does not change.
    await page.evaluate((h) => (document.getElementById('list')!.innerHTML = h), row('cs-common-message-list-item-1', false, name, printed(now - 30_000), '这个有现货吗'));
    await expect.poll(async () => (await waiting(sw)).length, { timeout: 10_000 }).toBe(2);
    await expect.poll(() => badgeText(sw)).toBe('2');
    await settled(page);
    await addRow(page, row('cs-common-message-list-item-2', true, '客服小橙', printed(Date.now()), '有的亲，今天发货'));
    await expect.poll(async () => (await waiting(sw)).map((w) => w.unanswered)).toEqual([1]);
    expect(await names(sw)).toEqual([name]);
    await expect.poll(() => badgeText(sw)).toBe('1');
    // Back to B (its rows again): still B's conversation, still waiting.
    await page.evaluate((h) => (document.getElementById('list')!.innerHTML = h), row('cs-common-message-list-item-1', false, name, printed(now - 90_000), '我的快递到哪了？'));
    await page.waitForTimeout(2500);
    await expect.poll(async () => (await waiting(sw)).length).toBe(1);
    await expect.poll(() => badgeText(sw)).toBe('1');
    await page.close();
  });

  test(`form b: two cards named ${name} with different countdowns and last messages are two waiting buyers`, async ({ context, serviceWorker: sw }) => {
    await guardOff(sw);
    const cards = card(name, '2分30秒后超时', '我的快递到哪了') + card(name, '1分05秒后超时', '可以开发票吗') + card('小李', '2分00秒后超时', '在吗');
    const page = await open(context, workbench({ buyer: '', cards }));
    await expect.poll(async () => (await waiting(sw)).length).toBe(3);
    await expect.poll(() => badgeText(sw)).toBe('3');
    expect(await names(sw)).toEqual([name, name, '小李'].sort());
    await page.close();
  });

  for (const ownCard of [true, false]) {
    test(`form c: ${name} open and answered, another ${name}'s card counting down is waiting (answered one's card listed: ${ownCard})`, async ({ context, serviceWorker: sw }) => {
      await guardOff(sw);
      const now = Date.now();
      const rows = row('0_111_1', false, name, printed(now - 40_000), '这个有现货吗') + row('0_111_2', true, '客服小橙', printed(now - 10_000), '有的亲');
      const page = await open(context, workbench({ buyer: name, rows, cards: ownCard ? card(name, '', '有的亲') : '' }));
      await settled(page);
      await expect.poll(async () => (await waiting(sw)).length).toBe(0);
      await page.evaluate((h) => document.getElementById('cards')!.insertAdjacentHTML('beforeend', h), card(name, '2分40秒后超时', '我的快递到哪了？'));
      await expect.poll(async () => (await waiting(sw)).length, { timeout: 10_000 }).toBe(1);
      expect(await names(sw)).toEqual([name]);
      await expect.poll(() => badgeText(sw)).toBe('1');
      await page.close();
    });
  }
}

test('a card of the open buyer starting to count down with the message the rows show is that buyer: one waiting', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const now = Date.now();
  const rows = row('0_111_1', false, '小王', printed(now - 40_000), '这个有现货吗') + row('0_111_2', true, '客服小橙', printed(now - 10_000), '有的亲');
  const page = await open(context, workbench({ buyer: '小王', rows, cards: card('小王', '', '有的亲') }));
  await settled(page);
  await addRow(page, row('0_111_3', false, '小王', printed(Date.now()), '什么时候发货'));
  await page.evaluate(() => {
    document.querySelector('.SessionBaseCard-topHeadTime')!.textContent = '2分59秒后超时';
    document.querySelector('.SessionBaseCard-lastMessage')!.textContent = '什么时候发货';
  });
  await expect.poll(async () => (await waiting(sw)).map((w) => w.conv)).toEqual(['id:111']);
  await page.waitForTimeout(3000);
  expect((await waiting(sw)).map((w) => w.conv)).toEqual(['id:111']);
  await expect.poll(() => badgeText(sw)).toBe('1');
  await page.close();
});
