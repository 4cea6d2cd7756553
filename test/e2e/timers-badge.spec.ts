// On the demo workbench: a buyer message → badge 1 and a countdown that falls, on the session card
// and in the chat header; the agent's reply from the composer → the badge and the chips clear.
import { attachedSite, expect, shared as test } from './fixtures';
import { badgeText, chipBounds, chipTexts, demo, inReplyWindow, QUIET, readChip, replyInComposer, sameBeijingDay, storedMessages, todayFigures } from './timers-support';

test('buyer message: badge 1, countdown falling; the reply clears it', async ({ openDemo, serviceWorker: sw }) => {
  const page = await openDemo('workbench', { ...QUIET, msg: ['张三:你好:600', '张三:您好，在的:590:out'], open: '张三' });
  expect(await attachedSite(page)).toBe('kuaishou');
  await page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live
  expect(await badgeText(sw)).toBe('');

  const sentFrom = Date.now() - 20_000;
  await demo(page, (d) => d.buyerSays('张三', '在吗？还有货吗', { agoSeconds: 20 }));
  const sentTo = Date.now() - 20_000;
  await expect.poll(() => badgeText(sw)).toBe('1');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(2); // card + header
  // The chips count down to the stored deadline, judged by the moments of each read (a fixed "> 270" and
  // "2–4 s less after a 3.2 s wait" also timed the machine: on a loaded one each read can take a second).
  const asked = (await storedMessages(sw)).find((m) => m.dir === 'in' && !m.history)!;
  // Stamped 20 s back by the page's clock, to the printed second.
  expect(asked.ts).toBeGreaterThanOrEqual(Math.floor(sentFrom / 1000) * 1000);
  expect(asked.ts).toBeLessThanOrEqual(sentTo);
  const deadline = asked.ts + 300_000;
  const first = await readChip(page);
  expect(first.seconds).toBeLessThanOrEqual(280);
  expect(first.seconds).toBeGreaterThanOrEqual(chipBounds(deadline, first).min);
  expect(first.seconds).toBeLessThanOrEqual(chipBounds(deadline, first).max);
  await page.waitForTimeout(3200); // the countdown runs on by itself
  const later = await readChip(page);
  expect(later.seconds).toBeLessThanOrEqual(first.seconds - 2);
  expect(later.seconds).toBeGreaterThanOrEqual(chipBounds(deadline, later).min);
  expect(later.seconds).toBeLessThanOrEqual(chipBounds(deadline, later).max);

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
  // Keyed by the buyer id the rows carry (0_<buyerId>_…), shown as 张三.
  expect(stored.every((m) => /^id:\d+$/.test(m.conv) && m.buyerName === '张三' && m.tsSource === 'page' && /^0_\d+_\d+$/.test(m.id))).toBe(true);
  // Both questions answered in time; counted when sent 08:00–24:00 today (the test may run at any hour), as
  // stored: the page stamps them with its own clock, a moment off the test's (an 08:00 or midnight in between).
  const now = Date.now();
  const counted = stored.filter((m) => m.dir === 'in' && inReplyWindow(m.ts) && sameBeijingDay(m.ts, now)).length;
  expect(await todayFigures(sw, now)).toMatchObject({ eligible: counted, onTime: counted, late: 0, pending: 0 });
});
