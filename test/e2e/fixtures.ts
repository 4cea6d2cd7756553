// Playwright fixtures for every e2e test: the system Chromium with the BUILT extension
// (.output/chrome-mv3) on a fresh profile, its service worker, a way to stop that worker (as Chrome
// does after 30 s idle), the popup, and the demo pages served from demo/dist.
//
//   import { test, expect } from './fixtures';
//   test('…', async ({ openDemo, serviceWorker }) => { const page = await openDemo('workbench', { auto: 0 }); … });
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Query values for a demo page; arrays repeat the parameter (e.g. several `msg`). */
export type DemoParams = Record<string, string | number | boolean | readonly (string | number)[]>;

export interface ExtensionFixtures {
  /** Chromium with the built extension, on a throwaway profile. Honours test.use({ timezoneId, locale, viewport }). */
  context: BrowserContext;
  /** The extension's MV3 service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** Closes the service worker target through CDP and waits until it is gone. */
  stopServiceWorker: () => Promise<void>;
  /** Opens the extension's popup page in a new tab. */
  openPopup: () => Promise<Page>;
  /** Opens a demo page (e.g. 'workbench', 'textarea.html') in the extension's browser, ready to script. */
  openDemo: (page: string, params?: DemoParams) => Promise<Page>;
  /** A page in a separate browser WITHOUT the extension (for testing the demo itself). */
  plainPage: Page;
  /** Like openDemo, on plainPage. */
  openPlainDemo: (page: string, params?: DemoParams) => Promise<Page>;
}

export interface DemoServerFixture {
  /** Base URL of the demo server, e.g. http://127.0.0.1:40123 (one per worker). */
  demo: string;
}

export function demoUrl(base: string, page: string, params: DemoParams = {}): string {
  const url = new URL(page.replace(/^\//, ''), `${base}/`);
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  return url.href;
}

/** Navigates and waits until the demo page marked itself ready (<html data-demo-ready>). */
export async function gotoDemo(page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
  return page;
}

/** Waits until the content script attached and returns the site id it reports. */
export async function attachedSite(page: Page, timeout = 10_000): Promise<string> {
  await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout });
  return (await page.locator('html').getAttribute('data-replyguard-attached')) ?? '';
}

function assertBuilt(): void {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`扩展尚未构建：找不到 ${EXTENSION_DIR}/manifest.json。先运行 npm run build（或 npm run test:e2e，它会先构建）\n(extension not built: run \`npm run build\` first)`);
  }
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(`找不到 Chromium：${CHROME_PATH}（apt-get install chromium，或设置 CHROME_PATH）`);
  }
}

const isExtensionWorker = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');

/**
 * The extension's worker, once its start-up purge has run. The purge deletes what is older than the
 * retention period at the real clock, and specs seed fixed past days (2024): had it run after a
 * seed, it would drop the seeded days half-way through the test (seen once in CI).
 */
export async function settledWorker(context: BrowserContext): Promise<Worker> {
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
  await expect
    .poll(() => worker.evaluate(() => typeof (globalThis as { replyguard?: { upkeep?: unknown } }).replyguard?.upkeep), { timeout: 15_000 })
    .toBe('object');
  await worker.evaluate(() => (globalThis as unknown as { replyguard: { upkeep: Promise<void> } }).replyguard.upkeep);
  return worker;
}

/**
 * Chromium with the built extension on a fresh profile, once its worker has settled: the `context`
 * fixture, and a spec's own worker-scoped browser (many short cases on one browser).
 */
export async function launchExtensionContext(
  options: { timezoneId?: string; locale?: string; viewport?: { width: number; height: number } | null; extensionDir?: string } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  assertBuilt();
  const { timezoneId, locale, viewport, extensionDir = EXTENSION_DIR } = options;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    // Full Chromium ≥ 132 in new headless mode: extensions load (headless-shell cannot).
    headless: true,
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
    viewport: viewport ?? { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run'],
  });
  // Every test starts after the worker's start-up purge (see settledWorker).
  await settledWorker(context);
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<ExtensionFixtures, DemoServerFixture>({
  demo: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ timezoneId, locale, viewport }, use) => {
    const { context, close } = await launchExtensionContext({ timezoneId, locale, viewport });
    await use(context);
    await close();
  },

  serviceWorker: async ({ context }, use) => {
    await use(await settledWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  stopServiceWorker: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        const workers = async () =>
          (await cdp.send('Target.getTargets')).targetInfos.filter(
            (target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
          );
        const running = await workers();
        if (running.length === 0) throw new Error('扩展的 service worker 没有在运行 / no running service worker to stop');
        for (const target of running) await cdp.send('Target.closeTarget', { targetId: target.targetId });
        // Close again on every look: on a loaded machine a page's message can wake the worker between the close and
        // the check, and the test needs it stopped at the moment it goes on.
        await expect
          .poll(
            async () => {
              const still = await workers();
              for (const target of still) await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
              return still.length;
            },
            { message: 'service worker still running', timeout: 15_000 },
          )
          .toBe(0);
      } finally {
        await cdp.detach();
      }
    });
  },

  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },

  openDemo: async ({ context, demo }, use) => {
    await use(async (name, params) => gotoDemo(await context.newPage(), demoUrl(demo, name, params)));
  },

  plainPage: async ({ browser, timezoneId, locale, viewport }, use) => {
    const context = await browser.newContext({
      ...(timezoneId ? { timezoneId } : {}),
      ...(locale ? { locale } : {}),
      viewport: viewport ?? { width: 1280, height: 800 },
    });
    await use(await context.newPage());
    await context.close();
  },

  openPlainDemo: async ({ plainPage, demo }, use) => {
    await use(async (name, params) => gotoDemo(plainPage, demoUrl(demo, name, params)));
  },
});

export { expect };
