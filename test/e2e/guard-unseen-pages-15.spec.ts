// Round 15 of the blind red team on the send guard (issue 4): a helper who never read the guard's code
// wrote these pages (guard-unseen-pages-15.ts) at the workbench's real address from the notes and from
// how common editors behave. Its first run found, among others: only the first of two SendBox panes was
// guarded; a 发送 click was judged by the composer last focused, not the button's own; a 发送 that sends on
// pointerup went out; the banner of a composer in a modal <dialog> was drawn under it (no override). The
// pages that found something, and one per send mechanism, are kept here.
import { type BrowserContext, type Frame, type Locator, type Page } from '@playwright/test';
import { closePage, shared, expect } from './fixtures';
import { pages, V, C } from './guard-unseen-pages-15';
import { expectAttached, openAtWorkbench, QUIET, showWorkbenchPage, sentOf, stopsLogged, untilStopped, WORKBENCH_ORIGIN as ORIGIN } from './guard-support';

/** Bodies of real form POSTs the pages made (A1b). */
let posts: string[] = [];

async function installRoutes(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/[a-z]+\.kwaixiaodian\.com\//, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (req.method() === 'POST') posts.push(new URLSearchParams(req.postData() ?? '').get('msg') ?? '');
    const html = pages[url.pathname];
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

// On the worker's shared browser (fixtures.ts `shared`, reset after each test, routes included): each test
// installs the routes again.
const test = shared.extend<{ pg: Page }>({
  pg: async ({ context }, use) => {
    posts = [];
    await installRoutes(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    (page as unknown as { __dialogs: string[] }).__dialogs = dialogs;
    await use(page);
    await closePage(page);
  },
});

const open = openAtWorkbench;

async function draftOf(editor: Locator): Promise<string> {
  return editor.evaluate((el) => {
    if ('value' in el) return (el as HTMLTextAreaElement).value;
    return (window as unknown as { ser(n: Element): string }).ser(el);
  });
}

const banner = (page: Page) => page.locator('[data-replyguard="banner"] .rg');

/** Stops logged so far: taken before a send attempt the guard should stop (see notSentSince). */
const stops = (page: Page) => stopsLogged(page.context());

/** Until the guard has stopped the attempt made after `before` (or the page sent, or QUIET passed); see untilStopped. */
async function stopped(page: Page, before: number, sentBefore: number): Promise<void> {
  await untilStopped(page, before, async () => (await sentOf(page)).length !== sentBefore, QUIET);
}

async function expectNotSent(page: Page, before: number, what = 'page sent nothing'): Promise<void> {
  await stopped(page, before, 0);
  expect(await sentOf(page), what).toEqual([]);
}

async function expectBanner23(page: Page): Promise<void> {
  await expect(banner(page), 'banner names clause 2.3').toContainText('2.3', { timeout: 3_000 });
}

async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}

/** An IME confirm Enter (keydown isComposing + keyCode 229), as Chrome fires it before compositionend. */
async function imeEnter(editor: Locator): Promise<boolean> {
  return editor.evaluate((el) =>
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, which: 229, isComposing: true, bubbles: true, cancelable: true } as KeyboardEventInit)),
  );
}


interface PageDef {
  id: string;
  path: string;
  editor: string;
  send: string;
  /** Enter sends (otherwise Enter is a newline and only the button sends). */
  enter: boolean;
  /** Shift+Enter is a newline here. */
  shift: boolean;
  rerender: boolean;
  /** The page's send is a real form POST (read `posts`). */
  post?: boolean;
}

