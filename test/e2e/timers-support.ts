// Helpers for the timers e2e tests, over the shared fixtures (./fixtures.ts: the built extension
// in the system Chromium, its service worker, the demo workbench): the badge, the ledger as the
// popup reads it, storage, settings, countdown chips, the demo's page API, and a browser on a
// profile directory that outlives it (for a restart).
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium-options';
import { CHROME_PATH, EXTENSION_DIR, expect, settledWorker } from './fixtures';
import { setSettings } from './guard-support';
import { shopWorkbench, showListUnder, SISTER_SHOPS } from './timers-workbench';

// Code passed to worker.evaluate() / extension pages runs where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

type Queries = typeof import('../../background/ledger/queries') & typeof import('../../background/ledger/transfer');
/** What the worker exposes on its global scope for its console (background/index.ts). */
export interface SwGlobal {
  replyguard: { ledger: () => Promise<unknown>; queries: Queries; refresh: () => Promise<unknown>; refreshDays: () => Promise<void>; clickNotification: (id: string) => Promise<boolean> };
}

/** The demo workbench's `window.demo` (demo/README.md), the calls these tests use. */
export interface DemoApi {
  buyerSays(conv: string, text: string, options?: { agoSeconds?: number }): string;
  agentSays(conv: string, text: string, options?: { agoSeconds?: number }): string;
  rate(conv: string, rating: 'satisfied' | 'neutral' | 'disappointed'): string;
  open(conv: string): void;
  current(): string | null;
}

/**
 * Calls the demo's page API: `await demo(page, (d, who) => d.buyerSays(who, '在吗'), '张三')`.
 * The function runs in the page: it sees only the demo and the (JSON) argument.
 */
export function demo<T, A = undefined>(page: Page, call: (d: DemoApi, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(`(${call.toString()})(window.demo, ${JSON.stringify(arg ?? null)})`) as Promise<T>;
}

/** A quiet, scripted workbench: no simulated buyers, no random buyers or history. */
export const QUIET = { auto: 0, buyers: 0, history: 0 } as const;

/**
 * Turns the compose guard off (before the test's pages load), for a test of the timers alone: its pages then
 * never load the lint engine, most of a page load's CPU with the extension, on a suite that is CPU-bound.
 * The timers with the guard on beside them are covered by the tests that keep it (timers-badge, timers-already-waiting, the demo's).
 */
export function guardOff(sw: Worker): Promise<void> {
  return setSettings(sw, { guard: { enabled: false, deny: [], allow: [], ruleSeverity: {} } });
}

/** The worker's waiting conversations as it stored them for the popup and badge (background/timer-state.ts), most urgent first. */
export function waitingConversations(sw: Worker): Promise<import('../../background/timer-state').TimerEntry[]> {
  return sw.evaluate(
    async () =>
      ((await chrome.storage.local.get('waiting')).waiting as { conversations: import('../../background/timer-state').TimerEntry[] } | null)?.conversations ?? [],
  );
}

/**
 * A new page at `url` (im.kwaixiaodian.com) served with `html`, routed for that page alone (each page its own HTML;
 * the URL may name the shop), returned once the chat features started on it (html[data-replyguard-chat]).
 */
export async function openAt(context: BrowserContext, url: string, html: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(/^https:\/\/im\.kwaixiaodian\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  await page.locator('html[data-replyguard-chat]').waitFor({ state: 'attached' });
  return page;
}

export function badgeText(sw: Worker): Promise<string> {
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

/** Alert ladder (seconds after the buyer's message); unpacked extensions skip the 30 s alarm minimum. */
export async function setLadder(sw: Worker, seconds: number[]): Promise<void> {
  await sw.evaluate(async (ladder) => {
    const { settings } = await chrome.storage.local.get('settings');
    const s = (settings ?? {}) as { timers?: Record<string, unknown> };
    await chrome.storage.local.set({ settings: { ...s, timers: { ...(s.timers ?? {}), alertLadder: ladder } } });
  }, seconds);
}

export function todayFigures(sw: Worker, now?: number): Promise<Awaited<ReturnType<Queries['todayFigures']>>> {
  return sw.evaluate(async (at) => {
    const g = globalThis as unknown as SwGlobal;
    return g.replyguard.queries.todayFigures((await g.replyguard.ledger()) as never, at ?? Date.now());
  }, now);
}

export function exportStatsJsonl(sw: Worker): Promise<string> {
  return sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    return g.replyguard.queries.exportStatsJsonl((await g.replyguard.ledger()) as never);
  });
}

export interface StoredMessage {
  conv: string;
  id: string;
  dir: 'in' | 'out';
  ts: number;
  history: boolean;
  tsSource: string;
  source: string;
  /** The nickname shown when it was seen (a conversation keyed by the buyer id is `id:<buyerId>`). */
  buyerName?: string;
}

/** Who a stored message is of, as a test names the buyer: the nickname shown, else the key. */
export const buyerOf = (m: Pick<StoredMessage, 'conv' | 'buyerName'>): string => m.buyerName ?? m.conv;

export function storedMessages(sw: Worker): Promise<StoredMessage[]> {
  return sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as { getAll(s: string): Promise<StoredMessage[]> };
    return (await db.getAll('messages')).map(({ conv, id, dir, ts, history, tsSource, source, buyerName }) => ({ conv, id, dir, ts, history, tsSource, source, ...(buyerName ? { buyerName } : {}) }));
  });
}

