// One blank tab kept in a shared browser between tests and lent to the next test as its first new page.
//
// A new tab costs about 0.5 CPU-s in a new renderer process and 0.35 in the browser beyond the page load itself (round 61,
// 20 demo loads in new tabs vs one tab navigated). A kept tab carries what a test did to it into the next test, so it
// is put back only when all of that can be undone, and closed otherwise:
//   undone: the test's page listeners (removed), page routes (unrouteAll), init scripts (their Disposable), the document
//     (about:blank: its scripts and the content script go with it), sessionStorage (kept per tab and origin across
//     navigations: cleared in every frame; a tab that left an origin it can no longer reach is closed), the back / forward
//     list (Page.resetNavigationHistory: no test can go back into another's page; Playwright already turns the
//     back-forward cache off), the mouse (back at 0, 0 where a new page's is);
//   not undone, so the tab is closed: viewport, emulated media, extra headers, exposed bindings and functions, HAR and
//     WebSocket routes, default timeouts, locator handlers, a CDP session on the tab (emulation set through it), a key or
//     mouse button held down, a crashed page, a failed navigation to about:blank, an origin visited and left (its
//     sessionStorage out of reach).
// The lent tab is brought to the front, as a new tab is. During the test the browser has the tabs it had before
// (the persistent context's first page and the test's own), the lent one in the new tab's place; a test that opens no
// page sees one more blank tab.
import type { BrowserContext, Disposable, Page } from '@playwright/test';

/** Page methods whose effect outlives a navigation and is not undone here: calling one keeps the tab from the next test. */
export const TAINTING_PAGE_METHODS = [
  'setViewportSize',
  'emulateMedia',
  'setExtraHTTPHeaders',
  'exposeBinding',
  'exposeFunction',
  'routeFromHAR',
  'routeWebSocket',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
  'addLocatorHandler',
] as const;

/** How long putting the tab back at about:blank may take before it is closed instead (an unload that hangs). */
const BLANK_WAIT_MS = 10_000;

export interface TabLoan {
  /** The test's first page (the lent tab or a new one), watched; null if the test opened none. Not closed with the others. */
  readonly lent: Page | null;
  /** Why the lent tab cannot be kept (the first reason), or null. */
  readonly taint: string | null;
  /** Stops lending: context.newPage and newCDPSession are the browser's own again. */
  stop(): void;
  /**
   * After the test: its first page undone and blank, ready for the next test, or null when it is closed (by the test,
   * or here with `close` when it cannot be undone) or there was none (then `spare`, never lent, is still blank).
   */
  takeBack(close: (page: Page) => Promise<void>): Promise<Page | null>;
}

type Listener = (...args: unknown[]) => unknown;
interface Emitter {
  eventNames(): (string | symbol)[];
  rawListeners(event: string | symbol): Listener[];
  off(event: string | symbol, listener: Listener): unknown;
}

/**
 * Lends `spare` (a blank tab of `context`, or null) to the test's first context.newPage(), and watches that page (the
 * spare, or a new page when there is none) so that it can be kept for the next test.
 */
