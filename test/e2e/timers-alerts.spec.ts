// A buyer waiting in a conversation that is not open (seen on its session card): counted on the
// badge, alerted at 3:00; clicking the alert opens that conversation in its tab; the reply clears all.
import { badgeText, chipTexts, expect, messageCount, setLadder, test, wb, type SwGlobal } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

test('a waiting session card alerts; the alert click opens the conversation; the reply clears it', async ({ context, sw, baseURL }) => {
  await setLadder(sw, [180, 240]);
  const other = await context.newPage();
  await other.goto(`${baseURL}/workbench-lite.html?open=无关`);
  const page = await context.newPage();
  await page.goto(`${baseURL}/workbench-lite.html?open=张三`);
  await page.waitForTimeout(1800);

  // 孙七 writes (2:55 ago) while the agent is in 张三's conversation.
  await wb(page, (w) => w.buyerSays('孙七', '还发货吗', 175));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(1); // on 孙七's card; 张三's header has none
  expect(await messageCount(sw)).toBe(1);

  // 3:00 passes: the warning.
  const notifications = () => sw.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  await expect.poll(notifications, { timeout: 15_000 }).toEqual(['replyguard|孙七']);

  // The agent clicks it: the tab that lists 孙七 opens that conversation.
  expect(await sw.evaluate(() => (globalThis as unknown as SwGlobal).replyguard.clickNotification('replyguard|孙七'))).toBe(true);
  await expect(page.locator('.LoginUserInfo-mainTitle-text')).toHaveText('孙七');
  await expect(other.locator('.LoginUserInfo-mainTitle-text')).toHaveText('无关');
  // The rows now read stand in for the card observation: still one waiting conversation.
  await expect.poll(() => messageCount(sw)).toBe(2);
  expect(await badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(2); // card and header

  await page.waitForTimeout(1800);
  await wb(page, (w) => w.agentSays('孙七', '今天发货'));
  await expect.poll(() => badgeText(sw)).toBe('');
  await expect.poll(notifications).toEqual([]);
  await expect.poll(async () => (await chipTexts(page)).length).toBe(0);
});