/** A buyer's stored records (by nickname or key) as `dir ts`, sorted. */
export const recordsOf = async (sw: Worker, name: string): Promise<string[]> =>
  (await storedMessages(sw)).filter((m) => m.buyerName === name || m.conv.endsWith(name)).map((m) => `${m.dir} ${m.ts}`).sort();

/** Who waits: the buyer's nickname, else the conversation's key without the shop. */
export const waitingName = (w: { buyerName?: string; conv: string }): string => w.buyerName ?? w.conv.split('|').pop()!;

/** The shop label of every stored record, deduplicated and sorted (none: ''). */
export const shopsStored = async (sw: Worker): Promise<string[]> =>
  [...new Set((await storedMessages(sw)).map((m) => decodeURIComponent(m.conv.split('|')[0]!)))].sort();

/** The records stored under the shop named `shop` (`conv#id#dir`, sorted). */
export const shopRecords = async (sw: Worker, shop: string): Promise<string[]> =>
  (await storedMessages(sw)).filter((m) => decodeURIComponent(m.conv.split('|')[0]!) === `shop:name:${shop}`).map((m) => `${m.conv}#${m.id}#${m.dir}`).sort();

export async function messageCount(sw: Worker): Promise<number> {
  return (await storedMessages(sw)).length;
}

/** Whether a buyer message sent at `ts` counts for the reply rate (08:00–24:00 Beijing time). */
export function inReplyWindow(ts: number): boolean {
  return new Date(ts + 8 * 3_600_000).getUTCHours() >= 8;
}

export function sameBeijingDay(a: number, b: number): boolean {
  const day = (ts: number) => Math.floor((ts + 8 * 3_600_000) / 86_400_000);
  return day(a) === day(b);
}

/** The countdown chips' texts (inside their open shadow roots), cards first, then the header. */
export function chipTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-replyguard="countdown"]')].map((host) => host.shadowRoot?.querySelector('.chip')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

/**
 * The first chip's seconds, with the test's clock just before and after the read. The chip shows
 * `deadline - now` (floored) from its last redraw (every 250 ms), so what it may show follows from those
 * two moments (`chipBounds`), not from how long the machine took to get there.
 */
export async function readChip(page: Page): Promise<{ seconds: number; from: number; to: number }> {
  const from = Date.now();
  const seconds = chipSeconds((await chipTexts(page))[0] ?? '');
  return { seconds, from, to: Date.now() };
}

