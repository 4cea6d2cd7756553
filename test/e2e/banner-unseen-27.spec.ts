// Round 27 of the blind red team (round 5 of the send-guard tests), its findings on pasted links and the
// banner, on hand-written pages at the workbench's real address (no demo code):
// L4  a pasted link whose address is the violation (<a href="https://item.taobao.com/…">点这里</a>,
//     weixin://…) was never linted: the visible text is clean, the page's model (Quill's delta) sends it;
// R1  after the extension is reloaded or updated, an open tab's old content script still guards but can
//     log nothing: it now says so (回复卫士已更新，请刷新本页);
// R14 the banner's keyboard flow: Tab from its last control went to the top of the page.
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test as freshBrowser, expect } from './fixtures';
import { lintEvents, openAtWorkbench, routeWorkbenchPages, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const TAOBAO = '亲，<a href="https://item.taobao.com/item.htm?id=6688">点这里</a>下单更便宜';
const WEIXIN = '有问题<a href="weixin://dl/chat?abc12345">联系我</a>哦';
const OWN = '亲，<a href="https://app.kwaixiaodian.com/page/goods?id=6688">点这里</a>查看商品';
const V = '亲，加我微信 abc12345 私聊';

const RUNTIME = `<script>window.__sent = []; function record(t) { window.__sent.push(t); }</script>`;
const doc = (body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${head}<style>body{margin:0;font:14px/1.5 sans-serif} .ql-editor{border:1px solid #999;min-height:40px}</style>${RUNTIME}</head><body>${body}</body></html>`;
const SENDBOX = (editor: string) =>
  `<div class="ChatMessageList" style="height:300px"></div><div class="SendBox"><div class="SendBox-Editor">${editor}</div>
<div class="SendBox-buttonRight"><button type="button" class="ant-btn ant-btn-primary"><span>发送</span></button></div></div>`;

const pages: Record<string, string> = {
  // The notes' SendBox on a real Quill 2 that sends its delta (the page's model): a link's address goes with it.
  '/rt27b/quill': doc(
    `${SENDBOX('<div id="q"></div>')}
<script>
var quill = new Quill('#q', { modules: { keyboard: { bindings: { send: { key: 'Enter', shiftKey: false, handler: function () { send(); return false; } } } } } });
window.quill = quill;
function send() { if (quill.getText().trim()) { record(JSON.stringify(quill.getContents().ops)); quill.setText(''); } }
document.querySelector('.ant-btn-primary').addEventListener('click', send);
</script>`,
    '<script src="/rt27b/quill.js"></script>',
  ),
  // A plain contenteditable whose send handler reads its HTML (links and all).
  '/rt27b/rich': doc(
    `${SENDBOX('<div class="ql-editor" contenteditable="true"></div>')}
<script>
var ed = document.querySelector('.ql-editor');
function send() { if (ed.innerText.trim()) { record(ed.innerHTML); ed.innerHTML = ''; } }
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
document.querySelector('.ant-btn-primary').addEventListener('click', send);
</script>`,
  ),
};

/** Quill's own build, for the page that sends Quill's model (its delta). */
const serveQuill = (path: string) =>
  path === '/rt27b/quill.js' ? { contentType: 'text/javascript', body: fs.readFileSync('node_modules/quill/dist/quill.js', 'utf8') } : undefined;
const installRoutes = (context: BrowserContext) => routeWorkbenchPages(context, pages, serveQuill);
const test = workbenchPagesTest(pages, { viewport: { width: 1280, height: 720 }, extra: serveQuill });
const open = openAtWorkbench;
const section = (page: Page) => page.locator('[data-replyguard="banner"] section.rg');
const bannerButton = (page: Page, name: RegExp) => page.locator('[data-replyguard="banner"] button', { hasText: name });

/** A rich paste into the focused editor, as the browser fires it (Quill and others read the clipboard's HTML). */
async function pasteHtml(page: Page, selector: string, html: string): Promise<void> {
  await page.locator(selector).click();
  await page.evaluate(
    ([sel, markup]) => {
      const dt = new DataTransfer();
      dt.setData('text/html', markup);
      dt.setData('text/plain', markup.replace(/<[^>]+>/g, ''));
      document.querySelector(sel)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [selector, html] as const,
  );
}

test('L4: a pasted link to another platform (Quill delta) is stopped on Enter and 发送; the fix removes the link through the editor', async ({ pg }) => {
  await open(pg, '/rt27b/quill');
  await pasteHtml(pg, '.ql-editor', TAOBAO);
  await expect.poll(() => pg.evaluate(() => JSON.stringify((window as any).quill.getContents().ops))).toContain('item.taobao.com');
  // While typing the banner already points at the link's visible text.
  await expect(section(pg)).toHaveAttribute('data-mode', 'typing', { timeout: 5_000 });
  await expect(section(pg).locator('li[data-rule="external-link"] q.match')).toHaveText('点这里');

  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, 900);
  await pg.locator('.SendBox-buttonRight .ant-btn-primary').click();
  await pg.waitForTimeout(300);
  expect(await sentOf(pg), 'neither Enter nor 发送 sends the link').toEqual([]);
  await expect(section(pg)).toContainText('item.taobao.com');

  // The fix deletes the link (its text and address) through the editor: Quill's own model follows.
  await bannerButton(pg, /删除「点这里」/).click();
  await expect.poll(() => pg.evaluate(() => (window as any).quill.getText())).toBe('亲，下单更便宜\n');
  expect(await pg.evaluate(() => JSON.stringify((window as any).quill.getContents().ops))).not.toContain('taobao');
  await pg.locator('.ql-editor').click();
  await pg.keyboard.press('End');
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), { timeout: 5_000 }).toEqual([JSON.stringify([{ insert: '亲，下单更便宜\n' }])]);
});

test('L4: a weixin:// link is held as the contact rules hold it; a link to the platform itself and a clean draft send at once', async ({ pg }) => {
  await open(pg, '/rt27b/rich');
  const ed = pg.locator('.ql-editor');
  await ed.click();
  await pg.evaluate((h) => document.execCommand('insertHTML', false, h), WEIXIN);
  await pg.keyboard.press('Enter');
  await expect(section(pg)).toHaveAttribute('data-mode', /blocked|held/, { timeout: 5_000 });
  await expect(section(pg).locator('q.match').first()).toHaveText('联系我');
  expect(await sentOf(pg)).toEqual([]);

  // The platform's own link: nothing to say, sent at once.
  await ed.click();
  await pg.keyboard.press('ControlOrMeta+A');
  await pg.keyboard.press('Delete');
  await pg.evaluate((h) => document.execCommand('insertHTML', false, h), OWN);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), { timeout: 5_000 }).toHaveLength(1);
  expect((await sentOf(pg))[0]).toContain('app.kwaixiaodian.com');
  await expect(section(pg)).toHaveCount(0);
});

