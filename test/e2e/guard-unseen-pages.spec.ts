// The compose guard on chat pages it was never tuned on: imitation pages at the workbench's real origin
// (guard-unseen-pages.ts), written blind from the notes by a red team that never read the guard's code
// (round 13): Quill, React textarea (keydown/keypress), Draft.js, Slate, composers in iframes, Send
// controls that are a <span> / div[role=button] / icon / inserted / disabled, the page's Enter listener on
// window or document (capture or bubble), Ctrl+Enter and button-only pages, a conversation switch,
// hostile text. Each page's cases run in sequence on one page load (one browser per test keeps it cheap).
// Known limit, not tested here: where plain Enter only types a newline (Ctrl+Enter or button-only pages) and
// neither the page's hint nor a clean Enter showed it yet, a violating draft's Enter is held as a send (README;
// banner-unseen-26.spec.ts covers the hint and the learned case).
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { expect, shared } from './fixtures';
import { lintEvents } from './guard-support';
import { DEFAULT, iframeInnerHtml, iframeOuterHtml, pageHtml, srcdocOuterHtml, type PageConfig } from './guard-unseen-pages';

/**
 * The worker's shared browser with the extension (fixtures.ts `shared`): these cases are many and short, and a
 * browser's start is most of a short case. Each test gets it with no page open and no route left over (the
 * shared reset closes the pages and removes the routes; `served` forgets the browser here).
 */
const test = shared.extend<{ guarded: BrowserContext; guardWorker: Worker }>({
  guarded: async ({ context }, use) => {
    await use(context);
    served.delete(context);
  },
  guardWorker: async ({ serviceWorker }, use) => {
    await use(serviceWorker);
  },
});

const ORIGIN = 'https://im.kwaixiaodian.com';
const VIOLATING = '亲，加我微信 abc12345 私聊';
const CLEAN = '亲，已经为您催促仓库发货了';
const PAUSE = 150; // a pause between typing and pressing Enter (the race case has none)
/** The pages send synchronously in their key/click handlers: a send would have happened by then. */
const SETTLE = 100;

interface Opened {
  page: Page;
  scope: Page | Frame;
  cfg: PageConfig;
}

const served = new WeakSet<BrowserContext>();

/** Serves `routes` at ORIGIN in this browser context (added to those of its earlier pages; the rest is 404). */
async function serve(context: BrowserContext, routes: Record<string, string>): Promise<void> {
  if (!served.has(context)) {
    served.add(context);
    await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  }
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    const body = routes[url.pathname];
    if (body === undefined) return route.fallback(); // an earlier page of the same test, or 404 below
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

async function open(context: BrowserContext, cfg: PageConfig, opts: { iframe?: boolean | 'srcdoc'; path?: string } = {}): Promise<Opened> {
  const path = opts.path ?? '/workbench';
  if (opts.iframe === 'srcdoc') await serve(context, { [path]: srcdocOuterHtml(cfg) });
  else if (opts.iframe) await serve(context, { [path]: iframeOuterHtml('/workbench/sendbox'), '/workbench/sendbox': iframeInnerHtml(cfg) });
  else await serve(context, { [path]: pageHtml(cfg) });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  let scope: Page | Frame = page;
  if (opts.iframe) {
    const handle = await page.locator('iframe.SendBox-frame').elementHandle();
    scope = (await handle!.contentFrame())!;
  }
  await scope.locator('#composer-root > *').waitFor();
  await expect(scope.locator('html'), 'guard attached in the composer document').toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 10_000 });
  return { page, scope, cfg };
}

const editorOf = (o: Opened) => o.scope.locator('.ql-editor, textarea.msg-input, .public-DraftEditor-content, [data-slate-editor]');
const buttonOf = (o: Opened) =>
  o.scope.locator('.SendBox-buttonRight .ant-btn-primary, .btn-send-x, .toolbar .op, .icon-btn, .send-slot button, .toolbar .btn');
const sentOf = (o: Opened) => o.scope.evaluate(() => (window as unknown as { __sent: string[] }).__sent.slice());
const draftOf = (o: Opened) => o.scope.evaluate(() => (window as unknown as { __draft(): string }).__draft());
const rendersOf = (o: Opened) => o.scope.evaluate(() => (window as unknown as { __renders: number }).__renders);

