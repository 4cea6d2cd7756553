// Round 51 (timers F3): the new version's worker puts the content scripts back into the open tabs where they run
// (background/revive.ts), once per version (storage.session is emptied by an update or reload): the tabs the manifest
// and the agent's enabled sites match, without a live copy (no answer to the ping), every frame, early part first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reviveContentScripts, reviveOnce } from '../../../background/revive';
import { isOrphanedTab, urlMatches } from '../../../utils/content-scripts';

const MANIFEST_MATCHES = ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'];

function setUp(tabs: { id: number; url?: string; discarded?: boolean; status?: string }[], live: number[], registered: string[] = []) {
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => (registered.length ? [{ id: 'replyguard-other-sites', matches: registered }] : [])),
    executeScript: vi.fn(async () => []),
    insertCSS: vi.fn(async () => undefined),
  };
  (browser as unknown as { scripting: unknown }).scripting = scripting;
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ matches: MANIFEST_MATCHES }, { matches: MANIFEST_MATCHES }] } as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue(tabs as never);
  vi.spyOn(browser.tabs, 'get').mockImplementation(async (id: number) => tabs.find((t) => t.id === id) as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (id: number, message: { type: string }) => {
    if (message.type === 'replyguard-ping' && live.includes(id)) return true;
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never);
  return scripting;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  (browser as unknown as { scripting: unknown }).scripting = undefined;
  vi.restoreAllMocks();
});

describe('reviveContentScripts', () => {
  it('injects into matching tabs without a live copy, every frame, the early part first, with the stylesheet', async () => {
    const scripting = setUp(
      [
        { id: 1, url: 'https://im.kwaixiaodian.com/workbench' }, // orphaned
        { id: 2, url: 'https://im.kwaixiaodian.com/workbench?x=1' }, // live
        { id: 3, url: 'https://example.com/' }, // not ours
        { id: 4 }, // no host access: no url
        { id: 5, url: 'http://127.0.0.1:5178/workbench', discarded: true }, // reloads with the scripts anyway
        { id: 6, url: 'https://chat.example.org/im' }, // an enabled other chat tool, orphaned
        { id: 7, url: 'https://im.kwaixiaodian.com/loading', status: 'loading' }, // the manifest's scripts are coming
      ],
      [2],
      ['https://chat.example.org/*'],
    );
    expect(await reviveContentScripts()).toEqual({ injected: [1, 6], failed: [] });
    expect(scripting.executeScript).toHaveBeenCalledTimes(2);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 1, allFrames: true }, files: ['/content-scripts/guard-early.js', '/content-scripts/guard.js'], injectImmediately: true });
    expect(scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 1, allFrames: true }, files: ['content-scripts/guard.css'] });
  });

  it('a tab it may not inject into is reported, the others still done', async () => {
    const scripting = setUp([{ id: 1, url: 'https://im.kwaixiaodian.com/a' }, { id: 2, url: 'https://im.kwaixiaodian.com/b' }], []);
    scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await reviveContentScripts()).toEqual({ injected: [2], failed: [1] });
  });

  it('nothing without the scripting API', async () => {
    setUp([{ id: 1, url: 'https://im.kwaixiaodian.com/a' }], []);
    (browser as unknown as { scripting: unknown }).scripting = undefined;
    expect(await reviveContentScripts()).toEqual({ injected: [], failed: [] });
  });
});

describe('reviveOnce', () => {
  it('runs at the first start of a version only (its flag lives in storage.session, emptied by an update)', async () => {
    const scripting = setUp([{ id: 1, url: 'https://im.kwaixiaodian.com/a' }], []);
    expect(await reviveOnce()).toEqual({ injected: [1], failed: [] });
    expect(await reviveOnce()).toBeNull();
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
    await browser.storage.session.clear(); // the extension was updated again
    expect(await reviveOnce()).toEqual({ injected: [1], failed: [] });
  });
});

describe('isOrphanedTab (the popup)', () => {
  it('a matching page without a live copy is orphaned; a live one, another site or an unseen url is not', async () => {
    setUp([{ id: 1, url: 'https://im.kwaixiaodian.com/a' }, { id: 2, url: 'https://im.kwaixiaodian.com/b' }, { id: 3, url: 'https://example.com/' }, { id: 4 }], [2]);
    expect(await isOrphanedTab(1)).toBe(true);
    expect(await isOrphanedTab(2)).toBe(false);
    expect(await isOrphanedTab(3)).toBe(false);
    expect(await isOrphanedTab(4)).toBe(false);
  });
});

describe('urlMatches', () => {
  it.each([
    ['http://127.0.0.1:5178/workbench', true], // a pattern without a port matches every port, as in Chrome
    ['http://localhost/x', true],
    ['https://im.kwaixiaodian.com/workbench/zone', true],
    ['https://evil.kwaixiaodian.com/', false],
    ['http://im.kwaixiaodian.com/', false],
    ['chrome://extensions', false],
    [undefined, false],
  ])('%s → %s', (url, ok) => expect(urlMatches(url, MANIFEST_MATCHES)).toBe(ok));

  it('a pattern that does not parse matches nothing', () => expect(urlMatches('https://a.com/', ['not a pattern'])).toBe(false));
});
