// Red team round 13: the compose guard on imitation pages at the workbench's real origin, as a new user would
// meet them. Blind to the guard's code. A failing test here is a FINDING (marked `// FINDING:` after the run).
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lintEvents } from './guard-support';
import { DEFAULT, iframeInnerHtml, iframeOuterHtml, pageHtml, srcdocOuterHtml, type PageConfig } from './redteam13-pages';

const ORIGIN = 'https://im.kwaixiaodian.com';
const VIOLATING = '亲，加我微信 abc12345 私聊';
const CLEAN = '亲，已经为您催促仓库发货了';
const PAUSE = 400; // a human pause between typing and pressing Enter

interface Opened {
  page: Page;
  scope: Page | Frame;
  cfg: PageConfig;
}

async function serve(context: BrowserContext, routes: Record<string, string>): Promise<void> {
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    const body = routes[url.pathname];
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
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

async function typeInto(o: Opened, text: string): Promise<void> {
  await editorOf(o).click();
  await o.page.keyboard.type(text);
  await expect.poll(() => draftOf(o), { message: 'the page model follows the typing' }).toContain(text.slice(-3));
  await o.page.waitForTimeout(PAUSE);
}

const sendKey = (cfg: PageConfig) => (cfg.sendOn === 'ctrlEnter' ? 'Control+Enter' : 'Enter');

async function expectNotSent(o: Opened): Promise<void> {
  await o.page.waitForTimeout(600);
  expect(await sentOf(o), 'nothing was sent').toEqual([]);
}

async function expectBanner23(o: Opened): Promise<void> {
  await expect.poll(() => bannerText(o.page), { message: 'a visible banner shows clause 2.3', timeout: 5_000 }).toContain('2.3');
}

async function blockCount(worker: Parameters<typeof lintEvents>[0]): Promise<number> {
  return (await lintEvents(worker)).filter((e) => e.action === 'block').length;
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
  // FINDING: p4b 'violating + click send' and 're-render' fail: a click on <span>发送</span> (no <button>, no role) is not
  // intercepted; the violating draft is sent, no block is logged (the Enter path on the same page is blocked).
  { id: 'p4b slate + span 发送', cfg: { editor: 'slate', sendOn: 'keydown', listenOn: 'editor', button: 'span' } },
  { id: 'p5a textarea + icon button title=发送', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'editor', button: 'iconTitle' } },
  { id: 'p5b slate + aria-label=Send inserted when non-empty', cfg: { editor: 'slate', sendOn: 'keydown', listenOn: 'editor', button: 'ariaLabelInserted' } },
  { id: 'p5c textarea + disabled-until-typed 发送', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'editor', button: 'disabledUntilTyped' } },
  // FINDING: p6a 'violating + send key' and 're-render' fail: the page's window capture-phase keydown listener (registered
  // by the page before the document_idle content script) runs first and sends the violating draft; no block is logged.
  { id: 'p6a Enter on window, capture', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'window-capture', button: 'ant' } },
  { id: 'p6b Enter on document, capture', cfg: { editor: 'quill', sendOn: 'keydown', listenOn: 'document-capture', button: 'ant' } },
  { id: 'p6c Enter on document, bubble', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'document-bubble', button: 'ant' } },
  { id: 'p6d Enter on window, bubble', cfg: { editor: 'quill', sendOn: 'keydown', listenOn: 'window-bubble', button: 'ant' } },
  { id: 'p7a Ctrl+Enter sends (Enter = newline)', cfg: { editor: 'textarea', sendOn: 'ctrlEnter', listenOn: 'editor', button: 'ant' } },
  { id: 'p7b Enter = newline, only the button sends', cfg: { editor: 'quill', sendOn: 'buttonOnly', listenOn: 'editor', button: 'ant' } },
];