/** Where the keyboard focus is: a banner control (its class) or the page's element (its class). */
const focusOf = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const inBanner = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.activeElement;
    return inBanner ? `banner:${inBanner.className}` : `page:${document.activeElement?.className ?? ''}`;
  });

// Round 41 (U2): past × the Tab goes on to the page's control after the composer (its 发送), no loop back to the composer — the
// page's own controls stay reachable; Shift+Tab from there comes back to the banner.
test('R14: after a stop, Tab walks the banner’s controls to × and then on to the page’s 发送; Shift+Tab comes back; Esc in the banner goes back to the composer', async ({ pg }) => {
  await open(pg, '/rt27b/rich');
  await pg.locator('.ql-editor').click();
  await pg.keyboard.type(V);
  await pg.keyboard.press('Enter');
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });

  const walk: string[] = [];
  for (let i = 0; i < 8; i++) {
    await pg.keyboard.press('Tab');
    const at = await focusOf(pg);
    walk.push(at);
    if (!at.startsWith('banner:')) break;
  }
  expect(walk[0], walk.join(' → ')).toBe('banner:fix');
  expect(walk, walk.join(' → ')).toContain('banner:override');
  expect(walk.at(-2), walk.join(' → ')).toBe('banner:close');
  expect(walk.at(-1), 'past × the page’s 发送, after the composer').toMatch(/^page:.*ant-btn-primary/);

  // Shift+Tab back into the banner (its last control); Esc there goes back to the composer. Nothing was typed over or sent.
  await pg.keyboard.press('Shift+Tab');
  expect(await focusOf(pg)).toBe('banner:close');
  await pg.keyboard.press('Escape');
  expect(await focusOf(pg)).toBe('page:ql-editor');
  await pg.keyboard.press('Shift+Tab');
  expect(await focusOf(pg), 'Shift+Tab is the page’s').not.toMatch(/^banner:/);
  expect(await pg.locator('.ql-editor').innerText()).toBe(V);
  expect(await sentOf(pg)).toEqual([]);
});

