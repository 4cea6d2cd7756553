// Turns what the page shows into chat events, once each. Pure state (no DOM, no clock): the
// watcher feeds it snapshots of the open conversation's rows and of the session cards, with `now`.
//
// - History vs live: rows already there when a conversation is shown (within a short settle
//   time), and rows that appear ABOVE rows already seen (scrolling back), are history: recorded
//   with their printed time, never taken as something that just happened. Rows appended below
//   later are live.
// - Time: the row's printed Beijing time when shown, else the moment it was first seen. Rows in
//   one printed second keep their page order (+1 ms each), so a reply in the same second as the
//   question still answers it and a question after it still waits.
// - Each (conversation, id) is emitted once per page; the background dedupes across tabs and reloads.
import type { RatingLevel } from '../../rules/metrics/events';
import type { ChatEvent, RatingEvent } from '../../utils/messages';
import type { CardWaiting } from './sessions';
import { PLATFORM_LIMIT_MS } from './sessions';
import { REPLY_LIMIT_MS } from '../../rules/metrics/reply-rate';
import type { RowKind } from './rows';
import { failedReplies } from './send-failure';
import { recalledReplies, recallPlaces, type RecallRow } from './recall';
import { buyerIdOfRowId, isWindowRelativeRowId } from '../../utils/buyer-key';

/** How much earlier than its whole-second reading a card countdown is taken (see observeCards). */
const CARD_READ_MARGIN_MS = 1000;
/**
 * Round 64: how long a card whose countdown this page has not yet seen written waits for its next write (the page
 * rewrites it each second) before it is dated from the read after all.
 */
export const COUNTDOWN_WRITE_WAIT_MS = 2000;

export interface RowSnapshot {
  /** The row element (identity only): a row first seen under another conversation is skipped. */
  element?: object;
  id: string;
  kind: RowKind;
  /** The printed time read as Beijing time, and the same printed time read in the browser's zone. */
  stamp: { ts: number; localTs: number; relative?: { fresh: boolean }; separator?: boolean } | null;
  /** Round 47: the row prints a time label that cannot be read (「几分钟前」). */
  stampUnread?: boolean;
  text: string;
  rating?: RatingLevel;
  /** The agent's row carries a failed-send mark (send-failure.ts). */
  failed?: boolean;
  /** Round 60: the row is a recall notice (recall.ts). */
  recall?: boolean;
}

export interface CardSnapshot {
  conv: string;
  /** The nickname shown, when `conv` is not it (a twin key: another buyer of that nickname, same-name.ts). */
  name?: string;
  waiting: CardWaiting;
  lastMessageHash: string;
  lastMessageIgnored: boolean;
  /** The card shows the last message's time instead of a countdown. */
  showsAnswered?: boolean;
  /**
   * Round 64: when the countdown's text was written (countdown-writes.ts), in the tracker's clock; null: not seen
   * written yet (its age is unknown). Left out, the countdown is taken as written at the read.
   */
  countdownWrittenAt?: number | null;
}

/**
 * Round 66 (timers66): a card waiting for its countdown's next write, handed from the tracker of a watcher being replaced
 * to the next one's: `at`, its first read (on the PC's clock while handed over); `history`, as the first tracker judged.
 */
export interface HeldCard {
  at: number;
  card: CardSnapshot;
  history: boolean;
}

export interface TrackerOptions {
  site: string;
  /** Keep message text in events (settings.storeText). */
  storeText?: boolean;
  /** Rows that show up this long after a conversation is opened are still its history. */
  settleMs?: number;
}

export interface Observed {
  messages: ChatEvent[];
  ratings: RatingEvent[];
}

const CLOCK_SKEW_MS = 2 * 60_000;
/** How many rows read as Beijing time are kept for a correction (the newest; a 2,000-row chat fits). */
const MAX_READ_AS_BEIJING = 5000;

/** Round 49: a lag of about a whole number of hours (1 to 14, within 2 minutes): what a PC clock set hours off gives. */
function hourSkew(lagMs: number): boolean {
  const hours = Math.round(lagMs / 3_600_000);
  return hours >= 1 && hours <= 14 && Math.abs(lagMs - hours * 3_600_000) <= CLOCK_SKEW_MS;
}

/**
 * When a rating row without a time of its own was given: just after the nearest earlier row with a printed time,
 * else at the nearest later one's; null when no row near it shows a time.
 */