/**
 * What a chip counting down to `deadline` may show when read between `from` and `to`: at least the time
 * left at `to`, at most the time left 1 s before `from` (a redraw a little late on a loaded machine).
 */
export function chipBounds(deadline: number, { from, to }: { from: number; to: number }): { min: number; max: number } {
  return { min: Math.floor((deadline - to) / 1000), max: Math.floor((deadline - from + 1000) / 1000) };
}

/** "4:07" → 247 seconds; "超时 0:12" → −12. */
export function chipSeconds(text: string): number {
  const m = /(超时 )?(\d+):(\d{2})/.exec(text);
  if (!m) return Number.NaN;
  const s = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -s : s;
}

/** The agent types a reply in the Quill composer and presses Enter (the demo sends it). */
export async function replyInComposer(page: Page, text: string): Promise<void> {
  const editor = page.locator('.SendBox .SendBox-Editor .ql-editor');
  await editor.click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** Chromium with the built extension on a profile directory that outlives it (browser restart). */
export function launchOnProfile(userDataDir: string, timezoneId?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    ...(timezoneId ? { timezoneId } : {}),
    ignoreDefaultArgs: CHROMIUM_LAUNCH.ignoreDefaultArgs,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
  });
}

export function extensionWorker(context: BrowserContext): Promise<Worker> {
  return settledWorker(context);
}

/**
 * Reloads the extension (as an update does) and returns the new version's worker once it started. The way the red team
 * did: a command-line-loaded extension comes back disabled after chrome.runtime.reload() in this harness ("unsupported
 * developer extension"), so chrome://extensions turns it on again (a store update comes back enabled by itself).
 */
export async function reloadExtension(context: BrowserContext, worker: Worker): Promise<Worker> {
  const id = new URL(worker.url()).host;
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker goes away mid-call
  const mgr = await context.newPage();
  try {
    await mgr.goto('chrome://extensions');
    await expect
      .poll(async () => {
        const state = await mgr.evaluate(async (ext) => (await (chrome as unknown as { developerPrivate: { getExtensionInfo(id: string): Promise<{ state: string }> } }).developerPrivate.getExtensionInfo(ext)).state, id);
        if (state === 'DISABLED') await mgr.evaluate((ext) => chrome.management.setEnabled(ext, true), id);
        return state;
      }, { timeout: 15_000 })
      .toBe('ENABLED');
  } finally {
    await mgr.close();
  }
  await expect.poll(() => context.serviceWorkers().some((w) => w !== worker && w.url().startsWith(`chrome-extension://${id}/`)), { timeout: 15_000 }).toBe(true);
  return settledWorker(context);
}

/** The desktop alerts shown from now on: title and text of each (chrome.notifications.create wrapped in the worker). */
export async function recordAlerts(sw: Worker): Promise<() => Promise<string[]>> {
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __alerts: string[] };
    g.__alerts = [];
    // The unwrapped create is kept for the shared browser's reset (fixtures.ts releaseAlerts) to put back.
    const area = chrome.notifications as unknown as { create: unknown; unwrappedCreate?: unknown };
    area.unwrappedCreate ??= area.create;
    const create = (area.unwrappedCreate as typeof chrome.notifications.create).bind(chrome.notifications) as (...a: unknown[]) => Promise<string>;
    (chrome.notifications as unknown as { create: unknown }).create = (id: string, options: { title?: string; message?: string }) => {
      g.__alerts.push(`${options.title ?? ''} ${options.message ?? ''}`);
      return create(id, options);
    };
  });
  return () => sw.evaluate(() => (globalThis as unknown as { __alerts: string[] }).__alerts);
}

/**
 * Rounds 57, 58, 68: the agent reloads `page` (a workbench served by openAt), which comes back as `html`; resolved once the
 * reloaded page's chat features started.
 */
