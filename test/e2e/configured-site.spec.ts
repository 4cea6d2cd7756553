// A site entry from the options page (settings.sites: match pattern, composer and Send selectors)
// on a demo page, without a reload: selectors that match nothing or do not parse are harmless,
// and the configured ones put the guard on that composer and that Send button — here an icon
// button the generic detection does not recognise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, expect, launchExtensionContext, settledWorker, shared, test } from './fixtures';
import { pageHtml } from './guard-unseen-pages';
import { BLOCK_TERM, EDITOR_KINDS, openComposer, sent, setSettings, TEST_SETTINGS, typeDraft } from './guard-support';
import { storedMessages } from './timers-support';

// A Chinese browser: the options page's default language ('auto') shows Chinese.
test.use({ locale: 'zh-CN' });

// A fresh browser: the guard status it reads is any demo tab's, and a status left by an earlier test's page must not
// answer for its own.
test('configured site selectors take effect on the demo without a reload; bad ones are harmless', async ({ context, extensionId, openDemo, serviceWorker, demo }) => {
  await setSettings(serviceWorker);
  const c = await openComposer(openDemo, EDITOR_KINDS.find((k) => k.id === 'textarea')!);
  const errors: string[] = [];
  c.page.on('pageerror', (e) => errors.push(String(e)));
  const html = c.page.locator('html');
  await expect(html).toHaveAttribute('data-replyguard-attached', 'generic');

  // The page's Send button becomes an unlabelled icon (its click handler stays).
  await c.send.evaluate((b: HTMLElement) => {
    b.id = 'go';
    b.className = 'icon';
    b.textContent = '➤';
  });
  const icon = c.page.locator('button.icon');
  const match = `${new URL(demo).origin}/*`;
  const site = `site:${new URL(demo).host}`;
  /** The guard status the worker keeps for the demo tab (what the popup shows). */
  const status = () =>
    serviceWorker.evaluate(async (url) => {
      const byTab = ((await chrome.storage.session.get('guard-status'))['guard-status'] ?? {}) as Record<string, { url: string; site: string; attached: boolean; reason?: string }>;
      return Object.values(byTab).find((s) => s.url.startsWith(url));
    }, demo);

  // 1. A composer selector that matches nothing and a Send selector that does not parse: the guard
  //    starts again, falls back to the generic detection, and nothing throws. The icon is not a
  //    Send button to it, so the page sends as it would without the extension.
  await setSettings(serviceWorker, { ...TEST_SETTINGS, sites: [{ match, enabled: true, composer: '#no-such-composer', send: 'div[[' }] });
  // The popup hears that the configured composer is not on the page…
  await expect.poll(() => status(), { timeout: 10_000 }).toMatchObject({ attached: false, site, reason: expect.stringContaining('未找到聊天输入框') });
  // …and the field the agent types in is guarded through the generic detection.
  await typeDraft(c, `第一条${BLOCK_TERM}`);
  await expect.poll(() => status()).toMatchObject({ attached: true, site: 'generic' });
  await icon.click();
  await expect.poll(() => sent(c)).toEqual([`第一条${BLOCK_TERM}`]);
  // The options page lists the entry and says, in Chinese, which selector is ignored.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('site-list')).toContainText('#no-such-composer');
  await expect(options.getByTestId('site-list').getByRole('alert')).toHaveText('选择器无效，已忽略（改用自动识别）：div[[');
  await options.close();
  await c.page.bringToFront();

  // 2. The right selectors, saved while the page stays open: the guard attaches through them and
  //    stops a violating send through the icon.
  await setSettings(serviceWorker, { ...TEST_SETTINGS, sites: [{ match, enabled: true, composer: '#composer', send: 'button.icon' }] });
  await expect(html).toHaveAttribute('data-replyguard-attached', site);
  await typeDraft(c, `第二条${BLOCK_TERM}`);
  await icon.click();
  await expect(c.banner).toContainText(BLOCK_TERM);
  expect(await sent(c)).toEqual([`第一条${BLOCK_TERM}`]);
  // The guard status the popup shows names the configured site.
  await expect.poll(() => status()).toMatchObject({ attached: true, site });

  // 3. The entry turned off: back to the generic detection, still without a reload.
  await setSettings(serviceWorker, { ...TEST_SETTINGS, sites: [{ match, enabled: false, composer: '#composer', send: 'button.icon' }] });
  await c.editor.click();
  await expect(html).toHaveAttribute('data-replyguard-attached', 'generic');
  expect(errors).toEqual([]);
});

// Another chat tool's layout, which no built-in adapter knows: a conversation list, the open chat's
// header and its message rows.
const WATCH = {
  currentBuyer: 'h3.peer',
  row: '.thread > .msg',
  mine: '.from-me',
  notMe: '.from-buyer',
  body: '.text',
  card: '.conv-list > li',
  cardName: '.conv-name',
  cardLastMessage: '.conv-last',
};