/** Visible banner text (shadow content) in any frame of the page. */
async function bannerText(page: Page): Promise<string> {
  const texts: string[] = [];
  for (const frame of page.frames()) {
    texts.push(
      await frame
        .evaluate(() =>
          Array.from(document.querySelectorAll('[data-replyguard="banner"]'))
            .filter((host) => {
              const root = (host as HTMLElement).shadowRoot;
              if (!root) return false;
              const boxes = [host, ...Array.from(root.querySelectorAll('*'))].map((el) => el.getBoundingClientRect());
              return boxes.some((b) => b.width > 0 && b.height > 0) && (host as HTMLElement).checkVisibility?.() !== false;
            })
            .map((host) => (host as HTMLElement).shadowRoot!.textContent ?? '')
            .join('\n'),
        )
        .catch(() => ''),
    );
  }
  return texts.join('\n');
}

async function typeInto(o: Opened, text: string, pause = PAUSE): Promise<void> {
  await editorOf(o).click();
  await o.page.keyboard.type(text);
  await expect.poll(() => draftOf(o), { message: 'the page model follows the typing' }).toContain(text.slice(-3));
  if (pause) await o.page.waitForTimeout(pause);
}

const sendKey = (cfg: PageConfig) => (cfg.sendOn === 'ctrlEnter' ? 'Control+Enter' : 'Enter');

async function expectSent(o: Opened, sent: string[], message: string): Promise<void> {
  await o.page.waitForTimeout(SETTLE);
  expect(await sentOf(o), message).toEqual(sent);
}

async function expectBanner23(o: Opened): Promise<void> {
  await expect.poll(() => bannerText(o.page), { message: 'a visible banner shows clause 2.3', timeout: 5_000 }).toContain('2.3');
}

/** Blocks logged for attempts made in [from, to] (page clock = the guard's clock). */
async function blocksBetween(worker: Parameters<typeof lintEvents>[0], from: number, to: number): Promise<number> {
  return (await lintEvents(worker)).filter((e) => e.action === 'block' && e.at >= from && e.at <= to).length;
}

/** An IME commit by Enter: composition active, the confirm keydown has keyCode 229 and isComposing. */
async function imeConfirm(o: Opened, reading: string, commit: string): Promise<void> {
  const cdp = await o.page.context().newCDPSession(o.page);
  await cdp.send('Input.imeSetComposition', { text: reading, selectionStart: reading.length, selectionEnd: reading.length });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229, key: 'Enter', code: 'Enter' });
  await cdp.send('Input.insertText', { text: commit });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13, key: 'Enter', code: 'Enter' });
  await cdp.detach();
}


interface PageCase {
  id: string;
  cfg: PageConfig;
  iframe?: boolean | 'srcdoc';
}

const PAGES: PageCase[] = [
  { id: 'p1 quill workbench (SendBox re-rendered)', cfg: DEFAULT },
  { id: 'p2 quill composer in same-origin iframe', cfg: DEFAULT, iframe: true },
  { id: 'p2b quill composer in srcdoc iframe', cfg: DEFAULT, iframe: 'srcdoc' },
  { id: 'p3a react textarea, Enter on keydown', cfg: { editor: 'react', sendOn: 'keydown', listenOn: 'editor', button: 'ant' } },
  { id: 'p3b react textarea, Enter on keypress', cfg: { editor: 'react', sendOn: 'keypress', listenOn: 'editor', button: 'ant' } },
  { id: 'p4a draft.js + div[role=button] 发送', cfg: { editor: 'draft', sendOn: 'keydown', listenOn: 'editor', button: 'divRole' } },
  // Was a gap: a click on <span>发送</span> (no <button>, no role) was not intercepted.
  { id: 'p4b slate + span 发送', cfg: { editor: 'slate', sendOn: 'keydown', listenOn: 'editor', button: 'span' } },
  { id: 'p5a textarea + icon button title=发送', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'editor', button: 'iconTitle' } },
  { id: 'p5b slate + aria-label=Send inserted when non-empty', cfg: { editor: 'slate', sendOn: 'keydown', listenOn: 'editor', button: 'ariaLabelInserted' } },
  { id: 'p5c textarea + disabled-until-typed 发送', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'editor', button: 'disabledUntilTyped' } },
  // Was a gap: the page's window capture listener, added before the document_idle script, ran first and sent.
  { id: 'p6a Enter on window, capture', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'window-capture', button: 'ant' } },
  { id: 'p6b Enter on document, capture', cfg: { editor: 'quill', sendOn: 'keydown', listenOn: 'document-capture', button: 'ant' } },
  { id: 'p6c Enter on document, bubble', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'document-bubble', button: 'ant' } },
  { id: 'p6d Enter on window, bubble', cfg: { editor: 'quill', sendOn: 'keydown', listenOn: 'window-bubble', button: 'ant' } },
  { id: 'p7a Ctrl+Enter sends (Enter = newline)', cfg: { editor: 'textarea', sendOn: 'ctrlEnter', listenOn: 'editor', button: 'ant' } },
  { id: 'p7b Enter = newline, only the button sends', cfg: { editor: 'quill', sendOn: 'buttonOnly', listenOn: 'editor', button: 'ant' } },
];

