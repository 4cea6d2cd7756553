// Playwright fixtures for every e2e test: the system Chromium with the BUILT extension
// (.output/chrome-mv3) on a fresh profile, its service worker, a way to stop that worker (as Chrome
// does after 30 s idle), the popup, and the demo pages served from demo/dist.
//
//   import { test, expect } from './fixtures';
//   test('…', async ({ openDemo, serviceWorker }) => { const page = await openDemo('workbench', { auto: 0 }); … });
import { test as base, expect as playwrightExpect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { CHROMIUM_LAUNCH, PROFILE_PARENT } from './chromium-options';
import { lendTab, type TabLoan } from './kept-tab';

/**
 * expect.poll's default intervals here: Playwright's own look at 0, 100, 350 and 850 ms, then once a second, so a condition
 * that comes true after 0.9 s (a lint event on its way to the ledger, a page's send under load) was seen at 1.85 s: up to a
 * second idle per poll, hundreds of polls a run (round 60, testcost60). A call that gives its own intervals keeps them.
 */
export const POLL_INTERVALS = [100, 250];

/** Playwright's expect, with expect.poll defaulting to POLL_INTERVALS (every spec takes expect from here). */
const expect = playwrightExpect.configure({});
const playwrightPoll = expect.poll;
expect.poll = ((actual, messageOrOptions) =>
  playwrightPoll(actual, typeof messageOrOptions === 'string' ? { message: messageOrOptions, intervals: POLL_INTERVALS } : { intervals: POLL_INTERVALS, ...messageOrOptions })) as typeof expect.poll;

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
  // One round trip a look (this runs before every shared test and in its reset): the handle, then its purge awaited.
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          const upkeep = (globalThis as { replyguard?: { upkeep?: Promise<void> } }).replyguard?.upkeep;
          if (typeof upkeep !== 'object') return typeof upkeep;
          await upkeep;
          return 'settled';
        }),
      { timeout: 15_000 },
    )
    .toBe('settled');
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
  const profile = fs.mkdtempSync(path.join(PROFILE_PARENT, 'replyguard-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    // Full Chromium ≥ 132 in new headless mode: extensions load (headless-shell cannot).
    headless: true,
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
    viewport: viewport ?? { width: 1280, height: 800 },
    ignoreDefaultArgs: CHROMIUM_LAUNCH.ignoreDefaultArgs,
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

export interface LoggedEvent {
  at: number;
  site: string;
  action: string;
  clause: string;
  rule: string;
  severity: string;
  text?: string;
}

declare const chrome: typeof import('wxt/browser').browser;

/** The lint ledger (IndexedDB) through the worker's console handle (background/index.ts). */
export async function lintEvents(worker: Worker): Promise<LoggedEvent[]> {
  return worker.evaluate(async () => {
    const rg = (globalThis as unknown as { replyguard: { ledger(): Promise<{ getAll(store: string): Promise<unknown[]> }> } }).replyguard;
    return (await (await rg.ledger()).getAll('lint')) as LoggedEvent[];
  });
}

/**
 * Holds up the background's settings reads by `ms` (this test's browser only): every lint event waits for
 * one before it is stored, so a test that reads the ledger once, right after the page acted, misses it.
 */
export async function holdBackgroundSettings(worker: Worker, ms: number): Promise<void> {
  await worker.evaluate((delay) => {
    const area = chrome.storage.local as unknown as { get: (...args: unknown[]) => Promise<unknown>; heldGet?: (...args: unknown[]) => Promise<unknown> };
    area.heldGet ??= area.get;
    const get = area.heldGet.bind(area);
    area.get = (...args) => new Promise((resolve) => setTimeout(resolve, delay)).then(() => get(...args));
  }, ms);
}

/** Undoes holdBackgroundSettings (for a browser that the next test reuses). */
export async function releaseBackgroundSettings(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const area = chrome.storage.local as unknown as { get: (...args: unknown[]) => Promise<unknown>; heldGet?: (...args: unknown[]) => Promise<unknown> };
    if (area.heldGet) area.get = area.heldGet;
    delete area.heldGet;
  });
}