const STANDARD: PageDef[] = [
  { id: 'A1 form <input> + <button type=submit>发送 (implicit submission)', path: '/rt15/form-input', editor: '#composer', send: 'button[type=submit]', enter: true, shift: false, rerender: true },
  { id: 'A1b scriptless form that really POSTs', path: '/rt15/form-post', editor: '#composer', send: 'button[type=submit]', enter: true, shift: false, rerender: false, post: true },
  { id: 'A2 textarea in form, page keydown calls form.requestSubmit()', path: '/rt15/form-requestsubmit', editor: '#composer', send: 'button[type=submit]', enter: true, shift: true, rerender: true },
  { id: 'B1 Quill SendBox, Enter sends on keyup', path: '/rt15/keyup-quill', editor: '.SendBox .ql-editor', send: '.SendBox-buttonRight .ant-btn-primary', enter: true, shift: true, rerender: true },
  { id: 'B2 div 发送 that sends on mousedown', path: '/rt15/btn-mousedown', editor: '#composer', send: '.send-btn', enter: true, shift: true, rerender: true },
  { id: 'B3 div 发送 that sends on pointerdown', path: '/rt15/btn-pointerdown', editor: '#composer', send: '.send-btn', enter: true, shift: true, rerender: true },
  // Found sent in round 15's first run (a pointerup sender): fixed.
  { id: 'B4 div 发送 that sends on pointerup', path: '/rt15/btn-pointerup', editor: '#composer', send: '.send-btn', enter: true, shift: true, rerender: true },
  { id: 'B4b div 发送 that sends on mouseup', path: '/rt15/btn-mouseup', editor: '#composer', send: '.send-btn', enter: true, shift: true, rerender: true },
  { id: 'B8 发送 is a web component (<button> in its shadow root, label slotted)', path: '/rt15/wc-button', editor: '#composer', send: '#send', enter: true, shift: true, rerender: false },
  { id: 'B6 Lexical-style, send through beforeinput insertParagraph', path: '/rt15/beforeinput', editor: '#composer', send: '#send', enter: true, shift: true, rerender: true },
  { id: 'C1 React controlled textarea with quick phrases', path: '/rt15/quick-react', editor: '#composer', send: '#send', enter: true, shift: true, rerender: true },
  { id: 'C3 Quill with its own model, SendBox re-rendered after each send', path: '/rt15/quill-model', editor: '.SendBox .ql-editor', send: '.SendBox-buttonRight .ant-btn-primary', enter: true, shift: false, rerender: true },
];



async function sentFor(page: Page, def: PageDef): Promise<string[]> {
  return def.post ? posts.slice() : sentOf(page);
}

/**
 * After a violating attempt: until the guard logged its stop (see `stopped`). A page that really POSTs has no
 * signal for a submission that would still start (the request leaves a task or more after the event): there
 * the full QUIET is waited, as before.
 */
async function quiet(page: Page, def: PageDef, before: number): Promise<void> {
  if (def.post) await page.waitForTimeout(QUIET);
  else await stopped(page, before, 0);
}

/** One page's cases: violating Enter, violating 发送, then a clean 发送. The page is shown through showWorkbenchPage (see STANDARD_TESTS). */
async function standardCase(pg: Page, def: PageDef): Promise<void> {
    await showWorkbenchPage(pg, pages, def.path);
    await expectAttached(pg);
    const ed = pg.locator(def.editor);
    await typeInto(pg, ed, V);
    if (def.enter) {
      const before = await stops(pg);
      await pg.keyboard.press('Enter');
      await quiet(pg, def, before);
      expect(await sentFor(pg, def), 'violating Enter: nothing sent').toEqual([]);
      expect(pg.url(), 'no navigation').toBe(ORIGIN + def.path);
      await expectBanner23(pg);
    }
    const before = await stops(pg);
    await pg.locator(def.send).click();
    await quiet(pg, def, before);
    expect(await sentFor(pg, def), 'violating 发送: nothing sent').toEqual([]);
    expect(pg.url(), 'no navigation').toBe(ORIGIN + def.path);
    await expectBanner23(pg);
    // The clean draft on the same page, as the agent goes on after a stop (a reload here was a second page load a test): the
    // stopped draft emptied with the keyboard, which every editor here takes as its own edit.
    await ed.click();
    await pg.keyboard.press('ControlOrMeta+A');
    await pg.keyboard.press('Delete');
    await expect.poll(() => ed.evaluate((el) => ('value' in el ? String(el.value) : (el.textContent ?? ''))), 'the stopped draft emptied').toBe('');
    await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]'), 'no stop shown for the emptied draft').toHaveCount(0);
    posts = [];
    await typeInto(pg, ed, C);
    await pg.locator(def.send).click();
    await expect.poll(() => sentFor(pg, def), { timeout: 5_000 }).toEqual([C]);
    // A page that really POSTs is navigating now: the route saw the body before it answered, and the commit of
    // /rt15/sent is still to come. Ending the test here closed the page in the middle of that commit, a close
    // Chromium drops (see closePage): the teardown hung (once in CI; 1 in 40 repeats here). The send ends where it lands.
    if (def.post) await pg.waitForURL(ORIGIN + '/rt15/sent');
}

// The pages in four tests (so the two workers split them), a step per page: a test's first page is loaded, the next ones are shown by
// rewriting it in place (no page load: each costs seconds). The page that really POSTs navigates away: it has a test of its own.
const STANDARD_TESTS: [string, string[]][] = [
  ['A forms', ['A1', 'A2']],
  ['A1b', ['A1b']],
  ['B Enter on keyup, 发送 on mousedown / pointerdown / pointerup / mouseup', ['B1', 'B2', 'B3', 'B4', 'B4b']],
  ['B8, B6, C1, C3: a web-component 发送, beforeinput, React quick phrases, a Quill model', ['B8', 'B6', 'C1', 'C3']],
];
for (const [name, ids] of STANDARD_TESTS) {
  const defs = ids.map((id) => STANDARD.find((def) => def.id.startsWith(`${id} `))!);
  test(`${defs.length > 1 ? name : defs[0]!.id}: violating Enter and 发送 not sent (banner 2.3); clean 发送 sent unchanged`, async ({ pg }) => {
    // A minute a page, as each had when it was a test of its own (the project's 2 minutes for a test was short for several at load 47).
    test.setTimeout(Math.max(120_000, 60_000 * defs.length));
    for (const def of defs) await test.step(def.id, () => standardCase(pg, def));
  });
}