function ratingTime(rows: readonly RowSnapshot[], index: number, stampOf: (row: RowSnapshot) => number | null, now: number): number | null {
  const above = printedAbove(rows, index, stampOf, now);
  if (above) return Math.min(above.ts + 1, now);
  for (let i = index + 1; i < rows.length; i++) {
    const ts = stampOf(rows[i]!);
    if (ts !== null && ts <= now + CLOCK_SKEW_MS) return Math.min(ts, now);
  }
  return null;
}

/**
 * Round 61: the printed time of the nearest row above `index` that prints one (not in the future), and how many rows
 * above it stands; null when none does.
 */
function printedAbove(rows: readonly RowSnapshot[], index: number, stampOf: (row: RowSnapshot) => number | null, now: number): { ts: number; distance: number } | null {
  for (let i = index - 1; i >= 0; i--) {
    const ts = stampOf(rows[i]!);
    if (ts !== null && ts <= now + CLOCK_SKEW_MS) return { ts, distance: index - i };
  }
  return null;
}

/** Round 63: the id of the nearest buyer's or agent's row above `index` (system rows skipped), or null. */
function messageRowAbove(rows: readonly RowSnapshot[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.kind !== 'system') return rows[i]!.id;
  return null;
}

/** Which conversation claimed a row (shared by every row claimed under one key). */
interface Owner {
  conv: string;
}

export class PageTracker {
  readonly #site: string;
  #storeText: boolean;
  readonly #settleMs: number;
  readonly #emitted = new Set<string>();
  /** The agent's rows shown as not sent (conv + id): no answer until the mark goes (sent again). */
  readonly #failed = new Set<string>();
  /** Round 60: the agent's replies withdrawn as recalled (conv + id): withdrawn once, never told again. */
  readonly #recalled = new Set<string>();
  /** Round 61: the recall notices whose place was told (conv + notice id): told once a page. */
  readonly #placed = new Set<string>();
  /**
   * Round 62: recall notices first drawn in history (conv + notice id) — at the pane's opening or brought in by scrolling
   * back: their place is told once they have a message row above them (recallPlaces), as at an opening.
   */
  readonly #historyNotices = new Set<string>();
  /** Which conversation a row element or row id was first seen under (guards a half-switched pane). */
  readonly #ownerOfElement = new WeakMap<object, Owner>();
  readonly #ownerOfId = new Map<string, Owner>();
  /** The owner record rows claimed under each key share (rekeyView moves them all at once). */
  readonly #owners = new Map<string, Owner>();
  /** `last`: the pane's rows at the last read (recalledReplies compares them with the next). */
  #view: { conv: string; startedAt: number; known: Set<string>; last: RecallRow[] } | null = null;
  readonly #cards = new Map<string, { waiting: boolean; lastMessageHash: string }>();
  #cardsStartedAt: number | null = null;
  /** Whether the page prints times in the browser's own zone rather than Beijing time. */
  #stampsAreLocal = false;
  /**
   * Rows told with their printed time read as Beijing time where the browser's zone reads it otherwise (conv + id →
   * the event and its time read in the browser's zone): told again, corrected, if the page turns out to print local time.
   */
  readonly #readAsBeijing = new Map<string, { event: ChatEvent; localTs: number }>();
  /** The platform's countdown on the session cards is 5 minutes (a card showed more than 3:00 left). */
  #cardLimitMs = PLATFORM_LIMIT_MS;
  /**
   * Round 64: cards first seen counting down with a text not seen written, waiting for its next write: conv → the card
   * as first seen (`at`: when). Round 65: one that stops waiting or leaves the list first is filed as read then.
   */
  readonly #undatedCards = new Map<string, { at: number; card: CardSnapshot; history?: boolean }>();
  #retries: Observed = { messages: [], ratings: [] };

  constructor(options: TrackerOptions) {
    this.#site = options.site;
    this.#storeText = options.storeText ?? false;
    this.#settleMs = options.settleMs ?? 1500;
  }

  set storeText(value: boolean) {
    this.#storeText = value;
  }

  get stampsAreLocal(): boolean {
    return this.#stampsAreLocal;
  }

  /** Events the background did not take (worker unreachable): handed out again by drainRetries(). */
  retry(events: Observed): void {
    this.#retries.messages.push(...events.messages);
    this.#retries.ratings.push(...events.ratings);
  }

  drainRetries(): Observed {
    const out = this.#retries;
    this.#retries = { messages: [], ratings: [] };
    return out;
  }

