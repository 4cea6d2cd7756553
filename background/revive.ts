// Round 51 (timers F3): after an update or reload of the extension, Chrome leaves the open workbench tabs with the
// old, orphaned copy of the content script (its messages go nowhere: no countdown, no badge, no alerts, nothing
// recorded) and does not inject the new version by itself. So the first start of the new version's worker puts the
// content scripts back into every tab where they should run (the manifest's matches and the other chat tools the
// agent enabled), in every frame as the manifest says. The new copy stops the old one before it starts
// (content/copy-lifecycle.ts) and reads the page again as on a reload (waiting buyers from rows and cards); the
// draft in the composer is the page's and stays. A tab that already has a live copy (it answers a ping) is left.
// storage.session is emptied when the extension is updated, reloaded or turned off and on, and on a browser
// restart: its flag makes this run once per version, not at every wake-up of the worker.
import { browser, type Browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, CONTENT_STYLE_FILE, EARLY_SCRIPT_FILE } from '../utils/site-scripts';
import { contentScriptPatterns, hasLiveCopy, urlMatches } from '../utils/content-scripts';

const DONE_KEY = 'content-revived';

/** Injects the content scripts (document_start part first) and their stylesheet into every frame of `tab`. */
export async function injectInto(tabId: number): Promise<void> {
  const scripting = browser.scripting;
  const target = { tabId, allFrames: true };
  await scripting.insertCSS({ target, files: [CONTENT_STYLE_FILE] }).catch(() => undefined);
  await scripting.executeScript({ target, files: [`/${EARLY_SCRIPT_FILE}`, `/${CONTENT_SCRIPT_FILE}`] as const, injectImmediately: true });
}

export interface ReviveResult {
  /** Tabs given a new copy. */
  injected: number[];
  /** Tabs where that failed (no access to the page, an error page): their old copy tells the agent to reload. */
  failed: number[];
}

/** Gives every matching tab without a live copy a new one. */
export async function reviveContentScripts(): Promise<ReviveResult> {
  const result: ReviveResult = { injected: [], failed: [] };
  if (!(browser.scripting as typeof browser.scripting | undefined)) return result;
  const patterns = await contentScriptPatterns();
  if (!patterns.length) return result;
  // Without the "tabs" permission a tab's url is seen only where the extension has host access: exactly the tabs it may inject into.
  const tabs: Browser.tabs.Tab[] = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    // A discarded tab reloads with the scripts. A loading one gets the manifest's (its document_start part ahead of the
    // page's listeners, which an injected copy would replace), or, loaded under the old version, tells the agent.
    if (tab.id === undefined || tab.discarded || tab.status === 'loading' || !urlMatches(tab.url, patterns)) continue;
    if (await hasLiveCopy(tab.id)) continue;
    try {
      await injectInto(tab.id);
      result.injected.push(tab.id);
    } catch (e) {
      console.warn('[ReplyGuard] could not re-inject into tab', tab.id, e);
      result.failed.push(tab.id);
    }
  }
  return result;
}

/** Once per version of the extension (see above): on the worker's first start after an update, reload or install. */
export async function reviveOnce(): Promise<ReviveResult | null> {
  const session = browser.storage.session;
  if ((await session.get(DONE_KEY))[DONE_KEY]) return null;
  await session.set({ [DONE_KEY]: Date.now() });
  return reviveContentScripts();
}
