// Shared helpers for the compose-guard e2e specs: the editor kinds of the demo, the agent's custom
// terms (so the tests do not depend on the final lexicon), and reads of what the page sent and what
// the background logged.
import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { HOLD_READ_MS } from '../../content/guard/send-policy';
import { expect, shared, type DemoParams } from './fixtures';

declare const chrome: typeof import('wxt/browser').browser;

export interface EditorKind {
  id: string;
  page: string;
  params?: DemoParams;
  /** The composer lives in this iframe. */
  frame?: string;
  editor: string;
  send: string;
  /** The adapter the guard should report. */
  site: 'kuaishou' | 'generic';
}

export const EDITOR_KINDS: readonly EditorKind[] = [
  { id: 'quill-workbench', page: 'workbench', params: { auto: 0, buyers: 2, history: 0 }, editor: '.SendBox .SendBox-Editor .ql-editor', send: '.SendBox-buttonRight .ant-btn-primary', site: 'kuaishou' },
  { id: 'textarea', page: 'textarea.html', editor: '#composer', send: '#send', site: 'generic' },
  { id: 'react-textarea', page: 'react.html', editor: '#composer', send: '#send', site: 'generic' },
  { id: 'contenteditable', page: 'contenteditable.html', editor: '#composer', send: '#send', site: 'generic' },
  { id: 'prosemirror-tiptap', page: 'prosemirror.html', editor: '#composer .ProseMirror', send: '#send', site: 'generic' },
  { id: 'lexical', page: 'lexical.html', editor: '#composer', send: '#send', site: 'generic' },
  { id: 'iframe-textarea', page: 'iframe.html', frame: 'iframe.composer-frame', editor: '#composer', send: '#send', site: 'generic' },
];

/** Custom terms every guard test uses: caught whatever the shipped lexicon holds. */
export const BLOCK_TERM = '禁词甲';
export const WARN_TERM = '提醒词乙';
export const TEST_SETTINGS = {
  version: 1,
  guard: {
    enabled: true,
    deny: [
      { term: BLOCK_TERM, clause: '2.3', severity: 'block', note: '测试用禁用词' },
      { term: WARN_TERM, clause: '2.7', severity: 'warn', note: '测试用提醒词' },
    ],
    allow: [],
    ruleSeverity: {},
  },
};

/** Whether the extension's content script in each frame (by frame URL) has the engine, read in its isolated world. */
export async function engineByFrame(page: Page): Promise<Record<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; frameId: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) contexts.push({ id: context.id, frameId: String(context.auxData.frameId) });
  });
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const urls = new Map<string, string>();
  const walk = (node: typeof frameTree): void => {
    urls.set(node.frame.id, `${node.frame.url}${node.frame.urlFragment ?? ''}` || node.frame.name || node.frame.id);
    for (const child of node.childFrames ?? []) walk(child);
  };
  walk(frameTree);
  const out: Record<string, string> = {};
  for (const { id, frameId } of contexts) {
    const { result } = await cdp.send('Runtime.evaluate', { contextId: id, expression: 'typeof globalThis.__replyguardLintEngine' });
    out[urls.get(frameId) ?? frameId] = result.value === 'object' ? 'loaded' : 'not loaded';
  }
  await cdp.detach();
  return out;
}

export async function setSettings(worker: Worker, settings: object = TEST_SETTINGS): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

export { lintEvents, holdBackgroundSettings, releaseBackgroundSettings, emptyLintLedger, type LoggedEvent } from './fixtures';

export interface Composer {
  page: Page;
  /** Where the composer is (the page or its iframe). */
  scope: Page | Frame;
  editor: Locator;
  send: Locator;
  banner: Locator;
  highlights: Locator;
  kind: EditorKind;
}

