// The e2e shared browser's kept tab (test/e2e/kept-tab.ts) on stand-ins for Playwright's context and page: which page a
// test gets, and when the tab is put back blank for the next test or closed.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from '@playwright/test';
import { lendTab, storageOrigin, TAINTING_PAGE_METHODS } from '../e2e/kept-tab';

// Methods on the prototype, as Playwright's are (lendTab wraps them on the instance and deletes its wrappers after).
class FakeKeyboard {
  constructor(private readonly log: string[]) {}
  async down(key: string) {
    this.log.push(`down ${key}`);
  }
  async up(key: string) {
    this.log.push(`up ${key}`);
  }
}
class FakeMouse {
  constructor(private readonly log: string[]) {}
  async down() {
    this.log.push('mouse down');
  }
  async up() {
    this.log.push('mouse up');
  }
  async move(x: number, y: number) {
    this.log.push(`move ${x},${y}`);
  }
}

/** A page as lendTab uses it: events, the methods it wraps or calls, a log of what was done to it. */
class FakePage extends EventEmitter {
  readonly log: string[] = [];
  closed = false;
  url_ = 'about:blank';
  frameUrls: string[] = [];
  constructor(readonly name: string) {
    super();
    for (const method of TAINTING_PAGE_METHODS) (FakePage.prototype as unknown as Record<string, unknown>)[method] ??= async function (this: FakePage) {
      this.log.push(method);
    };
  }
  keyboard = new FakeKeyboard(this.log);
  mouse = new FakeMouse(this.log);
  isClosed = () => this.closed;
  url = () => this.url_;
  bringToFront = async () => void this.log.push('front');
  unrouteAll = async () => void this.log.push('unrouteAll');
  goto = async (url: string) => {
    this.url_ = url;
    this.log.push(`goto ${url}`);
  };
  addInitScript = async () => ({ dispose: async () => void this.log.push('init script disposed') });
  frames = () =>
    [this.url_, ...this.frameUrls].map((url) => ({ url: () => url, evaluate: async () => (this.log.push(`sessionStorage cleared ${url}`), true) }));
  /** A frame of the test navigated: what Playwright's framenavigated tells. */
  navigated(url: string) {
    this.url_ = url;
    this.emit('framenavigated', { url: () => url });
  }
}

/** A context: its methods on the prototype, as Playwright's are (lendTab puts its own on the instance until stop()). */
class FakeContext {
  made = 0;
  readonly cdp: string[] = [];
  async newPage() {
    return new FakePage(`new ${++this.made}`);
  }
  async newCDPSession() {
    return { send: async (method: string) => void this.cdp.push(method), detach: async () => undefined };
  }
}

function fakeContext() {
  const context = new FakeContext();
  return { context: context as unknown as BrowserContext, cdp: context.cdp, own: { newPage: context.newPage, newCDPSession: context.newCDPSession } };
}

const close = async (page: Page) => void ((page as unknown as FakePage).closed = true);
const asPage = (page: FakePage) => page as unknown as Page;

