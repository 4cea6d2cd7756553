// The compose guard on chat pages it was never tuned on: imitation pages at the workbench's real origin
// (guard-unseen-pages.ts), written blind from the notes by a red team that never read the guard's code
// (round 13): Quill, React textarea (keydown/keypress), Draft.js, Slate, composers in iframes, Send
// controls that are a <span> / div[role=button] / icon / inserted / disabled, the page's Enter listener on
// window or document (capture or bubble), Ctrl+Enter and button-only pages, a conversation switch,
// hostile text. Each page's cases run in sequence on one page; a table's next page is shown by rewriting that page in
// place (guard-support.ts showPage: no page load), except where the case is about a load (p6a).
// Known limit, not tested here: where plain Enter only types a newline (Ctrl+Enter or button-only pages) and
// neither the page's hint nor a clean Enter showed it yet, a violating draft's Enter is held as a send (README;
// banner-unseen-26.spec.ts covers the hint and the learned case).
import type { Frame, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { lintEvents, pageTick, routeWorkbenchPages, showWorkbenchPage, workbenchPagesTest, type ShowPage } from './guard-support';
import { DEFAULT, iframeInnerHtml, iframeOuterHtml, pageHtml, srcdocOuterHtml, type PageConfig } from './guard-unseen-pages';

const VIOLATING = '亲，加我微信 abc12345 私聊';
const CLEAN = '亲，已经为您催促仓库发货了';
const PAUSE = 150; // a pause between typing and pressing Enter (the race case has none)

interface Opened {
  page: Page;
  scope: Page | Frame;
  cfg: PageConfig;
}

/** The pages at `path` for `cfg`: the page itself, or a workbench with its composer in an iframe (at `path`/sendbox, or srcdoc). */
function routesFor(path: string, cfg: PageConfig, iframe?: boolean | 'srcdoc'): Record<string, string> {
  if (iframe === 'srcdoc') return { [path]: srcdocOuterHtml(cfg) };
  if (iframe) return { [path]: iframeOuterHtml(`${path}/sendbox`), [`${path}/sendbox`]: iframeInnerHtml(cfg) };
  return { [path]: pageHtml(cfg) };
}

/** The composer (in the page or its iframe) of the page `pg` shows now, once it is built. */
async function composerScope(page: Page, iframe?: boolean | 'srcdoc'): Promise<Page | Frame> {
  const scope = iframe ? (await (await page.locator('iframe.SendBox-frame').elementHandle())!.contentFrame())! : page;
  await scope.locator('#composer-root > *').waitFor();
  return scope;
}

/** Shows the page at `path` (through showPage: loaded, or rewritten in place) and waits until the guard attached in its composer's document. */
async function open(page: Page, showPage: ShowPage, path: string, cfg: PageConfig, { iframe, load }: { iframe?: boolean | 'srcdoc'; load?: boolean } = {}): Promise<Opened> {
  await showPage(path, { load });
  const scope = await composerScope(page, iframe);
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

/** The pages send synchronously in their key/click handlers: a send would have happened within a tick of the page. */
async function expectSent(o: Opened, sent: string[], message: string): Promise<void> {
  await pageTick(o.page);
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
  /** The case is about the page's own load (its listener added before the guard's document_start part could run): loaded, not rewritten. */
  load?: boolean;
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
  // Was a gap: the page's window capture listener, added before the document_idle script, ran first and sent. A page rewritten in
  // place does not run the guard's document_start part again: this case is about a load.
  { id: 'p6a Enter on window, capture', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'window-capture', button: 'ant' }, load: true },
  { id: 'p6b Enter on document, capture', cfg: { editor: 'quill', sendOn: 'keydown', listenOn: 'document-capture', button: 'ant' } },
  { id: 'p6c Enter on document, bubble', cfg: { editor: 'textarea', sendOn: 'keydown', listenOn: 'document-bubble', button: 'ant' } },
  { id: 'p6d Enter on window, bubble', cfg: { editor: 'quill', sendOn: 'keydown', listenOn: 'window-bubble', button: 'ant' } },
  { id: 'p7a Ctrl+Enter sends (Enter = newline)', cfg: { editor: 'textarea', sendOn: 'ctrlEnter', listenOn: 'editor', button: 'ant' } },
  { id: 'p7b Enter = newline, only the button sends', cfg: { editor: 'quill', sendOn: 'buttonOnly', listenOn: 'editor', button: 'ant' } },
];

/** Where a case's page is served (and, in an iframe case, its composer at `…/sendbox`). */
const pathOf = (pc: PageCase) => `/case/${pc.id.split(' ')[0]}`;
const hostilePath = (kind: string) => `/workbench/hostile-${kind}`;
const HOSTILE_KINDS = ['quill', 'textarea'] as const;
/** p8's two workbenches: buyer A's draft empty, B's saved draft `b`. */
const switchCfg = (b: string): PageConfig => ({
  ...DEFAULT,
  buyers: [
    { id: 'b1', name: '买家甲', draft: '' },
    { id: 'b2', name: '买家乙', draft: b },
  ],
});

const test = workbenchPagesTest({
  ...Object.assign({}, ...PAGES.map((pc) => routesFor(pathOf(pc), pc.cfg, pc.iframe))),
  '/workbench/switch-1': pageHtml(switchCfg(VIOLATING)),
  '/workbench/switch-2': pageHtml(switchCfg(CLEAN)),
  ...Object.fromEntries(HOSTILE_KINDS.map((kind) => [hostilePath(kind), pageHtml({ ...DEFAULT, editor: kind })])),
});

/** Empties the draft the way an agent does (select all, delete), through the page's own editor model. */
async function clearDraft(o: Opened): Promise<void> {
  await editorOf(o).click();
  await o.page.keyboard.press('ControlOrMeta+A');
  await o.page.keyboard.press('Backspace');
  await expect.poll(() => draftOf(o), { message: 'the draft was emptied' }).toMatch(/^\s*$/);
}

/** One case's page: violating by key and click not sent; Shift+Enter and IME kept; clean sent; guarded after a re-render. */
async function pageCase(pg: Page, showPage: ShowPage, serviceWorker: Worker, pc: PageCase): Promise<void> {
    const o = await open(pg, showPage, pathOf(pc), pc.cfg, { iframe: pc.iframe, load: pc.load });
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
}

// The table in five tests (so the two workers split them), a step per page: the first page of a test is loaded, the next ones are
// shown by rewriting it in place (showPage), except a case about a load (p6a), which is loaded.
const GROUPS: [string, string[]][] = [
  ['Quill, in the page and in iframes', ['p1', 'p2', 'p2b']],
  ['React, Draft.js and Slate editors', ['p3a', 'p3b', 'p4a', 'p4b']],
  ['send controls that are no plain 发送 button', ['p5a', 'p5b', 'p5c']],
  ['the page’s Enter listener on window or document', ['p6a', 'p6b', 'p6c', 'p6d']],
  ['pages whose Enter is a newline', ['p7a', 'p7b']],
];
for (const [name, ids] of GROUPS) {
  test(`${name}: violating by key and click not sent; Shift+Enter and IME kept; clean sent; guarded after a re-render`, async ({ pg, showPage, serviceWorker }) => {
    // A minute a page, as each had when it was a test of its own (a group of three took over two minutes at load 47).
    test.setTimeout(60_000 * ids.length);
    for (const id of ids) {
      const pc = PAGES.find((p) => p.id.startsWith(`${id} `))!;
      await test.step(pc.id, () => pageCase(pg, showPage, serviceWorker, pc));
    }
  });
}

test('p8 conversation switch (two buyers, the page swaps the composer content)', async ({ pg, showPage }) => {
  const enterAtEnd = async (o: Opened) => {
    await editorOf(o).click();
    await o.page.keyboard.press('End');
    await o.page.waitForTimeout(PAUSE);
    await o.page.keyboard.press('Enter');
  };

  // Clean draft for A, switch to B whose saved draft is violating: neither Enter nor the Send click sends it.
  let o = await open(pg, showPage, '/workbench/switch-1', switchCfg(VIOLATING));
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

  // Violating draft for A, switch to B whose saved draft is clean: Enter sends B unchanged; back to A: blocked again.
  o = await open(pg, showPage, '/workbench/switch-2', switchCfg(CLEAN));
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

test('p9 hostile draft text is shown as text, never executed (Quill, textarea)', async ({ pg, showPage }) => {
  const dialogs: string[] = [];
  pg.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // A step per editor: the second page rewrites the first in place (showPage).
  for (const kind of HOSTILE_KINDS) await test.step(kind, async () => {
    const HOSTILE = [`${VIOLATING} <img src=x onerror=alert(1)>`, `${VIOLATING} "><svg onload=alert(2)>`, `<img src=x onerror=alert(3)>加我微信 abc12345`];
    const o = await open(pg, showPage, hostilePath(kind), { ...DEFAULT, editor: kind });
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
  });
});

// Harness controls, WITHOUT the extension, on a few pages (the two former gaps, an iframe, Ctrl+Enter,
// button-only): each really sends a violating draft by key and by click, Shift+Enter (and plain Enter where
// it is a newline) types a newline, and the IME helper produces a composing keydown — so the guarded
// results above mean what they say.
const CONTROLS = PAGES.filter((p) => ['p2', 'p4b', 'p6a', 'p7a', 'p7b'].some((k) => p.id.startsWith(k + ' ')));
// One test, a step per page: the first loaded, the next ones rewritten in place (no extension here, so no guard's load to keep).
test('harness control (no extension): the unguarded pages send, and their newline and IME keys work', async ({ plainPage: page }) => {
  const pages: Record<string, string> = Object.assign({}, ...CONTROLS.map((pc) => routesFor(pathOf(pc), pc.cfg, pc.iframe)));
  await routeWorkbenchPages(page.context(), pages);
  for (const pc of CONTROLS) await test.step(pc.id, async () => {
    await showWorkbenchPage(page, pages, pathOf(pc));
    const o: Opened = { page, scope: await composerScope(page, pc.iframe), cfg: pc.cfg };
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
    const keys = await o.scope.evaluate(() => (window as unknown as { __keys: { composing: boolean; keyCode: number }[] }).__keys);
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
  });
});