/** Undoes timers-support's recordAlerts (chrome.notifications.create wrapped in the worker), for a browser that the next test reuses. */
async function releaseAlerts(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const area = chrome.notifications as unknown as { create: unknown; unwrappedCreate?: unknown };
    if (area.unwrappedCreate) area.create = area.unwrappedCreate;
    delete area.unwrappedCreate;
    delete (globalThis as { __alerts?: unknown }).__alerts;
  });
}

/** Waits until what closed pages sent is stored (see untilLedgerQuiet), then empties the lint ledger. */
export async function emptyLintLedger(worker: Worker): Promise<void> {
  await untilLedgerQuiet(worker, 'lint events still arriving');
  await worker.evaluate(async () => {
    const rg = (globalThis as unknown as { replyguard: { ledger(): Promise<{ clear(store: string): Promise<void> }> } }).replyguard;
    await (await rg.ledger()).clear('lint');
  });
}

/** How long the ledger must stay unchanged, with no work pending in the worker, to count as quiet. */
const LEDGER_QUIET_MS = 100;
/** The same for a worker without the pending-work count (built before round 59): the interval it had then. */
const LEDGER_QUIET_UNCOUNTED_MS = 400;

/**
 * Waits until nothing is on its way to the ledger: the worker has no message, closed tab or day-cache run in hand
 * (replyguard.pendingWork, background/pending-work.ts) and every store's record count is the same at two readings
 * LEDGER_QUIET_MS apart. Called after the test's pages have closed (page.close() has resolved), so what they sent
 * has left them: it is either in the worker's hands (counted until stored) or on its way there, which the second
 * reading's wait covers. Round 59: the counts alone at 400 ms apart cost ≥ 400 ms of idle on every shared test, and
 * missed a message whose handling took longer (a settings read held up under load).
 */
async function untilLedgerQuiet(worker: Worker, message: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let previous = '';
  for (;;) {
    const { pending, counts } = await worker.evaluate(async () => {
      const rg = (globalThis as unknown as { replyguard: { pendingWork?: () => number; ledger(): Promise<IDBDatabase & { count(store: string): Promise<number> }> } }).replyguard;
      const db = await rg.ledger();
      return {
        pending: typeof rg.pendingWork === 'function' ? rg.pendingWork() : -1,
        counts: await Promise.all([...db.objectStoreNames].map((store) => db.count(store))),
      };
    });
    const reading = pending > 0 ? '' : JSON.stringify(counts);
    if (reading && reading === previous) return;
    previous = reading;
    if (Date.now() > deadline) throw new Error(`${message} (pending work ${pending}, records per store ${JSON.stringify(counts)})`);
    await new Promise((resolve) => setTimeout(resolve, pending < 0 ? LEDGER_QUIET_UNCOUNTED_MS : LEDGER_QUIET_MS));
  }
}

/** How long a page.close() may take before Chromium is taken to have dropped it (it normally takes well under a second). */
const CLOSE_WAIT_MS = 10_000;

const settlesWithin = (promise: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer));
};

/**
 * page.close(), bounded. Chromium acknowledges a Target.closeTarget (what page.close() sends) that races a
 * navigation commit and then never closes the page (crbug.com/536385539; Playwright issues 41900, 42068, 42366:
 * 1.65 has no workaround), so page.close() waits forever and the test's teardown runs into its timeout. Seen in CI:
 * guard-unseen-pages-15 A1b ended while its own form POST was committing. A test must not end with a navigation of
 * its own in flight (wait for it); should one still be, the close is asked again once, through the page's own
 * session (Page.close), with a warning in the output; a page that stays open after that is an error, not a hang.
 * The page is not frozen in that state: it has committed the new document and answers (seen in a reproduction
 * without the extension).
 */
export async function closePage(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const closed = page.close();
  if (await settlesWithin(closed, CLOSE_WAIT_MS)) return closed;
  console.warn(`page.close() of ${page.url()} not done after ${CLOSE_WAIT_MS} ms (Chromium dropped it: a navigation was committing?); closing it again through Page.close`);
  // Page.close runs beforeunload handlers: the pages these tests close have none.
  await page.close({ runBeforeUnload: true }).catch(() => undefined);
  if (await settlesWithin(closed, CLOSE_WAIT_MS)) return closed;
  throw new Error(`page ${page.url()} did not close (Target.closeTarget and Page.close both acknowledged, no close in ${2 * CLOSE_WAIT_MS} ms)`);
}