for (const pc of PAGES) {
  test.describe(pc.id, () => {
    const keySends = pc.cfg.sendOn !== 'buttonOnly';

    if (keySends) {
      test('violating + send key: not sent, banner shows 2.3', async ({ context }) => {
        const o = await open(context, pc.cfg, { iframe: pc.iframe });
        await typeInto(o, VIOLATING);
        await o.page.keyboard.press(sendKey(pc.cfg));
        await expectNotSent(o);
        await expectBanner23(o);
      });
    }

    test('violating + click send: not sent', async ({ context }) => {
      const o = await open(context, pc.cfg, { iframe: pc.iframe });
      await typeInto(o, VIOLATING);
      await buttonOf(o).click();
      await expectNotSent(o);
      await expectBanner23(o);
    });

    test('clean + send: sent unchanged', async ({ context }) => {
      const o = await open(context, pc.cfg, { iframe: pc.iframe });
      await typeInto(o, CLEAN);
      if (keySends) await o.page.keyboard.press(sendKey(pc.cfg));
      else await buttonOf(o).click();
      await expect.poll(() => sentOf(o), { message: 'the page sent the draft exactly' }).toEqual([CLEAN]);
    });

    test('Shift+Enter: not a send, newline kept', async ({ context, serviceWorker }) => {
      const o = await open(context, pc.cfg, { iframe: pc.iframe });
      await typeInto(o, VIOLATING);
      const before = await blockCount(serviceWorker);
      await o.page.keyboard.press('Shift+Enter');
      await o.page.keyboard.type('好');
      await expect.poll(() => draftOf(o), { message: 'Shift+Enter inserted a newline (the guard did not swallow it)' }).toBe(`${VIOLATING}\n好`);
      await expectNotSent(o);
      await o.page.waitForTimeout(500);
      expect(await blockCount(serviceWorker), 'no block logged for Shift+Enter').toBe(before);
    });

    test('IME confirm Enter: not a send, commit kept', async ({ context, serviceWorker }) => {
      const o = await open(context, pc.cfg, { iframe: pc.iframe });
      await typeInto(o, VIOLATING);
      const before = await blockCount(serviceWorker);
      await imeConfirm(o, 'hao', '好');
      await expect.poll(() => draftOf(o), { message: 'the IME commit reached the draft' }).toBe(`${VIOLATING}好`);
      await expectNotSent(o);
      await o.page.waitForTimeout(500);
      expect(await blockCount(serviceWorker), 'no block logged for an IME confirm').toBe(before);
    });

    test('after a re-render (send replaces the composer) the guard still guards', async ({ context }) => {
      const o = await open(context, pc.cfg, { iframe: pc.iframe });
      const first = await rendersOf(o);
      await typeInto(o, CLEAN);
      if (keySends) await o.page.keyboard.press(sendKey(pc.cfg));
      else await buttonOf(o).click();
      await expect.poll(() => sentOf(o)).toEqual([CLEAN]);
      expect(await rendersOf(o), 'the page replaced the composer').toBeGreaterThan(first);
      await typeInto(o, VIOLATING);
      if (keySends) await o.page.keyboard.press(sendKey(pc.cfg));
      else await buttonOf(o).click();
      await expectNotSent2(o);
      await expectBanner23(o);
      await buttonOf(o).click();
      await expectNotSent2(o);
    });

    if (pc.cfg.sendOn === 'ctrlEnter' || pc.cfg.sendOn === 'buttonOnly') {
      // FINDING (arguable, minor): on p7a (Ctrl+Enter sends) and p7b (button-only) a plain Enter with a violating draft is
      // treated as a send: the newline is swallowed and a block 2.3 is logged. Nothing wrong gets sent.
      // Arguable: the guard cannot know the page's Enter means "newline"; blocking it only costs a newline.
      test('plain Enter inserts a newline (not treated as a send)', async ({ context, serviceWorker }) => {
        const o = await open(context, pc.cfg, { iframe: pc.iframe });
        await typeInto(o, VIOLATING);
        const before = await blockCount(serviceWorker);
        await o.page.keyboard.press('Enter');
        await o.page.keyboard.type('好');
        await expect.poll(() => draftOf(o), { message: 'Enter inserted a newline' }).toBe(`${VIOLATING}\n好`);
        await expectNotSent(o);
        await o.page.waitForTimeout(500);
        expect(await blockCount(serviceWorker), 'no block logged for a newline Enter').toBe(before);
      });
    }
  });
}

/** After one clean send: only that one. */
async function expectNotSent2(o: Opened): Promise<void> {
  await o.page.waitForTimeout(600);
  expect(await sentOf(o), 'only the earlier clean reply was sent').toEqual([CLEAN]);
}

