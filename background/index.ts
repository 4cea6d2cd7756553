// The service worker: every listener is registered synchronously in startBackground() (called from
// the entrypoint's main), so whichever event wakes a stopped worker finds its listener. State lives
// in IndexedDB and storage.local; nothing is kept only in memory.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadSettings } from '../utils/settings';
import { openLedger, type LedgerDB } from './ledger/db';
import { pruneLedger } from './ledger/ingest';
import * as ledgerQueries from './ledger/queries';
import * as transfer from './ledger/transfer';
import { refreshDays } from './day-upkeep';
import { reviveOnce } from './revive';
import { listenForMessages } from './router';
import { pendingWork } from './pending-work';
import { closeAllClockTabs } from './clock-reports';
import { ALARM_NAME, onNotificationClicked, refreshTimers, WATCH_ALARM_NAME, watchFoundMissedWake, type TimerDeps } from './timers';

const PRUNE_EVERY_MS = 12 * 3_600_000;
const lastPruneItem = storage.defineItem<number>('local:last-prune', { fallback: 0 });

export interface BackgroundOptions {
  /** Tests only: another database and clock. */
  ledgerName?: string;
  now?: () => number;
}

export function startBackground(options: BackgroundOptions = {}): TimerDeps {
  let ledger: Promise<LedgerDB> | undefined;
  const deps: TimerDeps = {
    // Opened once per worker lifetime; reopened if the handle failed.
    ledger: () => (ledger ??= openLedger(options.ledgerName).catch((e: unknown) => ((ledger = undefined), Promise.reject(e)))),
    now: options.now ?? Date.now,
  };
  const refresh = () =>
    void refreshTimers(deps).catch((e: unknown) => {
      console.error('[ReplyGuard] timers', e);
      // Never left without a wake-up: try again in a minute.
      void browser.alarms.create(ALARM_NAME, { delayInMinutes: 1 });
    });

  listenForMessages(deps);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) refresh();
    // Round 56: the one alarm may run late after a clock jump (timers.ts WATCH_ALARM_NAME); the watch recomputes then.
    else if (alarm.name === WATCH_ALARM_NAME) void watchFoundMissedWake(deps.now()).then((missed) => missed && refresh(), (e: unknown) => console.error('[ReplyGuard] watch', e));
  });
  browser.runtime.onStartup.addListener(() => {
    // Round 57: tab ids do not survive a restart: the last session's clock reports are kept as closed tabs' ones.
    void closeAllClockTabs(deps.now()).finally(refresh);
  });
  browser.runtime.onInstalled.addListener(() => {
    refresh();
    // An update may bring a new day-cache version: rebuild before the popup is opened.
    void refreshDays(deps).catch((e: unknown) => console.error('[ReplyGuard] day cache', e));
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ('settings' in changes || 'clock-offset' in changes || 'clock-reports' in changes)) refresh();
  });

  // Every start (including a wake-up after the worker was stopped): recompute and re-arm.
  refresh();
  // Round 51: the first start of a new version puts the content scripts back into the open workbench tabs (revive.ts).
  const revived = reviveOnce().catch((e: unknown) => (console.error('[ReplyGuard] re-inject', e), null));
  const upkeep = (async () => {
    const now = deps.now();
    if (now - (await lastPruneItem.getValue()) < PRUNE_EVERY_MS) return;
    await lastPruneItem.setValue(now);
    await pruneLedger(await deps.ledger(), now, (await loadSettings()).retentionDays);
    // The purge dropped old days: bring the popup's days up to date.
    await refreshDays(deps);
  })().catch((e: unknown) => console.error('[ReplyGuard] prune', e));

  // For the service-worker console and the e2e tests: the same queries the popup uses.
  const queries = { ...ledgerQueries, ...transfer };
  // `upkeep` settles once this start's purge is done (the e2e tests seed past days only after it,
  // or the purge, run at the real clock, could drop them half-way through a test).
  (globalThis as { replyguard?: unknown }).replyguard = { upkeep, revived, ledger: deps.ledger, queries, refresh: () => refreshTimers(deps), refreshDays: () => refreshDays(deps), clickNotification: onNotificationClicked, pendingWork };
  return deps;
}
