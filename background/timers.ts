// The worker side of the reply timers: recompute the waiting list from the ledger, mirror it to
// storage.local (the pages draw their countdowns from it), set the badge, show due alerts, and
// arm ONE alarm for the next moment something changes. Called on every worker start, browser
// start, install, alarm, new message and settings change — never relies on a running timer.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { loadSettings } from '../utils/settings';
import { REPLY_LIMIT_MS } from '../rules/metrics/reply-rate';
import type { Language } from '../utils/settings-schema';
import type { LedgerDB } from './ledger/db';
import { waitingList } from './ledger/queries';
import { waitingItem, wakeMissed } from '../utils/waiting';
import { guardStatusItem } from './guard-status';
import { combinedOffset } from '../utils/clock-offset';
import { storedClockReports } from './clock-reports';
import { alertText, badgeOf, dueAlerts, GROUP_ALERTS_OVER, groupAlertText, ladderFromSeconds, mostUrgent, timerState, type AlertsShown, type TimerEntry, type TimerState } from './timer-state';

export const ALARM_NAME = 'replyguard-next-alert';
/**
 * Round 56 (rt55 F12 with no workbench tab open): Chrome runs the one alarm by elapsed time, so after the PC's clock
 * jumped ahead (sleep and wake) it fires minutes late, and round 55's fix (the page's 1-s tick asking for a missed
 * wake) needs a workbench tab. While a wake is pending, this periodic alarm (30 s: Chrome's shortest for a packed
 * extension; no new permission) looks at the mirrored state against Date.now() and recomputes when its wake is past
 * (wakeMissed): a late buyer is alerted at most ~30 s of elapsed time after the wake, tab or not. Cleared when nothing waits.
 */
export const WATCH_ALARM_NAME = 'replyguard-watch';
const WATCH_PERIOD_MINUTES = 0.5;

/** Round 49: a step of the wall clock back found from deadlines too far ahead (see refreshNow), and when (PC time). */
const clockBackItem = storage.defineItem<{ offset: number; at: number } | null>('local:clock-back', { fallback: null });
/** How long such a step is believed (a message waiting before it is long due by then; a page re-estimates meanwhile). */
export const CLOCK_BACK_HOLD_MS = 15 * 60_000;
/** More than 5:00 left by more than this is a step back of the clock, not rounding. */
const CLOCK_BACK_MIN_MS = 30_000;

/** How far the clock must have stepped back for the waiting list to make sense at `now` (0: no step seen). */
export function clockStepBack(list: readonly { deadline: number }[], now: number): number {
  let ahead = 0;
  for (const w of list) ahead = Math.max(ahead, w.deadline - now - REPLY_LIMIT_MS);
  return ahead > CLOCK_BACK_MIN_MS ? ahead : 0;
}
const NOTIFICATION_PREFIX = 'replyguard|';

const alertsShownItem = storage.defineItem<AlertsShown>('local:alerts-shown', { fallback: {} });
/** Which tab last showed each conversation, for a notification click. */
export const convTabsItem = storage.defineItem<Record<string, { tabId: number; windowId: number; at: number }>>('local:conversation-tabs', { fallback: {} });

export interface TimerDeps {
  ledger: () => Promise<LedgerDB>;
  now: () => number;
}

let queue: Promise<unknown> = Promise.resolve();

/** Recompute everything; calls are serialized so two wake-ups never interleave their writes. */
export function refreshTimers(deps: TimerDeps): Promise<TimerState> {
  const run = queue.then(() => refreshNow(deps));
  queue = run.catch(() => undefined);
  return run;
}

