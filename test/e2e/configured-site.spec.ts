// A site entry from the options page (settings.sites: match pattern, composer and Send selectors)
// on a demo page, without a reload: selectors that match nothing or do not parse are harmless,
// and the configured ones put the guard on that composer and that Send button — here an icon
// button the generic detection does not recognise.
import { expect, test } from './fixtures';
import { BLOCK_TERM, EDITOR_KINDS, openComposer, sent, setSettings, TEST_SETTINGS, typeDraft } from './guard-support';

// A Chinese browser: the options page's default language ('auto') shows Chinese.
test.use({ locale: 'zh-CN' });

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

declare const chrome: typeof import('wxt/browser').browser;