/** Empties the draft the way an agent does (select all, delete), through the page's own editor model. */
async function clearDraft(o: Opened): Promise<void> {
  await editorOf(o).click();
  await o.page.keyboard.press('ControlOrMeta+A');
  await o.page.keyboard.press('Backspace');
  await expect.poll(() => draftOf(o), { message: 'the draft was emptied' }).toMatch(/^\s*$/);
}

for (const pc of PAGES) {
  test(`${pc.id}: violating by key and click not sent; Shift+Enter and IME kept; clean sent; guarded after a re-render`, async ({ guarded, guardWorker }) => {
    const serviceWorker = guardWorker;
    const o = await open(guarded, pc.cfg, { iframe: pc.iframe });
    const keySends = pc.cfg.sendOn !== 'buttonOnly';
    const send = async () => (keySends ? o.page.keyboard.press(sendKey(pc.cfg)) : buttonOf(o).click());

    const now = () => o.scope.evaluate(() => Date.now());

    // S: Shift+Enter is a newline, never a send (not swallowed, no block logged: checked at the end, when
    // any such event would long have reached the ledger).
    await typeInto(o, VIOLATING);
    const quietFrom = await now();
    await o.page.keyboard.press('Shift+Enter');
    await o.page.keyboard.type('好');
    await expect.poll(() => draftOf(o), { message: 'Shift+Enter inserted a newline (the guard did not swallow it)' }).toBe(`${VIOLATING}\n好`);
    // IME: the Enter confirming a candidate is no send either; the commit reaches the draft.
    await imeConfirm(o, 'hao', '好');
    await expect.poll(() => draftOf(o), { message: 'the IME commit reached the draft' }).toBe(`${VIOLATING}\n好好`);
    await expectSent(o, [], 'nothing was sent by Shift+Enter or the IME confirm');
    const quietTo = await now();

    // V-key, V-click: a violating draft goes out neither way; the banner shows clause 2.3.
    if (keySends) {
      await o.page.keyboard.press(sendKey(pc.cfg));
      await expectSent(o, [], 'violating + send key: nothing was sent');
      await expectBanner23(o);
    }
    await buttonOf(o).click();
    await expectSent(o, [], 'violating + click send: nothing was sent');
    await expectBanner23(o);

    // C: a clean draft goes out exactly, and the page replaces its composer (a new node).
    await clearDraft(o);
    const renders = await rendersOf(o);
    await typeInto(o, CLEAN, 0);
    await send();
    await expect.poll(() => sentOf(o), { message: 'the page sent the clean draft exactly' }).toEqual([CLEAN]);
    expect(await rendersOf(o), 'the page replaced the composer').toBeGreaterThan(renders);

    // RR: on the re-rendered composer, a violating draft is stopped again, by key and by click.
    await typeInto(o, VIOLATING, 0);
    await send();
    await expectSent(o, [CLEAN], 'after the re-render: only the earlier clean reply was sent');
    await expectBanner23(o);
    await buttonOf(o).click();
    await expectSent(o, [CLEAN], 'after the re-render, click: only the earlier clean reply was sent');

    // Race: a fast agent — the draft lands as one insertion and the send key follows at once.
    if (keySends) {
      await clearDraft(o);
      await o.page.keyboard.insertText(VIOLATING);
      await o.page.keyboard.press(sendKey(pc.cfg));
      await expectSent(o, [CLEAN], 'violating inserted + immediate send key: not sent');
      await expectBanner23(o);
    }
    await expect.poll(() => blocksBetween(serviceWorker, quietTo, Infinity), { message: 'the stopped sends were logged as blocks' }).toBeGreaterThan(0);
    expect(await blocksBetween(serviceWorker, quietFrom, quietTo), 'no block logged for Shift+Enter or an IME confirm').toBe(0);
  });
}