test.describe('rich contenteditable (Quill SendBox)', () => {
  test('typed hostile text with a violation: banner shows it as text, no dialog, no new element', async ({ pg }) => {
    await open(pg, '/rt15/rich');
    const before = await pg.evaluate(() => document.querySelectorAll('img,svg').length);
    const hostile = '<img src=x onerror=alert(1)>"><svg onload=alert(2)> 加我微信 abc12345';
    const ed = pg.locator('.SendBox .ql-editor');
    await typeInto(pg, ed, hostile);
    const stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt);
    await expectBanner23(pg);
    // No signal for an alert that never comes: a markup-built <img src=x> would call onerror once its load fails.
    await pg.waitForTimeout(500);
    expect((pg as unknown as { __dialogs: string[] }).__dialogs, 'no dialog').toEqual([]);
    expect(await pg.evaluate(() => document.querySelectorAll('img,svg').length)).toBe(before);
    const inBanner = await pg.locator('[data-replyguard="banner"]').evaluate((h) => (h.shadowRoot ? h.shadowRoot.querySelectorAll('img[src="x"], svg[onload]').length : -1));
    expect(inBanner, 'no hostile element inside the banner').toBe(0);
  });
});

// ------------------------------------------------------------------------------------------------ E. two panes
test.describe('E two conversation panes side by side, each with its own 发送', () => {
  const L = '#left .ql-editor';
  const R = '#right .ql-editor';
  const LB = '#left .ant-btn-primary';
  const RB = '#right .ant-btn-primary';

  test('violation in the left pane does not block a clean send in the right one (click and Enter)', async ({ pg }) => {
    await open(pg, '/rt15/two-panes');
    let stopsAt: number;
    await typeInto(pg, pg.locator(L), V);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt, 'left violating Enter');
    await typeInto(pg, pg.locator(R), C);
    await pg.locator(RB).click();
    await expect.poll(() => sentOf(pg), { message: 'right clean click sent' }).toEqual(['right:' + C]);
    await typeInto(pg, pg.locator(R), C);
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), { message: 'right clean Enter sent' }).toEqual(['right:' + C, 'right:' + C]);
  });

  // Round 15's first run: only the first SendBox on the page was guarded: a violating draft in the second pane goes out on Enter
  // and on 发送, with no banner.
  test('a violating draft in the RIGHT (second) pane alone: Enter and 发送 not sent, banner 2.3', async ({ pg }) => {
    await open(pg, '/rt15/two-panes');
    let stopsAt: number;
    await typeInto(pg, pg.locator(R), V);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt, 'right violating Enter');
    stopsAt = await stops(pg);
    await pg.locator(RB).click();
    await expectNotSent(pg, stopsAt, 'right violating click');
    await expectBanner23(pg);
  });

  test('left violating 发送 clicked while the focus is in the clean right pane: not sent', async ({ pg }) => {
    await open(pg, '/rt15/two-panes');
    let stopsAt: number;
    await typeInto(pg, pg.locator(L), V);
    await typeInto(pg, pg.locator(R), C);
    stopsAt = await stops(pg);
    await pg.locator(LB).click();
    await expectNotSent(pg, stopsAt);
    await expectBanner23(pg);
  });

  // Round 15's first run: same cause, the right pane's violating draft was sent on Enter.
  test('clean left, violating right: Enter in right blocked, left 发送 sends the clean left draft', async ({ pg }) => {
    await open(pg, '/rt15/two-panes');
    let stopsAt: number;
    await typeInto(pg, pg.locator(L), C);
    await typeInto(pg, pg.locator(R), V);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt, 'right violating Enter');
    await pg.locator(LB).click();
    await expect.poll(() => sentOf(pg)).toEqual(['left:' + C]);
    stopsAt = await stops(pg);
    await pg.locator(RB).click();
    await stopped(pg, stopsAt, 1);
    expect(await sentOf(pg), 'right violating click still not sent').toEqual(['left:' + C]);
  });
});