export async function openComposer(openDemo: (page: string, params?: DemoParams) => Promise<Page>, kind: EditorKind): Promise<Composer> {
  const page = await openDemo(kind.page, kind.params);
  let scope: Page | Frame = page;
  if (kind.frame) {
    const handle = await page.locator(kind.frame).elementHandle();
    scope = (await handle!.contentFrame())!;
    await scope.locator(kind.editor).waitFor();
  }
  const composer: Composer = {
    page,
    scope,
    editor: scope.locator(kind.editor),
    send: scope.locator(kind.send),
    // A composer in a same-origin iframe gets its banner in the outer page, where there is room.
    banner: page.locator('[data-replyguard="banner"] .rg'),
    highlights: scope.locator('[data-replyguard="highlights"]'),
    kind,
  };
  await expect(scope.locator('html')).toHaveAttribute('data-replyguard-attached', kind.site, { timeout: 10_000 });
  return composer;
}

/** What the page really sent. */
export function sent(c: Composer): Promise<string[]> {
  return c.page.evaluate(() => (window as unknown as { demo: { sent(): string[] } }).demo.sent());
}

/** The draft as the page's own editor reads it. */
export async function draftText(c: Composer): Promise<string> {
  return c.editor.evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText).replace(/\n+$/, ''));
}

/** Types like an IME commit / paste: one insertText into the focused composer. */
export async function typeDraft(c: Composer, text: string): Promise<void> {
  await c.editor.click();
  await c.page.keyboard.insertText(text);
}

/** Empties the composer through the keyboard (select all, delete) so the page's state follows. */
export async function clearDraft(c: Composer): Promise<void> {
  await c.editor.click();
  await c.page.keyboard.press('ControlOrMeta+A');
  await c.page.keyboard.press('Backspace');
  await expect.poll(() => draftText(c)).toBe('');
}

/** Waits until the guard linted the current draft and found `count` problems. */
export async function expectFindings(c: Composer, count: number): Promise<void> {
  await expect(c.highlights).toHaveAttribute('data-findings', String(count));
}

/** The banner leaves the page's composer and its Send button visible and clickable (never covers them). */
export async function expectBannerClear(c: Composer): Promise<void> {
  // The panel is what is drawn (its content scrolls inside it when the room is short).
  const panel = c.page.locator('[data-replyguard="banner"] .panel');
  const boxes = await Promise.all([panel.boundingBox(), c.editor.boundingBox(), c.send.boundingBox()]);
  const [banner, ...page] = boxes;
  expect(banner, 'banner shown').not.toBeNull();
  for (const box of page) {
    expect(box).not.toBeNull();
    const overlaps = banner!.x < box!.x + box!.width && box!.x < banner!.x + banner!.width && banner!.y < box!.y + box!.height && box!.y < banner!.y + banner!.height;
    expect(overlaps, `banner ${JSON.stringify(banner)} over ${JSON.stringify(box)}`).toBe(false);
  }
}

/**
 * Stops the guard has logged in this browser so far (a block or a held warning logs one lint event per
 * finding, as soon as it has decided); -1 while the extension's worker is not running. A test that wants to
 * know the guard has judged a send attempt reads this before and waits for it to grow.
 */
export async function stopsLogged(context: BrowserContext): Promise<number> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) return -1;
  return worker
    .evaluate(async () => {
      const rg = (globalThis as unknown as { replyguard: { ledger(): Promise<{ getAll(store: string): Promise<{ action: string }[]> }> } }).replyguard;
      return (await (await rg.ledger()).getAll('lint')).filter((e) => e.action === 'block' || e.action === 'warn').length;
    })
    .catch(() => -1);
}

/** Lets every frame of the page run what its handlers queued (two turns of its task queue). */
export async function pageTick(page: Page): Promise<void> {
  for (const f of page.frames()) await f.evaluate(() => new Promise((r) => setTimeout(() => setTimeout(r, 0), 0))).catch(() => undefined);
}

/**
 * After a send attempt the guard should stop: until it has (`stopsLogged` grew past `stopsBefore`) or
 * `changed()` says the page acted (it sent); at most `cap` ms — the fixed wait this replaced, so a guard
 * that never logs is judged as before — then a tick of the page. The guard decides synchronously in the
 * event's dispatch, so once it has logged the stop, a page that sends in its own key/click handlers has
 * sent if it was going to.
 */
