// Other chat tools the agent enabled on the options page: the same content script, registered at
// runtime for the sites whose host permission the agent granted (an optional host permission, asked for when the
// site is enabled). "scripting" has been a required permission since round 51 (it warns of nothing; the worker
// re-injects the content script after an update, background/revive.ts).
import { browser } from 'wxt/browser';
import type { SiteConfig } from './settings-schema';

export const SITE_SCRIPT_ID = 'replyguard-other-sites';
export const SITE_EARLY_SCRIPT_ID = 'replyguard-other-sites-early';
/** The same two for sites given with a path (https://host/chat/*): Chrome refuses the blob:/about:blank fallback for those. */
export const SITE_PATH_SCRIPT_ID = 'replyguard-other-sites-paths';
export const SITE_PATH_EARLY_SCRIPT_ID = 'replyguard-other-sites-paths-early';

/** A pattern for a whole host (`https://im.example.com/*`), the only kind Chrome registers with matchOriginAsFallback. */
export const isWholeHostPattern = (match: string): boolean => /^[a-z]+:\/\/[^/]+\/\*$/i.test(match);
/** The built content script (entrypoints/guard.content → content-scripts/guard.js). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/guard.js';
/** Its document_start part, ahead of the page's listeners (entrypoints/guard-early.content). */
export const EARLY_SCRIPT_FILE = 'content-scripts/guard-early.js';
export const CONTENT_STYLE_FILE = 'content-scripts/guard.css';

/** Asks for the site's host permission. Must run inside the click handler. */
export function requestSiteAccess(match: string): Promise<boolean> {
  return browser.permissions.request({ origins: [match] });
}

export async function hasSiteAccess(match: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [match] }).catch(() => false);
}

/** Registers the content script for every enabled, granted site (and nothing else). */
export async function syncSiteScripts(sites: readonly SiteConfig[]): Promise<string[]> {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (!scripting) return []; // no scripting API (a test double without it)
  const matches: string[] = [];
  for (const site of sites) if (site.enabled && (await hasSiteAccess(site.match))) matches.push(site.match);
  const ids = [SITE_SCRIPT_ID, SITE_EARLY_SCRIPT_ID, SITE_PATH_SCRIPT_ID, SITE_PATH_EARLY_SCRIPT_ID];
  const registered = await scripting.getRegisteredContentScripts({ ids });
  if (registered.length) await scripting.unregisterContentScripts({ ids: registered.map((r) => r.id) });
  const wholeHosts = matches.filter(isWholeHostPattern);
  const withPaths = matches.filter((m) => !isWholeHostPattern(m));
  // The same frames as the manifest's content scripts: every frame, and for a whole host also the about:blank, blob: and
  // data: documents its pages create (a popout or an iframe they fill or build from a blob). matchAboutBlank cannot be
  // registered, and Chrome refuses matchOriginAsFallback for a pattern with a path: those sites get every frame but those.
  const pair = (patterns: string[], fallback: boolean, earlyId: string, id: string) => {
    const common = { matches: patterns, allFrames: true, matchOriginAsFallback: fallback, persistAcrossSessions: true } as const;
    return [
      { ...common, id: earlyId, js: [EARLY_SCRIPT_FILE], runAt: 'document_start' as const },
      { ...common, id, js: [CONTENT_SCRIPT_FILE], css: [CONTENT_STYLE_FILE], runAt: 'document_end' as const },
    ];
  };
  const scripts = [
    ...(wholeHosts.length ? pair(wholeHosts, true, SITE_EARLY_SCRIPT_ID, SITE_SCRIPT_ID) : []),
    ...(withPaths.length ? pair(withPaths, false, SITE_PATH_EARLY_SCRIPT_ID, SITE_PATH_SCRIPT_ID) : []),
  ];
  if (scripts.length) await scripting.registerContentScripts(scripts);
  return matches;
}
