// Where the content script runs: the manifest's matches (the built-in hosts) and those of the scripts registered for
// the other chat tools the agent enabled (utils/site-scripts.ts). The worker re-injects into such tabs after an
// update (background/revive.ts), and the popup tells an orphaned one from a page we never ran on.
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';

/** The match patterns of every content script of this extension (manifest and registered). */
export async function contentScriptPatterns(): Promise<string[]> {
  const patterns = new Set<string>();
  for (const cs of browser.runtime.getManifest().content_scripts ?? []) for (const m of cs.matches ?? []) patterns.add(m);
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  const registered = await scripting?.getRegisteredContentScripts().catch(() => []);
  for (const cs of registered ?? []) for (const m of cs.matches ?? []) patterns.add(m);
  return [...patterns];
}

/** Whether `url` is matched by one of `patterns` (a pattern that does not parse matches nothing). */
export function urlMatches(url: string | undefined, patterns: readonly string[]): boolean {
  if (!url) return false;
  return patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}

/** content/copy-lifecycle.ts PING (not imported from there: the worker and the popup take no content code). */
const PING = 'replyguard-ping';
/** How long a tab's live copy has to answer the ping (it answers synchronously; a busy page may be slow). */
const PING_WAIT_MS = 1500;

/** Whether the tab's top frame has a live copy of the content script (an orphaned copy cannot answer). */
export async function hasLiveCopy(tabId: number, wait = PING_WAIT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), wait)));
  const ping = browser.tabs.sendMessage(tabId, { type: PING }, { frameId: 0 }).then(
    (reply) => reply === true,
    () => false, // no receiver: nothing live there
  );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether the tab shows a page the content script runs on (its url is seen where the extension has host access) and
 * holds no live copy: the copy left there by an earlier version of the extension, which the new one could not replace.
 */
export async function isOrphanedTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || tab.discarded || !urlMatches(tab.url, await contentScriptPatterns())) return false;
  return !(await hasLiveCopy(tabId));
}