export async function untilStopped(page: Page, stopsBefore: number, changed: () => Promise<boolean>, cap: number): Promise<void> {
  const end = Date.now() + cap;
  while (Date.now() < end) {
    if (await changed()) break;
    if (stopsBefore >= 0 && (await stopsLogged(page.context())) > stopsBefore) break;
    await page.waitForTimeout(40); // a poll interval, not a wait for an outcome
  }
  await pageTick(page);
}

/** The real workbench's origin: red-team pages are routed there so the guard attaches as it would for an agent. */
export const WORKBENCH_ORIGIN = 'https://im.kwaixiaodian.com';

/** The longest to wait for the guard's stop before concluding that nothing was sent (what was waited every time before). */
export const QUIET = 900;

/** Opens `path` at the workbench origin and waits until the guard has attached on its own. */
export async function openAtWorkbench(page: Page, path: string): Promise<void> {
  await page.goto(WORKBENCH_ORIGIN + path);
  await expectAttached(page);
}

/**
 * Waits until the guard has attached in the page (the attribute is how the project's tests see it). If it has not
 * within `timeout`, the test fails with what the extension knew then, and whether the guard came later: a late
 * attach (load) and one that never comes (a lost start) read the same from a timeout alone. Round 35: seen once
 * under load after a reload (flake34, 1/40), not reproduced in 270 reloads at load 8–22 (attach ≤ 4.3 s).
 */
export async function expectAttached(page: Page, timeout = 10_000): Promise<void> {
  try {
    await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout });
  } catch (error) {
    const why = await attachDiagnosis(page).catch((e: unknown) => `(no diagnosis: ${String(e)})`);
    throw new Error(`the guard did not attach within ${timeout} ms: ${why}`, { cause: error });
  }
}

/** A red-team page of workbenchPagesTest at `path`, with `field` clicked, once the guard is attached (the specs' shared opening). */
export async function openWorkbenchPage(pg: Page, path: string, field: string): Promise<void> {
  await pg.goto(`${WORKBENCH_ORIGIN}${path}`);
  await pg.locator(field).click();
  await expectAttached(pg);
}

/**
 * Moves Date.now() on by `ms` in the page's content-script worlds (the extension's isolated worlds, through CDP), as if
 * that much time had passed since the guard last read it: for a test of "still so minutes later" that need not wait the
 * minutes. Only Date.now moves (not timers, performance.now or the page's own world); returns how far each world moved.
 */
export async function advanceContentScriptDate(page: Page, ms: number): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  const moved: number[] = [];
  try {
    for (const id of worlds) {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: id,
        returnByValue: true,
        expression: `(() => { const real = Date.now(); const now = Date.now; Date.now = () => now.call(Date) + ${Number(ms)}; return Date.now() - real; })()`,
      });
      moved.push(Number(result.value));
    }
  } finally {
    await cdp.detach();
  }
  return moved;
}

async function attachDiagnosis(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  const inWorld: string[] = [];
  for (const id of worlds) {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: id,
      returnByValue: true,
      expression: `JSON.stringify({ frame: location.href, engine: typeof globalThis.__replyguardLintEngine, early: !!window[Symbol.for('replyguard.early-capture')], ready: document.readyState, at: Math.round(performance.now()) })`,
    });
    inWorld.push(String(result.value));
  }
  await cdp.detach();
  const start = Date.now();
  const late = await page
    .locator('html[data-replyguard-attached]')
    .waitFor({ state: 'attached', timeout: 30_000 })
    .then(() => `attached ${Date.now() - start} ms later`, () => 'still not attached 30 s later');
  // Read after that wait: what the guard (or its start-up hold, at 30 s) reported by then.
  const worker = page.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const status = worker
    ? JSON.stringify(await worker.evaluate(async () => (await chrome.storage.session.get('guard-frames'))['guard-frames'] ?? {}))
    : '(no worker)';
  return `${late}; content script worlds at the timeout ${inWorld.join(' ') || 'none'}; guard status by tab and frame ${status}`;
}

/** What a red-team page's own send handler received (the pages record each send in window.__sent). */
export const sentOf = (page: Page | Frame): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.slice());

type Served = { contentType: string; body: string };

