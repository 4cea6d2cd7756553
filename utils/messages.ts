// The one protocol between content scripts and the background. Content scripts never open
// IndexedDB themselves (it would belong to the page's origin); they send these messages.
import { browser } from 'wxt/browser';
import type { ClauseId, Severity } from '../rules/types';
import type { ClockOffset } from './clock-offset';
import type { ShopSuspect } from './shop-suspect';

/** Whether the guard found the composer on a tab; the popup shows it ("why not" when not). */
export interface GuardStatus {
  attached: boolean;
  /** Site adapter id: 'kuaishou', 'generic', … */
  site: string;
  /** Chinese reason when not attached (e.g. 「未找到输入框：页面结构可能已改变」). */
  reason?: string;
  /**
   * The page's origin and path (pageAddress), never its query or fragment: a query can carry a buyer's id or phone
   * (rt59). Kept in storage.session per tab and frame; only background/guard-status.ts reads it, to tell a new page
   * in the tab (whose old frames' reports are then dropped).
   */
  url: string;
  at: number;
}

/** A page's address as the guard status keeps it: origin and path, without the query string or the #fragment. */
export function pageAddress(href: string): string {
  try {
    const u = new URL(href);
    return u.origin === 'null' ? `${u.protocol}${u.pathname}` : `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

export type LintAction = 'block' | 'warn' | 'override' | 'fix';

/** A guard decision. No draft text unless the agent enabled storeText. */
export interface LintEvent {
  at: number;
  site: string;
  conv?: string;
  action: LintAction;
  clause: ClauseId;
  rule: string;
  severity: Severity;
  text?: string;
}

/** A chat row the watcher saw. */
export interface ChatEvent {
  site: string;
  conv: string;
  /** Stable message id (the row's own id, or one derived from its content and position). */
  id: string;
  dir: 'in' | 'out';
  /** Epoch ms: the row's Beijing-time stamp when shown, else when first seen. */
  ts: number;
  tsSource: 'page' | 'seen';
  /** Already on screen when the page loaded (history): recorded, never counted as a live reply. */
  history: boolean;
  /**
   * The buyer wrote at or before `ts`, exactly when is unknown (a session card the platform marks
   * 「已超时」 with no time): `ts` is then set so the 5:00 deadline is already due (never more time
   * shown than there may be), and the message never counts for the reply rate.
   */
  timeUnknown?: boolean;
  buyerName?: string;
  /**
   * Round 65: when the page first read it (PC epoch ms), when that was before it was sent: a session card held back
   * for its countdown's next write (content/watcher/tracker.ts). The ledger keeps it as the record's first sighting.
   */
  seenAt?: number;
  /** The shop the page serves, as shown (its name, else its id), when the page names one; `conv` then holds its ref. */
  shop?: string;
  /**
   * Where it was seen: a chat row (default), or the session list's card of a conversation that is
   * not open ('card': the platform's own countdown started or stopped; superseded by the real rows).
   */
  source?: 'row' | 'card';
  /** The message text: only when the agent turned on settings.storeText. */
  text?: string;
  /**
   * The agent's message did not go out (the page marks it 发送失败): the reply recorded under this id, if
   * any, is withdrawn; nothing is stored. Sent again successfully, it comes as a new event.
   */
  failed?: boolean;
  /** Round 60: with `failed`, the agent recalled (撤回) the reply: withdrawn as a failed one is (content/watcher/recall.ts). */
  recalled?: boolean;
  /**
   * Round 61: with `recalled`, `id` is a recall notice new to the page, standing between the message rows `after` and
   * `before` (null: the pane's end) with `notices` notices in all; `drawn` lists every row the pane draws. The ledger
   * withdraws the agent's stored replies dated between those two rows' records and not drawn, when no more stored
   * messages than `notices` are gone from there (content/watcher/recall.ts recallPlaces).
   */
  recallPlace?: { after: string; before: string | null; notices: number; drawn: string[] };
  /**
   * Round 63: a chat row dated when first seen (`tsSource: 'seen'`): the id of the message row drawn just above it then,
   * if any. Its time may not keep the page's order (a PC clock seconds fast, a stamp truncated to the second): where it
   * stood is this (the ledger finds a recalled reply by it, ingest.ts repliesRecalledAt).
   */
  prev?: string;
  /**
   * A row already told with its printed time misread (as Beijing time on a page that turned out to print the
   * browser's own zone): the record of this (conv, id), if any, takes this `ts`. Only a row's printed time is
   * corrected (never a card's, nor a time first seen).
   */
  corrects?: boolean;
}

export interface RatingEvent {
  site: string;
  conv: string;
  at: number;
  rating: 'satisfied' | 'neutral' | 'disappointed';
  source: 'page' | 'manual';
  /** Stable id (the row showing the result, or a manual entry's own) so a re-render is not a second rating. */
  id?: string;
}

export type ToBackground =
  | { type: 'guard-status'; status: GuardStatus }
  /** Round 61: put the lint engine into this frame (background/engine-inject.ts); the reply says whether it ran. */
  | { type: 'load-engine' }
  | { type: 'lint-event'; event: LintEvent }
  | { type: 'chat-events'; events: ChatEvent[] }
  | { type: 'rating'; event: RatingEvent }
  /**
   * The open pane's header showed the buyer's numeric id long enough for its rows to be filed under it, then the
   * nickname: the same buyer, whose records move from `from` to `to`. `ids`: [old id, new id] of rows whose id
   * was derived from the header's name (the id a reload under the nickname gives them). Idempotent.
   */
  | { type: 'rekey-conversation'; from: string; to: string; ids: [string, string][] }
  /**
   * Round 54 (rt53 F1): the page's list turned out to be shop `to`'s a few seconds before its header did: these records,
   * filed under shop `from` since `since` (ms), are `to`'s (background/ledger/refile.ts). Idempotent.
   */
  | { type: 'refile-shop'; from: string; to: string; label: string; since: number; records: { conv: string; id: string; kind: 'message' | 'rating' }[] }
  /** From the popup: bring forward the tab showing this conversation (as an alert click does). */
  | { type: 'focus-conversation'; conv: string; name?: string }
  /** From the popup (days missing from the cache) and the options page (after an import or purge): bring the day cache up to date. */
  | { type: 'refresh-days'; fromDay?: number; toDay?: number; now?: number }
  /** Round 49: from the popup, when a deadline is more than 5:00 away (the PC clock stepped back): recompute the timers. */
  | { type: 'refresh-timers' }
  /** Round 57: this tab's page estimates the server − PC clock offset (utils/clock-offset.ts; numbers only). */
  | { type: 'clock-offset'; report: ClockOffset }
  /**
   * Round 57 (rt54 F4): this tab's page suspects its list was replaced under the taken shop's name (utils/shop-suspect.ts;
   * null: it no longer does). Kept per tab in storage.session, for a page reloaded before the switch is decided.
   */
  | { type: 'shop-suspect'; suspect: ShopSuspect | null }
  /** Round 57: this tab's page took shop `to` (ref; `label` as shown) showing these buyers (hashes): resume a suspicion. */
  | { type: 'shop-resume'; to: string; label: string; buyers: string[] };

/** `name`: the buyer's nickname, to find the session card of a conversation keyed by the buyer's id. */
export type ToContent = { type: 'focus-conversation'; conv: string; name?: string };

/**
 * Whether this content script outlived its extension: after the extension is reloaded or updated, a tab
 * opened before keeps the old script, which can still read the page but no longer reach the background
 * (its runtime id is gone). Never throws.
 */
export function extensionContextLost(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Sends to the background and never throws: after an extension update the old content script's
 * context is invalidated, and a failed log must never break the agent's page.
 */
export async function sendToBackground(message: ToBackground): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** Whether the background took a message (its reply is `{ ok: true, … }` once the event is stored). */
export const isTaken = (reply: unknown): boolean => (reply as { ok?: boolean } | undefined)?.ok === true;

/**
 * Sends and, while the background did not take it (a worker that was stopping or starting, a failed
 * transaction), sends again after each of `delaysMs`; gives up once the extension is gone. Never throws.
 * For lint events: a block the agent saw must reach the log, and there is no later scan to resend it.
 */
export async function deliverToBackground(
  message: ToBackground,
  { delaysMs = [250, 1000, 3000], send = sendToBackground, wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), gone = extensionContextLost } = {},
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    if (isTaken(await send(message))) return true;
    if (attempt >= delaysMs.length || gone()) return false;
    await wait(delaysMs[attempt]!);
  }
}
