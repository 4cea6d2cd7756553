// Round 26 of the blind red team on the send guard (round 4): only the best-scoring 发送 of a composer was
// guarded, so any other control sending the same draft went out (L1: a second 发送, 发送(S), an input
// button, a focusable div, an icon, 发送并结束会话 in a menu portaled to <body>, a second composer with
// its own 发 送); a 发送 click was not judged when the composer sat in an open shadow root or in a
// same-origin iframe beside the button (L2); a page's Alt+S / Ctrl+S sent a violating draft (L4).
// Pages: guard-unseen-pages-26.ts. Every case also sends the clean draft, unchanged.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { pages, V, C } from './guard-unseen-pages-26';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest, WORKBENCH_ORIGIN as ORIGIN } from './guard-support';

const test = workbenchPagesTest(pages);

const open = openAtWorkbench;

/** Does `attempt` and expects the guard to stop it: nothing sent, the banner names 2.3. */
async function expectStopped(page: Page, what: string, attempt: () => Promise<void>): Promise<void> {
  const before = await stopsLogged(page.context());
  await attempt();
  await untilStopped(page, before, async () => (await sentOf(page)).length > 0, QUIET);
  expect(await sentOf(page), `${what}: nothing sent`).toEqual([]);
  await expect(page.locator('[data-replyguard="banner"] .rg'), `${what}: banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text);
}

test('L1 every control that sends the draft is judged: a second 发送, 发送(S), input, focusable div (click and Enter), icon, 发送并… in a portaled menu', async ({ pg }) => {
  await open(pg, '/rt26/toolbar');
  await typeInto(pg, '#ta', V);
  for (const id of ['second', 'acc', 'val', 'key', 'icon']) await expectStopped(pg, `#${id} click`, () => pg.locator(`#${id}`).click());
  await expectStopped(pg, '#key Enter', async () => {
    await pg.locator('#key').focus();
    await pg.keyboard.press('Enter');
  });
  await pg.locator('#more').click();
  await expectStopped(pg, '发送并结束会话', () => pg.locator('#close').click());
  await expectStopped(pg, '发送并转接 (its inner span)', () => pg.locator('#transfer span').click());
  // A clean draft goes out through any of them, unchanged.
  await pg.locator('#ta').fill('');
  await typeInto(pg, '#ta', C);
  await pg.locator('#acc').click();
  await expect.poll(() => sentOf(pg)).toEqual([`acc:${C}`]);
  await typeInto(pg, '#ta', C);
  await pg.locator('#transfer span').click();
  await expect.poll(() => sentOf(pg)).toEqual([`acc:${C}`, `transfer:${C}`]);
});

test('L1 a second composer with its own 发 送 on a page with a SendBox: violating click stopped, clean sent', async ({ pg }) => {
  await open(pg, '/rt26/second-composer');
  await typeInto(pg, '#ta2', V);
  await expectStopped(pg, 'second composer 发 送', () => pg.locator('#send2').click());
  await pg.locator('#ta2').fill('');
  await typeInto(pg, '#ta2', C);
  await pg.locator('#send2').click();
  await expect.poll(() => sentOf(pg)).toEqual([`ta2:${C}`]);
});

test('L2 composer and 发送 in an open shadow root: violating click stopped, clean sent', async ({ pg }) => {
  // No composer in the light DOM: the guard attaches when the agent focuses the one in the shadow root.
  await pg.goto(ORIGIN + '/rt26/shadow');
  await typeInto(pg, '#box textarea', V);
  await expect(pg.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 10_000 });
  await expectStopped(pg, 'shadow 发送', () => pg.locator('#box button').click());
  await pg.locator('#box textarea').fill('');
  await typeInto(pg, '#box textarea', C);
  await pg.locator('#box button').click();
  await expect.poll(() => sentOf(pg)).toEqual([`shadow:${C}`]);
});

test('L2 composer and 发送 in a CLOSED shadow root (reached through chrome.dom): violating Enter and click stopped, clean sent', async ({ pg }) => {
  await pg.goto(ORIGIN + '/rt26/shadow?closed');
  // A closed root: Playwright's locators cannot pierce it; the page's handle and coordinates can.
  const inRoot = (sel: string) => pg.evaluateHandle((s) => (document.getElementById('box') as unknown as { __root: ShadowRoot }).__root.querySelector(s)!, sel);
  const ta = await inRoot('textarea');
  const button = await inRoot('button');
  await ta.asElement()!.click();
  await pg.keyboard.type(V);
  await expectStopped(pg, 'closed-root Enter', () => pg.keyboard.press('Enter'));
  await expect(pg.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/);
  await expectStopped(pg, 'closed-root 发送', () => button.asElement()!.click());
  await ta.evaluate((el) => ((el as HTMLTextAreaElement).value = ''));
  await ta.asElement()!.click();
  await pg.keyboard.type(C);
  await button.asElement()!.click();
  await expect.poll(() => sentOf(pg)).toEqual([`shadow:${C}`]);
});

test('L2 composer in a same-origin iframe, 发送 in the outer page: violating click stopped, clean sent', async ({ pg }) => {
  await pg.goto(ORIGIN + '/rt26/frame');
  const inner = pg.frameLocator('#ifr');
  await inner.locator('#ta').click();
  await pg.keyboard.type(V);
  await expect(inner.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 10_000 });
  await expectStopped(pg, 'outer 发送', () => pg.locator('#send').click());
  await inner.locator('#ta').fill('');
  await inner.locator('#ta').click();
  await pg.keyboard.type(C);
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg)).toEqual([`outer:${C}`]);
});

test('L4 the page sends on Alt+S / Ctrl+S: stopped while the draft has findings, a clean draft untouched', async ({ pg }) => {
  await open(pg, '/rt26/hotkeys');
  await typeInto(pg, '#ta', V);
  await expectStopped(pg, 'Alt+S', () => pg.keyboard.press('Alt+s'));
  await expectStopped(pg, 'Control+S', () => pg.keyboard.press('Control+s'));
  await pg.locator('#ta').fill('');
  await typeInto(pg, '#ta', C);
  await pg.keyboard.press('Alt+s');
  await expect.poll(() => sentOf(pg)).toEqual([`alt-s:${C}`]);
  await typeInto(pg, '#ta', C);
  await pg.keyboard.press('Control+s');
  await expect.poll(() => sentOf(pg)).toEqual([`alt-s:${C}`, `ctrl-s:${C}`]);
});