/** Serves `pages` (path → HTML) at the workbench origin in `context`; `extra` may serve other paths (a script); anything else is 404. */
export async function routeWorkbenchPages(context: BrowserContext, pages: Readonly<Record<string, string>>, extra?: (path: string) => Served | undefined): Promise<void> {
  await context.route(/^https:\/\/im\.kwaixiaodian\.com\//, (route) => {
    const path = new URL(route.request().url()).pathname;
    const served = extra?.(path);
    if (served) return route.fulfill({ status: 200, ...served });
    const html = pages[path];
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/**
 * Shows `html` as the page at `path` (a path of the workbench origin) in `pg`, which already shows a page of that origin, by
 * rewriting pg's document in place: the address moved to `path` (history.replaceState), then the document replaced through
 * document.open / write / close (page.setContent), which runs the new page's scripts and drops the old page's listeners on its
 * document and window. The guard starts again on the new document (content/document-replaced.ts) with the lint engine it
 * built at pg's load: a table's next variant costs no page load (about 1 CPU-s each: a content script injected and its engine
 * built again, round 68). Only for a variant that is not about a load, the guard's start-up, an attach at load or a navigation.
 */
export async function rewriteWorkbenchPage(pg: Page, path: string, html: string): Promise<void> {
  if (new URL(pg.url()).origin !== WORKBENCH_ORIGIN) throw new Error(`rewriteWorkbenchPage: ${pg.url()} is not a page of ${WORKBENCH_ORIGIN} (load one with pg.goto first)`);
  await pg.evaluate((to) => history.replaceState(null, '', to), path);
  await pg.setContent(html);
}

/**
 * Shows the page of `pages` at `path` (a path of the workbench origin, served there by the test's route; it may hold a query) in
 * `pg`: loaded (pg.goto) when pg shows no page of that origin yet, else rewritten in place (rewriteWorkbenchPage) — for a table's
 * variants that do not depend on a fresh load. `{ load: true }` loads it whatever pg shows: for a variant of the same table that
 * is about a load (e.g. a page listener added before the guard's document_start part could run: a rewritten document does not
 * run that part again, round 69).
 */
export async function showWorkbenchPage(pg: Page, pages: Readonly<Record<string, string>>, path: string, { load = false }: { load?: boolean } = {}): Promise<void> {
  // A query stays in the address (the pages' scripts read it), as a load would have it.
  const html = pages[path.replace(/[?#].*$/, '')];
  if (html === undefined) throw new Error(`showPage: no page at ${path}`);
  if (!load && new URL(pg.url()).origin === WORKBENCH_ORIGIN) await rewriteWorkbenchPage(pg, path, html);
  else await pg.goto(WORKBENCH_ORIGIN + path);
}

export type ShowPage = (path: string, options?: { load?: boolean }) => Promise<void>;

/**
 * A test on the worker's shared browser (fixtures.ts `shared`, reset after each test, routes included) whose `pg` is a new page, with
 * `pages` served at the workbench origin; `showPage(path, options)` shows one of them in pg (showWorkbenchPage).
 */

export function workbenchPagesTest(pages: Readonly<Record<string, string>>, { viewport, extra }: { viewport?: { width: number; height: number }; extra?: (path: string) => Served | undefined } = {}) {
  return shared.extend<{ pg: Page; showPage: ShowPage }>({
    pg: async ({ context }, use) => {
      await routeWorkbenchPages(context, pages, extra);
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await use(page);
      await page.close();
    },
    showPage: async ({ pg }, use) => {
      await use((path, options) => showWorkbenchPage(pg, pages, path, options));
    },
  });
}

/** An Ant Design confirm dialog's styles (a mask and a transform-centred box, hidden with its root), for pages with one. */
export const ANT_CONFIRM_CSS = `.ant-modal-root[hidden] { display: none; }
.ant-modal-mask { position: fixed; inset: 0; background: rgba(0,0,0,.45); z-index: 1000; }
.ant-modal-wrap { position: fixed; inset: 0; z-index: 1000; }
.ant-modal { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); width: 416px; background: #fff; border-radius: 8px; padding: 20px 24px; box-sizing: border-box; }
.ant-modal-footer { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }`;

/** How much of the popup the banner covers (px²; a hidden banner covers nothing), and whether the popup's middle and inner corners are the page's to click. */
export async function overPopup(pg: Page, popup: string): Promise<{ overlap: number; popupHit: boolean }> {
  return pg.evaluate((sel) => {
    const p = document.querySelector(sel)!.getBoundingClientRect();
    const panel = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.querySelector('.panel');
    const b = panel && panel.checkVisibility() ? panel.getBoundingClientRect() : null;
    const w = b ? Math.max(0, Math.min(p.right, b.right) - Math.max(p.left, b.left)) : 0;
    const h = b ? Math.max(0, Math.min(p.bottom, b.bottom) - Math.max(p.top, b.top)) : 0;
    const points = [
      [p.left + p.width / 2, p.top + p.height / 2],
      [p.left + 12, p.top + 12],
      [p.right - 12, p.top + 12],
      [p.left + 12, p.bottom - 12],
      [p.right - 12, p.bottom - 12],
    ];
    const popupHit = points.every(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest(sel));
    return { overlap: w * h, popupHit };
  }, popup);
}

/** Where the banner's panel is (null: not shown), rounded. */
export const bannerBox = (pg: Page) =>
  pg.evaluate(() => {
    const panel = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.querySelector('.panel');
    if (!panel || !panel.checkVisibility()) return null;
    const r = panel.getBoundingClientRect();
    return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
  });

/** The red teams' page shell (rounds 41–42): `window.__sent` records what the page "sends"; `sendDraft()` sends textarea `#c`. */
export const RT_SCRIPT_END = '<' + '/script>';
const RT_RUNTIME = `<script>window.__sent = []; window.__log = []; function rec(t) { t = String(t).trim(); if (!t) return false; window.__sent.push(t); return true; }
function sendDraft() { if (rec(c.value)) c.value = ''; }${RT_SCRIPT_END}`;
export const redTeamDoc = (title: string, body: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${RT_RUNTIME}</head><body>${body}</body></html>`;

/** The red teams' breaking draft: a WeChat id (2.3). */
export const RED_TEAM_BAD = '加我微信 abc12345 详聊';
/** A compliant reply the red-team pages send to show the guard lets it through. */
export const RED_TEAM_CLEAN = '亲，您好，这款商品今天下单明天发货，请放心购买';
/** The workbench's own composer (#main with its 发送), on every red-team page beside the field under test: the guard is running. */
export const WORKBENCH_SENDBOX = `<div class="SendBox"><textarea id="main" placeholder="请输入消息" rows="3" cols="60"></textarea>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send">发送</button></div></div>`;
/** WORKBENCH_SENDBOX's 发送: records the draft (redTeamDoc's rec) and empties it when the page sent it. */
export const WORKBENCH_SENDBOX_SCRIPT = `send.onclick = function () { if (rec(main.value)) main.value = ''; };`;
/** The banner in its blocked state (a send was stopped). */
export const blockedBanner = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');

/** The in-page banner's content and its section (whose data-mode says whether a send was stopped), on the red teams' pages. */
export const bannerContent = (pg: Page): Locator => pg.locator('[data-replyguard="banner"] .rg');
export const bannerSection = (pg: Page): Locator => pg.locator('[data-replyguard="banner"] section');

/**
 * Does `attempt` on a red-team page whose composer is `#c` and expects the guard to stop it: nothing sent, `draft` still in the
 * composer, the banner names 2.3 and says the send was stopped (the red teams' drafts are a WeChat id: 2.3).
 */
export async function expectStopped(pg: Page, what: string, attempt: () => Promise<unknown>, draft = RED_TEAM_BAD): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  expect.soft(await pg.locator('#c').inputValue(), `${what}: the draft is as it was`).toBe(draft);
  await expect.soft(bannerContent(pg), `${what}: the banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
  await expect.soft(bannerSection(pg), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
}

/** Puts `html` in a red-team page's contenteditable composer through its window.__put (the page's own way of writing it). */
export const putHtml = (pg: Page, html: string): Promise<void> =>
  pg.evaluate((h) => (window as unknown as { __put(h: string): void }).__put(h), html);

/**
 * Puts `html` in the composer of a red-team page with window.__put, presses Enter and expects the guard to stop it: the typing
 * banner names `clause`, nothing is sent, the send is shown as stopped.
 */
export async function expectHtmlStopped(pg: Page, what: string, html: string, clause: string): Promise<void> {
  await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
  await putHtml(pg, html);
  await expect(bannerContent(pg), `${what}: the typing banner`).toContainText(clause);
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  await expect.soft(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]'), `${what}: the send was stopped`).toHaveCount(1, { timeout: 3_000 });
  await expect.soft(bannerContent(pg), `${what}: the banner names ${clause}`).toContainText(clause);
}

/**
 * The script of a red-team page whose composer is the contenteditable #ed with a #send button: Enter (not Shift+Enter) or 发送 sends
 * its innerText (?tc: its textContent) through rec(), and window.__put writes html into it as a page's own code would.
 */
export const EDITABLE_SEND_SCRIPT = `<script>var TC = location.search.indexOf('tc') >= 0;
function sendEd() { if (rec(TC ? ed.textContent : ed.innerText)) ed.innerHTML = ''; }
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendEd(); } });
send.onclick = sendEd;
window.__put = function (html) { ed.focus(); ed.innerHTML = html; var r = document.createRange(); r.selectNodeContents(ed); r.collapse(false);
  var s = getSelection(); s.removeAllRanges(); s.addRange(r); ed.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' })); };${RT_SCRIPT_END}`;

/**
 * Waits the moment an agent takes to read a held warning before sending again: a second attempt counts only once the warning has
 * been shown HOLD_READ_MS (round 50, finding 6), so a test's second Enter right after the banner appeared would be held again.
 */
export const readTheWarning = (pg: Page): Promise<void> => pg.waitForTimeout(HOLD_READ_MS + 100);

/** Types `text` into `field` as the agent would (an input event), after emptying it. */
export async function typeIntoField(pg: Page, field: string, text: string): Promise<void> {
  await pg.locator(field).fill('');
  await pg.locator(field).click();
  await pg.keyboard.insertText(text);
}

/** Does `act` and waits for the guard's stop (or the page's save): what the page recorded (window.__sent) meanwhile. */
export async function recordedBy(pg: Page, act: () => Promise<unknown>): Promise<string[]> {
  const before = await stopsLogged(pg.context());
  const sentBefore = (await sentOf(pg)).length;
  await act();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > sentBefore, QUIET);
  return (await sentOf(pg)).slice(sentBefore);
}

/** Does `act` (the send or commit of `field`, which holds `text`): nothing recorded, the banner blocked, the draft kept. */
export async function expectFieldStopped(pg: Page, field: string, act: () => Promise<unknown>, what: string, text = RED_TEAM_BAD): Promise<void> {
  expect(await recordedBy(pg, act), `${what}: stopped`).toEqual([]);
  await expect(bannerSection(pg), `${what}: blocked`).toHaveAttribute('data-mode', 'blocked');
  await expect(pg.locator(field), `${what}: the draft stays`).toHaveValue(text);
}

/** Types `text` into `field` and does `act` (its send or commit): nothing recorded, the banner blocked, the draft kept; then empties it. */
export async function expectTypedAndStopped(pg: Page, field: string, act: () => Promise<unknown>, what: string, text = RED_TEAM_BAD): Promise<void> {
  await typeIntoField(pg, field, text);
  await expectFieldStopped(pg, field, act, what, text);
  await pg.locator(field).fill('');
}

/**
 * Waits until the guard runs in the page at `url` (it reported its status: attached or not). The status keeps the page's origin and
 * path only (no query: rt59's privacy finding), so only the path of `url` is looked for.
 */
export async function untilGuardRuns(pg: Page, url: string): Promise<void> {
  const path = url.replace(/\?.*$/, '');
  const worker = pg.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  await expect
    .poll(
      () =>
        worker.evaluate(async (path) => {
          const c = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
          const all = (await c.storage.session.get('guard-status'))['guard-status'] as Record<string, { url: string }> | undefined;
          return Object.values(all ?? {}).some((s) => s.url.includes(path));
        }, path),
      { timeout: 20_000, message: 'the guard runs in the page (it reported its status)' },
    )
    .toBe(true);
}