async function refreshNow(deps: TimerDeps): Promise<TimerState> {
  const [db, settings, clockReports] = await Promise.all([deps.ledger(), loadSettings(), storedClockReports()]);
  const pcNow = deps.now();
  // Round 45: the ledger's times are the server's (the printed stamps); the workbench page estimated how far the PC's
  // clock is from it (content/watcher/server-clock.ts). Everything is decided in server time, then the deadlines and
  // the next wake are turned back into PC time, which the chips, the popup and the alarm count against. Round 57: the
  // largest of the tabs' reports (combinedOffset), not the last one written.
  let skew = combinedOffset(clockReports, pcNow);
  // Round 49: a step of the PC clock BACK (beyond what a page's estimate covers, MAX_SKEW_MS) shows as buyers waiting
  // with more than 5:00 left — a message dated after now. The step is at least that much: the timers count as if the
  // clock were that much later (held CLOCK_BACK_HOLD_MS, so the countdown runs on and is not frozen at 5:00).
  const back = await clockBackItem.getValue();
  if (back && pcNow >= back.at - 2000 && pcNow - back.at <= CLOCK_BACK_HOLD_MS && back.offset > skew) skew = back.offset;
  let list = await waitingList(db, pcNow + skew);
  const ahead = clockStepBack(list, pcNow + skew);
  if (ahead > 0) {
    skew += ahead;
    await clockBackItem.setValue({ offset: skew, at: pcNow });
    list = await waitingList(db, pcNow + skew);
  }
  const now = pcNow + skew;
  const state = toPcTime(timerState(list, ladderFromSeconds(settings.timers.alertLadder), now), skew);
  await waitingItem.setValue(state);

  const badge = badgeOf(state);
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setBadgeBackgroundColor({ color: badge.color });
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });

  const { alerts, shown } = dueAlerts(state, await alertsShownItem.getValue());
  if (settings.timers.notifications) {
    // Round 47: many buyers reaching an alert step at once get ONE notification (updated at each step), whose click
    // opens the most urgent; a few still get one each.
    if (alerts.length > GROUP_ALERTS_OVER) await notifyGroup(state.conversations, pcNow, settings.timers.sound, settings.language);
    else for (const entry of alerts) await notify(entry, pcNow, settings.timers.sound, settings.language, state.conversations);
  }
  // Recorded only once the alerts are up: a worker stopped (or a notification refused) in
  // between shows them at its next wake instead of never.
  await alertsShownItem.setValue(shown);
  // Notifications of conversations no longer waiting are stale.
  const waiting = new Set(state.conversations.map((c) => NOTIFICATION_PREFIX + c.conv));
  for (const id of Object.keys(await browser.notifications.getAll())) {
    if (id.startsWith(NOTIFICATION_PREFIX) && !waiting.has(id)) await browser.notifications.clear(id);
  }
  if (!state.conversations.length) await browser.notifications.clear(GROUP_NOTIFICATION_ID).catch(() => false);

  if (state.nextWakeAt === null) {
    await browser.alarms.clear(ALARM_NAME);
    await browser.alarms.clear(WATCH_ALARM_NAME);
  } else {
    await browser.alarms.create(ALARM_NAME, { when: Math.max(state.nextWakeAt, pcNow + 500) });
    // Created once and left running (re-creating it at every refresh would push its next run back for ever).
    if (!(await browser.alarms.get(WATCH_ALARM_NAME))) await browser.alarms.create(WATCH_ALARM_NAME, { periodInMinutes: WATCH_PERIOD_MINUTES });
  }
  return state;
}

/** The watch alarm fired: true when the mirrored state's wake is past at `now` (the one alarm came late), so recompute. */
export async function watchFoundMissedWake(now: number): Promise<boolean> {
  return wakeMissed(await waitingItem.getValue(), now);
}

/** A state computed in server time, with its moments in PC time (`skew` = server − PC). */
export function toPcTime(state: TimerState, skew: number): TimerState {
  if (!skew) return state;
  return {
    computedAt: state.computedAt - skew,
    conversations: state.conversations.map((c) => ({ ...c, anchorTs: c.anchorTs - skew, deadline: c.deadline - skew })),
    nextWakeAt: state.nextWakeAt === null ? null : state.nextWakeAt - skew,
    skew,
  };
}

/** The one notification standing for many buyers at once (not under NOTIFICATION_PREFIX: no conversation of its own). */
export const GROUP_NOTIFICATION_ID = 'replyguard-group';

async function notifyGroup(waiting: readonly TimerEntry[], now: number, sound: boolean, lang: Language): Promise<void> {
  const { title, message } = groupAlertText(waiting, now, lang);
  // Each buyer's own older notification is folded into this one.
  for (const entry of waiting) await browser.notifications.clear(NOTIFICATION_PREFIX + entry.conv).catch(() => false);
  await showAlert(GROUP_NOTIFICATION_ID, title, message, waiting.some((e) => e.level === 'breach'), sound);
}

async function notify(entry: TimerEntry, now: number, sound: boolean, lang: Language, all: readonly TimerEntry[]): Promise<void> {
  const { title, message } = alertText(entry, now, lang, all);
  await showAlert(NOTIFICATION_PREFIX + entry.conv, title, message, entry.level === 'breach', sound);
}

/** One desktop alert; a breach stays until the agent acts on it. */
async function showAlert(id: string, title: string, message: string, breach: boolean, sound: boolean): Promise<void> {
  // Cleared first so an update alerts again (a replaced notification is silent).
  await browser.notifications.clear(id);
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    priority: 2,
    requireInteraction: breach,
    silent: !sound,
  });
}

/** A click on an alert: bring the tab forward and open the conversation in it. */
export async function onNotificationClicked(notificationId: string): Promise<boolean> {
  if (notificationId === GROUP_NOTIFICATION_ID) {
    // The grouped alert opens the buyer most urgent at the moment of the click.
    await browser.notifications.clear(notificationId);
    const first = mostUrgent((await waitingItem.getValue())?.conversations ?? []);
    return first ? focusConversation(first.conv, first.buyerName) : false;
  }
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  const conv = notificationId.slice(NOTIFICATION_PREFIX.length);
  await browser.notifications.clear(notificationId);
  return focusConversation(conv);
}