test.describe('p8 conversation switch (two buyers, the page swaps the composer content)', () => {
  const cfg = (a: string, b: string): PageConfig => ({
    ...DEFAULT,
    buyers: [
      { id: 'b1', name: '买家甲', draft: a },
      { id: 'b2', name: '买家乙', draft: b },
    ],
  });

  test('clean draft for A, switch to B whose saved draft is violating: Enter not sent, banner 2.3', async ({ context }) => {
    const o = await open(context, cfg('', VIOLATING));
    await typeInto(o, CLEAN);
    await o.page.evaluate(() => (window as unknown as { __switchTo(i: number): void }).__switchTo(1));
    expect(await draftOf(o)).toBe(VIOLATING);
    await editorOf(o).click();
    await o.page.keyboard.press('End');
    await o.page.waitForTimeout(PAUSE);
    await o.page.keyboard.press('Enter');
    await expectNotSent(o);
    await expectBanner23(o);
  });

  test('same via the Send click', async ({ context }) => {
    const o = await open(context, cfg('', VIOLATING));
    await typeInto(o, CLEAN);
    await o.page.locator('.SessionBaseCard').nth(1).click();
    expect(await draftOf(o)).toBe(VIOLATING);
    await o.page.waitForTimeout(PAUSE);
    await buttonOf(o).click();
    await expectNotSent(o);
    await expectBanner23(o);
  });

  test('violating draft for A, switch to B whose saved draft is clean: Enter sends B unchanged', async ({ context }) => {
    const o = await open(context, cfg('', CLEAN));
    await typeInto(o, VIOLATING);
    await expectBanner23(o);
    await o.page.locator('.SessionBaseCard').nth(1).click();
    expect(await draftOf(o)).toBe(CLEAN);
    await editorOf(o).click();
    await o.page.keyboard.press('End');
    await o.page.waitForTimeout(PAUSE);
    await o.page.keyboard.press('Enter');
    await expect.poll(() => sentOf(o), { message: 'B’s clean draft went out' }).toEqual([CLEAN]);
  });

  test('switch back to A (violating, restored by the page): still blocked', async ({ context }) => {
    const o = await open(context, cfg('', CLEAN));
    await typeInto(o, VIOLATING);
    await o.page.locator('.SessionBaseCard').nth(1).click();
    await o.page.locator('.SessionBaseCard').nth(0).click();
    expect(await draftOf(o)).toBe(VIOLATING);
    await editorOf(o).click();
    await o.page.keyboard.press('End');
    await o.page.waitForTimeout(PAUSE);
    await o.page.keyboard.press('Enter');
    await expectNotSent(o);
    await expectBanner23(o);
  });
});

test.describe('p9 hostile draft text', () => {
  const HOSTILE = [`${VIOLATING} <img src=x onerror=alert(1)>`, `${VIOLATING} "><svg onload=alert(2)>`, `<img src=x onerror=alert(3)>加我微信 abc12345`];
  for (const kind of ['quill', 'textarea'] as const) {
    for (const [i, text] of HOSTILE.entries()) {
      test(`${kind} #${i}: shown as text, never executed`, async ({ context }) => {
        const o = await open(context, { ...DEFAULT, editor: kind });
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
        await typeInto(o, text);
        await o.page.keyboard.press('Enter');
        await expectNotSent(o);
        await expectBanner23(o);
        await o.page.waitForTimeout(800);
        expect(dialogs, 'no dialog fired').toEqual([]);
        expect(await count(), 'no new img/svg/script element anywhere (page or shadow roots)').toBe(before);
        const handlers = await o.page.evaluate(() => {
          const out: string[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of Array.from(root.querySelectorAll('[onerror],[onload]'))) out.push(el.outerHTML.slice(0, 80));
            for (const el of Array.from(root.querySelectorAll('*'))) if ((el as HTMLElement).shadowRoot) walk((el as HTMLElement).shadowRoot!);
          };
          walk(document);
          return out;
        });
        expect(handlers, 'no element with an inline handler').toEqual([]);
        expect(await draftOf(o), 'the draft keeps its text').toBe(text);
      });
    }
  }
});