  /**
   * The open pane's key changed from `from` to `to` while it still shows the same buyer (its first
   * row with a buyer id arrived in a pane keyed by the nickname, or the numeric id the header showed
   * turned into the nickname on a page whose rows name no buyer): the same view goes on under the
   * new key, so a message arriving live is not taken for history, and rows claimed under the old
   * key stay this pane's.
   */
  rekeyView(from: string, to: string, ids: ReadonlyMap<string, string> = new Map()): void {
    if (from === to) return;
    // `ids`: rows whose id changes with the key (ids derived from the header's name, message-id.ts): old → new.
    const idOf = (id: string) => ids.get(id) ?? id;
    for (const [old, id] of ids) {
      if (this.#view?.conv === from && this.#view.known.delete(old)) this.#view.known.add(id);
      const owner = this.#ownerOfId.get(old);
      if (owner && !this.#ownerOfId.has(id)) {
        this.#ownerOfId.delete(old);
        this.#ownerOfId.set(id, owner);
      }
    }
    const owner = this.#owners.get(from);
    if (owner) {
      owner.conv = to;
      this.#owners.delete(from);
    }
    if (this.#view?.conv === from) this.#view.conv = to;
    // What was told (or shown failed) under the old key is told under the new one: never sent again as new.
    const prefix = `${from}\u0001`;
    if (this.#view?.conv === to) this.#view.last = this.#view.last.map((r) => ({ ...r, id: idOf(r.id) }));
    for (const set of [this.#emitted, this.#failed, this.#recalled, this.#placed, this.#historyNotices]) {
      for (const key of [...set]) {
        if (!key.startsWith(prefix)) continue;
        set.delete(key);
        set.add(`${to}\u0001${idOf(key.slice(prefix.length))}`);
      }
    }
    for (const [key, entry] of [...this.#readAsBeijing]) {
      if (!key.startsWith(prefix)) continue;
      this.#readAsBeijing.delete(key);
      const id = idOf(key.slice(prefix.length));
      this.#readAsBeijing.set(`${to}\u0001${id}`, { ...entry, event: { ...entry.event, conv: to, id } });
    }
    // Events the background did not take yet go under the new key (the worker may have been stopped in between).
    for (const event of this.#retries.messages) {
      if (event.conv !== from || event.source === 'card') continue;
      event.conv = to;
      event.id = idOf(event.id);
    }
    for (const event of this.#retries.ratings) {
      if (event.conv !== from) continue;
      event.conv = to;
      if (event.id !== undefined) event.id = idOf(event.id);
    }
  }

  /**
   * The open pane's rows were replaced wholesale (none of them seen before) under the same key: what it shows now
   * is not something that just happened but another stretch of history (a conversation switch whose header came
   * first, a window moved far): its rows are history again, as when the pane was opened.
   */
  restartView(conv: string, now: number): void {
    if (this.#view?.conv === conv) this.#view.startedAt = now;
  }

  /**
   * The caller's clock (server time as estimated, server-clock.ts) moved by `deltaMs` without time passing: a new
   * calibration. The moments kept to measure intervals (the settle time) move with it, so rows arriving live are
   * not taken for history (nor history for live).
   */
  shiftClock(deltaMs: number): void {
    if (!deltaMs) return;
    if (this.#view) this.#view.startedAt += deltaMs;
    if (this.#cardsStartedAt !== null) this.#cardsStartedAt += deltaMs;
    for (const held of this.#undatedCards.values()) held.at += deltaMs;
  }

  /**
   * Round 66 (timers66): the cards waiting for their countdown's next write, taken out for the tracker of the watcher that
   * replaces this one (content/start.ts: the shop switched, or read afresh). Left here they were lost with this tracker
   * when gone from the list in that instant; handed over, they are filed once, by the next tracker (adoptHeldCards).
   * `offset`: this tracker's clock minus the PC's (handed over in the PC's).
   */
  takeHeldCards(offset: number, now: number, fileHere: (card: CardSnapshot) => boolean = () => false): { cards: HeldCard[]; filed: ChatEvent[] } {
    const cards: HeldCard[] = [];
    const filed: ChatEvent[] = [];
    for (const { at, card, history } of this.#undatedCards.values()) {
      // A card the next tracker will not read (its shop's list replaced): filed now, as first read (as one gone from the list).
      if (fileHere(card)) filed.push(this.#waitingCardEvent(card, at, at, now, history));
      else cards.push({ at: at - offset, card, history: history ?? this.#cardHistory(at) });
    }
    this.#undatedCards.clear();
    return { cards, filed };
  }

  /** Round 66: the cards a replaced tracker held (takeHeldCards), `offset` being this tracker's clock minus the PC's. */
  adoptHeldCards(cards: readonly HeldCard[], offset: number): void {
    for (const { at, card, history } of cards) if (!this.#undatedCards.has(card.conv)) this.#undatedCards.set(card.conv, { at: at + offset, card, history });
  }

  /** Whether a card first read waiting at `firstSeen` is history: seen as the list was first read (a card seen at load). */
  #cardHistory(firstSeen: number): boolean {
    return this.#cardsStartedAt === null || firstSeen - this.#cardsStartedAt < this.#settleMs;
  }

  /** Round 64: how long until a card waiting for its countdown's next write is dated from the read instead (null: none waits). */
  cardWriteWaitMs(now: number): number | null {
    let wait: number | null = null;
    for (const { at } of this.#undatedCards.values()) wait = Math.min(wait ?? Infinity, Math.max(0, at + COUNTDOWN_WRITE_WAIT_MS - now));
    return wait;
  }

  /** The open conversation's rows, in page order. */
  /** `shownAt`: when the pane came on screen, if before `now` (its key was known only later: the header showed a numeric id, its rows no id yet). */
  observeConversation(conv: string, rows: readonly RowSnapshot[], now: number, buyerName?: string, shownAt?: number): Observed {
    if (!this.#view || this.#view.conv !== conv) this.#view = { conv, startedAt: Math.min(shownAt ?? now, now), known: new Set(), last: [] };
    const view = this.#view;
    const settling = now - view.startedAt < this.#settleMs;

    const mine = rows.filter((row) => this.#claim(row, conv));

    // A row above the last row already known is history (scroll-back), even after settling.
    let lastKnown = -1;
    mine.forEach((row, i) => {
      if (view.known.has(row.id)) lastKnown = i;
    });
    const wasLocal = this.#stampsAreLocal;
    this.#learnStampZone(mine, (row, i) => !settling && i > lastKnown && !view.known.has(row.id), now);
    const out: Observed = { messages: [], ratings: [] };
    // The page turned out to print the browser's zone: the rows already told with their time read as Beijing time
    // (history shown before any live row could tell) are told again, read in the browser's zone (the ledger corrects them).
    if (!wasLocal && this.#stampsAreLocal) {
      for (const { event, localTs } of this.#readAsBeijing.values()) out.messages.push({ ...event, ts: localTs, corrects: true });
      this.#readAsBeijing.clear();
    }

    const fresh: { row: RowSnapshot; index: number; history: boolean }[] = [];
    mine.forEach((row, index) => {
      if (view.known.has(row.id)) return;
      fresh.push({ row, index, history: settling || index < lastKnown });
    });
    // Round 61: notices drawn when the pane is opened afresh (a reload, a switch back) under an id of their own are placed
    // (#tellRecallPlaces); a notice drawn later among the rows read is recalledReplies' (the rows it replaced were read),
    // one under a workbench id #withdrawRecalled's. Round 62 (timers62): so is a notice brought in by scrolling back (drawn
    // above the first row this view knew): the rows it replaced were never read by this page either, and before, it was
    // never placed (the reply it stands for, filed before a reload, still answered the buyer).
    const firstKnown = mine.findIndex((row) => view.known.has(row.id));
    for (const { row, index } of fresh) if (row.recall && (settling || index < firstKnown) && buyerIdOfRowId(row.id) === null) this.#historyNotices.add(`${conv}\u0001${row.id}`);
    const historyNotices = new Set(mine.filter((row) => row.recall && (settling || this.#historyNotices.has(`${conv}\u0001${row.id}`)) && buyerIdOfRowId(row.id) === null).map((row) => row.id));
    for (const row of mine) view.known.add(row.id);
    this.#withdrawRecalled(conv, mine, view.last, now, out);
    view.last = mine.map(({ id, kind, recall }) => (recall ? { id, kind, recall } : { id, kind }));

    // Times: printed stamp (+ page order within one printed second); else first seen, history
    // rows without a stamp spaced 1 ms apart before `now` so their order survives.
    const sameSecond = new Map<number, number>();
    const stampOf = (row: RowSnapshot) => (row.stamp ? (this.#stampsAreLocal ? row.stamp.localTs : row.stamp.ts) : null);
    const orderInSecond = new Map<RowSnapshot, number>();
    for (const row of mine) {
      const ts = stampOf(row);
      if (ts === null) continue;
      const k = sameSecond.get(ts) ?? 0;
      sameSecond.set(ts, k + 1);
      orderInSecond.set(row, k);
    }
    const unstampedHistory = fresh.filter((f) => f.history && stampOf(f.row) === null).length;
    let unstampedSeen = 0;

    // A reply the page shows as not sent is no answer (send-failure.ts): withdrawn if it was already told as
    // one; when its mark goes (sent again), it answers from that moment.
    const failed = failedReplies(mine);
    mine.forEach((row, index) => {
      if (row.kind !== 'out' || (!failed.size && !this.#failed.size)) return;
      const key = `${conv}\u0001${row.id}`;
      if (failed.has(index)) {
        if (this.#emitted.delete(key)) out.messages.push({ site: this.#site, conv, id: row.id, dir: 'out', ts: now, tsSource: 'seen', history: false, source: 'row', failed: true });
        this.#failed.add(key);
      } else if (this.#failed.delete(key) && this.#emit(conv, row.id)) {
        const event: ChatEvent = { site: this.#site, conv, id: row.id, dir: 'out', ts: now, tsSource: 'seen', history: false, source: 'row' };
        if (buyerName) event.buyerName = buyerName;
        if (this.#storeText && row.text) event.text = row.text;
        out.messages.push(event);
      }
    });
    for (const { row, index, history } of fresh) {
      const stamped = stampOf(row);
      let ts: number;
      let tsSource: ChatEvent['tsSource'];
      let timeUnknown = false;
      let above: { ts: number; distance: number } | null;
      // Round 49: a time read from a separator above the row (「14:27」) is the group's, to the minute: as a relative
      // label that is fresh — history dated by it and not counted, a row arriving live dated when it arrives.
      const relative = row.stamp?.relative ?? (row.stamp?.separator ? { fresh: true } : undefined);
      if (relative && stamped !== null) {
        // Round 47: a relative label (「3分钟前」, stamp.ts: its early end). A row arriving live labelled 「刚刚」 was sent
        // the moment it showed up; otherwise the label's early end. History dated by a label known only to the minute
        // is 'seen' (the timers use it, the reply rate does not count it: no late is invented from a label's rounding).
        if (!history && relative.fresh) {
          ts = now;
          tsSource = 'seen';
        } else {
          ts = Math.min(stamped + (orderInSecond.get(row) ?? 0), now);
          tsSource = history ? 'seen' : 'page';
        }
      } else if (stamped === null && history && row.kind === 'in' && row.stampUnread) {
        // Round 47: a buyer row on screen at open whose time label cannot be read (「几分钟前」) waited an unknown
        // time: like a 「已超时」 card, due now (可能已超时) and never counted — not a fresh 5:00.
        ts = Math.floor((now - REPLY_LIMIT_MS) / 1000) * 1000;
        tsSource = 'seen';
        timeUnknown = true;
      } else if (!history && stamped !== null && hourSkew(now - stamped) && !mine.slice(index + 1).some((r) => { const t = stampOf(r); return t !== null && Math.abs(now - t) <= CLOCK_SKEW_MS; })) {
        // Round 49: a row arriving live printed about a whole number of hours before this machine's clock (none
        // printed near now below it) tells a PC clock set hours fast or in a wrong zone, not an hour-old message:
        // dated when it arrived, as a row printed in the future is (the slow clock).
        ts = now;
        tsSource = 'seen';
      } else if (stamped !== null && stamped <= now + CLOCK_SKEW_MS) {
        ts = Math.min(stamped + (orderInSecond.get(row) ?? 0), now);
        tsSource = 'page';
      } else if (history && row.kind === 'system' && row.rating) {
        // A rating found in history (no time of its own): it came after the row before it and before the row after
        // it, so it is dated by its neighbours' printed times; with neither, its time is unknown and it is not new:
        // left out (a months-old rating never lands in the current month).
        const near = ratingTime(mine, index, stampOf, now);
        if (near === null) continue;
        ts = near;
        tsSource = 'page';
      } else if (history && row.kind !== 'system' && (above = printedAbove(mine, index, (r) => { const t = stampOf(r); return t === null ? null : t + (orderInSecond.get(r) ?? 0); }, now)) !== null) {
        // Round 61 (timers61): a message printing no time under a row that prints one (bubbles grouped under one
        // header, a time drawn only on some rows) was sent at or after that row, in page order: dated just after it,
        // the early end (a buyer's deadline never later than the truth). Dated when seen, an agent's such row came
        // after the buyer's next printed message and answered it; a buyer's waited a fresh 5:00 however long ago it was
        // sent. 'seen': the timers use it, the reply rate does not count it.
        ts = Math.min(above.ts + above.distance, now);
        tsSource = 'seen';
      } else if (history) {
        ts = now - (unstampedHistory - 1 - unstampedSeen++);
        tsSource = 'seen';
      } else {
        ts = now;
        tsSource = 'seen';
      }
      if (row.kind === 'system') {
        if (row.rating && this.#emit(conv, row.id)) {
          out.ratings.push({ site: this.#site, conv, at: ts, rating: row.rating, source: 'page', id: row.id });
        }
        continue;
      }
      if (row.kind === 'out' && this.#failed.has(`${conv}\u0001${row.id}`)) continue;
      if (!this.#emit(conv, row.id)) continue;
      const event: ChatEvent = { site: this.#site, conv, id: row.id, dir: row.kind, ts, tsSource, history, source: 'row' };
      if (timeUnknown) event.timeUnknown = true;
      // Round 63: a time first seen may not keep the page's order; the row above it does (recall notices are placed by it).
      if (tsSource === 'seen') {
        const prev = messageRowAbove(mine, index);
        if (prev !== null) event.prev = prev;
      }
      if (buyerName) event.buyerName = buyerName;
      if (this.#storeText && row.text) event.text = row.text;
      out.messages.push(event);
      if (!this.#stampsAreLocal && tsSource === 'page' && row.stamp && row.stamp.localTs !== row.stamp.ts) {
        const localTs = Math.min(row.stamp.localTs + (orderInSecond.get(row) ?? 0), now);
        this.#readAsBeijing.set(`${conv}\u0001${row.id}`, { event: { ...event }, localTs });
        if (this.#readAsBeijing.size > MAX_READ_AS_BEIJING) this.#readAsBeijing.delete(this.#readAsBeijing.keys().next().value!);
      }
    }
    // Last, so that a row first recorded by this read (the row below a notice) is in the ledger before its place is.
    this.#tellRecallPlaces(conv, mine, historyNotices, now, out);
    return out;
  }

  /**
   * Round 61 (timers61): where each run holding a recall notice drawn at the pane's opening stands (recall.ts recallPlaces),
   * with the ids of every row the pane draws: the ledger withdraws the agent's stored replies that stood there and are
   * drawn no more (ingest.ts repliesRecalledAt). It covers what recalledReplies cannot see: a pane opened afresh (a reload, another tab) on
   * a chat whose rows carry no workbench id, the reply filed before. Round 62: also a notice brought in by scrolling back
   * (first drawn above the rows read), told once a message row stands above it.
   */
  #tellRecallPlaces(conv: string, rows: readonly RowSnapshot[], historyNotices: ReadonlySet<string>, now: number, out: Observed): void {
    const places = recallPlaces(rows, (id) => historyNotices.has(id));
    if (!places.length) return;
    const drawn = rows.map((row) => row.id);
    for (const { notice, after, before, notices } of places) {
      const key = `${conv}\u0001${notice}`;
      if (this.#placed.has(key)) continue;
      this.#placed.add(key);
      out.messages.push({ site: this.#site, conv, id: notice, dir: 'out', ts: now, tsSource: 'seen', history: false, source: 'row', failed: true, recalled: true, recallPlace: { after, before, notices, drawn } });
    }
  }

  /**
   * The session list. A card that starts showing the platform's countdown is a buyer waiting in a
   * conversation that may not be open; one that stops, with a new last message that is not a
   * system notice, was answered (perhaps from another device).
   */
  observeCards(cards: readonly CardSnapshot[], now: number): ChatEvent[] {
    this.#cardsStartedAt ??= now;
    const events: ChatEvent[] = [];
    const seen = new Set<string>();
    for (const card of cards) {
      if (seen.has(card.conv)) continue; // the same buyer listed twice (e.g. starred and in a group)
      seen.add(card.conv);
      let before = this.#cards.get(card.conv);
      const waiting = card.waiting.state !== 'none';
      const held = this.#undatedCards.get(card.conv);
      if (held && card.waiting.state !== 'countdown') {
        // Round 65: answered (or shown 已超时) before its countdown was seen written: the wait is filed as first read
        // (never lost), and the answer after it.
        this.#undatedCards.delete(card.conv);
        events.push(this.#waitingCardEvent(held.card, held.at, held.at, now, held.history));
        before = { waiting: true, lastMessageHash: held.card.lastMessageHash };
      }
      if (waiting && !before?.waiting) {
        // Round 64 (timers64): the text tells the time left when it was WRITTEN. One this page has not seen written may be
        // seconds old (the page's main thread was blocked): its next write (the page rewrites it each second) is waited
        // for, a little, and the card is left unread meanwhile.
        const writtenAt = card.waiting.state === 'countdown' ? card.countdownWrittenAt : undefined;
        let readAt = writtenAt == null ? now : Math.min(writtenAt, now);
        if (writtenAt === null) {
          if (!held) this.#undatedCards.set(card.conv, { at: now, card });
          if (!held || now - held.at < COUNTDOWN_WRITE_WAIT_MS) continue;
          // Round 65: no write came: the text read now was on the page since the first read at the latest (a text
          // written since then without our seeing it only shows less time): dated from then, not 2 s later.
          readAt = held.at;
        }
        this.#undatedCards.delete(card.conv);
        events.push(this.#waitingCardEvent(card, readAt, held?.at ?? now, now, held?.history));
      } else if (!waiting && before?.waiting && before.lastMessageHash !== card.lastMessageHash && !card.lastMessageIgnored) {
        events.push({ site: this.#site, conv: card.conv, id: `card-reply:${now}`, dir: 'out', ts: now, tsSource: 'seen', history: false, source: 'card', buyerName: card.name ?? card.conv });
      } else if (!before && card.showsAnswered) {
        // First sight of a card the platform shows as answered: if the ledger still has this buyer
        // waiting (answered from another device while no tab watched), the timer stops. When it
        // was answered is unknown, so this is history: it never counts as a reply in the rate.
        events.push({ site: this.#site, conv: card.conv, id: `card-answered:${now}`, dir: 'out', ts: now, tsSource: 'seen', history: true, source: 'card', buyerName: card.name ?? card.conv });
      }
      this.#cards.set(card.conv, { waiting, lastMessageHash: card.lastMessageHash });
    }
    for (const conv of [...this.#cards.keys()]) if (!seen.has(conv)) this.#cards.delete(conv);
    for (const [conv, held] of [...this.#undatedCards]) {
      if (seen.has(conv)) continue;
      // Round 65: gone from the list before its countdown was seen written: filed as first read (never lost).
      this.#undatedCards.delete(conv);
      events.push(this.#waitingCardEvent(held.card, held.at, held.at, now, held.history));
    }
    return events;
  }

  /**
   * The buyer's message a card counting down (or showing 已超时) stands for, its countdown taken as written at
   * `writtenAt`; `firstSeen`: when the card was first read waiting (a card seen at load is history; `history`: as judged
   * by the tracker that first read it, when handed over).
   */
  #waitingCardEvent(card: CardSnapshot, writtenAt: number, firstSeen: number, now: number, history?: boolean): ChatEvent {
    const countdown = card.waiting.state === 'countdown';
    // A countdown tells the buyer's time to the second. 「已超时」 only says "3:00 or more ago":
    // the buyer may be 3:01 or an hour late, so the card stands for a message whose 5:00 deadline
    // is due now (shown as 可能已超时 until the conversation's rows give the real time) and whose
    // time is unknown (never counted for the reply rate).
    // The countdown is read in whole seconds (perhaps rounded up): taken 1 s early from the moment it was
    // written, so the chip never shows more time than the buyer has left (never late about a deadline; a
    // second early costs the agent nothing).
    // A countdown of more than 3:00 is the platform's 5-minute one (some shops have it): from then on every
    // card of this page is read against 5:00. A buyer's message is never dated after the moment it was seen.
    const remainingMs = countdown ? (card.waiting as { remainingMs: number }).remainingMs : 0;
    if (countdown && remainingMs > PLATFORM_LIMIT_MS) this.#cardLimitMs = REPLY_LIMIT_MS;
    const since = countdown
      ? Math.min(Math.floor((writtenAt + remainingMs - this.#cardLimitMs - CARD_READ_MARGIN_MS) / 1000) * 1000, Math.floor(firstSeen / 1000) * 1000)
      : Math.floor((firstSeen - REPLY_LIMIT_MS) / 1000) * 1000;
    const event: ChatEvent = {
      site: this.#site,
      conv: card.conv,
      id: `card:${Math.floor(since / 1000)}`,
      dir: 'in',
      ts: since,
      tsSource: countdown ? 'page' : 'seen',
      history: countdown ? (history ?? this.#cardHistory(firstSeen)) : true,
      source: 'card',
      buyerName: card.name ?? card.conv,
    };
    if (!countdown) event.timeUnknown = true;
    // Round 65: held back since its first read: that was its sighting (in this tracker's clock; the watcher sends it in the PC's).
    if (firstSeen < now) event.seenAt = firstSeen;
    return event;
  }

  /**
   * Round 60: the agent's replies the pane now shows recalled (recall.ts recalledReplies) are withdrawn: the buyer waits
   * again from their own message. So is the record under a notice's own id when the id is the workbench's message id
   * (`0_<buyerId>_…`, kept by the recalled message's row): a reply this page never saw drawn (filed before a reload)
   * is withdrawn too; the ledger withdraws only an agent's message, so a buyer's recalled message keeps its record.
   */
  #withdrawRecalled(conv: string, rows: readonly RowSnapshot[], before: readonly RecallRow[], now: number, out: Observed): void {
    const ids = recalledReplies(before, rows);
    for (const row of rows) if (row.recall && buyerIdOfRowId(row.id) !== null && !ids.includes(row.id)) ids.push(row.id);
    for (const id of ids) {
      const key = `${conv}\u0001${id}`;
      if (this.#recalled.has(key)) continue;
      this.#recalled.add(key);
      this.#emitted.add(key); // the recalled message is never told again as new
      this.#failed.delete(key);
      out.messages.push({ site: this.#site, conv, id, dir: 'out', ts: now, tsSource: 'seen', history: false, source: 'row', failed: true, recalled: true });
    }
  }

  #emit(conv: string, id: string): boolean {
    const key = `${conv}\u0001${id}`;
    if (this.#emitted.has(key)) return false;
    this.#emitted.add(key);
    return true;
  }

  /** A row element or id first seen under another conversation belongs to it (the pane is mid-switch). */
  #claim(row: RowSnapshot, conv: string): boolean {
    // A window-relative id (cs-common-message-list-item-3) is given to another conversation's row as soon as
    // the pane shows it: it tells nothing of whose row it is (the element still does).
    const windowRelative = isWindowRelativeRowId(row.id);
    const byId = windowRelative ? undefined : this.#ownerOfId.get(row.id)?.conv;
    if (byId !== undefined && byId !== conv) return false;
    let owner = this.#owners.get(conv);
    if (!owner) this.#owners.set(conv, (owner = { conv }));
    if (row.element) {
      const byElement = this.#ownerOfElement.get(row.element)?.conv;
      if (byElement !== undefined && byElement !== conv) return false;
      if (byElement === undefined) this.#ownerOfElement.set(row.element, owner);
    }
    if (byId === undefined && !windowRelative) this.#ownerOfId.set(row.id, owner);
    return true;
  }

  /**
   * Stamps are read as Beijing time. If the page evidently prints the browser's own zone instead
   * (a time in the future as Beijing time but not as local time, or a row arriving live whose
   * Beijing reading is far from now while the local one is close), switch for the rest of the page.
   */
  #learnStampZone(rows: readonly RowSnapshot[], isLive: (row: RowSnapshot, index: number) => boolean, now: number): void {
    if (this.#stampsAreLocal) return;
    for (const [index, row] of rows.entries()) {
      if (!row.stamp || row.stamp.ts === row.stamp.localTs) continue;
      const { ts, localTs } = row.stamp;
      const localPlausible = localTs <= now + CLOCK_SKEW_MS;
      const futureAsBeijing = ts > now + CLOCK_SKEW_MS;
      const live = isLive(row, index);
      const farAsBeijing = Math.abs(ts - now) > 30 * 60_000 && Math.abs(localTs - now) <= 10 * 60_000;
      if (localPlausible && (futureAsBeijing || (live && farAsBeijing))) {
        this.#stampsAreLocal = true;
        return;
      }
    }
  }
}