export interface SharedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** storage.local and storage.session as the settled fresh profile had them (put back after each test). */
  storage: { local: Record<string, unknown>; session: Record<string, unknown> };
  /** A blank tab kept from the last test, lent to the next one as its first page (kept-tab.ts), or null. */
  keptTab: Page | null;
}

/** The shared browser's worker, woken by opening an extension page when Chrome has stopped it (30 s idle). */
export async function runningWorker({ context, extensionId }: SharedBrowser): Promise<Worker> {
  if (!context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const worker = await settledWorker(context);
    await page.close();
    return worker;
  }
  return settledWorker(context);
}

/**
 * Puts the shared browser back as a test found it. What a test can leave behind there: its pages (and
 * with them the content scripts, whose watcher holds the per-buyer 2.5 counts in page memory: a new page
 * starts from nothing), a page left in the first tab, routes, a held-up settings read, the ledger (lint events,
 * chat messages, days), storage (settings, the per-tab guard status the popup reads, timer state): storage.local
 * and .session go back to the fresh profile's, and what the worker derives from them and the ledger (the badge,
 * the next alarm, desktop alerts) is recomputed, as at a worker's start.
 * recordAlerts' wrapper is taken off. The test's first page is kept blank for the next test when what the test did to it
 * can be undone (kept-tab.ts), else closed. Not undone (so a test that does it keeps a fresh browser): a Playwright clock,
 * an init script or binding on the context, another wrapped chrome API in the worker, a reloaded or disabled
 * extension, discarded tabs.
 */