// Round 15's first run: the generic path judged a 发送 click by the composer that last had focus, not the one the button belongs to:
// clicking the violating pane's 发送 after typing in the clean pane sends the violating draft (last step of each case).
test.describe('E2 two plain textarea panes (generic path), each with its own 发送', () => {
  for (const side of ['left', 'right'] as const) {
    const other = side === 'left' ? 'right' : 'left';
    test(`violating in ${side}, clean in ${other}: ${side} Enter/发送 not sent, ${other} Enter/发送 sent`, async ({ pg }) => {
      await open(pg, '/rt15/two-textareas');
      let stopsAt: number;
      await typeInto(pg, pg.locator(`#${side} textarea`), V);
      await typeInto(pg, pg.locator(`#${other} textarea`), C);
      await pg.locator(`#${side} textarea`).click();
      stopsAt = await stops(pg);
      await pg.keyboard.press('Enter');
      await expectNotSent(pg, stopsAt, `${side} violating Enter`);
      stopsAt = await stops(pg);
      await pg.locator(`#${side} .send`).click();
      await expectNotSent(pg, stopsAt, `${side} violating click (focus moved to its button)`);
      await expectBanner23(pg);
      await pg.locator(`#${other} textarea`).click();
      await pg.keyboard.press('Enter');
      await expect.poll(() => sentOf(pg), { message: `${other} clean Enter sent` }).toEqual([`${other}:${C}`]);
      await typeInto(pg, pg.locator(`#${other} textarea`), C);
      await pg.locator(`#${other} .send`).click();
      await expect.poll(() => sentOf(pg), { message: `${other} clean click sent` }).toEqual([`${other}:${C}`, `${other}:${C}`]);
      // And the violating pane is still held when its 发送 is clicked from the other pane.
      stopsAt = await stops(pg);
      await pg.locator(`#${side} .send`).click();
      await stopped(pg, stopsAt, 2);
      expect(await sentOf(pg)).toEqual([`${other}:${C}`, `${other}:${C}`]);
    });
  }
});

// ------------------------------------------------------------------------------------------------ E3/E4 override scope, modal
const overrideButton = (page: Page) => page.locator('[data-replyguard="banner"] button', { hasText: '仍要发送' });

test.describe('E4 the override (仍要发送) belongs to the draft it was given for', () => {
  test('override armed in the left pane does not let a different violating draft out of the right pane', async ({ pg }) => {
    await open(pg, '/rt15/two-textareas');
    let stopsAt: number;
    await typeInto(pg, pg.locator('#left textarea'), V);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt, 'left violating Enter');
    await overrideButton(pg).click();
    const other = '亲，加我微信 zz998877 再说';
    await typeInto(pg, pg.locator('#right textarea'), other);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await stopped(pg, stopsAt, 0);
    expect(await sentOf(pg), 'the right pane’s own violation is not covered by the left override').toEqual([]);
  });

  test('override armed, then the agent edits the draft to another violation: Enter is held again', async ({ pg }) => {
    await open(pg, '/rt15/quick-silent');
    let stopsAt: number;
    const ed = pg.locator('#composer');
    await typeInto(pg, ed, V);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt);
    await overrideButton(pg).click();
    await ed.click();
    await pg.keyboard.press('End');
    await pg.keyboard.type('，或者加我QQ 12345678');
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await stopped(pg, stopsAt, 0);
    const sent = await sentOf(pg);
    test.info().annotations.push({ type: 'observed', description: JSON.stringify(sent) });
    expect(sent, 'an override given for one draft does not pass a changed draft').toEqual([]);
  });
});

test.describe('E3 composer inside a modal <dialog> (page outside it is inert)', () => {
  // Round 15's first run: the banner was drawn under the modal dialog (outside the top layer, inert): the send is stopped but
  // 仍要发送 cannot be clicked ("<dialog> intercepts pointer events"), so the agent cannot override from a modal.
  test('violating Enter not sent; the banner is visible and its 仍要发送 can be clicked; override then sends', async ({ pg }) => {
    await open(pg, '/rt15/modal');
    let stopsAt: number;
    await typeInto(pg, pg.locator('#composer'), V);
    stopsAt = await stops(pg);
    await pg.keyboard.press('Enter');
    await expectNotSent(pg, stopsAt);
    await expectBanner23(pg);
    await overrideButton(pg).click({ timeout: 3_000 });
    await pg.locator('#composer').click();
    await pg.keyboard.press('End');
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), { message: 'the override reached the page' }).toEqual([V]);
  });
  test('violating 发送 click not sent; clean Enter sent unchanged', async ({ pg }) => {
    await open(pg, '/rt15/modal');
    let stopsAt: number;
    await typeInto(pg, pg.locator('#composer'), V);
    stopsAt = await stops(pg);
    await pg.locator('#send').click();
    await expectNotSent(pg, stopsAt);
    await pg.locator('#composer').fill('');
    await typeInto(pg, pg.locator('#composer'), C);
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg)).toEqual([C]);
  });
});