/** Bring forward the tab that shows `conv` and open the conversation there (alert click, popup). */
export async function focusConversation(conv: string, name?: string): Promise<boolean> {
  const known = (await convTabsItem.getValue())[conv];
  const tabs = await browser.tabs.query({});
  // The tab that last showed this conversation first, then every other tab (any workbench tab
  // lists the session and can open it).
  const order = [...tabs].sort((a, b) => Number(b.id === known?.tabId) - Number(a.id === known?.tabId));
  for (const tab of order) {
    if (tab.id === undefined) continue;
    const found = await browser.tabs.sendMessage(tab.id, { type: 'focus-conversation', conv, ...(name ? { name } : {}) }).catch(() => false);
    if (found === true) {
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      return true;
    }
  }
  // Round 47: a workbench tab discarded by the memory saver has no content script to answer. Wake it as Chrome does
  // when the agent clicks it (activating a discarded tab reloads it), then open the conversation once it has loaded.
  const guarded = await guardStatusItem.getValue();
  const asleep = order.filter(
    (tab) => tab.id !== undefined && tab.discarded && (tab.id === known?.tabId || String(tab.id) in guarded || (tab.url !== undefined && WORKBENCH_URL.test(tab.url))),
  );
  for (const tab of asleep) {
    await browser.tabs.update(tab.id!, { active: true }).catch(() => undefined);
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    if (await askWhenLoaded(tab.id!, { type: 'focus-conversation', conv, ...(name ? { name } : {}) })) return true;
  }
  return false;
}

/** Pages the extension runs on by default (a discarded tab may still be a workbench on a site the agent enabled). */
const WORKBENCH_URL = /^(?:https:\/\/im\.kwaixiaodian\.com\/|http:\/\/(?:localhost|127\.0\.0\.1)(?:[:/]|$))/;
/** How long a woken tab has to load and show its session list. */
const WAKE_TIMEOUT_MS = 30_000;
const WAKE_RETRY_MS = 400;

/** Sends `message` to a tab that is (re)loading until its content script says it found the conversation, or time runs out. */
async function askWhenLoaded(tabId: number, message: object): Promise<boolean> {
  const until = Date.now() + WAKE_TIMEOUT_MS;
  while (Date.now() < until) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return false;
    if (!tab.discarded) {
      const found = await browser.tabs.sendMessage(tabId, message).catch(() => false);
      if (found === true) return true;
    }
    await new Promise((resolve) => setTimeout(resolve, WAKE_RETRY_MS));
  }
  return false;
}

/** Round 47: a discarded tab comes back under a new id (tabs.onReplaced): the conversations it showed go with it. */
export async function replaceConversationTab(addedTabId: number, removedTabId: number): Promise<void> {
  const map = await convTabsItem.getValue();
  if (!Object.values(map).some((v) => v.tabId === removedTabId)) return;
  await convTabsItem.setValue(Object.fromEntries(Object.entries(map).map(([conv, v]) => [conv, v.tabId === removedTabId ? { ...v, tabId: addedTabId } : v])));
}

/** Remember which tab shows which conversation (pruned to the most recent 300). */
export async function rememberConversationTabs(convs: readonly string[], tab: { id?: number; windowId?: number } | undefined, now: number): Promise<void> {
  if (!convs.length || tab?.id === undefined || tab.windowId === undefined) return;
  const map = { ...(await convTabsItem.getValue()) };
  for (const conv of convs) map[conv] = { tabId: tab.id, windowId: tab.windowId, at: now };
  const entries = Object.entries(map).sort((a, b) => b[1].at - a[1].at).slice(0, 300);
  await convTabsItem.setValue(Object.fromEntries(entries));
}

/**
 * A conversation moved to another key (ledger/rekey.ts): which alerts were shown for it and which tab showed it go
 * with it, so a re-keyed buyer is not alerted twice for one wait.
 */
export async function rekeyTimerState(from: string, to: string): Promise<void> {
  const prefix = `${from}\u0001`;
  const shown = await alertsShownItem.getValue();
  if (Object.keys(shown).some((k) => k.startsWith(prefix))) {
    const next: AlertsShown = {};
    for (const [key, step] of Object.entries(shown)) {
      const moved = key.startsWith(prefix) ? `${to}\u0001${key.slice(prefix.length)}` : key;
      next[moved] = Math.max(next[moved] ?? -1, step);
    }
    await alertsShownItem.setValue(next);
  }
  const tabs = await convTabsItem.getValue();
  const tab = tabs[from];
  if (tab) {
    const { [from]: _gone, ...rest } = tabs;
    await convTabsItem.setValue({ ...rest, [to]: tabs[to] && tabs[to].at > tab.at ? tabs[to] : tab });
  }
  await browser.notifications.clear(NOTIFICATION_PREFIX + from).catch(() => false);
}