test('p8 conversation switch (two buyers, the page swaps the composer content)', async ({ guarded: context }) => {
  const cfg = (a: string, b: string): PageConfig => ({
    ...DEFAULT,
    buyers: [
      { id: 'b1', name: '买家甲', draft: a },
      { id: 'b2', name: '买家乙', draft: b },
    ],
  });
  const enterAtEnd = async (o: Opened) => {
    await editorOf(o).click();
    await o.page.keyboard.press('End');
    await o.page.waitForTimeout(PAUSE);
    await o.page.keyboard.press('Enter');
  };

  // Clean draft for A, switch to B whose saved draft is violating: neither Enter nor the Send click sends it.
  let o = await open(context, cfg('', VIOLATING), { path: '/workbench/switch-1' });
  await typeInto(o, CLEAN);
  await o.page.evaluate(() => (window as unknown as { __switchTo(i: number): void }).__switchTo(1));
  expect(await draftOf(o)).toBe(VIOLATING);
  await enterAtEnd(o);
  await expectSent(o, [], 'B’s violating draft: Enter did not send');
  await expectBanner23(o);
  await o.page.locator('.SessionBaseCard').nth(0).click();
  await o.page.locator('.SessionBaseCard').nth(1).click();
  expect(await draftOf(o)).toBe(VIOLATING);
  await o.page.waitForTimeout(PAUSE);
  await buttonOf(o).click();
  await expectSent(o, [], 'B’s violating draft: the Send click did not send');
  await expectBanner23(o);
  await o.page.close();

  // Violating draft for A, switch to B whose saved draft is clean: Enter sends B unchanged; back to A: blocked again.
  o = await open(context, cfg('', CLEAN), { path: '/workbench/switch-2' });
  await typeInto(o, VIOLATING);
  await expectBanner23(o);
  await o.page.locator('.SessionBaseCard').nth(1).click();
  expect(await draftOf(o)).toBe(CLEAN);
  await enterAtEnd(o);
  await expect.poll(() => sentOf(o), { message: 'B’s clean draft went out' }).toEqual([CLEAN]);
  await o.page.locator('.SessionBaseCard').nth(0).click();
  expect(await draftOf(o)).toBe(VIOLATING);
  await enterAtEnd(o);
  await expectSent(o, [CLEAN], 'A’s violating draft, restored by the page: still blocked');
  await expectBanner23(o);
});

// One test per editor (they share nothing: each its own page), so the two workers can split them.
for (const kind of ['quill', 'textarea'] as const) {
  test(`p9 hostile draft text is shown as text, never executed (${kind})`, async ({ guarded: context }) => {
    const HOSTILE = [`${VIOLATING} <img src=x onerror=alert(1)>`, `${VIOLATING} "><svg onload=alert(2)>`, `<img src=x onerror=alert(3)>加我微信 abc12345`];
    const o = await open(context, { ...DEFAULT, editor: kind }, { path: `/workbench/hostile-${kind}` });
    const dialogs: string[] = [];
    o.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const count = () =>
      o.page.evaluate(() => {
        let n = 0;
        const walk = (root: Document | ShadowRoot) => {
          n += root.querySelectorAll('img, svg, script, iframe').length - root.querySelectorAll('.icon-btn svg, .IconButton svg').length;
          for (const el of Array.from(root.querySelectorAll('*'))) if ((el as HTMLElement).shadowRoot) walk((el as HTMLElement).shadowRoot!);
        };
        walk(document);
        return n;
      });
    const before = await count();
    for (const [i, text] of HOSTILE.entries()) {
      if (i > 0) await clearDraft(o);
      await typeInto(o, text);
      await o.page.keyboard.press('Enter');
      await expectSent(o, [], `${kind} #${i}: nothing was sent`);
      await expectBanner23(o);
      await o.page.waitForTimeout(200);
      expect(dialogs, `${kind} #${i}: no dialog fired`).toEqual([]);
      expect(await count(), `${kind} #${i}: no new img/svg/script element anywhere (page or shadow roots)`).toBe(before);
      const handlers = await o.page.evaluate(() => {
        const out: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of Array.from(root.querySelectorAll('[onerror],[onload]'))) out.push(el.outerHTML.slice(0, 80));
          for (const el of Array.from(root.querySelectorAll('*'))) if ((el as HTMLElement).shadowRoot) walk((el as HTMLElement).shadowRoot!);
        };
        walk(document);
        return out;
      });
      expect(handlers, `${kind} #${i}: no element with an inline handler`).toEqual([]);
      expect(await draftOf(o), `${kind} #${i}: the draft keeps its text`).toBe(text);
    }
    await o.page.close();
  });
}

