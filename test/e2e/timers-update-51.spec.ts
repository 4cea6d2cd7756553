// Round 50's red team on the reply timers (rt50-timers F3, s18-extension-update): after the extension was updated or
// reloaded, an open workbench tab silently stopped tracking (no chips, no badge, no alerts; the popup said nobody
// waits) until the agent reloaded it. Now the new version's worker puts the content scripts back into the open tab
// (background/revive.ts), the old copy stops (content/copy-lifecycle.ts), and where that cannot be done the old copy
// tells the agent on the page and the popup says so.
// The extension is reloaded the way the red team did (reloadExtension, timers-support.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
// A fresh browser per test: the extension is reloaded under the pages, or another build is loaded (fixtures.ts `shared`).
import { attachedSite, demoUrl, EXTENSION_DIR, expect, gotoDemo, launchExtensionContext, settledWorker, test } from './fixtures';
import { BLOCK_TERM, setSettings, TEST_SETTINGS } from './guard-support';
import { badgeText, chipTexts, demo, QUIET, reloadExtension, replyInComposer } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const EDITOR = '.SendBox .SendBox-Editor .ql-editor';
const HISTORY = { ...QUIET, msg: ['张三:你好:600', '张三:您好，在的:590:out', '李四:在吗:700', '李四:在的:690:out'], open: '张三' };

const hostsOf = (page: Page, part: string) => page.locator(`[data-replyguard="${part}"]`).count();
const draftOf = (page: Page) => page.locator(EDITOR).innerText();
const sentOf = (page: Page) => page.evaluate(() => (window as unknown as { demo: { sent(): string[] } }).demo.sent());
const waitingNames = (sw: Worker) =>
  sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { conversations: { buyerName?: string; conv: string }[] } | null)?.conversations.map((c) => c.buyerName ?? c.conv) ?? []);

test('after a reload of the extension the open workbench keeps tracking: badge, popup, chip; one copy; the draft stays and is guarded', async ({ context, serviceWorker: sw, demo: base }) => {
  await setSettings(sw, TEST_SETTINGS);
  const page = await context.newPage();
  await gotoDemo(page, demoUrl(base, 'workbench', HISTORY));
  expect(await attachedSite(page, 30_000)).toBe('kuaishou');
  await page.waitForTimeout(1800); // past the watcher's settle time
  await demo(page, (d) => d.buyerSays('张三', '在吗'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await replyInComposer(page, '在的');
  await expect.poll(() => badgeText(sw)).toBe('');
  // A violating draft typed, not sent, when the update comes.
  await page.locator(EDITOR).click();
  await page.keyboard.insertText(`这个${BLOCK_TERM}可以吗`);
  await expect(page.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', '1');

  const next = await reloadExtension(context, sw);
  // The new worker's pass over the open tabs (background/revive.ts), done.
  const revived = await next.evaluate(() => (globalThis as unknown as { replyguard: { revived?: Promise<{ injected: number[] } | null> } }).replyguard.revived ?? null);

  // One copy: the old one removed its hosts; the new one linted the draft that is still there.
  await expect(page.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', '1');
  expect(await hostsOf(page, 'highlights')).toBe(1);
  expect(await hostsOf(page, 'update-notice')).toBe(0);
  expect(await draftOf(page)).toContain(BLOCK_TERM);

  // A buyer who writes now is tracked: badge, the worker's waiting list (the popup's), a countdown chip.
  await demo(page, (d) => d.buyerSays('李四', '我要退货'));
  await expect.poll(() => badgeText(next), { timeout: 10_000 }).toBe('1');
  expect(await waitingNames(next)).toEqual(['李四']);
  await expect.poll(async () => (await chipTexts(page)).length).toBe(1); // 李四's card (张三's chat is open and answered)
  expect(await hostsOf(page, 'countdown')).toBe(1);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(next.url()).host}/popup.html`);
  await expect(popup.getByText('李四').first()).toBeVisible();
  await popup.close();

  // The draft is still guarded: Enter does not send it, and one banner says why.
  await page.locator(EDITOR).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-replyguard="banner"] .rg')).toBeVisible();
  expect(await hostsOf(page, 'banner')).toBe(1);
  // By the new copy: not the orphaned one's 「已更新，请刷新本页」 (which could not record the stop).
  await expect(page.locator('[data-replyguard="banner"] .rg')).not.toContainText('请刷新本页');
  expect((await sentOf(page)).some((t) => t.includes(BLOCK_TERM))).toBe(false);
  expect(await draftOf(page)).toContain(BLOCK_TERM);
  expect(revived?.injected.length).toBe(1);
});

test('where the new version cannot put its copy back, the page says at once to reload, and the popup over it says so', async ({ locale, demo: base }) => {
  // The built extension without "scripting": what a site the extension may not inject into looks like.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-noscripting-'));
  fs.cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'scripting');
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  const { context, close } = await launchExtensionContext({ locale, extensionDir: dir });
  try {
    const sw = await settledWorker(context);
    const page = await context.newPage();
    await gotoDemo(page, demoUrl(base, 'workbench', HISTORY));
    expect(await attachedSite(page, 30_000)).toBe('kuaishou');
    expect(await hostsOf(page, 'update-notice')).toBe(0);

    const next = await reloadExtension(context, sw);
    // Shown within seconds (the old copy checks every second, then waits 4 s for a new copy), Chinese first.
    const notice = page.locator('[data-replyguard="update-notice"] [role="alert"]');
    await expect(notice).toBeVisible({ timeout: 10_000 });
    await expect(notice).toContainText('回复卫士已更新或重新加载，本页已停止计时：请刷新本页以继续计时');
    expect(await hostsOf(page, 'update-notice')).toBe(1);
    // Non-blocking: the composer still takes text; the notice closes by keyboard.
    await page.locator(EDITOR).click();
    await page.keyboard.insertText('草稿');
    expect(await draftOf(page)).toContain('草稿');
    await page.locator('[data-replyguard="update-notice"] button').focus();
    await page.keyboard.press('Enter');
    expect(await hostsOf(page, 'update-notice')).toBe(0);

    // The popup over that tab: not 「not a supported chat tool」, but that it stopped and must be reloaded.
    const tabId = await next.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    expect(tabId).toBeGreaterThan(0);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${new URL(next.url()).host}/popup.html?tab=${tabId}`);
    // In the browser's language (Chinese or English).
    await expect(popup.getByTestId('guard-status')).toHaveClass(/status-stale/);
    await expect(popup.getByTestId('guard-status')).toContainText(/本页已停止计时：请刷新本页以继续计时|stopped timing on this page: reload it to continue/);
    await popup.close();
  } finally {
    await close();
  }
});