describe('lendTab', () => {
  it('gives the kept tab to the test’s first newPage, in front, and new pages after it', async () => {
    const { context } = fakeContext();
    const spare = new FakePage('spare');
    const loan = lendTab(context, asPage(spare));
    const first = await context.newPage();
    const second = await context.newPage();
    expect(first).toBe(spare);
    expect(spare.log).toContain('front');
    expect((second as unknown as FakePage).name).toBe('new 1');
    expect(loan.lent).toBe(spare);
  });

  it('without a kept tab, watches the test’s first new page and keeps it', async () => {
    const { context } = fakeContext();
    const loan = lendTab(context, null);
    const first = (await context.newPage()) as unknown as FakePage;
    expect(first.name).toBe('new 1');
    first.navigated('http://127.0.0.1:4000/textarea.html');
    loan.stop();
    expect(await loan.takeBack(close)).toBe(first);
    expect(first.url()).toBe('about:blank');
  });

  it('puts the tab back blank: the test’s listeners, routes and init scripts gone, sessionStorage cleared, history reset, mouse at 0, 0', async () => {
    const { context, cdp } = fakeContext();
    const spare = new FakePage('spare');
    const fixtureListener = () => undefined;
    spare.on('close', fixtureListener);
    const loan = lendTab(context, asPage(spare));
    const page = (await context.newPage()) as unknown as FakePage;
    page.on('console', () => undefined);
    page.on('close', () => undefined);
    await (page as unknown as Page).addInitScript(() => undefined);
    page.navigated('http://127.0.0.1:4000/textarea.html');
    loan.stop();
    expect(await loan.takeBack(close)).toBe(spare);
    expect(spare.listeners('console')).toEqual([]);
    expect(spare.listeners('close')).toEqual([fixtureListener]);
    expect(spare.listeners('framenavigated')).toEqual([]);
    expect(spare.log).toEqual(
      expect.arrayContaining(['unrouteAll', 'init script disposed', 'sessionStorage cleared http://127.0.0.1:4000/textarea.html', 'goto about:blank', 'move 0,0']),
    );
    expect(spare.log.indexOf('sessionStorage cleared http://127.0.0.1:4000/textarea.html')).toBeLessThan(spare.log.indexOf('goto about:blank'));
    expect(cdp).toEqual(['Page.resetNavigationHistory']);
    expect(spare.closed).toBe(false);
  });

  it.each(TAINTING_PAGE_METHODS)('closes a tab that had %s called (not undone)', async (method) => {
    const { context } = fakeContext();
    const spare = new FakePage('spare');
    const loan = lendTab(context, asPage(spare));
    const page = await context.newPage();
    await (page as unknown as Record<string, () => Promise<void>>)[method]!();
    expect(spare.log).toContain(method); // still done
    expect(loan.taint).toBe(method);
    loan.stop();
    expect(await loan.takeBack(close)).toBeNull();
    expect(spare.closed).toBe(true);
  });

  it('closes a tab with a key held down, keeps one whose keys came back up', async () => {
    for (const [up, kept] of [
      [false, false],
      [true, true],
    ] as const) {
      const { context } = fakeContext();
      const spare = new FakePage('spare');
      const loan = lendTab(context, asPage(spare));
      const page = await context.newPage();
      await page.keyboard.down('Enter');
      if (up) await page.keyboard.up('Enter');
      loan.stop();
      expect(await loan.takeBack(close)).toBe(kept ? spare : null);
      expect(spare.closed).toBe(!kept);
    }
  });

  it('closes a tab with a CDP session of the test on it', async () => {
    const { context } = fakeContext();
    const spare = new FakePage('spare');
    const loan = lendTab(context, asPage(spare));
    const page = await context.newPage();
    await context.newCDPSession(page);
    expect(loan.taint).toBe('newCDPSession');
    loan.stop();
    expect(await loan.takeBack(close)).toBeNull();
  });

  it('closes a tab that left an origin (its sessionStorage cannot be reached), keeps one still showing every origin it visited', async () => {
    const { context } = fakeContext();
    const spare = new FakePage('spare');
    const loan = lendTab(context, asPage(spare));
    const page = (await context.newPage()) as unknown as FakePage;
    page.navigated('http://127.0.0.1:4000/textarea.html');
    page.navigated('https://im.kwaixiaodian.com/workbench');
    loan.stop();
    expect(await loan.takeBack(close)).toBeNull();
    expect(spare.closed).toBe(true);

    const second = fakeContext();
    const other = new FakePage('spare');
    const loan2 = lendTab(second.context, asPage(other));
    const page2 = (await second.context.newPage()) as unknown as FakePage;
    page2.navigated('http://127.0.0.1:4000/textarea.html');
    page2.frameUrls = ['https://im.kwaixiaodian.com/frame'];
    page2.emit('framenavigated', { url: () => 'https://im.kwaixiaodian.com/frame' });
    loan2.stop();
    expect(await loan2.takeBack(close)).toBe(other);
  });

  it('a tab the test closed, or no page asked for: nothing kept from the test (the unlent tab stays)', async () => {
    const { context } = fakeContext();
    const spare = new FakePage('spare');
    const loan = lendTab(context, asPage(spare));
    loan.stop();
    expect(loan.lent).toBeNull();
    expect(await loan.takeBack(close)).toBeNull();
    expect(spare.closed).toBe(false);

    const loan2 = lendTab(context, asPage(spare));
    const page = (await context.newPage()) as unknown as FakePage;
    page.closed = true;
    loan2.stop();
    expect(await loan2.takeBack(close)).toBeNull();
  });

  it('stop() gives the context its own newPage and newCDPSession back; the page’s own methods come back too', async () => {
    const { context, own } = fakeContext();
    const spare = new FakePage('spare');
    const loan = lendTab(context, asPage(spare));
    expect(context.newPage).not.toBe(own.newPage);
    await context.newPage();
    loan.stop();
    expect(context.newPage).toBe(own.newPage);
    expect(context.newCDPSession).toBe(own.newCDPSession);
    await loan.takeBack(close);
    // The stand-in's methods live on the instance (Playwright's on the prototype): what matters is that no wrapper stays.
    expect(Object.keys(spare)).not.toContain('setViewportSize');
    expect(Object.prototype.hasOwnProperty.call(spare.keyboard, 'down')).toBe(false);
  });
});

describe('storageOrigin', () => {
  it('is the origin whose sessionStorage a page uses, or null for opaque ones', () => {
    expect(storageOrigin('http://127.0.0.1:4000/textarea.html?a=1')).toBe('http://127.0.0.1:4000');
    expect(storageOrigin('chrome-extension://abcdef/popup.html')).toBe('chrome-extension://abcdef');
    expect(storageOrigin('about:blank')).toBeNull();
    expect(storageOrigin('data:text/html,x')).toBeNull();
    expect(storageOrigin('not a url')).toBeNull();
  });
});