export function lendTab(context: BrowserContext, spare: Page | null): TabLoan {
  let lent: Page | null = null;
  let taint: string | null = null;
  const disposables: Disposable[] = [];
  let listenersBefore = new Map<string | symbol, Listener[]>();
  /** Origins the tab's frames showed during the test: each keeps a sessionStorage in this tab. */
  const visited = new Set<string>();
  const taintWith = (reason: string) => (taint ??= reason);

  const own = { newPage: context.newPage, newCDPSession: context.newCDPSession };
  let asked = false;
  context.newPage = async (...args) => {
    if (asked) return own.newPage.apply(context, args);
    asked = true;
    // The test's first page: the kept tab when there is one, else a new one, kept after the test if it can be.
    if (spare && !spare.isClosed()) {
      watch((lent = spare));
      await spare.bringToFront();
      return spare;
    }
    const page = await own.newPage.apply(context, args);
    watch((lent = page));
    return page;
  };
  context.newCDPSession = async (target) => {
    if (lent && (target === lent || (target as { page?: () => Page }).page?.() === lent)) taintWith('newCDPSession');
    return own.newCDPSession.call(context, target);
  };

  function watch(page: Page): void {
    const emitter = page as unknown as Emitter;
    listenersBefore = new Map(emitter.eventNames().map((event) => [event, [...emitter.rawListeners(event)]]));
    const instance = page as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of TAINTING_PAGE_METHODS) {
      const method = instance[name]!;
      instance[name] = (...args) => {
        taintWith(name);
        return method.apply(page, args);
      };
    }
    const addInitScript = page.addInitScript;
    instance.addInitScript = async (...args: unknown[]) => {
      const disposable = await (addInitScript as (...a: unknown[]) => Promise<Disposable>).apply(page, args);
      disposables.push(disposable);
      return disposable;
    };
    // A key or button held down stays down in the next test's document.
    const held = { keys: new Set<string>(), buttons: new Set<string>() };
    const { keyboard, mouse } = page;
    const down = keyboard.down.bind(keyboard);
    const up = keyboard.up.bind(keyboard);
    keyboard.down = async (key) => (held.keys.add(key), down(key));
    keyboard.up = async (key) => (held.keys.delete(key), up(key));
    const mouseDown = mouse.down.bind(mouse);
    const mouseUp = mouse.up.bind(mouse);
    mouse.down = async (options) => (held.buttons.add(options?.button ?? 'left'), mouseDown(options));
    mouse.up = async (options) => (held.buttons.delete(options?.button ?? 'left'), mouseUp(options));
    page.once('crash', () => taintWith('crash'));
    page.on('framenavigated', (frame) => {
      const origin = storageOrigin(frame.url());
      if (origin) visited.add(origin);
    });
    heldInput = () => (held.keys.size ? `keyboard.down(${[...held.keys].join(', ')})` : held.buttons.size ? 'mouse.down' : null);
  }
  let heldInput = (): string | null => null;

  /** The instance's own wrappers gone, so the next loan wraps the prototype's methods, not these. */
  function unwrap(page: Page): void {
    const instance = page as unknown as Record<string, unknown>;
    for (const name of [...TAINTING_PAGE_METHODS, 'addInitScript']) delete instance[name];
    for (const device of [page.keyboard, page.mouse] as unknown as Record<string, unknown>[]) {
      delete device.down;
      delete device.up;
    }
  }

  return {
    get lent() {
      return lent;
    },
    get taint() {
      return taint ?? heldInput();
    },
    stop() {
      delete (context as Partial<BrowserContext>).newPage;
      delete (context as Partial<BrowserContext>).newCDPSession;
    },
    async takeBack(close) {
      const page = lent;
      if (!page || page.isClosed()) return null;
      const reason = taint ?? heldInput();
      unwrap(page);
      if (reason) {
        await close(page);
        return null;
      }
      // sessionStorage cleared where the tab's frames are now; an origin visited but no longer shown keeps its own.
      const cleared = await clearSessionStorage(page);
      const leftBehind = [...visited].find((origin) => !cleared.has(origin));
      if (leftBehind) {
        await close(page);
        return null;
      }
      const emitter = page as unknown as Emitter;
      for (const event of emitter.eventNames()) {
        const before = listenersBefore.get(event) ?? [];
        for (const listener of emitter.rawListeners(event)) if (!before.includes(listener)) emitter.off(event, listener);
      }
      try {
        await Promise.all([page.unrouteAll({ behavior: 'ignoreErrors' }), ...disposables.map((d) => d.dispose())]);
        await page.goto('about:blank', { timeout: BLANK_WAIT_MS });
        const cdp = await context.newCDPSession(page);
        try {
          await cdp.send('Page.resetNavigationHistory');
        } finally {
          await cdp.detach();
        }
        await page.mouse.move(0, 0);
        return page;
      } catch (error) {
        console.warn(`kept tab not put back (${String(error).split('\n')[0]}): closed`);
        await close(page);
        return null;
      }
    },
  };
}

/** The origin whose sessionStorage a document at `url` uses, or null (about:blank, data: and other opaque origins). */
export function storageOrigin(url: string): string | null {
  try {
    const { origin, protocol, host } = new URL(url);
    // Node gives an extension page (the popup) the opaque origin; Chromium gives it one of its own.
    if (protocol === 'chrome-extension:') return `${protocol}//${host}`;
    return origin && origin !== 'null' ? origin : null;
  } catch {
    return null;
  }
}

/** Empties sessionStorage in each of the page's frames; the origins where that was done. */
async function clearSessionStorage(page: Page): Promise<Set<string>> {
  const cleared = new Set<string>();
  await Promise.all(
    page.frames().map(async (frame) => {
      const origin = storageOrigin(frame.url());
      if (!origin) return;
      const done = await frame.evaluate(() => (sessionStorage.clear(), true)).catch(() => false);
      if (done) cleared.add(origin);
    }),
  );
  return cleared;
}
