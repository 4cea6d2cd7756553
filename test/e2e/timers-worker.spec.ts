// The worker stopped mid-countdown: state intact, the countdown keeps falling, the alarm wakes a
// Code run in extension pages: `chrome` is the extension API there.
declare const chrome: typeof import('wxt/browser').browser;
// fresh worker and the breach alert still fires; the deadline passing records a late.
import { badgeText, chipTexts, expect, inReplyWindow, stopServiceWorker, storagePage, test, todayFigures, wb } from './timers-support';

test('stopped worker: the alert still fires at the deadline and the late is recorded', async ({ context, sw, extensionId, baseURL }) => {
  const page = await context.newPage();
  await page.goto(`${baseURL}/workbench-lite.html?open=李四`);
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'kuaishou');
  await page.waitForTimeout(1800);

  // 4:48 ago: 3:00 and 4:00 are already due (one alert, the latest), 5:00 in 12 s.
  const sentAt = Date.now() - 288_000;
  await wb(page, (w) => w.buyerSays('李四', '发货了吗', 288));
  await expect.poll(() => badgeText(sw)).toBe('1');
  const store = await storagePage(context, extensionId);
  const shown = () => store.evaluate(async () => Object.values((await chrome.storage.local.get('alerts-shown'))['alerts-shown'] ?? {}) as number[]);
  await expect.poll(shown).toEqual([1]); // the 4:00 step

  await stopServiceWorker(context, extensionId);
  const workers = async () => {
    const cdp = await context.newCDPSession(store);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId)).length;
  };
  await expect.poll(workers).toBe(0);

  // While the worker is stopped the page keeps drawing from the stored deadline…
  await expect.poll(async () => (await chipTexts(page))[0] ?? '', { timeout: 20_000 }).toMatch(/^超时 0:0\d/);
  // …and the alarm alone wakes a worker that shows the 5:00 alert.
  await expect.poll(shown, { timeout: 20_000 }).toEqual([2]);
  const notifications = await store.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  expect(notifications).toEqual(['replyguard|李四']);

  expect(await badgeText(sw)).toBe('1');
  const color = await sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
  expect(color).toEqual([0xcf, 0x13, 0x22, 255]);
  const counted = inReplyWindow(sentAt) ? 1 : 0;
  expect(await todayFigures(sw)).toMatchObject({ eligible: counted, late: counted, onTime: 0, pending: 0 });
});
