// Round 64 (timers64): a session card's 「X分Y秒后超时」 read while the page's main thread was blocked is older than the read:
// dated from the read, it gave the buyer up to seconds more than they had (the flaky timers-already-waiting at load ~30).
// The demo's ?jank keeps the main thread busy 2.2 s after each second's redraw, in the same task: every countdown text is
// read at least 2.2 s after it was written. Cards are dated from when their text was written: the chip's deadline is never
// after the buyer's real one, and early by little.
import { expect, shared as test } from './fixtures';
import { QUIET } from './timers-support';

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

test('a blocked workbench: the chips of buyers read from their session cards never show more time than they have', async ({ openDemo }) => {
  test.setTimeout(120_000);
  const t0 = Date.now();
  // 买家A is opened (its rows give its time); B, C and D are known from their cards only (the platform's 3:00 countdown).
  const agos: Record<string, number> = { 买家A: 5, 买家B: 20, 买家C: 47, 买家D: 83 };
  const page = await openDemo('workbench', { ...QUIET, t0, jank: 2200, open: '买家A', msg: Object.entries(agos).map(([name, ago]) => `${name}:请问发货了吗:${ago}`) });
  await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 30_000 });
  const deadlines = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.SessionBaseCard')].map((card) => {
          const host = card.querySelector<HTMLElement>('[data-replyguard="countdown"]');
          return [card.querySelector('.SessionBaseCard-topHeadName')?.textContent?.trim() ?? '', Number(host?.dataset.deadline ?? NaN)];
        }),
      ),
    );
  await expect.poll(async () => Object.values(await deadlines()).filter(Number.isFinite).length, { timeout: 60_000 }).toBe(4);
  for (let i = 0; i < 3; i++) {
    const shown = await deadlines();
    for (const name of ['买家B', '买家C', '买家D']) {
      const truth = t0 - agos[name]! * 1000 + 300_000;
      expect(shown[name], `${name}: the chip's deadline is never after the buyer's`).toBeLessThanOrEqual(truth);
      // The read margin (1 s), whole seconds (1 s) and a write noted at a long task's start (the 2.2 s of ?jank).
      expect(shown[name], `${name}: early by little`).toBeGreaterThan(truth - 5_000);
    }
    await page.waitForTimeout(1_000);
  }
  await page.close();
});
