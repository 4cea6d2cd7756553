// The shared browser keeps a test's first page as a blank tab for the next test (kept-tab.ts) only when what the test did to
// it is undone: these tests run in order on one worker (serial), each looking at what the one before left in its tab.
import type { Page } from '@playwright/test';
import { shared as test, expect, demoUrl } from './fixtures';

test.describe.configure({ mode: 'serial' });

/** The first page of the test before (the module is loaded once per worker, and a serial group stays on one worker). */
let before: Page | undefined;
/** What K1's console listener heard. */
const heardByTheTestBefore: string[] = [];

test('K1 a test leaves listeners, a route, an init script, sessionStorage, history and the mouse in its first page', async ({ openDemo, demo }) => {
  const page = await openDemo('textarea.html');
  before = page;
  page.on('console', (message) => heardByTheTestBefore.push(message.text()));
  await page.route('**/leftover-route', (route) => route.fulfill({ status: 200, body: 'fulfilled by the test before' }));
  await page.addInitScript(() => ((window as unknown as { leftover?: string }).leftover = 'init script of the test before'));
  await page.evaluate(() => sessionStorage.setItem('leftover', 'sessionStorage of the test before'));
  await page.goto(demoUrl(demo, 'textarea.html', { second: 1 }));
  await expect.poll(() => page.evaluate(() => (window as unknown as { leftover?: string }).leftover)).toBe('init script of the test before');
  await page.mouse.move(300, 200);
});

test('K2 the next test gets that tab back (no new tab), with none of it', async ({ openDemo, demo }) => {
  const page = await openDemo('textarea.html');
  // Kept: the same tab (on the code before round 61 every test had a new one).
  expect(page).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { leftover?: string }).leftover)).toBeUndefined();
  expect(await page.evaluate(() => sessionStorage.getItem('leftover'))).toBeNull();
  expect(await page.evaluate(() => fetch('/leftover-route').then((r) => r.status))).toBe(404);
  expect((page as unknown as { listenerCount(event: string): number }).listenerCount('console')).toBe(0);
  const heard = page.waitForEvent('console');
  await page.evaluate(() => console.log('seen by no listener of the test before'));
  expect((await heard).text()).toBe('seen by no listener of the test before');
  expect(heardByTheTestBefore).not.toContain('seen by no listener of the test before');
  // Back leads to the blank tab, never into the test before's pages.
  expect(await page.evaluate(() => history.length)).toBe(2);
  await page.goBack();
  expect(page.url()).toBe('about:blank');
  await page.goto(demoUrl(demo, 'textarea.html'));
  before = page;
});

test('K3 a test that changes its first page’s viewport', async ({ openDemo }) => {
  const page = await openDemo('textarea.html');
  expect(page).toBe(before);
  await page.setViewportSize({ width: 500, height: 400 });
  before = page;
});

test('K4 … leaves the next test a new tab, at the usual size', async ({ openDemo }) => {
  const page = await openDemo('textarea.html');
  expect(page).not.toBe(before);
  expect(before!.isClosed()).toBe(true);
  expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 800]);
  before = page;
});

test('K5 a tab that left an origin (its sessionStorage out of reach) is not kept either', async ({ openDemo, context }) => {
  const page = await openDemo('textarea.html');
  expect(page).toBe(before);
  await page.evaluate(() => sessionStorage.setItem('leftover', 'left on the demo origin'));
  await context.route('https://elsewhere.invalid/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' }));
  await page.goto('https://elsewhere.invalid/');
  before = page;
});

test('K6 … and the next test’s tab has no sessionStorage of it', async ({ openDemo }) => {
  const page = await openDemo('textarea.html');
  expect(page).not.toBe(before);
  expect(await page.evaluate(() => sessionStorage.getItem('leftover'))).toBeNull();
});
