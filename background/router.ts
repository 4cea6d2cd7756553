// Messages from content scripts (utils/messages.ts ToBackground) to the ledger and timers.
// Every reply is `{ ok: true, … }` once the event is safely stored, so a content script retries
// what was not (a worker that was stopping, a failed transaction).
import { browser, type Browser } from 'wxt/browser';
import type { ToBackground } from '../utils/messages';
import type { PendingSuspect } from '../utils/shop-suspect';
import { loadSettings } from '../utils/settings';
import type { LedgerDB } from './ledger/db';
import { fillDays, refreshDays } from './day-upkeep';
import { forgetTab, recordGuardStatus, replaceTab } from './guard-status';
import { closeClockTab, recordClockReport, replaceClockTab } from './clock-reports';
import { sanitizeReport } from '../utils/clock-offset';
import { forgetShopSuspect, noteSuspectFiled, recordShopSuspect, resumeShopSuspect } from './shop-suspects';
import { addChatEvents, addLintEvent, addRating, type IngestResult } from './ledger/ingest';
import { focusConversation, refreshTimers, rekeyTimerState, rememberConversationTabs, replaceConversationTab, type TimerDeps } from './timers';
import { refileShop } from './ledger/refile';
import { rekeyConversation } from './ledger/rekey';
import { trackWork } from './pending-work';
import { injectEngine } from './engine-inject';

/** `pending` (round 58, 'shop-resume' only): the tab's suspicion is kept, for the reloaded page to follow. */
export type Reply = { ok: true; added?: number; pending?: PendingSuspect; filedAs?: IngestResult['filedAs'] } | { ok: false; error: string };

export async function handleMessage(message: ToBackground, sender: Browser.runtime.MessageSender, deps: TimerDeps): Promise<Reply> {
  const db: LedgerDB = await deps.ledger();
  const now = deps.now();
  switch (message?.type) {
    case 'chat-events': {
      if (!Array.isArray(message.events)) return { ok: false, error: 'events must be an array' };
      const { storeText } = await loadSettings();
      const result = await addChatEvents(db, message.events, { now, storeText });
      // Round 65: what this tab files while it suspects a shop switch joins that suspicion as it is stored (a reload may come before the page tells it).
      // Round 66: with the records a card sighting was taken for (another sighting's record of the same wait).
      const filed = [...result.stored, ...result.filedAs.map((f) => f.as)];
      if (sender.tab?.id !== undefined) await noteSuspectFiled(sender.tab.id, filed.map(({ conv, id }) => ({ conv, id, kind: 'message' })));
      const rowConvs = [...new Set(message.events.filter((e) => e?.source !== 'card' && typeof e?.conv === 'string').map((e) => e.conv))];
      await rememberConversationTabs(rowConvs.length ? rowConvs : result.conversations, sender.tab, now);
      // Round 46: records filed without a shop that moved into a shop's conversation take their alerts along.
      for (const [from, to] of result.adopted) await rekeyTimerState(from, to);
      if (result.added > 0 || result.adopted.length > 0) {
        await refreshTimers(deps);
        // The touched days' figures, recomputed now rather than when the popup opens.
        void refreshDays(deps).catch((e: unknown) => console.error('[ReplyGuard] day cache', e));
      }
      return { ok: true, added: result.added, ...(result.filedAs.length ? { filedAs: result.filedAs } : {}) };
    }
    case 'rekey-conversation': {
      const result = await rekeyConversation(db, message, now);
      if (!result) return { ok: false, error: 'invalid rekey' };
      if (result.moved > 0) {
        await rekeyTimerState(message.from, message.to);
        await refreshTimers(deps);
        void refreshDays(deps).catch((e: unknown) => console.error('[ReplyGuard] day cache', e));
      }
      return { ok: true, added: result.moved };
    }
    case 'refile-shop': {
      // Round 54: records filed under the shop the header still named, while the list was already another shop's.
      const result = await refileShop(db, message, now);
      if (!result) return { ok: false, error: 'invalid refile' };
      return refiled(result.moved, deps);
    }
    case 'rating': {
      const added = await addRating(db, message.event);
      const { conv, id } = (message.event ?? {}) as { conv?: unknown; id?: unknown };
      if (added && sender.tab?.id !== undefined && typeof conv === 'string' && typeof id === 'string') await noteSuspectFiled(sender.tab.id, [{ conv, id, kind: 'rating' }]);
      return added === null ? { ok: false, error: 'invalid rating' } : { ok: true, added: added ? 1 : 0 };
    }
    case 'lint-event': {
      const { storeText } = await loadSettings();
      return (await addLintEvent(db, message.event, storeText)) ? { ok: true, added: 1 } : { ok: false, error: 'invalid lint event' };
    }
    case 'guard-status': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'no tab' };
      return (await recordGuardStatus(tabId, sender.frameId ?? 0, message.status)) ? { ok: true } : { ok: false, error: 'invalid guard status' };
    }
    case 'clock-offset': {
      // Round 57: one report per tab (background/clock-reports.ts); the storage write refreshes the timers.
      const tabId = sender.tab?.id;
      const report = sanitizeReport(message.report);
      if (tabId === undefined || !report) return { ok: false, error: tabId === undefined ? 'no tab' : 'invalid clock report' };
      await recordClockReport(tabId, report);
      return { ok: true };
    }
    case 'shop-suspect': {
      // Round 57 (rt54 F4): kept per tab for a page reloaded before the switch is decided (background/shop-suspects.ts).
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'no tab' };
      return (await recordShopSuspect(tabId, message.suspect, now)) ? { ok: true } : { ok: false, error: 'invalid shop suspicion' };
    }
    case 'shop-resume': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || typeof message.to !== 'string' || typeof message.label !== 'string' || !Array.isArray(message.buyers)) return { ok: false, error: 'invalid shop resume' };
      const result = await resumeShopSuspect(db, tabId, message.to, message.label, message.buyers.filter((b): b is string => typeof b === 'string'), now);
      if (result && 'pending' in result) return { ok: true, added: 0, pending: result.pending };
      return refiled(result?.refiled?.moved ?? 0, deps);
    }
    case 'focus-conversation': {
      // From the popup's waiting list: the same path as a click on an alert.
      if (typeof message.conv !== 'string' || !message.conv) return { ok: false, error: 'no conversation' };
      return (await focusConversation(message.conv, typeof message.name === 'string' && message.name ? message.name : undefined)) ? { ok: true } : { ok: false, error: 'conversation not open in any tab' };
    }
    case 'refresh-timers':
      // Round 49: the popup saw a deadline more than 5:00 away (a clock stepped back): found and re-anchored now,
      // not at an alarm the step put an hour away.
      await refreshTimers(deps);
      return { ok: true };
    case 'refresh-days':
      await fillDays(deps, message);
      return { ok: true };
    default:
      return { ok: false, error: 'unknown message' };
  }
}