export async function reloadShowing(page: Page, html: string): Promise<void> {
  await page.unroute(/^https:\/\/im\.kwaixiaodian\.com\//);
  await page.route(/^https:\/\/im\.kwaixiaodian\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.reload();
  await page.locator('html[data-replyguard-chat]').waitFor({ state: 'attached' });
}

/**
 * Rounds 56–57: the workbench at `url` on SISTER_SHOPS' shop A, once 小王 waits under A and the page has looked at A's
 * list a few times; with A's records then (B's list is shown next, under A's header).
 */
export async function openSisterShopA(context: BrowserContext, sw: Worker, url: string): Promise<{ page: Page; before: string[] }> {
  const { A, a } = SISTER_SHOPS;
  const page = await openAt(context, url, shopWorkbench(A, a));
  await expect.poll(async () => (await waitingConversations(sw)).map((w) => [waitingName(w), w.shop]), { timeout: 10_000 }).toEqual([['小王', A]]);
  await page.waitForTimeout(3000);
  return { page, before: await shopRecords(sw, A) };
}

/** A waiting row's buyer and shop, as the sister-shop tests compare them. */
export const buyerAndShop = (w: { buyerName?: string; conv: string; shop?: string }) => [waitingName(w), w.shop];

/**
 * Rounds 57, 58, 68 (D1/D2): outside requests answered empty, the guard off, the workbench at `url` on SISTER_SHOPS' shop A
 * (openSisterShopA), then B's list (cards and open chat) shown under A's unchanged header: B's buyers are filed under A
 * meanwhile. With A's records before B's list came.
 */
export async function bListUnderAHeader(context: BrowserContext, sw: Worker, url: string): Promise<{ page: Page; before: string[] }> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|im\.kwaixiaodian\.com)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
  const { A, B, b } = SISTER_SHOPS;
  const opened = await openSisterShopA(context, sw, url);
  await showListUnder(opened.page, B, b, A);
  return opened;
}

/**
 * In `page` (a workbench with session cards): the cards' platform countdowns (「X分Y秒后超时」) tick each second for `ms`, as the real
 * workbench rewrites them; the long tasks meanwhile (ms each). Used by the 500-card probes of timers-unseen-59 / 59b.
 */
export const tickCards = (page: Page, ms: number) =>
  page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const observer = new PerformanceObserver((l) => seen.push(...l.getEntries().map((e) => Math.round(e.duration))));
        observer.observe({ type: 'longtask' });
        const times = [...document.querySelectorAll('.SessionBaseCard-topHeadTime')];
        const left = times.map((t) => {
          const m = /(\d+)分(\d+)秒/.exec(t.textContent ?? '');
          return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
        });
        const tick = setInterval(() => {
          times.forEach((t, i) => {
            left[i] = Math.max(0, left[i]! - 1);
            t.textContent = `${Math.floor(left[i]! / 60)}分${left[i]! % 60}秒后超时`;
          });
        }, 1000);
        setTimeout(() => {
          clearInterval(tick);
          observer.disconnect();
          resolve(seen);
        }, ms);
      }),
    ms,
  );

/** Long tasks as a printed figure: count, total and longest. */
export const longTaskSummary = (longTasks: readonly number[]): string => `${longTasks.length} long tasks, total ${longTasks.reduce((a, b) => a + b, 0)} ms, max ${Math.max(0, ...longTasks)} ms`;

/**
 * Sets `page`'s own clock (the PC's, Date and Date.now) to read `pcAt` from its first script on, running at real speed:
 * an init script, not a Playwright clock (the shared browser's worker keeps real time). Before the page's goto.
 */
export async function pcClockAt(page: Page, pcAt: number): Promise<void> {
  await page.addInitScript((target) => {
    const Real = Date;
    const shift = target - Real.now();
    class PcDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [number]));
        else super(Real.now() + shift);
      }
      static override now() {
        return Real.now() + shift;
      }
    }
    globalThis.Date = PcDate as DateConstructor;
  }, pcAt);
}
