// Smoke: the built extension loads, its content script attaches to the demo pages, the popup
// renders, and a stopped service worker is started again by a message.
import { test, shared, expect, attachedSite } from './fixtures';

// In serviceWorker.evaluate() and extension pages, `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

// A fresh browser: the extension's start on a new profile.
test('the extension loads: service worker up, manifest 回复卫士 ReplyGuard, MV3', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => {
    const { name, manifest_version } = chrome.runtime.getManifest();
    return { name, manifest_version };
  });
  expect(manifest).toEqual({ name: '回复卫士 ReplyGuard', manifest_version: 3 });
});

shared('the content script attaches to the demo workbench and to a generic page', async ({ openDemo }) => {
  const workbench = await openDemo('workbench', { auto: 0 });
  expect(await attachedSite(workbench)).not.toBe('');
  const textarea = await openDemo('textarea.html');
  expect(await attachedSite(textarea)).not.toBe('');
});

shared('the popup opens and renders', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup).toHaveTitle(/回复卫士/);
  await expect(popup.locator('body')).toContainText('回复卫士');
});

// A fresh browser: the test stops the extension's worker.
test('a stopped service worker is started again by a message', async ({ context, serviceWorker, stopServiceWorker, openPopup }) => {
  const popup = await openPopup();
  // A mark in the worker's global scope: a restarted worker is a new instance without it.
  await serviceWorker.evaluate(() => ((globalThis as { smokeMark?: number }).smokeMark = 1));
  await stopServiceWorker();

  // Any runtime message wakes the worker, whether or not a listener answers it.
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  await expect.poll(() => worker.evaluate(() => (globalThis as { smokeMark?: number }).smokeMark ?? 'fresh')).toBe('fresh');
});