/** Records moved between shops (round 54 live, round 57 on a reload): the timers and the touched days follow. */
async function refiled(moved: number, deps: TimerDeps): Promise<Reply> {
  if (moved > 0) {
    await refreshTimers(deps);
    void refreshDays(deps).catch((e: unknown) => console.error('[ReplyGuard] day cache', e));
  }
  return { ok: true, added: moved };
}

/** Registers the listener (synchronously, from the worker's main). */
export function listenForMessages(deps: TimerDeps): void {
  browser.runtime.onMessage.addListener((message: ToBackground, sender, sendResponse) => {
    // Only this extension's own content scripts and pages talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    // Not through handleMessage: a page waits on this at load, and it needs no ledger (opened there first).
    if (message?.type === 'load-engine') {
      void injectEngine(sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    }
    void trackWork(handleMessage(message, sender, deps)).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true; // the reply is asynchronous
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    // Counted (pending-work.ts) until they settle, as before neither awaited nor caught.
    void trackWork(forgetTab(tabId));
    void trackWork(closeClockTab(tabId, Date.now()));
    void trackWork(forgetShopSuspect(tabId));
  });
  // Round 47: a tab discarded by the memory saver is replaced by one with a new id; a popup or alert click wakes it.
  // (Guarded: a browser or a test double without the event still runs everything else.)
  try {
    browser.tabs.onReplaced.addListener((added, removed) => {
      void trackWork(replaceTab(added, removed));
      void trackWork(replaceConversationTab(added, removed));
      void trackWork(replaceClockTab(added, removed));
    });
  } catch {
    /* no onReplaced: a discarded tab keeps its id there, or cannot be woken by id anyway */
  }
}