declare const chrome: typeof import('wxt/browser').browser;

// A fresh browser: the extension is reloaded under the page (the shared browser must not see that).
freshBrowser('R1: a tab opened before the extension was reloaded still stops a violation and says 回复卫士已更新，请刷新本页', async ({ context, extensionId }) => {
  await installRoutes(context);
  const pg = await context.newPage();
  const errors: string[] = [];
  pg.on('pageerror', (e) => errors.push(e.message));
  await open(pg, '/rt27b/rich');
  await pg.locator('.ql-editor').click();
  await pg.keyboard.type('您好');
  await expect(section(pg)).toHaveCount(0);

  // As an update does: the extension's new copy starts; the page keeps the old content script.
  // (The extensions page's own reload, as the agent's 重新加载 or an update does.)
  const manager = await context.newPage();
  await manager.goto('chrome://extensions');
  await manager.evaluate(async (id) => {
    const api = (globalThis as any).chrome;
    await new Promise((resolve) => api.developerPrivate.reload(id, { failQuietly: true }, resolve));
  }, extensionId);
  await manager.close();

  // Back to the tab: the banner says so at once, before any violation.
  await pg.locator('.ql-editor').click();
  await pg.keyboard.type('，在的');
  await expect(section(pg)).toContainText('回复卫士已更新，请刷新本页', { timeout: 5_000 });
  // Still guarding: a violation is stopped, and the banner keeps saying why nothing is logged.
  await pg.keyboard.press('ControlOrMeta+A');
  await pg.keyboard.type(V);
  await pg.keyboard.press('Enter');
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });
  await expect(section(pg)).toContainText('回复卫士已更新，请刷新本页');
  await pg.waitForTimeout(300);
  expect(await sentOf(pg)).toEqual([]);
  // A clean draft still goes at once; nothing was thrown into the page.
  await pg.keyboard.press('ControlOrMeta+A');
  await pg.keyboard.type('亲，已经为您催促仓库发货了');
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), { timeout: 5_000 }).toEqual(['亲，已经为您催促仓库发货了']);
  expect(errors).toEqual([]);
});

// A fresh browser: Playwright's clock is the whole context's and cannot be uninstalled, so on the shared browser every later
// test's pages would run on the faked time (a 16 s fast-forward made another spec's page clock disagree with the guard's log).
freshBrowser('Note 2: adding a site says that the browser’s permission prompt waits, and says so when it is never answered', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.clock.install();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { level: 1 }).waitFor();
  await options.getByTestId('site-origin').fill('https://chat.example.com');
  await options.getByTestId('site-origin').press('Enter');
  // A headless browser never answers the prompt: the form is never silent.
  // (In the browser's language: this one's is English; a Chinese browser reads 正在请求访问… / 浏览器没有回应….)
  await expect(options.getByTestId('site-pending')).toContainText(/(正在请求访问|Asking for access to) https:\/\/chat\.example\.com\/\*/);
  await options.clock.fastForward(16_000);
  await expect(options.locator('#site-error')).toContainText(/(浏览器没有回应访问|The browser did not answer the request for) https:\/\/chat\.example\.com\/\*/);
  await expect(options.getByTestId('site-pending')).toHaveCount(0);
  await options.close();
});