async function resetSharedBrowser(shared: SharedBrowser, loan: TabLoan): Promise<void> {
  const { context } = shared;
  // A persistent context keeps its first page; the test's own pages go (closed together: each close is a round trip),
  // but its first, put back blank (or the kept tab, if the test opened no page and it is still blank).
  const first = context.pages()[0];
  const unlent = loan.lent ? null : shared.keptTab;
  const keep = unlent && !unlent.isClosed() && unlent.url() === 'about:blank' ? unlent : null;
  const [kept] = await Promise.all([
    loan.lent ? loan.takeBack(closePage) : keep,
    ...context.pages().slice(1).filter((page) => page !== loan.lent && page !== keep).map(closePage),
    first && first.url() !== 'about:blank' ? first.goto('about:blank') : undefined,
  ]);
  shared.keptTab = kept;
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  const worker = await runningWorker(shared);
  await Promise.all([releaseBackgroundSettings(worker), releaseAlerts(worker)]);
  // After the pages' last events have landed (a closed page's status, lint event or message may still be on its way).
  await untilLedgerQuiet(worker, 'ledger records still arriving');
  // Then every store of the ledger emptied (lint, messages, ratings, days…) and storage put back, as a fresh profile's.
  await worker.evaluate(async ({ local, session }) => {
    const db = await (globalThis as unknown as { replyguard: { ledger(): Promise<IDBDatabase & { clear(store: string): Promise<void> }> } }).replyguard.ledger();
    for (const store of [...db.objectStoreNames]) await db.clear(store);
    await chrome.storage.local.clear();
    await chrome.storage.local.set(local);
    await chrome.storage.session.clear();
    await chrome.storage.session.set(session);
    await (globalThis as unknown as { replyguard: { refresh(): Promise<unknown> } }).replyguard.refresh();
  }, shared.storage);
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

/**
 * The worker's shared browsers, one per locale and time zone a spec asks for (test.use), each kept open once launched
 * (at most SHARED_KEPT, the least recently used closed first). One at a time cost a relaunch at every change: the
 * specs that ask for zh-CN or Beijing sit between plain ones in file order, so each worker relaunched about 15 times
 * a run (a launch, its settle and a close: 6–10 s each on a loaded machine).
 */
interface SharedPool {
  take(options: { timezoneId?: string; locale?: string }): Promise<SharedBrowser>;
}

/** Shared browsers a worker keeps open: the shared specs ask for three (plain, zh-CN, zh-CN in Beijing time). */
const SHARED_KEPT = 3;

/** Playwright's default viewport: a test that asks for no other may use the shared browser (which has launchExtensionContext's). */
const PLAYWRIGHT_VIEWPORT = { width: 1280, height: 720 };

async function launchSharedBrowser(options: { timezoneId?: string; locale?: string }): Promise<{ browser: SharedBrowser; close: () => Promise<void> }> {
  const { context, close } = await launchExtensionContext(options);
  const worker = await settledWorker(context);
  const extensionId = new URL(worker.url()).host;
  const storage = await worker.evaluate(async () => ({ local: await chrome.storage.local.get(null), session: await chrome.storage.session.get(null) }));
  return { browser: { context, extensionId, storage, keptTab: null }, close };
}

/**
 * The same fixtures on one browser per Playwright worker (per locale and zone), shared by every spec that uses `shared`: a fresh
 * profile per test cost about half of a short guard test (launch and settle 6–8 s, close 1–2 s on a loaded
 * 2-core machine). After each test the browser is reset (resetSharedBrowser). A spec's test.use({ timezoneId,
 * locale }) gets a shared browser launched with them (kept open beside the plain one: see SharedPool);
 * test.use({ viewport }) is refused (use page.setViewportSize). Not for tests about start-up, the worker's
 * lifecycle (a stopped worker), install, a browser restart, another extension build, or what the reset does not
 * undo (see resetSharedBrowser): those keep `test` and a fresh browser. So do tests
 * that log thousands of lint events (guard-long-draft's 3,000 findings): they go on landing after the page closed,
 * past the reset's quiet wait, into the next test's ledger (seen: a quick-fix test read 3,500 blocks).
 */
// Never install a Playwright clock (page.clock / context.clock) on the shared browser: it is context-wide and cannot be undone,
// so every later test of the worker would run on a faked time. Tests that fake time take a fresh browser (`test`).
export const shared = test.extend<{ sharedBrowser: SharedBrowser }, { sharedPool: SharedPool }>({
  sharedPool: [
    async ({}, use) => {
      // By key, in order of last use (a Map keeps insertion order: a browser taken again is moved to the end).
      const open = new Map<string, { browser: SharedBrowser; close: () => Promise<void> }>();
      await use({
        take: async (options) => {
          const key = JSON.stringify(options);
          const kept = open.get(key);
          if (kept) {
            open.delete(key);
            open.set(key, kept);
            return kept.browser;
          }
          // A browser left idle is reset (resetSharedBrowser) and its worker stops after 30 s: runningWorker wakes it.
          while (open.size >= SHARED_KEPT) {
            const [oldest, old] = open.entries().next().value!;
            open.delete(oldest);
            await old.close();
          }
          const launched = await launchSharedBrowser(options);
          open.set(key, launched);
          return launched.browser;
        },
      });
      for (const { close } of open.values()) await close();
    },
    { scope: 'worker' },
  ],
  sharedBrowser: async ({ sharedPool, timezoneId, locale, viewport }, use) => {
    if (JSON.stringify(viewport) !== JSON.stringify(PLAYWRIGHT_VIEWPORT)) {
      throw new Error('共享浏览器不支持 test.use({ viewport })：请用 page.setViewportSize，或改用 test（新浏览器）\n(the shared browser does not honour test.use({ viewport }))');
    }
    // Playwright's default locale is the browser's own (the plain shared browser).
    await use(await sharedPool.take({ timezoneId, locale: locale === 'en-US' ? undefined : locale }));
  },
  context: async ({ sharedBrowser }, use) => {
    const loan = lendTab(sharedBrowser.context, sharedBrowser.keptTab);
    await use(sharedBrowser.context);
    loan.stop();
    await resetSharedBrowser(sharedBrowser, loan);
  },
  serviceWorker: async ({ sharedBrowser }, use) => {
    await use(await runningWorker(sharedBrowser));
  },
});

export { expect };
