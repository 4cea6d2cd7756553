// A buyer waiting in a conversation that is not open (seen on its session card): counted on the
// badge, alerted at 3:00; clicking the alert opens that conversation in the tab that lists it; the
// reply clears badge, alert and chips.
import { expect, shared as test } from './fixtures';
import { badgeText, chipTexts, demo, guardOff, messageCount, QUIET, replyInComposer, setLadder, type SwGlobal } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

test('a waiting session card alerts; the alert click opens the conversation; the reply clears it', async ({ openDemo, serviceWorker: sw }) => {
  await setLadder(sw, [180, 240]);
  await guardOff(sw);
  const other = await openDemo('workbench', { ...QUIET, msg: '无关:你好:60:out', open: '无关' });
  const page = await openDemo('workbench', { ...QUIET, msg: '张三:你好:60:out', open: '张三' });
  await page.waitForTimeout(1800);

  // 孙七 writes (2:55 ago) while the agent is in 张三's conversation.
  await demo(page, (d) => d.buyerSays('孙七', '还发货吗', { agoSeconds: 175 }));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(1); // on 孙七's card only
  // The two tabs' history rows and 孙七's card: the badge says only that 孙七's card is stored (the other tab's
  // row comes from another page, through its own message).
  await expect.poll(() => messageCount(sw)).toBe(3);

  const notifications = () => sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  await expect.poll(notifications, { timeout: 15_000 }).toEqual(['replyguard|孙七']);

  // The agent clicks it: the tab that lists 孙七 opens that conversation, the other stays.
  expect(await sw.evaluate(() => (globalThis as unknown as SwGlobal).replyguard.clickNotification('replyguard|孙七'))).toBe(true);
  await expect(page.locator('.LoginUserInfo-mainTitle-text')).toHaveText('孙七');
  await expect(other.locator('.LoginUserInfo-mainTitle-text')).toHaveText('无关');
  // The rows now read stand in for the card observation: still one waiting conversation.
  await expect.poll(() => messageCount(sw)).toBe(4);
  expect(await badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(2); // card and header

  await page.waitForTimeout(1800);
  await replyInComposer(page, '今天发货');
  await expect.poll(() => badgeText(sw)).toBe('');
  await expect.poll(notifications).toEqual([]);
  await expect.poll(async () => (await chipTexts(page)).length).toBe(0);
});
