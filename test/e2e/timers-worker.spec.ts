// The worker stopped mid-countdown: the countdown keeps falling from the stored deadline, the
// alarm alone wakes a fresh worker, the 5:00 alert fires, and the late is recorded.
// A fresh browser: the test stops the extension's worker (fixtures.ts `shared`).
import { expect, test } from './fixtures';
import { badgeText, chipTexts, demo, guardOff, inReplyWindow, QUIET, sameBeijingDay, storedMessages, todayFigures } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

test('stopped worker: the alert still fires at the deadline and the late is recorded', async ({ openDemo, openPopup, serviceWorker: sw, stopServiceWorker, context, extensionId }) => {
  await guardOff(sw);
  const page = await openDemo('workbench', { ...QUIET, msg: ['李四:你好:900', '李四:您好:890:out'], open: '李四' });
  await page.waitForTimeout(1800);
  // 4:48 ago: 3:00 and 4:00 are already due (one alert, the latest), 5:00 in 12 s.
  const sentAt = Date.now() - 288_000;
  await demo(page, (d) => d.buyerSays('李四', '发货了吗', { agoSeconds: 288 }));
  await expect.poll(() => badgeText(sw)).toBe('1');

  // An extension page reads storage without waking the worker.
  const popup = await openPopup();
  const shown = () => popup.evaluate(async () => Object.values((await chrome.storage.local.get('alerts-shown'))['alerts-shown'] ?? {}) as number[]);
  await expect.poll(shown).toEqual([1]); // the 4:00 step (3:00 collapsed into it)

  await stopServiceWorker();
  const running = async () => {
    const cdp = await context.newCDPSession(popup);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId)).length;
  };
  expect(await running()).toBe(0);

  // The page keeps drawing from the stored deadline…
  await expect.poll(async () => (await chipTexts(page))[0] ?? '', { timeout: 20_000 }).toMatch(/^超时 0:0\d/);
  // …and the alarm wakes a worker that shows the 5:00 alert.
  await expect.poll(shown, { timeout: 20_000 }).toEqual([2]);
  expect(await popup.evaluate(async () => Object.keys(await chrome.notifications.getAll()))).toEqual([expect.stringMatching(/^replyguard\|id:\d+$/)]); // 李四, by the buyer id

  expect(await badgeText(sw)).toBe('1');
  expect(await sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0xcf, 0x13, 0x22, 255]);
  // Counted when asked 08:00–24:00 today, by the times as stored: the page stamps them with its own clock (the
  // opening exchange at its load, seconds before `sentAt`), so an 08:00 or a midnight may fall in between.
  const now = Date.now();
  const asked = await storedMessages(sw);
  const today = (history: boolean) => asked.filter((m) => m.dir === 'in' && m.history === history && inReplyWindow(m.ts) && sameBeijingDay(m.ts, now)).length;
  const counted = today(false); // the question 4:48 before the stop
  expect(asked.find((m) => m.dir === 'in' && !m.history)!.ts).toBeGreaterThanOrEqual(Math.floor(sentAt / 1000) * 1000);
  // The opening exchange 15 minutes ago (history, printed times) was answered in 10 s.
  const opening = today(true);
  expect(await todayFigures(sw, now)).toMatchObject({ late: counted, onTime: opening, pending: 0 });
});
