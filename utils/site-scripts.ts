// Other chat tools the agent enabled on the options page: the same content script, registered at
// runtime for the sites whose host permission the agent granted. chrome.scripting needs the
// "scripting" permission, declared OPTIONAL and requested together with the site's host, so an
// agent who only uses the Kuaishou workbench never grants it (fewest permissions).
import { browser } from 'wxt/browser';
import type { SiteConfig } from './settings-schema';

export const SITE_SCRIPT_ID = 'replyguard-other-sites';
export const SITE_EARLY_SCRIPT_ID = 'replyguard-other-sites-early';
/** The built content script (entrypoints/guard.content → content-scripts/guard.js). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/guard.js';
/** Its document_start part, ahead of the page's listeners (entrypoints/guard-early.content). */
export const EARLY_SCRIPT_FILE = 'content-scripts/guard-early.js';
export const CONTENT_STYLE_FILE = 'content-scripts/guard.css';

/** Asks for the site's host permission (and "scripting"). Must run inside the click handler. */
export function requestSiteAccess(match: string): Promise<boolean> {
  return browser.permissions.request({ origins: [match], permissions: ['scripting'] });
}

export async function hasSiteAccess(match: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [match] }).catch(() => false);
}

/** Registers the content script for every enabled, granted site (and nothing else). */
export async function syncSiteScripts(sites: readonly SiteConfig[]): Promise<string[]> {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (!scripting) return []; // "scripting" not granted: no other site was ever enabled
  const matches: string[] = [];
  for (const site of sites) if (site.enabled && (await hasSiteAccess(site.match))) matches.push(site.match);
  const ids = [SITE_SCRIPT_ID, SITE_EARLY_SCRIPT_ID];
  const registered = await scripting.getRegisteredContentScripts({ ids });
  if (registered.length) await scripting.unregisterContentScripts({ ids: registered.map((r) => r.id) });
  if (matches.length) {
    const common = { matches, allFrames: true, persistAcrossSessions: true } as const;
    await scripting.registerContentScripts([
      { ...common, id: SITE_EARLY_SCRIPT_ID, js: [EARLY_SCRIPT_FILE], runAt: 'document_start' },
      { ...common, id: SITE_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], css: [CONTENT_STYLE_FILE], runAt: 'document_end' },
    ]);
  }
  return matches;
}
