// Round 51's red team on the reply timers (rt51 F3, t05-reload-waiting-and-draft): after a reload of the extension
// with a buyer waiting, the old copy's countdown chips stayed on the page, frozen, beside the new copy's live ones
// (after two reloads, three 「time left」 values for one buyer in the chat header, only one of them moving). Now the
// old copy removes what it drew as it stops, and the new copy removes any chip of another copy it finds (an orphan
// that could not run its teardown). One chip per place after any number of reloads, and it counts down.
import type { Page } from '@playwright/test';
// A fresh browser per test: the extension is reloaded under the pages (fixtures.ts `shared`).
import { attachedSite, demoUrl, expect, gotoDemo, test } from './fixtures';
import { BLOCK_TERM, setSettings, TEST_SETTINGS } from './guard-support';
import { badgeText, chipSeconds, chipTexts, demo, QUIET, reloadExtension } from './timers-support';

const HISTORY = { ...QUIET, msg: ['张三:你好:600', '张三:您好，在的:590:out', '李四:在吗:700', '李四:在的:690:out'], open: '张三' };

/** Where each chip is: on a session card, or in the chat header (beside the buyer's name). */
const chipPlaces = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-replyguard="countdown"]')].map((host) =>
      host.closest('.SessionBaseCard') ? 'card' : host.previousElementSibling?.matches('.LoginUserInfo-mainTitle-text') ? 'header' : 'elsewhere',
    ),
  );
const hosts = (page: Page, part: string) => page.locator(`[data-replyguard="${part}"]`).count();
const EDITOR = '.SendBox .SendBox-Editor .ql-editor';

test('after two reloads of the extension with buyers waiting: one chip per card and in the chat header, and it counts down', async ({ context, serviceWorker: sw, demo: base }) => {
  await setSettings(sw, TEST_SETTINGS);
  const page = await context.newPage();
  await gotoDemo(page, demoUrl(base, 'workbench', HISTORY));
  expect(await attachedSite(page, 30_000)).toBe('kuaishou');
  await page.waitForTimeout(1800); // past the watcher's settle time
  // 张三's chat is open: his card and the header get a chip; 李四's card one.
  await demo(page, (d) => d.buyerSays('张三', '在吗'));
  await demo(page, (d) => d.buyerSays('李四', '人呢'));
  await expect.poll(() => badgeText(sw)).toBe('2');
  await expect.poll(async () => (await chipTexts(page)).length).toBe(3);
  // A breach draft stopped by the guard: its marks and its banner are on the page too when the reloads come.
  await page.locator(EDITOR).click();
  await page.keyboard.insertText(`这个${BLOCK_TERM}可以吗`);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-replyguard="banner"] .rg')).toBeVisible();

  let worker = sw;
  for (const round of [1, 2]) {
    worker = await reloadExtension(context, worker);
    await expect.poll(() => badgeText(worker), { timeout: 10_000, message: `reload ${round}: badge` }).toBe('2');
    // Wait until the new copy drew its chips, then a few seconds more for anything left over to show.
    await expect.poll(async () => (await chipTexts(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(2500);
    expect(await hosts(page, 'countdown'), `reload ${round}: chips`).toBe(3);
    expect((await chipPlaces(page)).sort(), `reload ${round}: places`).toEqual(['card', 'card', 'header']);
    // Every chip on the page is live: each counts down.
    const before = (await chipTexts(page)).map(chipSeconds);
    await page.waitForTimeout(2200);
    const after = (await chipTexts(page)).map(chipSeconds);
    expect(after.length).toBe(before.length);
    after.forEach((s, i) => expect(s, `reload ${round}: chip ${i} counts down`).toBeLessThan(before[i]!));
    // Nor any other in-page UI twice: the draft's marks once (the new copy linted it), at most one banner, no notice.
    await expect(page.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', '1');
    expect(await hosts(page, 'highlights'), `reload ${round}: marks`).toBe(1);
    expect(await hosts(page, 'banner'), `reload ${round}: banners`).toBeLessThanOrEqual(1);
    expect(await hosts(page, 'update-notice')).toBe(0);
  }
});

test('chips another copy left (one that could not run its teardown) go within a second; a page node carrying the mark stays', async ({ context, serviceWorker: sw, demo: base }) => {
  await setSettings(sw, TEST_SETTINGS);
  const page = await context.newPage();
  await gotoDemo(page, demoUrl(base, 'workbench', HISTORY));
  expect(await attachedSite(page, 30_000)).toBe('kuaishou');
  await page.waitForTimeout(1800);
  await demo(page, (d) => d.buyerSays('张三', '在吗'));
  await expect.poll(async () => (await chipTexts(page)).length).toBe(2); // 张三's card and the header
  // What a frozen old copy leaves: its chips (an open shadow root with the chip), frozen at 1:11, beside the live ones.
  await page.evaluate(() => {
    const left = (text: string) => {
      const host = document.createElement('span');
      host.setAttribute('data-replyguard', 'countdown');
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.setAttribute('part', 'chip');
      chip.textContent = text;
      host.attachShadow({ mode: 'open' }).append(chip);
      return host;
    };
    document.querySelector('.LoginUserInfo-mainTitle-text')!.after(left('1:11'));
    document.querySelector('.SessionBaseCard')!.append(left('1:11'));
    const pageOwn = document.createElement('span');
    pageOwn.id = 'page-own';
    pageOwn.setAttribute('data-replyguard', 'countdown'); // no chip inside: not ours to remove
    document.body.append(pageOwn);
  });
  await expect.poll(() => hosts(page, 'countdown'), { timeout: 3000 }).toBe(3); // the two live chips + the page's node
  expect(await page.locator('#page-own').count()).toBe(1);
  expect((await chipTexts(page)).filter((t) => t === '1:11')).toEqual([]);
  expect((await chipPlaces(page)).filter((p) => p !== 'elsewhere').sort()).toEqual(['card', 'header']);
});
