// The lint engine is a separate extension file that the content script loads by import() only in a
// frame that may hold a composer (content/guard/engine-loader.ts): the content scripts stay small, and
// frames without a composer never parse or build the engine. Checked here: a page with a strict
// Content-Security-Policy still gets the engine (an isolated world's import is not the page's), and which
// frames load it, seen from the content script's own isolated world through CDP.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, launchExtensionContext, test as base } from './fixtures';

const test = base.extend<{ guarded: BrowserContext }>({
  guarded: async ({}, use) => {
    const { context, close } = await launchExtensionContext();
    await use(context);
    await close();
  },
});

const ORIGIN = 'https://im.kwaixiaodian.com';
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'";

/** A textarea composer whose Enter and 发送 send (into window.__sent); the script is a file, as the CSP wants. */
const COMPOSER_HTML = `<!doctype html><meta charset="utf-8"><title>会话</title>
<div class="box"><textarea id="msg" rows="3"></textarea><button id="send" type="button">发送</button></div>
<ul id="log"></ul><script src="/app.js"></script><script>window.__inlineRan = true;</script>`;
const COMPOSER_JS = `window.__sent = [];
const msg = document.getElementById('msg');
const send = () => { if (!msg.value.trim()) return; window.__sent.push(msg.value); msg.value = ''; };
msg.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);`;

async function serve(context: BrowserContext, routes: Record<string, { body: string; type?: string; csp?: string }>): Promise<void> {
  await context.route(`${ORIGIN}/**`, (route) => {
    const found = routes[new URL(route.request().url()).pathname];
    if (!found) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: found.type ?? 'text/html; charset=utf-8',
      headers: found.csp ? { 'content-security-policy': found.csp } : {},
      body: found.body,
    });
  });
}

/** Whether the extension's content script in each frame (by frame URL) has the engine, read in its isolated world. */
async function engineByFrame(page: Page): Promise<Record<string, string>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
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

test('a page with a strict Content-Security-Policy still gets the engine: a violating Enter is stopped, a clean one sent', async ({ guarded }) => {
  await serve(guarded, {
    '/chat': { body: COMPOSER_HTML, csp: STRICT_CSP },
    '/app.js': { body: COMPOSER_JS, type: 'text/javascript' },
  });
  const page = await guarded.newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && cspErrors.push(m.text()));
  await page.goto(`${ORIGIN}/chat`);
  await expect(page.locator('html'), 'the guard attached under the CSP').toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 10_000 });
  const sent = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.slice());
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window), 'the CSP is in force (the inline script was refused)').toBe(false);

  await page.locator('#msg').click();
  await page.keyboard.type('亲，加我微信 abc12345 私聊');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
  expect(await sent(), 'the violating draft was not sent').toEqual([]);
  await expect(page.locator('[data-replyguard="banner"]')).toContainText('2.3');

  await page.locator('#msg').fill('');
  await page.locator('#msg').click();
  await page.keyboard.type('亲，已经为您催促仓库发货了');
  await page.keyboard.press('Enter');
  await expect.poll(sent, { message: 'the clean draft was sent unchanged' }).toEqual(['亲，已经为您催促仓库发货了']);
  expect(cspErrors.some((e) => /inline script/.test(e)), 'the page saw its own inline script refused').toBe(true);
  expect(cspErrors.filter((e) => /lint-engine|chrome-extension/i.test(e)), 'no error about the engine').toEqual([]);
});

test('only frames that may hold a composer load the engine: the top frame and a frame with a text box, not a frame of plain text, until a box appears in it', async ({ guarded }) => {
  await serve(guarded, {
    '/workbench': {
      body: `<!doctype html><meta charset="utf-8"><title>工作台</title><p>会话列表</p>
<iframe id="plain" src="/frames/plain"></iframe><iframe id="composer" src="/frames/composer"></iframe>`,
    },
    '/frames/plain': { body: '<!doctype html><meta charset="utf-8"><p>广告位：全场满 199 减 20</p>' },
    '/frames/composer': { body: COMPOSER_HTML },
    '/app.js': { body: COMPOSER_JS, type: 'text/javascript' },
  });
  const page = await guarded.newPage();
  await page.goto(`${ORIGIN}/workbench`);
  const composerFrame = page.frame({ url: `${ORIGIN}/frames/composer` })!;
  await expect(composerFrame.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 10_000 });
  await expect
    .poll(() => engineByFrame(page), { message: 'engine per frame' })
    .toEqual({ [`${ORIGIN}/workbench`]: 'loaded', [`${ORIGIN}/frames/plain`]: 'not loaded', [`${ORIGIN}/frames/composer`]: 'loaded' });
  // Some time later the plain frame still has no engine…
  await page.waitForTimeout(800);
  expect((await engineByFrame(page))[`${ORIGIN}/frames/plain`]).toBe('not loaded');
  // …until an editor appears in it.
  await page.frame({ url: `${ORIGIN}/frames/plain` })!.evaluate(() => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
  });
  await expect.poll(async () => (await engineByFrame(page))[`${ORIGIN}/frames/plain`], { message: 'the plain frame loads it once an editor appears' }).toBe('loaded');
});