shared('watcher selectors: another chat tool gets reply timing and countdown chips without a reload', async ({ context, extensionId, openDemo, serviceWorker, demo }) => {
  await setSettings(serviceWorker);
  const c = await openComposer(openDemo, EDITOR_KINDS.find((k) => k.id === 'textarea')!);
  const page = c.page;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluate(() => {
    const el = (tag: string, cls: string, text = '') => Object.assign(document.createElement(tag), { className: cls, textContent: text });
    const list = el('ul', 'conv-list');
    const card = el('li', 'conv');
    card.append(el('span', 'conv-name', '王五'), el('span', 'conv-last', '你好'));
    list.append(card);
    document.body.prepend(list, el('h3', 'peer', '王五'), el('div', 'thread'));
  });
  const say = (cls: 'from-me' | 'from-buyer', text: string) =>
    page.evaluate(
      ([cls, text]) => {
        const row = Object.assign(document.createElement('div'), { className: `msg ${cls}` });
        row.append(Object.assign(document.createElement('span'), { className: 'text', textContent: text }));
        document.querySelector('.thread')!.append(row);
        document.querySelector('.conv-last')!.textContent = text;
      },
      [cls, text] as const,
    );
  const match = `${new URL(demo).origin}/*`;
  const site = `site:${new URL(demo).host}`;
  const chips = page.locator('[data-replyguard="countdown"]');
  const fromHere = async () => (await storedMessages(serviceWorker)).filter((m) => m.conv === '王五').sort((a, b) => a.ts - b.ts);

  // The options page lists the entry with what it watches (the settings are the options page's own format).
  // An optional selector that does not parse (from an import) is ignored, and the list says so.
  await setSettings(serviceWorker, { ...TEST_SETTINGS, sites: [{ match, enabled: true, watch: { ...WATCH, stamp: '.when[' } }] });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('site-watching')).toHaveText('监控：当前聊天、会话列表');
  await expect(options.getByTestId('site-list').getByRole('alert')).toHaveText('会话监控选择器无效，已忽略：.when[');
  await options.close();
  await page.bringToFront();

  // Saved while the page stays open: the watcher starts (rows already there when it starts are
  // history; wait out its settle window), then a buyer writes.
  await page.waitForTimeout(2500);
  await say('from-buyer', '请问什么时候发货？');
  await expect.poll(fromHere, { timeout: 10_000 }).toEqual([expect.objectContaining({ dir: 'in', history: false, source: 'row' })]);
  // The worker's waiting list has the buyer: a countdown chip on the list item and beside the header.
  await expect(chips).toHaveCount(2, { timeout: 10_000 });
  expect(Number(await chips.first().getAttribute('data-deadline'))).toBeGreaterThan(Date.now() + 4 * 60_000);
  // The agent answers: recorded, no one waits, the chips go.
  await say('from-me', '今天下午发出');
  await expect.poll(async () => (await fromHere()).map((m) => m.dir)).toEqual(['in', 'out']);
  await expect(chips).toHaveCount(0);
  const [buyer] = await serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as { replyguard: { ledger(): Promise<{ getAll(s: string): Promise<{ conv: string; site: string }[]> }> } };
    return (await (await g.replyguard.ledger()).getAll('messages')).filter((m) => m.conv === '王五').map((m) => m.site);
  });
  expect(buyer).toBe(site);

  // Turned off, still without a reload: the page is not watched any more.
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-chat', /.+/);
  await setSettings(serviceWorker, { ...TEST_SETTINGS, sites: [{ match, enabled: false, watch: WATCH }] });
  // The chat features' mark goes when they stop (a fixed wait here raced the settings change on a loaded machine).
  await expect(page.locator('html')).not.toHaveAttribute('data-replyguard-chat');
  await say('from-buyer', '还在吗');
  await page.waitForTimeout(1500);
  expect(await fromHere()).toHaveLength(2);
  await expect(chips).toHaveCount(0);
  expect(errors).toEqual([]);
});

shared('the watcher selector form: keyboard, a half-filled group and a selector that does not parse are refused in Chinese', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('site-origin').fill('https://im.example.com');
  // Keyboard only: from the address past the two composer fields to the disclosure, open it, fill the first field.
  await options.getByTestId('site-origin').focus();
  for (let i = 0; i < 3; i++) await options.keyboard.press('Tab');
  await expect(options.locator('details.watch > summary')).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.locator('details.watch')).toHaveAttribute('open', '');
  await options.keyboard.press('Tab');
  await expect(options.getByTestId('site-watch-currentBuyer')).toBeFocused();
  await options.keyboard.type('h3.peer');
  await options.keyboard.press('Tab');
  await options.keyboard.type('.thread > .msg');
  await options.keyboard.press('Enter');
  await expect(options.locator('#site-error')).toHaveText('会话监控选择器不完整，还需填写：我方（客服）消息标记、买家消息标记');
  await options.getByTestId('site-watch-mine').fill('.from-me');
  await options.getByTestId('site-watch-notMe').fill('.from-buyer');
  await options.getByTestId('site-watch-cardName').fill('.conv-name[');
  await options.getByTestId('site-watch-cardName').press('Enter');
  await expect(options.locator('#site-error')).toHaveText('选择器无效：.conv-name[');
  await options.getByTestId('site-watch-cardName').fill('.conv-name');
  await options.getByTestId('site-watch-cardName').press('Enter');
  await expect(options.locator('#site-error')).toHaveText('会话监控选择器不完整，还需填写：会话列表中的一项');
  // Nothing was stored by any refused attempt.
  expect(await options.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { sites?: unknown[] } | undefined)?.sites ?? [])).toEqual([]);
});

