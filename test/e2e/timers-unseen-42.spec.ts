// Round 42's blind red team on the reply timers, at the workbench's real address: a conversation is the
// buyer, not the nickname. The workbench's rows carry the buyer's id (`0_<buyerId>_…`): two buyers with the
// same nickname wait apart; a message that arrives while the header still shows the numeric id, before the
// nickname loads, is the same conversation as the reply sent once it has; a session card seen before the
// conversation is opened joins the rows' conversation (one buyer waiting, never two).
import type { Page } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { badgeText, buyerOf, guardOff, replyInComposer, storedMessages } from './timers-support';
import { openWorkbench } from './timers-workbench';

/** The popup's waiting list: each row's name. */
async function waitingNames(openPopup: () => Promise<Page>): Promise<string[]> {
  const popup = await openPopup();
  // Loaded: the list, or the line saying nobody waits.
  await expect(popup.locator('.waiting-row').or(popup.getByText(/没有等待回复的买家|No buyer is waiting for a reply/)).first()).toBeVisible();
  const names = await popup.locator('.waiting-row .name').allTextContents();
  await popup.close();
  return names;
}

test('two buyers with the same nickname wait apart; answering one leaves the other waiting', async ({ context, serviceWorker: sw, openPopup }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '买家小王', id: '111' },
    { name: '买家小王', id: '222' },
    { name: '阿梅', id: '333' },
  ]);
  await page.evaluate(() => window.__buyer(0, '你好，什么时候发货？'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await page.evaluate(() => window.__switch(1));
  await page.evaluate(() => window.__buyer(1, '我的快递到哪了'));
  await expect.poll(() => badgeText(sw)).toBe('2');

  await replyInComposer(page, '亲，已经给您发货了，请注意查收');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length)).toBe(1);
  // 222 is answered; 111 still waits (before: the badge went empty and 111 was shown answered).
  await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.dir === 'out').length).toBe(1);
  // The badge is refreshed just after the ledger write: wait for it rather than read it once.
  await expect.poll(() => badgeText(sw)).toBe('1');
  const stored = await storedMessages(sw);
  expect(stored.map((m) => [m.conv, m.dir, buyerOf(m)]).sort()).toEqual([
    ['id:111', 'in', '买家小王'],
    ['id:222', 'in', '买家小王'],
    ['id:222', 'out', '买家小王'],
  ]);
  expect(await waitingNames(openPopup)).toEqual(['买家小王']);
});

test('a message under the numeric-id header, then the nickname loads: one conversation, the reply answers it', async ({ context, serviceWorker: sw, openPopup }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '买家小王', id: '111' },
    { name: '买家小李', id: '222' },
  ]);
  await page.evaluate(() => window.__header('5829301177')); // the nickname has not loaded yet
  await page.waitForTimeout(1800); // the pane has been on screen past the settle time: what comes now is live
  await page.evaluate(() => window.__buyer(0, '你好，什么时候发货？'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  // Live (not taken for history) and keyed by the buyer, though the header shows only a number.
  expect(await storedMessages(sw)).toMatchObject([{ conv: 'id:111', dir: 'in', history: false, buyerName: '5829301177' }]);
  await page.evaluate(() => window.__header('买家小王')); // the nickname resolves
  await replyInComposer(page, '亲，已经给您发货了，请注意查收');
  await expect.poll(() => badgeText(sw)).toBe(''); // before: a phantom 「5829301177」 stayed waiting
  const stored = await storedMessages(sw);
  expect(stored.map((m) => [m.conv, m.dir])).toEqual([
    ['id:111', 'in'],
    ['id:111', 'out'],
  ]);
  expect(await waitingNames(openPopup)).toEqual([]);
});

test('a session card seen before its conversation is opened joins the rows’ conversation: one buyer waiting, answered once', async ({ context, serviceWorker: sw, openPopup }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '阿梅', id: '333' },
    { name: '买家小李', id: '222', timeout: '2分50秒后超时' },
  ]);
  await expect.poll(() => badgeText(sw)).toBe('1'); // from the card alone, keyed by the nickname for now
  expect((await storedMessages(sw)).map((m) => [m.conv, m.source])).toEqual([['买家小李', 'card']]);
  expect(await waitingNames(openPopup)).toEqual(['买家小李']);

  // The agent opens it: the row (10 s old, as the card said) names the buyer; the card's record joins it.
  await page.evaluate(() => {
    window.__buyer(1, '在吗？', 10);
    window.__switch(1);
  });
  await expect.poll(async () => (await storedMessages(sw)).map((m) => [m.conv, m.source]).sort()).toEqual([
    ['id:222', 'card'],
    ['id:222', 'row'],
  ]);
  await expect.poll(() => badgeText(sw)).toBe('1');
  expect(await waitingNames(openPopup)).toEqual(['买家小李']);

  await page.waitForTimeout(1800); // past the settle time of the newly opened pane
  await replyInComposer(page, '在的，亲');
  await expect.poll(() => badgeText(sw)).toBe('');
  expect(await waitingNames(openPopup)).toEqual([]);
});
