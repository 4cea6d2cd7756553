// Pages that are not the project's demo, tried as a new user would: the workbench's real address
// (im.kwaixiaodian.com) serving (a) the demo workbench and (b) a hand-made imitation built only from
// what the notes say of the real DOM, and common chat composers the guard has never seen (a form
// that submits on Enter, an icon-only send button on a page that sends on keyup, a composer inside
// a web component's shadow root). Pages are served by Playwright's router: no network.
import type { BrowserContext, Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { BLOCK_TERM, setSettings } from './guard-support';

const VIOLATING = `亲，${BLOCK_TERM}了解一下`;

/** Serves `html` at `url` (and nothing else of that origin). */
async function serve(context: BrowserContext, url: string, html: string): Promise<Page> {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const sentTexts = (page: Page) => page.evaluate(() => (window as unknown as { sentTexts: string[] }).sentTexts);
const banner = (page: Page) => page.locator('[data-replyguard="banner"] .rg');

// Only what ../shared/notes/workbench-and-metrics.md §2 says: `.SendBox .SendBox-Editor .ql-editor`
// (contenteditable), 发送 in `.SendBox-buttonRight .ant-btn-primary` (Ant Design writes "发 送"),
// Enter sends, the chat rows; everything else is made up and differs from the demo.
const KUAISHOU_IMITATION = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>快手小店客服</title></head><body>
<div id="root"><div class="new-workbench-container"><div class="im-main">
  <div class="ChatMessageList"><div class="ChatMessageList-ContentWrap">
    <div id="0_778_1"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__notMe"><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">在吗</div></div></div>
  </div></div>
  <div class="im-editor-area"></div>
</div></div></div>
<script>
  window.sentTexts = [];
  const area = document.querySelector('.im-editor-area');
  function mount() {
    area.innerHTML = '<div class="SendBox"><div class="SendBox-Tools"><span class="tool">表情</span></div>' +
      '<div class="SendBox-Editor"><div class="ql-container ql-snow"><div class="ql-editor" contenteditable="true" data-placeholder="请输入"><p><br></p></div></div></div>' +
      '<div class="SendBox-Footer"><div class="SendBox-buttonRight"><button type="button" class="ant-btn ant-btn-primary"><span>发 送</span></button></div></div></div>';
    const editor = area.querySelector('.ql-editor');
    const send = () => { const t = editor.innerText.replace(/\\n+$/, ''); if (t.trim()) { window.sentTexts.push(t); editor.innerHTML = '<p><br></p>'; } };
    editor.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
    area.querySelector('.ant-btn-primary').addEventListener('click', send);
  }
  mount();
  window.remount = mount;
</script></body></html>`;

// On the worker's shared browser (fixtures.ts `shared`, reset after each test): each test routes its own pages.
test.beforeEach(async ({ serviceWorker }) => setSettings(serviceWorker));

test('the real workbench address serving the demo workbench: attached as kuaishou, violating sends stopped', async ({ context, demo }) => {
  // Everything under the real host is answered from the demo server.
  await context.route('https://im.kwaixiaodian.com/**', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${demo}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench?auto=0&buyers=2&history=0');
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'kuaishou');
  await page.locator('.SendBox .ql-editor').click();
  await page.keyboard.insertText(VIOLATING);
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveAttribute('data-mode', 'blocked');
  await page.locator('.SendBox-buttonRight .ant-btn-primary').click();
  expect(await page.evaluate(() => (window as unknown as { demo: { sent(): string[] } }).demo.sent())).toEqual([]);
});

test('a hand-made imitation of the workbench at its real address: Enter and 发 送 guarded, also after a re-mount', async ({ context }) => {
  const page = await serve(context, 'https://im.kwaixiaodian.com/workbench', KUAISHOU_IMITATION);
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'kuaishou');
  const editor = page.locator('.SendBox .ql-editor');
  await editor.click();
  await page.keyboard.insertText(VIOLATING);
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveAttribute('data-mode', 'blocked');
  await expect(banner(page)).toContainText('规则 2.3');
  await page.locator('.SendBox-buttonRight .ant-btn-primary').click();
  expect(await sentTexts(page)).toEqual([]);

  await page.evaluate(() => (window as unknown as { remount(): void }).remount());
  await editor.click();
  await page.keyboard.insertText(VIOLATING);
  await page.locator('.SendBox-buttonRight .ant-btn-primary').click();
  await expect(banner(page)).toHaveAttribute('data-mode', 'blocked');
  expect(await sentTexts(page)).toEqual([]);
  // A quick fix, then the page's own Send.
  await banner(page).locator('button.fix').click();
  await expect.poll(() => editor.innerText()).toBe('亲，了解一下');
  await page.locator('.SendBox-buttonRight .ant-btn-primary').click();
  await expect.poll(() => sentTexts(page)).toEqual(['亲，了解一下']);
});

test('a chat form that submits on Enter (input type=submit 发送)', async ({ context }) => {
  const page = await serve(
    context,
    'http://localhost/form-chat',
    `<!doctype html><meta charset="utf-8"><body><form id="f"><label>消息 <textarea name="m" rows="2"></textarea></label><input type="submit" value="发送"></form>
    <script>
      window.sentTexts = [];
      const f = document.getElementById('f');
      f.addEventListener('submit', (e) => { e.preventDefault(); window.sentTexts.push(f.m.value); f.m.value = ''; });
      f.m.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); f.requestSubmit(); } });
    </script></body>`,
  );
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'generic');
  await page.locator('textarea').click();
  await page.keyboard.insertText(VIOLATING);
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveAttribute('data-mode', 'blocked');
  await page.locator('input[type=submit]').click();
  expect(await sentTexts(page)).toEqual([]);
  await page.locator('textarea').fill('您好，已为您改好地址。');
  await page.keyboard.press('Enter');
  await expect.poll(() => sentTexts(page)).toEqual(['您好，已为您改好地址。']);
});

test('an icon-only send button (aria-label 发送消息) on a page that sends on keyup', async ({ context }) => {
  const page = await serve(
    context,
    'http://localhost/icon-chat',
    `<!doctype html><meta charset="utf-8"><body><div class="chat"><div class="input-wrap"><div class="msg-input" contenteditable="true" role="textbox"></div></div>
    <div class="actions"><button class="icon" aria-label="表情">☺</button><button class="icon" aria-label="发送消息"><svg width="16" height="16"><path d="M0 0L16 8L0 16z"/></svg></button></div></div>
    <script>
      window.sentTexts = [];
      const input = document.querySelector('.msg-input');
      const send = () => { const t = input.innerText.trim(); if (t) { window.sentTexts.push(t); input.textContent = ''; } };
      input.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) e.preventDefault(); });
      input.addEventListener('keyup', (e) => { if (e.key === 'Enter' && !e.shiftKey) send(); });
      document.querySelector('[aria-label="发送消息"]').addEventListener('click', send);
    </script></body>`,
  );
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'generic');
  await page.locator('.msg-input').click();
  await page.keyboard.insertText(VIOLATING);
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveAttribute('data-mode', 'blocked');
  await page.locator('[aria-label="发送消息"]').click();
  expect(await sentTexts(page)).toEqual([]);
  await page.locator('[aria-label="表情"]').click(); // other buttons are left alone
  await banner(page).locator('button.override').click();
  await page.keyboard.press('Enter');
  await expect.poll(() => sentTexts(page)).toEqual([VIOLATING]);
});

test('a composer inside a web component’s open shadow root', async ({ context }) => {
  const page = await serve(
    context,
    'http://localhost/shadow-chat',
    `<!doctype html><meta charset="utf-8"><body><chat-box></chat-box>
    <script>
      window.sentTexts = [];
      customElements.define('chat-box', class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' });
          root.innerHTML = '<div class="row"><textarea rows="2"></textarea><button>Send</button></div>';
          const t = root.querySelector('textarea');
          const send = () => { if (t.value.trim()) { window.sentTexts.push(t.value); t.value = ''; } };
          t.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
          root.querySelector('button').addEventListener('click', send);
        }
      });
    </script></body>`,
  );
  const field = page.locator('chat-box textarea');
  await field.click();
  await page.keyboard.insertText(VIOLATING);
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'generic');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveAttribute('data-mode', 'blocked');
  await page.locator('chat-box button').click();
  expect(await sentTexts(page)).toEqual([]);
});