declare const chrome: typeof import('wxt/browser').browser;

// A chat tool on an origin the manifest does not name (so nothing of the extension runs there unless the
// agent enabled it): its page adds its Enter listener on window, capture phase, in an inline script — before
// the content script (document_idle) could add its own. Only the document_start part registered for the
// site (utils/site-scripts.ts) puts the guard ahead of it. The agent enables the site on the options page.
const OTHER_ORIGIN = 'https://chat.example.com';

// Its own browser: another build of the extension (the site's permissions granted).
test('a configured site whose page listens for Enter on window (capture, before the content script): violating draft not sent, clean one sent unchanged', async ({ locale }) => {
  // The built extension as an agent who granted the site has it: the site's host and "scripting" are
  // granted (a test cannot click Chrome's permission prompt), so the options page's request resolves at once.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-granted-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { permissions: string[]; host_permissions?: string[] };
  manifest.permissions.push('scripting');
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${OTHER_ORIGIN}/*`];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  const { context, close } = await launchExtensionContext({ locale, extensionDir: dir });
  try {
    const worker = await settledWorker(context);
    const extensionId = new URL(worker.url()).host;
    await context.route(`${OTHER_ORIGIN}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pageHtml({ editor: 'textarea', sendOn: 'keydown', listenOn: 'window-capture', button: 'ant' }, '在线客服'),
      }),
    );

    // Enabled the way the agent does it: the options page's form (address, composer and Send selectors).
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('site-origin').fill(OTHER_ORIGIN);
    await options.getByTestId('site-composer').fill('textarea.msg-input');
    await options.getByTestId('site-send').fill('.SendBox-buttonRight .ant-btn-primary');
    await options.getByTestId('site-send').press('Enter');
    await expect(options.getByTestId('site-list')).toContainText(`${OTHER_ORIGIN}/*`);
    await expect
      .poll(() => options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort()))
      .toContain('replyguard-other-sites');
    await options.close();

    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${OTHER_ORIGIN}/chat`);
    await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', `site:${new URL(OTHER_ORIGIN).host}`, { timeout: 10_000 });
    const editor = page.locator('textarea.msg-input');
    const sentHere = () => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.slice());
    const draft = () => page.evaluate(() => (window as unknown as { __draft(): string }).__draft());

    // A violating draft: Enter does not reach the page's window listener, nothing is sent, the draft stays.
    const violating = '亲，加我微信 abc12345 私聊';
    await editor.click();
    await page.keyboard.type(violating);
    await expect.poll(draft).toBe(violating);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await sentHere(), 'the violating draft was not sent').toEqual([]);
    expect(await draft()).toBe(violating);

    // A clean draft: sent once, unchanged, by the page's own listener.
    const clean = '亲，已经为您催促仓库发货了';
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect.poll(draft).toBe('');
    await page.keyboard.type(clean);
    await expect.poll(draft).toBe(clean);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect.poll(sentHere).toEqual([clean]);

    // A conversation the page pops into an iframe it builds from a Blob (blob:https://chat.example.com/…, no URL of its
    // own to match): the site's registered scripts run there too (matchOriginAsFallback), so a violating Enter is stopped.
    await page.evaluate((html) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:600px;height:200px';
      frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      document.body.appendChild(frame);
    }, '<!doctype html><meta charset="utf-8"><textarea class="msg-input" rows="3"></textarea><script>var t = document.querySelector("textarea"); t.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); parent.__sent.push(t.value); t.value = ""; } });</' + 'script>');
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('blob:'))).toBe(true);
    const popped = page.frames().find((f) => f.url().startsWith('blob:'))!;
    // The site's own selectors apply there (its origin is the site's): the configured composer, under the site's id.
    await expect(popped.locator('html')).toHaveAttribute('data-replyguard-attached', `site:${new URL(OTHER_ORIGIN).host}`, { timeout: 15_000 });
    await popped.locator('textarea').click();
    await page.keyboard.type(violating);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-replyguard="banner"] .rg')).toContainText('2.3'); // the banner shows in the top page
    expect(await sentHere(), 'the violating draft in the blob: iframe was not sent').toEqual([clean]);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(clean);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await expect.poll(sentHere).toEqual([clean, clean]);
    expect(errors).toEqual([]);
  } finally {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