// Harness controls, WITHOUT the extension: each page really sends a violating draft by key and by click, and the
// IME helper produces a composing keydown (so the guarded results above mean what they say).
test.describe('harness controls (no extension)', () => {
  for (const pc of PAGES) {
    test(`${pc.id}: unguarded page sends by key/click; IME keydown is composing`, async ({ plainPage }) => {
      const context = plainPage.context();
      const path = pc.iframe ? '/workbench' : '/workbench';
      if (pc.iframe === 'srcdoc') await serve(context, { [path]: srcdocOuterHtml(pc.cfg) });
      else if (pc.iframe) await serve(context, { [path]: iframeOuterHtml('/workbench/sendbox'), '/workbench/sendbox': iframeInnerHtml(pc.cfg) });
      else await serve(context, { [path]: pageHtml(pc.cfg) });
      await plainPage.goto(`${ORIGIN}${path}`);
      let scope: Page | Frame = plainPage;
      if (pc.iframe) scope = (await (await plainPage.locator('iframe.SendBox-frame').elementHandle())!.contentFrame())!;
      await scope.locator('#composer-root > *').waitFor();
      const o: Opened = { page: plainPage, scope, cfg: pc.cfg };
      await typeInto(o, VIOLATING);
      await imeConfirm(o, 'hao', '好');
      await expect.poll(() => draftOf(o)).toBe(`${VIOLATING}好`);
      const keys = await scope.evaluate(() => (window as unknown as { __keys: { composing: boolean; keyCode: number }[] }).__keys);
      expect(keys.some((k) => k.composing && k.keyCode === 229)).toBe(true);
      expect(await sentOf(o)).toEqual([]);
      if (pc.cfg.sendOn !== 'buttonOnly') {
        await o.page.keyboard.press(sendKey(pc.cfg));
        await expect.poll(() => sentOf(o)).toEqual([`${VIOLATING}好`]);
      }
      await typeInto(o, VIOLATING);
      const n = (await sentOf(o)).length;
      await buttonOf(o).click();
      await expect.poll(async () => (await sentOf(o)).length).toBe(n + 1);
    });
  }
});

test.describe('harness controls: newline keys (no extension)', () => {
  for (const pc of PAGES) {
    test(`${pc.id}: unguarded Shift+Enter (and plain Enter where it is a newline) inserts a newline`, async ({ plainPage }) => {
      const context = plainPage.context();
      if (pc.iframe === 'srcdoc') await serve(context, { '/workbench': srcdocOuterHtml(pc.cfg) });
      else if (pc.iframe) await serve(context, { '/workbench': iframeOuterHtml('/workbench/sendbox'), '/workbench/sendbox': iframeInnerHtml(pc.cfg) });
      else await serve(context, { '/workbench': pageHtml(pc.cfg) });
      await plainPage.goto(`${ORIGIN}/workbench`);
      let scope: Page | Frame = plainPage;
      if (pc.iframe) scope = (await (await plainPage.locator('iframe.SendBox-frame').elementHandle())!.contentFrame())!;
      await scope.locator('#composer-root > *').waitFor();
      const o: Opened = { page: plainPage, scope, cfg: pc.cfg };
      await typeInto(o, VIOLATING);
      await plainPage.keyboard.press('Shift+Enter');
      await plainPage.keyboard.type('好');
      await expect.poll(() => draftOf(o)).toBe(`${VIOLATING}\n好`);
      if (pc.cfg.sendOn === 'ctrlEnter' || pc.cfg.sendOn === 'buttonOnly') {
        await plainPage.keyboard.press('Enter');
        await plainPage.keyboard.type('好');
        await expect.poll(() => draftOf(o)).toBe(`${VIOLATING}\n好\n好`);
      }
      expect(await sentOf(o)).toEqual([]);
    });
  }
});

// A fast agent: the draft goes in as one IME commit / paste and Enter follows at once (no debounce pause).
test.describe('race: Enter right after the draft lands', () => {
  for (const pc of PAGES.filter((p) => ['p1', 'p3a', 'p4b'].some((k) => p.id.startsWith(k + ' ')))) {
    test(`${pc.id}: violating inserted + immediate Enter not sent`, async ({ context }) => {
      const o = await open(context, pc.cfg, { iframe: pc.iframe });
      await editorOf(o).click();
      await o.page.keyboard.insertText(VIOLATING);
      await o.page.keyboard.press('Enter');
      await expectNotSent(o);
      await expectBanner23(o);
    });
  }
});
