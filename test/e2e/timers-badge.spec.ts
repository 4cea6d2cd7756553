// On the demo workbench: a buyer message → badge 1 and a countdown that falls, on the session card
// and in the chat header; the agent's reply from the composer → the badge and the chips clear.
import { attachedSite, expect, test } from './fixtures';
import { badgeText, chipSeconds, chipTexts, demo, inReplyWindow, QUIET, replyInComposer, sameBeijingDay, storedMessages, todayFigures } from './timers-support';

test('buyer message: badge 1, countdown falling; the reply clears it', async ({ openDemo, serviceWorker: sw }) => {
  const page = await openDemo('workbench', { ...QUIET, msg: ['张三:你好:600', '张三:您好，在的:590:out'], open: '张三' });
  expect(await attachedSite(page)).toBe('kuaishou');
  await page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live
  expect(await badgeText(sw)).toBe('');

  const sentAt = Date.now() - 20_000;
  await demo(page, (d) => d.buyerSays('张三', '在吗？还有货吗', { agoSeconds: 20 }));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(2); // card + header
  const first = chipSeconds((await chipTexts(page))[0]!);
  expect(first).toBeGreaterThan(270);
  expect(first).toBeLessThanOrEqual(280);
  await page.waitForTimeout(3200);
  const later = chipSeconds((await chipTexts(page))[0]!);
  expect(later).toBeLessThanOrEqual(first - 2);
  expect(later).toBeGreaterThanOrEqual(first - 4);

  await replyInComposer(page, '在的，有货');
  await expect.poll(() => badgeText(sw)).toBe('');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(0);
  // The history (an answered exchange 10 minutes ago), the question, the reply: four records.
  const stored = await storedMessages(sw);
  expect(stored.map((m) => [m.dir, m.history])).toEqual([
    ['in', true],
    ['out', true],
    ['in', false],
    ['out', false],
  ]);
  expect(stored.every((m) => m.conv === '张三' && m.tsSource === 'page' && /^0_\d+_\d+$/.test(m.id))).toBe(true);
  // Both questions answered in time; counted when sent 08:00–24:00 today (the test may run at any hour).
  const now = Date.now();
  const counted = [sentAt - 580_000, sentAt].filter((ts) => inReplyWindow(ts) && sameBeijingDay(ts, now)).length;
  expect(await todayFigures(sw, now)).toMatchObject({ eligible: counted, onTime: counted, late: 0, pending: 0 });
});
