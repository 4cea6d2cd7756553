// Round 58 (popup58): the waiting list's rows split into what changes with the list (names, shop, counts: computed
// once per list change, kept as the same object while unchanged so a row is not redrawn) and what changes with the
// clock (the countdown, its spoken form, the colour level: computed for every row each second and written into the
// row's existing text nodes). With 500 waiting buyers the whole list was redrawn every second (4.3 s of 12 s in
// long tasks, timers58).
import type { TimerEntry } from '../../background/timer-state';
import { isPastDeadline, REPLY_LIMIT_MS } from '../../rules/metrics/reply-rate';
import { BUYER_ID_KEY, buyerLabel, isBuyerIdKey, splitShopKey, twinBases } from '../../utils/buyer-key';
import { formatDuration } from '../format';
import type { useI18n } from '../i18n';

type T = ReturnType<typeof useI18n>['t'];

/**
 * Round 46: one buyer may wait in two shops (two conversations). With more than one shop among the waiting buyers,
 * each is labelled with its shop (as its page shows it; a buyer filed without a shop: 店铺未知); with one, nothing.
 */
export function shopLabels(entries: readonly TimerEntry[]): Map<string, string | null> | null {
  const shops = new Set(entries.map((e) => splitShopKey(e.conv).shop).filter((s) => s !== null));
  if (shops.size < 2) return null;
  return new Map(entries.map((e) => {
    const { shop } = splitShopKey(e.conv);
    return [e.conv, shop === null ? null : (e.shop ?? shop.replace(/^(?:id|name):/, ''))] as const;
  }));
}

/**
 * Round 51 (rt50-ux finding 16, popup part): two waiting buyers that are still labelled alike — two buyer ids with one
 * nickname (小王 as id:111 and id:222; the （n） numbering is for nickname keys), in one shop — would be two rows and
 * two controls with the same name. Each then gets its buyer id (stable as the list re-sorts), or failing that its
 * place among them by key. Labels already distinct are left as they are.
 */
export function distinctLabels(rows: readonly { conv: string; label: string; shop?: string | null }[]): string[] {
  // Alike = the same label in the same shop (the shop is shown next to the name when several are waiting).
  const same = (r: (typeof rows)[number]) => JSON.stringify([r.shop ?? null, r.label]);
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(same(r), (seen.get(same(r)) ?? 0) + 1);
  return rows.map((r) => {
    if (seen.get(same(r))! < 2) return r.label;
    const key = splitShopKey(r.conv).key;
    if (isBuyerIdKey(r.conv)) return `${r.label}（ID ${key.slice(BUYER_ID_KEY.length)}）`;
    const alike = rows.filter((o) => same(o) === same(r)).map((o) => o.conv).sort();
    return `${r.label}（${alike.indexOf(r.conv) + 1}）`;
  });
}

/** What a row shows that does not depend on the clock. */
export interface WaitingRow {
  conv: string;
  buyerName?: string;
  /** The buyer as shown (told apart from alike buyers). */
  buyer: string;
  /** The accessible name's subject: the buyer, with the shop when several shops are waiting. */
  name: string;
  /** The shop part of `name` (「（店铺：…）」), shown on its own line; '' without one. */
  shopPart: string;
  unanswered: number;
  counted: boolean;
  timeUnknown: boolean;
  /** Round 67: the agent's reply after the buyer's message may be one they recalled (TimerEntry.replyMaybeRecalled). */
  replyMaybeRecalled: boolean;
  deadline: number;
  /** Round 68: the row's notes as spoken (rowNotes joined), after its time in the description (rowDescription). */
  spokenNotes: string;
}

/** A note on a row's second line: how many messages wait, and what is not counted or not known. */
export interface RowNote {
  kind: 'count' | 'notCounted' | 'maybeRecalled';
  text: string;
}

/**
 * What a row's second line shows, in order. Round 68: one list for the eye and the ear (rowDescription): the line was
 * never read out (the row's aria-label replaces its content), so 「2 条未回」 and 「不计入」 went unheard.
 */
export function rowNotes(row: Pick<WaitingRow, 'unanswered' | 'counted' | 'timeUnknown' | 'replyMaybeRecalled'>, t: T): RowNote[] {
  const notes: RowNote[] = [{ kind: 'count', text: t('waitingCount', { n: row.unanswered }) }];
  // A buyer of unknown time says neither: 可能已超时 and the list's note below say what is known.
  if (!row.counted && !row.timeUnknown) notes.push({ kind: 'notCounted', text: t('waitingNotCounted') });
  if (row.replyMaybeRecalled && !row.timeUnknown) notes.push({ kind: 'maybeRecalled', text: t('waitingMaybeRecalled') });
  return notes;
}