// Harness controls, WITHOUT the extension, on a few pages (the two former gaps, an iframe, Ctrl+Enter,
// button-only): each really sends a violating draft by key and by click, Shift+Enter (and plain Enter where
// it is a newline) types a newline, and the IME helper produces a composing keydown — so the guarded
// results above mean what they say.
const CONTROLS = PAGES.filter((p) => ['p2', 'p4b', 'p6a', 'p7a', 'p7b'].some((k) => p.id.startsWith(k + ' ')));
// One test per page (each its own page and path), so the two workers can split them.
for (const pc of CONTROLS) {
  test(`harness control (no extension) ${pc.id}: the unguarded page sends, and its newline and IME keys work`, async ({ plainPage }) => {
    const page = await plainPage.context().newPage();
    const path = `/control-${CONTROLS.indexOf(pc)}`;
    const routes: Record<string, string> =
      pc.iframe === 'srcdoc'
        ? { [path]: srcdocOuterHtml(pc.cfg) }
        : pc.iframe
          ? { [path]: iframeOuterHtml(`${path}/sendbox`), [`${path}/sendbox`]: iframeInnerHtml(pc.cfg) }
          : { [path]: pageHtml(pc.cfg) };
    await serve(plainPage.context(), routes);
    await page.goto(`${ORIGIN}${path}`);
    let scope: Page | Frame = page;
    if (pc.iframe) scope = (await (await page.locator('iframe.SendBox-frame').elementHandle())!.contentFrame())!;
    await scope.locator('#composer-root > *').waitFor();
    const o: Opened = { page, scope, cfg: pc.cfg };
    await typeInto(o, VIOLATING);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('好');
    await expect.poll(() => draftOf(o), { message: `${pc.id}: Shift+Enter is a newline` }).toBe(`${VIOLATING}\n好`);
    if (pc.cfg.sendOn === 'ctrlEnter' || pc.cfg.sendOn === 'buttonOnly') {
      await page.keyboard.press('Enter');
      await page.keyboard.type('好');
      await expect.poll(() => draftOf(o), { message: `${pc.id}: plain Enter is a newline` }).toBe(`${VIOLATING}\n好\n好`);
    }
    const draft = await draftOf(o);
    await imeConfirm(o, 'hao', '好');
    await expect.poll(() => draftOf(o)).toBe(`${draft}好`);
    const keys = await scope.evaluate(() => (window as unknown as { __keys: { composing: boolean; keyCode: number }[] }).__keys);
    expect(keys.some((k) => k.composing && k.keyCode === 229), `${pc.id}: the IME helper's Enter is composing`).toBe(true);
    expect(await sentOf(o)).toEqual([]);
    if (pc.cfg.sendOn !== 'buttonOnly') {
      await page.keyboard.press(sendKey(pc.cfg));
      await expect.poll(() => sentOf(o), { message: `${pc.id}: the unguarded page sends by key` }).toEqual([`${draft}好`]);
    }
    await typeInto(o, VIOLATING);
    const n = (await sentOf(o)).length;
    await buttonOf(o).click();
    await expect.poll(async () => (await sentOf(o)).length, { message: `${pc.id}: the unguarded page sends by click` }).toBe(n + 1);
    await page.close();
  });
}
