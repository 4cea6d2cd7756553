// The content scripts registered for the other chat tools the agent enabled (utils/site-scripts.ts): every frame of
// the site, and — for a whole-host pattern, the only kind Chrome accepts it for — the blob:/about:blank documents its
// pages create. A pattern with a path is registered without that fallback (Chrome refuses it and would refuse the lot).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { isWholeHostPattern, syncSiteScripts } from '../../../utils/site-scripts';
import type { SiteConfig } from '../../../utils/settings-schema';

type Registered = { id: string; matches: string[]; matchOriginAsFallback?: boolean; allFrames?: boolean; runAt?: string; js?: string[] };

function fakeScripting(initial: Registered[] = []) {
  let registered = [...initial];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id)))),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      // What Chrome does: the whole call fails when one pattern with a path asks for the fallback.
      for (const s of scripts) if (s.matchOriginAsFallback && s.matches.some((m) => !/^[a-z]+:\/\/[^/]+\/\*$/.test(m))) throw new Error("The path component for scripts with 'match_origin_as_fallback' must be '*'.");
      registered.push(...scripts);
    }),
  };
  (browser as unknown as { scripting: unknown }).scripting = scripting;
  return { scripting, registered: () => registered };
}

const site = (match: string, enabled = true): SiteConfig => ({ match, enabled }) as SiteConfig;

afterEach(() => {
  (browser as unknown as { scripting: unknown }).scripting = undefined;
  vi.restoreAllMocks();
});

describe('isWholeHostPattern', () => {
  it.each([
    ['https://im.example.com/*', true],
    ['https://*.example.com/*', true],
    ['http://127.0.0.1:8080/*', true],
    ['https://im.example.com/chat/*', false],
    ['https://im.example.com/*/x', false],
    ['https://im.example.com/', false],
  ])('%s → %s', (match, whole) => expect(isWholeHostPattern(match)).toBe(whole));
});

describe('syncSiteScripts', () => {
  it('registers whole hosts with the blob:/about:blank fallback and paths without it, in every frame, early and late', async () => {
    const { registered } = fakeScripting();
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    const matches = await syncSiteScripts([site('https://im.example.com/*'), site('https://desk.example.org/chat/*'), site('https://off.example.net/*', false)]);
    expect(matches).toEqual(['https://im.example.com/*', 'https://desk.example.org/chat/*']);
    const byId = Object.fromEntries(registered().map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual(['replyguard-other-sites', 'replyguard-other-sites-early', 'replyguard-other-sites-paths', 'replyguard-other-sites-paths-early']);
    expect(byId['replyguard-other-sites']).toMatchObject({ matches: ['https://im.example.com/*'], matchOriginAsFallback: true, allFrames: true, runAt: 'document_end' });
    expect(byId['replyguard-other-sites-early']).toMatchObject({ matches: ['https://im.example.com/*'], matchOriginAsFallback: true, allFrames: true, runAt: 'document_start' });
    expect(byId['replyguard-other-sites-paths']).toMatchObject({ matches: ['https://desk.example.org/chat/*'], matchOriginAsFallback: false, allFrames: true });
  });

  it('replaces what was registered before and registers nothing for sites without access', async () => {
    const { registered, scripting } = fakeScripting([{ id: 'replyguard-other-sites', matches: ['https://old.example.com/*'] }, { id: 'replyguard-other-sites-paths', matches: ['https://old.example.com/a/*'] }]);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await syncSiteScripts([site('https://im.example.com/*')])).toEqual([]);
    expect(registered()).toEqual([]);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('without the scripting permission (no other site ever enabled) does nothing', async () => {
    expect(await syncSiteScripts([site('https://im.example.com/*')])).toEqual([]);
  });
});