/** What a row shows that changes with the clock. */
export interface RowClock {
  /** The visible countdown (「还剩 3:12」, 「已超时 0:05」). */
  status: string;
  /** The screen reader's description: whole minutes, so it changes once a minute (or at 已超时). */
  coarse: string;
  level: 'ok' | 'warn' | 'urgent' | 'breach';
}

export function waitingRows(entries: readonly TimerEntry[], t: T): WaitingRow[] {
  const labels = shopLabels(entries);
  const twins = twinBases(entries);
  // Round 49 (timers49d): two buyers sharing a nickname: 「小王（1）」, 「小王（2）」; round 51: any still alike get their id.
  const buyers = distinctLabels(entries.map((e) => ({ conv: e.conv, label: buyerLabel(e.buyerName, e.conv, twins), shop: labels?.get(e.conv) })));
  return entries.map((e, pos) => {
    const buyer = buyers[pos]!;
    const name = labels ? t('waitingInShop', { name: buyer, shop: labels.get(e.conv) ?? t('waitingShopUnknown') }) : buyer;
    const facts = { unanswered: e.unanswered, counted: e.counted, timeUnknown: !!e.timeUnknown, replyMaybeRecalled: !!e.replyMaybeRecalled };
    return {
      conv: e.conv,
      ...(e.buyerName !== undefined ? { buyerName: e.buyerName } : {}),
      buyer,
      name,
      shopPart: name.startsWith(buyer) ? name.slice(buyer.length) : '',
      ...facts,
      deadline: e.deadline,
      spokenNotes: rowNotes(facts, t).map((n) => n.text).join(t('waitingSpokenSep')),
    };
  });
}

const sameRow = (a: WaitingRow, b: WaitingRow): boolean =>
  (Object.keys(a) as (keyof WaitingRow)[]).every((k) => a[k] === b[k]) && Object.keys(a).length === Object.keys(b).length;

/**
 * The new rows, each replaced by its previous object when nothing in it changed: a memoised row compares its props by
 * identity, so only the rows that changed are redrawn when the worker rewrites the list (at every deadline).
 */
export function keepUnchanged(previous: readonly WaitingRow[], next: WaitingRow[]): WaitingRow[] {
  const before = new Map(previous.map((r) => [r.conv, r]));
  return next.map((r) => {
    const old = before.get(r.conv);
    return old && sameRow(old, r) ? old : r;
  });
}

export function rowClock(row: Pick<WaitingRow, 'deadline' | 'timeUnknown'>, now: number, t: T): RowClock {
  // Round 49: never more than 5:00 left (a PC clock stepped back before the worker re-anchored).
  const left = Math.min(row.deadline - now, REPLY_LIMIT_MS);
  // A buyer whose time is unknown (a 「已超时」 card) may be past 5:00: never shown with time left.
  if (row.timeUnknown) return { status: t('waitingMaybeOver'), coarse: t('waitingMaybeOver'), level: 'breach' };
  // Round 64: late from the deadline + 1 ms on, as the ledger (a reply at exactly 5:00 is on time): 0:00 left at it.
  if (isPastDeadline(row.deadline, now)) return { status: t('waitingOver', { time: formatDuration(left) }), coarse: t('waitingOverCoarse'), level: 'breach' };
  return {
    status: t('waitingLeft', { time: formatDuration(left) }),
    coarse: t('waitingLeftCoarse', { n: Math.max(1, Math.ceil(left / 60_000)) }),
    level: left <= 60_000 ? 'urgent' : left <= 120_000 ? 'warn' : 'ok',
  };
}

/**
 * Round 68: a row's description (what a screen reader says after its name, 「打开与 {name} 的会话」): the time left in
 * whole minutes, then each note of the row's second line, each once (round 67's 「回复可能已撤回」 was in the time part).
 */
export const rowDescription = (row: Pick<WaitingRow, 'spokenNotes'>, clock: Pick<RowClock, 'coarse'>, t: T): string => `${clock.coarse}${t('waitingSpokenSep')}${row.spokenNotes}`;
