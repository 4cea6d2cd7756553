// Fixtures for the timers e2e tests: Chromium with the built extension, its service worker, a
// static server for test/fixtures (the workbench-lite page), and helpers to read the badge, the
// ledger and storage, change settings and stop the worker.
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const EXTENSION = path.resolve('.output/chrome-mv3');
const FIXTURES = path.resolve('test/fixtures');

export interface TimersFixtures {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** http://127.0.0.1:<port> serving test/fixtures. */
  baseURL: string;
}

// Code passed to sw.evaluate() runs in the worker, where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

export const test = base.extend<TimersFixtures>({
  baseURL: async ({}, use) => {
    const server = http.createServer((req, res) => {
      const file = path.join(FIXTURES, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(FIXTURES) || !fs.existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.close();
  },
  context: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-timers-'));
    const context = await launch(dir);
    await use(context);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  sw: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    await use(sw);
  },
  extensionId: async ({ sw }, use) => use(sw.url().split('/')[2]!),
});

/** Chromium with the built extension on a profile directory (reused to test a browser restart). */
export function launch(userDataDir: string, timezoneId?: string): Promise<BrowserContext> {
  if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error('先运行 wxt build / run `wxt build` first');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(timezoneId ? { timezoneId } : {}),
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox'],
  });
}

export { expect };

/** The badge text, read in the worker. */
export function badgeText(sw: Worker): Promise<string> {
  return sw.evaluate(() => chrome.action.getBadgeText({}));
}

/** Alert ladder (seconds after the buyer's message) for a test: unpacked extensions skip the 30 s alarm minimum. */
export async function setLadder(sw: Worker, seconds: number[]): Promise<void> {
  await sw.evaluate(async (ladder) => {
    const { settings } = await chrome.storage.local.get('settings');
    const s = (settings ?? {}) as { timers?: Record<string, unknown> };
    await chrome.storage.local.set({ settings: { ...s, timers: { ...(s.timers ?? {}), alertLadder: ladder } } });
  }, seconds);
}

type Queries = typeof import('../../background/ledger/queries');
export interface SwGlobal {
  replyguard: { ledger: () => Promise<unknown>; queries: Queries; refresh: () => Promise<unknown>; clickNotification: (id: string) => Promise<boolean> };
}

/** Today's figures from the ledger, as the popup reads them. */
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

export function messageCount(sw: Worker): Promise<number> {
  return sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as { count(store: string): Promise<number> };
    return db.count('messages');
  });
}

/**
 * Stop the service worker (CDP, as ../shared/notes/extension.md measured). Reading storage from an
 * extension page afterwards does not wake it; only its own events (alarm, message) do.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  for (const t of targetInfos) {
    if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}`)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  }
  await cdp.detach();
}

/** An extension page to read storage.local without waking the worker. */
export async function storagePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Whether a buyer message sent at `ts` counts for the reply rate (08:00–24:00 Beijing time). */
export function inReplyWindow(ts: number): boolean {
  return new Date(ts + 8 * 3_600_000).getUTCHours() >= 8;
}

export interface WorkbenchLite {
  buyerSays(conv: string, text: string, agoSeconds?: number): void;
  agentSays(conv: string, text: string): void;
  system(conv: string, text: string): void;
  open(conv: string): void;
  rerender(): void;
  olderHistory(conv: string, text: string, agoSeconds: number): void;
}

/** Calls the workbench-lite page API. */
export function wb(page: Page, call: (wb: WorkbenchLite) => void): Promise<void> {
  return page.evaluate(`(${call.toString()})(window.wb)`) as Promise<void>;
}

/** The countdown chip's text inside its open shadow root, for a session card or the header. */
export async function chipTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-replyguard="countdown"]')].map((host) => host.shadowRoot?.querySelector('.chip')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

/** "4:07" → 247 seconds; "超时 0:12" → −12. */
export function chipSeconds(text: string): number {
  const m = /(超时 )?(\d+):(\d{2})/.exec(text);
  if (!m) return Number.NaN;
  const s = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -s : s;
}
