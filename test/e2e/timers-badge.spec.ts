// A buyer message → badge 1 and a countdown that falls; the agent's reply → the badge clears.
import { badgeText, chipSeconds, chipTexts, expect, inReplyWindow, messageCount, test, todayFigures, wb } from './timers-support';

test('buyer message: badge 1, countdown on the card and in the header, falling; reply clears it', async ({ context, sw, baseURL }) => {
  const page = await context.newPage();
  await page.goto(`${baseURL}/workbench-lite.html?open=张三`);
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'kuaishou');
  await page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live
  expect(await badgeText(sw)).toBe('');

  const sentAt = Date.now() - 20_000;
  await wb(page, (w) => w.buyerSays('张三', '在吗？', 20));
  await expect.poll(() => badgeText(sw)).toBe('1');
  // One chip on the session card, one in the chat header: about 4:40 left.
  await expect.poll(async () => (await chipTexts(page)).length).toBe(2);
  const first = chipSeconds((await chipTexts(page))[0]!);
  expect(first).toBeGreaterThan(270);
  expect(first).toBeLessThanOrEqual(280);
  await page.waitForTimeout(2200);
  const later = chipSeconds((await chipTexts(page))[0]!);
  expect(later).toBeLessThanOrEqual(first - 2);
  expect(later).toBeGreaterThanOrEqual(first - 3);

  await wb(page, (w) => w.agentSays('张三', '您好，在的'));
  await expect.poll(() => badgeText(sw)).toBe('');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(0);
  // Counted on time — when sent 08:00–24:00 Beijing time (the test may run at any hour).
  const counted = inReplyWindow(sentAt) ? 1 : 0;
  expect(await todayFigures(sw)).toMatchObject({ eligible: counted, onTime: counted, late: 0, pending: 0 });
  // The page re-rendered its whole list every second meanwhile: still two messages.
  expect(await messageCount(sw)).toBe(2);
});
