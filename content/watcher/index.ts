// The watcher: observes the workbench DOM (chat rows of the open conversation and the session
// list) through the site adapter and reports each new message and rating to the background
// ledger. It reads only; the one thing it does to the page is open a conversation when the agent
// clicks our notification for it.
import type { IngestResult } from '../../background/ledger/ingest';
import { browser } from 'wxt/browser';
import type { ChatMessage } from '../../rules/metrics/events';
import type { SiteAdapter } from '../../sites/types';
import { isTaken, sendToBackground, type ChatEvent, type ToBackground, type ToContent } from '../../utils/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { buyerIdOfRows, conversationKey, isBuyerIdKey, isNumericName, nameOfKey, shopKey, splitShopKey, truncatedNamePrefix, truncates } from '../../utils/buyer-key';
import { CardKeys, TwinNumbers, type OpenChat } from './same-name';
import { chatStateOf, cutCardOwner, type ChatState } from './cut-cards';
import type { PageShop } from './shop';
import { readCurrentConversation, readRows, RowContents, RowIdentities, type ObservedRow } from './rows';
import { readSessionCards, type SessionCard } from './sessions';
import { CountdownWrites, observeLongTasks } from './countdown-writes';
import { PageTracker, type CardSnapshot, type HeldCard, type Observed, type RowSnapshot } from './tracker';
import type { WallTime } from './stamp';
import { ServerClock } from './server-clock';
import type { ClockOffset } from '../../utils/clock-offset';

export interface ConversationView {
  conv: string;
  /** Messages of the open conversation seen on this page, oldest first. */
  messages: ChatMessage[];
}

export interface Watcher {
  /** The open conversation as this page knows it (for checks made at send time). */
  current(): ConversationView | null;
  /** Re-read the page now (tests, and after the agent switches conversation). */
  scan(): void;
  /**
   * The open conversation's key (the buyer id when the rows name one, else the header's name), without the page's
   * shop: the page's own keys are all of its shop; the shop is added when they go to the background (`shop`).
   */
  currentKey(): string | null;
  /** The agent is sending `text` (the guard's send hook): its row's printed time calibrates the server clock. */
  noteSend(text: string): void;
  /** What this watcher saw while the page named another shop than its own: for the watcher of the shop taken next. */
  takeHeld(): Observed;
  /** What the background did not take yet (worker unreachable), all of this watcher's shop: for a watcher of the same shop. */
  takeUnsent(): Observed;
  /**
   * Round 66: the session cards waiting for their countdown's next write (tracker.ts takeHeldCards), for the watcher that
   * replaces this one (WatcherOptions.heldCards); those `fileHere` names are filed as first read instead, in `filed`
   * (unsent, keys without a shop: for the caller to file).
   */
  takeHeldCards(fileHere?: (card: CardSnapshot) => boolean): { cards: HeldCard[]; filed: ChatEvent[] };
  /** The page's shop may have settled: what is held goes out at the next read. */
  release(): void;
  /** Round 54: the records (their keys as filed, shop included) the background took from this watcher at or after `at`. */
  filedSince(at: number): FiledRecord[];
}

/** A record a watcher filed: its conversation key as filed (shop included), its id, and which store it went to. */
export interface FiledRecord {
  conv: string;
  id: string;
  kind: 'message' | 'rating';
}

/**
 * Round 66 (timers66): the records the background took `events` as: each event's own key, or the record the ledger says
 * it is kept as (`filedAs`: a card sighting of a wait another sighting recorded, under another `card:<s>` id), so what
 * filedSince reports (a shop switch decided later, a suspicion) names a record.
 */
function filedKeys(events: readonly ChatEvent[], reply: unknown): FiledRecord[] {
  const filedAs = (reply as { filedAs?: IngestResult['filedAs'] }).filedAs ?? [];
  const as = new Map(filedAs.map((f) => [`${f.conv}\u0001${f.id}`, f.as]));
  return events.map((e) => ({ ...(as.get(`${e.conv}\u0001${e.id}`) ?? { conv: e.conv, id: e.id }), kind: 'message' }));
}

/** How long a watcher remembers what it filed (filedSince): a list replaced before the header, decided within it. */
const FILED_KEPT_MS = 30_000;

export interface WatcherOptions {
  /**
   * Round 51: false while the page names a shop other than `shop` (a switch, or a header placeholder, not yet held
   * still): nothing is sent meanwhile, the events wait, each with its own time, and go out under the shop the page
   * settles on (content/start.ts carries them to the next watcher when that is another shop).
   */
  settled?: () => boolean;
  /** Events a previous watcher of this page held (takeHeld) or did not get taken (takeUnsent): sent first, under this watcher's shop. */
  carried?: Observed;
  /** Round 66: the cards a previous watcher of this page held for their countdown's next write (takeHeldCards): filed once, here. */
  heldCards?: readonly HeldCard[];
  /**
   * Round 52 (rt51 F1): the page names this watcher's shop again (or none) after naming another one a moment, and the
   * watcher held what it saw meanwhile. That is dropped, never filed here (content/start.ts starts a watcher afresh
   * under the same shop, which reads again what the page shows): see deliver.
   */
  reread?: () => void;
  /**
   * Round 68 (timers68): called right before what was read goes to the worker (settled). content/start.ts tells the
   * worker there a shop switch the page suspects (its list replaced under the shop's unchanged name) before the records
   * filed under that shop reach it: found only by the once-a-second shop check, a suspicion under a second old was
   * never told when the page reloaded then, and those records stayed under the old shop as well as the new one.
   */
  beforeFiling?: () => void;
}

/** The printed wall time read in the browser's own zone (pages that print local time). */
const localEpoch = (w: WallTime) => new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second).getTime();

const SCAN_DELAY_MS = 80;
const HIDDEN_MIN_INTERVAL_MS = 250;
const NUMERIC_NAME_WAIT_MS = 3000;
/**
 * A pane filed under a numeric header whose header then shows a nickname: how long the new header must stand over
 * the same rows before they are taken for that buyer's (a switch to another buyer may change the header a moment
 * before the rows). Nothing is filed meanwhile.
 */
const RENAME_CONFIRM_MS = 1000;
const REKEY_RETRY_MS = 1000;
/**
 * The rows of the pane replaced wholesale under an unchanged header, on a page whose rows name no buyer: a switch to
 * another buyer whose list came before the header. How long the header is waited for before the rows are taken for
 * the buyer it names (nothing is filed meanwhile).
 */
const SWAP_HEADER_WAIT_MS = 1500;
/** How often the server-clock estimate is checked (a wall-clock step) and at most how long a report goes unrenewed. */
const CLOCK_CHECK_MS = 1000;
const CLOCK_RENEW_MS = 60_000;

/**
 * `shop`: the shop the page serves (content/watcher/shop.ts; null: none found, one shop per profile). Its ref must
 * not change while the watcher runs (content/start.ts starts a new watcher when it does); its label may.
 */
export function startWatcher(
  adapter: SiteAdapter,
  signal: AbortSignal,
  clock: () => number = Date.now,
  serverClock: ServerClock = new ServerClock(),
  shop: () => PageShop | null = () => null,
  { settled = () => true, carried, heldCards, reread, beforeFiling }: WatcherOptions = {},
): Watcher {
  // Round 46: what goes to the background is keyed by shop + buyer (utils/buyer-key.ts shopKey), and carries the
  // shop's label for the popup; the page's own bookkeeping keeps the buyer's key alone.
  const inShop = (conv: string) => shopKey(shop()?.ref ?? null, conv);
  const tagEvent = (e: ChatEvent): ChatEvent => {
    const s = shop();
    return s ? { ...e, conv: shopKey(s.ref, e.conv), shop: s.label } : e;
  };
  const tracker = new PageTracker({ site: adapter.id });
  // Held events are kept as the tracker keeps those the worker did not take: handed out again at the next read, ahead
  // of what that read finds (the first sighting of a message is the one the ledger keeps).
  /** Events this watcher's shop owns that the background has not taken yet (tracker retries: the worker unreachable, carried). */
  const unsent = new WeakSet<object>();
  const keep = (events: Observed) => {
    for (const e of [...events.messages, ...events.ratings]) unsent.add(e);
    tracker.retry(events);
  };
  if (carried) keep(carried);
  let holding = !!carried && (carried.messages.length > 0 || carried.ratings.length > 0);
  /** Seen while the page named another shop than this watcher's (round 52: kept apart from the unsent ones). */
  let held: Observed = { messages: [], ratings: [] };
  // Round 45: messages are dated in the server's time (the printed stamps; the moments seen shifted by the estimated
  // server − PC offset), and the estimate goes to the timers, which draw deadlines in PC time (server-clock.ts).
  // Round 57: the report goes to the background, which keeps one per tab (background/clock-reports.ts): it is only
  // counted as made once taken, so a worker that was stopping gets it at the next check.
  let reported: ClockOffset | null = null;
  let reporting = false;
  const reportClock = () => {
    if (signal.aborted || reporting || (!serverClock.calibrated && !reported)) return;
    const wall = clock();
    const offset = serverClock.offset();
    const sent = serverClock.bySend;
    if (reported && Math.abs(offset - reported.offset) < 500 && !!reported.sent === sent && wall - reported.at >= 0 && wall - reported.at < CLOCK_RENEW_MS) return;
    const report: ClockOffset = { offset, at: wall, ...(sent ? { sent: true } : {}) };
    reporting = true;
    void sendToBackground({ type: 'clock-offset', report }).then((reply) => {
      reporting = false;
      if (isTaken(reply)) reported = report;
    });
  };
  /** The offset the tracker's clock was last given: a change of estimate moves the tracker's kept moments with it. */
  let trackerOffset = 0;
  if (heldCards) tracker.adoptHeldCards(heldCards, trackerOffset);
  const offsetNow = (wall: number) => {
    const offset = serverClock.offset(wall);
    tracker.shiftClock(offset - trackerOffset);
    trackerOffset = offset;
    return offset;
  };
  const clockCheck = setInterval(reportClock, CLOCK_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(clockCheck));
  // The agent's send attempts, seen here whether the guard runs or not (it also reports the ones it lets through):
  // the moment of the Enter key or of the click on Send comes before the send itself, which is all the bound needs.
  const noteDraft = () => {
    const editor = document.querySelector(adapter.composer.editor);
    const text = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement ? editor.value : (editor?.textContent ?? '');
    if (text.trim()) serverClock.noteSend(text);
  };
  const inside = (target: EventTarget | null, selector: string | undefined) => !!selector && target instanceof Element && target.closest(selector) !== null;
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing && inside(e.target, adapter.composer.editor)) noteDraft();
  }, { capture: true, signal });
  window.addEventListener('click', (e) => {
    if (inside(e.target, adapter.composer.send)) noteDraft();
  }, { capture: true, signal });
  void loadSettings().then((s) => (tracker.storeText = s.storeText));
  watchSettings((s) => (tracker.storeText = s.storeText), signal);
  // Which message each row element and id showed: a list that recycles its rows writes new messages into old elements (rows.ts).
  const identities = new RowIdentities();
  const known = new Map<string, Map<string, ChatMessage>>();
  let currentConv: string | null = null;

  const remember = (events: readonly ChatEvent[]) => {
    for (const e of events) {
      if (e.source === 'card') continue;
      let messages = known.get(e.conv);
      if (!messages) known.set(e.conv, (messages = new Map()));
      if (e.failed) {
        // The agent's message did not go out, or was recalled (a buyer's own message under that id stays).
        if (messages.get(e.id)?.dir === 'out') messages.delete(e.id);
        continue;
      }
      if (!messages.has(e.id)) messages.set(e.id, { conv: e.conv, id: e.id, dir: e.dir, ts: e.ts });
    }
  };

  /** Re-keys the background has not taken yet (worker stopped, extension reloading): sent again until it does. */
  const rekeys: Extract<ToBackground, { type: 'rekey-conversation' }>[] = [];
  let rekeyRetry: ReturnType<typeof setTimeout> | undefined;
  const deliverRekeys = async () => {
    for (const rekey of [...rekeys]) {
      if (!isTaken(await sendToBackground(rekey))) continue;
      const at = rekeys.indexOf(rekey);
      if (at >= 0) rekeys.splice(at, 1);
    }
    if (rekeys.length && rekeyRetry === undefined && !signal.aborted) rekeyRetry = setTimeout(() => ((rekeyRetry = undefined), schedule()), REKEY_RETRY_MS);
  };
  /** Round 54: what the background took lately, with when (filedSince: re-filed under another shop after a late header). */
  const filed: { at: number; record: FiledRecord }[] = [];
  const noteFiled = (records: FiledRecord[]) => {
    const at = clock();
    for (const record of records) filed.push({ at, record });
    while (filed.length && filed[0]!.at < at - FILED_KEPT_MS) filed.shift();
  };
  // Not taken (worker unreachable, extension reloaded): kept for the next scan to send again.
  const deliver = async ({ messages, ratings }: Observed) => {
    // The page's shop is changing: nothing is filed under either shop until it settles (round 51). What the tracker
    // hands out again (unsent) stays this shop's; what it saw now goes with the shop the page names (held).
    if (!settled()) {
      if (messages.length || ratings.length) {
        keep({ messages: messages.filter((e) => unsent.has(e)), ratings: ratings.filter((e) => unsent.has(e)) });
        held.messages.push(...messages.filter((e) => !unsent.has(e)));
        held.ratings.push(...ratings.filter((e) => !unsent.has(e)));
      }
      holding ||= messages.length > 0 || ratings.length > 0;
      return;
    }
    holding = false;
    if (held.messages.length || held.ratings.length) {
      // Round 52 (rt51 F1): settled again under this watcher's own shop (the name came back, a glance at shop B in
      // the switcher, or a text the header showed a moment): what was held is dropped, never filed here. Filed under
      // this shop, a buyer of B would wait here for ever (answered in B, never here: late, alerts naming the wrong
      // shop). Not filed under B either: B was never taken, so it may be no shop at all (a status over this shop's
      // own rows), and what goes under a shop never shown again waits for ever the same way. Dropping is never wrong
      // about a deadline: a watcher started afresh under this shop (reread) reads again what the page shows now, so
      // this shop's own rows still shown are filed here (a message filed before is not filed twice: the ledger keeps
      // its first sighting), and B's are read again when B is shown and taken, dated by their printed time or the
      // card's countdown as at any first reading.
      held = { messages: [], ratings: [] };
      if (reread) {
        // What this read found goes to the fresh watcher (this one stops): the page names this shop now.
        if (messages.length || ratings.length) keep({ messages, ratings });
        reread();
        return;
      }
    }
    // Sent (not awaited) before the records: the worker takes messages in the order sent.
    if (messages.length || ratings.length) beforeFiling?.();
    // A re-key first: the rows it moves are the ones the events that follow may answer.
    if (rekeys.length) await deliverRekeys();
    if (messages.length) {
      const events = messages.map(tagEvent);
      const reply = await sendToBackground({ type: 'chat-events', events });
      if (!isTaken(reply)) keep({ messages, ratings: [] });
      else noteFiled(filedKeys(events, reply));
    }
    for (const event of ratings) {
      const reply = await sendToBackground({ type: 'rating', event: { ...event, conv: inShop(event.conv) } });
      if (!isTaken(reply)) keep({ messages: [], ratings: [event] });
      else if (event.id) noteFiled([{ conv: inShop(event.conv), id: event.id, kind: 'rating' }]);
    }
  };

  let numericSince: { conv: string; at: number } | null = null;
  /** The buyer id the open pane's rows name (buyer-key.ts), null when they name none. */
  let paneBuyerId: string | null = null;
  /** The open pane as last keyed: its key and the header's name then. */
  let pane: { conv: string; name: string } | null = null;
  /** The header's name and since when it shows (a pane keyed only later, by its first row's buyer id, started then). */
  let nameShown: { name: string; at: number } | null = null;
  /** The nickname last shown for each key (to open a buyer-id conversation by its session card). */
  const namesOfKeys = new Map<string, string>();
  /** What this page knows of each chat it showed, by the header's name (cut-cards.ts). */
  const chatStates = new Map<string, ChatState>();
  /** What each card cut short was taken for while it counted down: its full nickname, or null (another buyer). */
  const cutOwners = new Map<string, string | null>();
  // Round 49 (timers49c): two buyers sharing a nickname (same-name.ts, utils/buyer-key.ts twinKey).
  const twins = new TwinNumbers();
  const cardKeys = new CardKeys(twins);
  /** Rows filed under a key of their nickname (page without buyer ids): sigKeyOf(nickname, row signature) → key. */
  const sigKeys = new Map<string, string>();
  const sigKeyOf = (name: string, signature: string) => `${name}\u0001${signature}`;
  /** The open chat as last read (its nickname, key and state): which same-name card is its buyer. */
  let openChat: OpenChat | null = null;
  /** The session card element of each card key last read (to open a twin's chat by its own card). */
  const cardOfKey = new Map<string, Element>();
  /** The key most rows of `read` were filed under before (on a page without buyer ids), or null. */
  const knownKeyOfRows = (name: string, read: readonly ObservedRow[]): string | null => {
    const counts = new Map<string, number>();
    for (const row of read) {
      const key = row.kind === 'system' ? undefined : sigKeys.get(sigKeyOf(name, row.signature));
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key;
    return best;
  };
  /**
   * The pane's rows, replaced wholesale under the same nickname, none of them filed before: another buyer of that
   * nickname unless they are all older than what `conv` showed (history of the same buyer, a window moved far back).
   */
  const anotherBuyer = (conv: string, read: readonly ObservedRow[]): boolean => {
    const shown = [...(known.get(conv)?.values() ?? [])];
    const stamps = read.filter((row) => row.kind !== 'system' && row.stamp).map((row) => row.stamp!.ts);
    if (!shown.length || !stamps.length) return false;
    return Math.max(...stamps) >= Math.min(...shown.map((m) => m.ts));
  };
  /** Numeric headers known on this page to be a nickname's buyer (the same rows showed under both): header → key. */
  const numericAliases = new Map<string, string>();
  /** The numeric-keyed pane's header turned into a nickname: since when (RENAME_CONFIRM_MS). */
  let renaming: { from: string; to: string; since: number } | null = null;
  /** The buyer's and agent's rows of the pane as last filed (their signatures): tells the same rows under a new header. */
  let paneRows = new Set<string>();
  /** A wholesale list swap under the header `name` waiting for the header to follow (SWAP_HEADER_WAIT_MS): since when. */
  let swap: { name: string; since: number } | null = null;
  /** None of the buyer's and agent's rows read now was in the pane as last filed (and it had some). */
  const swappedPane = (rows: readonly ObservedRow[]) => {
    if (!paneRows.size) return false;
    let shown = 0;
    for (const row of rows) {
      if (row.kind === 'system') continue;
      if (paneRows.has(row.signature)) return false;
      shown++;
    }
    return shown > 0;
  };
  const samePane = (rows: readonly ObservedRow[]) => {
    if (!paneRows.size) return false;
    let matched = 0;
    for (const row of rows) if (row.kind !== 'system' && paneRows.has(row.signature)) matched++;
    return matched * 2 >= paneRows.size;
  };
  let lastScan = 0;
  // Reading the rows is the costly part of a read (every row of a 2,000-message chat), and most
  // mutations are elsewhere: the session list's per-second countdowns, counters, the composer.
  // The rows are read again only when a mutation may have touched them (see `touchesRows`), when
  // the open conversation changed, or when asked to (`scan()`).
  const rowWatch = new RowRegion(adapter);
  // And of the rows, only those a mutation touched are read again (a new message: one row, not 2,000).
  const contents = new RowContents();
  let rowsReadFor: string | null = null;
  const composerBox = adapter.composer.container ?? adapter.composer.editor;
  // Round 64: when each card's countdown was written; a card is dated from that, not from the read.
  const countdownWrites = adapter.sessions ? new CountdownWrites(adapter.sessions.timeout, observeLongTasks(signal) ?? undefined) : null;
  /** Mutations not of ours nor of the composer: what they may have changed is read again. */
  const absorb = (records: readonly MutationRecord[]): boolean => {
    const theirs = records.filter((r) => !isOurRecord(r) && !inComposer(r, composerBox));
    countdownWrites?.note(theirs, clock(), performance.now());
    rowWatch.note(theirs);
    contents.forget(theirs);
    return theirs.length > 0;
  };
  const scan = (full = true) => {
    if (signal.aborted) return;
    // Changes the observer has not reported yet (a read right before a send) count too.
    absorb(observer.takeRecords());
    const now = clock();
    lastScan = now;
    /** Now in the server's time (the tracker's frame: the printed stamps are server time). */
    let serverNow = now + offsetNow(now);
    const { messages: events, ratings } = tracker.drainRetries();
    const name = readCurrentConversation(document, adapter);
    if (name !== nameShown?.name) nameShown = name ? { name, at: now } : null;
    // The rows are read (when they may have changed) before the key is known: their ids may name
    // the buyer (buyer-key.ts), which is the key then; the header's name is shown, and is the key
    // only on pages whose rows name no buyer.
    let read: ObservedRow[] | null = null;
    if (name && (full || name !== rowsReadFor || rowWatch.dirty)) {
      if (full || name !== rowsReadFor) contents.clear();
      rowsReadFor = name;
      read = readRows(document, adapter, name, now, identities, contents);
      rowWatch.read(read.map((row) => row.element));
      paneBuyerId = buyerIdOfRows(read);
      // Every printed second is a lower bound of the server's clock (the message was on the server before it was seen).
      if (!tracker.stampsAreLocal) for (const row of read) if (row.stamp?.seconds) serverClock.noteSeen(row.stamp.ts);
      serverNow = now + offsetNow(now);
    }
    if (!name) paneBuyerId = null;
    let conv = conversationKey(name, paneBuyerId);
    /** Rows read again after their ids changed with the key (the pane re-keyed below). */
    const reread = (key: string) => {
      identities.forget(read!.map((row) => row.element));
      read = readRows(document, adapter, key, now, identities, contents);
      rowWatch.read(read.map((row) => row.element));
    };
    const alias = conv && paneBuyerId === null && isNumericName(conv) ? numericAliases.get(conv) : undefined;
    if (alias !== undefined) conv = alias; // this header is that buyer's id: no wait
    // Round 49 (timers49c): a page whose rows name no buyer may show two buyers of one nickname. Rows filed before
    // under a key of it are that key's (back to the other 小王); else a pane still under its header keeps its key.
    if (conv !== null && name !== null && paneBuyerId === null && conv === name && !isNumericName(name)) {
      const before = read ? knownKeyOfRows(name, read) : null;
      if (before !== null) conv = before;
      else if (pane && pane.name === name && nameOfKey(pane.conv) === name) conv = pane.conv;
    }
    // The pane's rows were replaced wholesale under the same header (rows naming no buyer): a switch to another buyer
    // whose message list came first, the header 150–400 ms later. Nothing is filed until the header changes, or for
    // SWAP_HEADER_WAIT_MS; the rows are then history of whichever buyer the header names (restartView).
    let restart = false;
    if (conv && name && read && pane && pane.name === name && pane.conv === conv && paneBuyerId === null && swappedPane(read)) {
      if (swap?.name !== name) swap = { name, since: now };
      const waited = now - swap.since;
      if (nameShown && now - nameShown.at < SWAP_HEADER_WAIT_MS) {
        restart = true; // the header changed just before the rows (a switch whose header came first)
      } else if (waited < SWAP_HEADER_WAIT_MS) {
        identities.forget(read.map((row) => row.element));
        conv = null;
        rowsReadFor = null;
        setTimeout(schedule, SWAP_HEADER_WAIT_MS - waited + 20);
      } else restart = true;
    }
    if (conv && !restart && swap && (swap.name !== name || !read || !swappedPane(read))) swap = null;
    if (restart) {
      swap = null;
      // Rows not all older than what the pane showed, none filed before: another buyer of that nickname (timers49c).
      if (read && name && nameOfKey(conv!) === name && anotherBuyer(conv!, read)) conv = twins.take(name);
      else tracker.restartView(conv!, now);
    }
    // The pane was filed under the numeric id its header showed (the nickname came after the wait), and the header
    // now shows a nickname over the same rows: the same buyer. Its rows, and what the background has of them, move
    // to the nickname key, under the ids a page showing the nickname from the start gives them (their ids are
    // derived from the header's name); from then on the numeric header reads as the nickname.
    const fromName = pane?.name;
    if (conv && name && read && pane && fromName !== undefined && paneBuyerId === null && pane.conv === fromName && isNumericName(fromName) && !isNumericName(name) && conv === name) {
      if (renaming?.from !== pane.conv || renaming.to !== name) renaming = { from: pane.conv, to: name, since: now };
      if (now - renaming.since < RENAME_CONFIRM_MS) {
        conv = null;
        rowsReadFor = null;
        setTimeout(schedule, RENAME_CONFIRM_MS);
      } else {
        renaming = null;
        if (samePane(read)) {
          const from = pane.conv;
          reread(name);
          const ids: [string, string][] = [];
          for (const row of read!) {
            const old = identities.idOf(fromName, row.signature);
            if (old !== undefined && old !== row.id) ids.push([old, row.id]);
          }
          identities.link(name, fromName);
          const idMap = new Map(ids);
          tracker.rekeyView(from, name, idMap);
          const before = known.get(from);
          if (before) {
            const into = known.get(name) ?? new Map<string, ChatMessage>();
            for (const m of before.values()) {
              const id = idMap.get(m.id) ?? m.id;
              if (!into.has(id)) into.set(id, { ...m, conv: name, id });
            }
            known.set(name, into);
            known.delete(from);
          }
          numericAliases.set(fromName, name);
          rekeys.push({ type: 'rekey-conversation', from: inShop(from), to: inShop(name), ids });
          pane = { conv: name, name };
        }
      }
    } else if (renaming && conv) renaming = null;
    // The header may show the buyer's numeric id for a moment before the nickname (which the
    // session cards show) resolves: on a page whose rows name no buyer, wait for it rather than
    // file the rows under the number.
    if (conv && paneBuyerId === null && isNumericName(conv)) {
      if (numericSince?.conv !== conv) numericSince = { conv, at: now };
      if (now - numericSince.at < NUMERIC_NAME_WAIT_MS) {
        conv = null;
        rowsReadFor = null; // read again when the wait is over
        setTimeout(schedule, NUMERIC_NAME_WAIT_MS);
      } else if (read && pane && name && pane.name !== name && !isNumericName(pane.name) && pane.conv === pane.name && samePane(read)) {
        // The reverse: a pane keyed by the nickname whose header turned into the numeric id over the same rows
        // stays the nickname's (nothing was filed under the number meanwhile).
        conv = pane.conv;
        identities.link(pane.conv, name);
        reread(name);
        numericAliases.set(name, pane.conv);
      }
    }
    // The pane's first row naming its buyer arrived under the nickname key: the same pane, now keyed by the buyer.
    if (conv && pane && pane.name === name && pane.conv !== conv && !isBuyerIdKey(pane.conv) && isBuyerIdKey(conv)) {
      tracker.rekeyView(pane.conv, conv);
      const messages = known.get(pane.conv);
      if (messages && !known.has(conv)) known.set(conv, new Map([...messages].map(([id, m]) => [id, { ...m, conv }])));
    }
    if (conv && name && read) {
      // A pane emptied a moment (rows cleared before the next buyer's are drawn) still compares with the rows it had.
      const rows = new Set(read.filter((row) => row.kind !== 'system').map((row) => row.signature));
      if (rows.size || pane?.name !== name) paneRows = rows;
      if (paneBuyerId === null && nameOfKey(conv) === name) {
        for (const signature of rows) sigKeys.set(sigKeyOf(name, signature), conv);
        while (sigKeys.size > 20_000) sigKeys.delete(sigKeys.keys().next().value!);
      }
    }
    if (conv && name) {
      pane = { conv, name };
      if (!isNumericName(name)) namesOfKeys.set(conv, name);
    }
    currentConv = conv;
    if (conv && name && read) {
      const rows: RowSnapshot[] = read.map((row) => ({
        element: row.element,
        id: row.id,
        kind: row.kind,
        // A relative label (「3分钟前」) is zone-free: read the same in any zone.
        stamp: row.stamp ? { ts: row.stamp.ts, localTs: row.stamp.relative ? row.stamp.ts : localEpoch(row.stamp.wall), ...(row.stamp.relative ? { relative: row.stamp.relative } : {}), ...(row.stamp.separator ? { separator: true } : {}) } : null,
        ...(row.stampUnread ? { stampUnread: true } : {}),
        text: row.text,
        ...(row.rating ? { rating: row.rating } : {}),
        ...(row.failed ? { failed: true } : {}),
        ...(row.recall ? { recall: true } : {}),
      }));
      const observed = tracker.observeConversation(conv, rows, serverNow, name, nameShown?.at === undefined ? undefined : nameShown.at + (serverNow - now));
      events.push(...observed.messages);
      // The agent's own message arriving live: its printed time, against the moment it was sent, bounds the offset from above.
      if (!tracker.stampsAreLocal) {
        for (const e of observed.messages) {
          if (e.dir !== 'out' || e.history || e.source !== 'row' || e.failed) continue;
          const row = read.find((r) => r.id === e.id);
          if (row?.stamp?.seconds) serverClock.noteOwnRow(row.stamp.ts, row.text);
        }
      }
      ratings.push(...observed.ratings);
    }
    // Rows first: a card that starts waiting for the open conversation is then already covered.
    // Round 48: a card showing the nickname cut short (「日本直邮爱好者小…」) is the buyer of the one full nickname this
    // page showed that it starts (the open header, or one shown before): one buyer, not two.
    // Round 49: only when the card agrees with what this page knows of that buyer's chat (cut-cards.ts): a card still
    // counting down while that chat is answered is another buyer whose name starts alike, waiting under the cut name.
    if (conv && name && read) {
      const state = chatStateOf(read);
      chatStates.set(name, state);
      openChat = { name, key: conv, state };
    }
    if (openChat && openChat.name !== name) openChat = null;
    const knownNames = name ? [name, ...namesOfKeys.values()] : [...namesOfKeys.values()];
    const listed = readSessionCards(document, adapter);
    // Round 49 (timers49c): cards of one full nickname that differ, or that disagree with the open chat of it, are
    // other buyers of that nickname (same-name.ts): keyed apart.
    const { keys, retryInMs } = cardKeys.assign(listed, openChat, now);
    if (retryInMs !== null) setTimeout(schedule, retryInMs + 20);
    cardOfKey.clear();
    /** Round 64: a countdown card with when its text was written, in the tracker's clock (null: not seen written). */
    const dated = <Card extends SessionCard>(card: Card): Card & { countdownWrittenAt?: number | null } => {
      if (card.waiting.state !== 'countdown' || !countdownWrites || !card.timeout) return card;
      const at = countdownWrites.writtenAt(card.timeout, card.timeoutText);
      return { ...card, countdownWrittenAt: at === null ? null : at + (serverNow - now) };
    };
    const cards = listed.flatMap((card, i) => {
      if (truncatedNamePrefix(card.conv) === null) {
        const key = keys[i];
        if (key === null || key === undefined) return [];
        if (!cardOfKey.has(key)) cardOfKey.set(key, card.element);
        return [dated(key === card.conv ? card : { ...card, conv: key, name: card.conv })];
      }
      const full = cutCardOwner(card, knownNames, chatStates, listed, cutOwners.get(card.conv));
      if (card.waiting.state !== 'none') cutOwners.set(card.conv, full);
      return [dated(full ? { ...card, conv: full } : card)];
    });
    // Round 65: a card held back carries when it was first read, in the tracker's (server) clock: sent in the PC's.
    for (const e of tracker.observeCards(cards, serverNow)) events.push(e.seenAt === undefined ? e : { ...e, seenAt: e.seenAt - (serverNow - now) });
    const cardWait = tracker.cardWriteWaitMs(serverNow);
    if (cardWait !== null) setTimeout(schedule, cardWait + 20);
    remember(events);
    reportClock();
    void deliver({ messages: events, ratings });
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  function schedule() {
    if (pending === undefined && !signal.aborted) pending = setTimeout(() => ((pending = undefined), scan(false)), SCAN_DELAY_MS);
  }
  const observer = new MutationObserver((records) => {
    // Our own hosts (countdown chips, banner) changing is no reason to read the page again, nor is
    // the agent typing in the composer (every keystroke mutates it; the rows do not change).
    if (!absorb(records)) return;
    // A hidden tab's timers are throttled (up to a minute), its observer callbacks are not: read
    // right away when the last read is not too recent, else coalesce.
    if (document.hidden && clock() - lastScan >= HIDDEN_MIN_INTERVAL_MS) scan(false);
    else schedule();
  });
  // A failed-send mark may show only as a label (aria-label / title) set on the reply's status icon.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title'] });
  // The settle window ends without any mutation: read once more after it.
  const settle = setTimeout(() => scan(), 1600);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(settle);
    if (pending !== undefined) clearTimeout(pending);
    if (rekeyRetry !== undefined) clearTimeout(rekeyRetry);
  });

  // Answered synchronously: the background tries tabs in turn until one has the conversation.
  const onMessage = (message: ToContent, _sender: unknown, sendResponse: (found: boolean) => void) => {
    if (message?.type !== 'focus-conversation') return undefined;
    // Another shop's conversation is not this page's to open, even for a buyer of the same id or name (round 46).
    const asked = splitShopKey(message.conv);
    if (asked.shop !== null && asked.shop !== (shop()?.ref ?? null)) {
      sendResponse(false);
      return undefined;
    }
    const own = cardOfKey.get(asked.key);
    const found =
      currentKey() === asked.key ||
      (own?.isConnected ? clickCard(adapter, own) : openConversation(adapter, namesOfKeys.get(asked.key) ?? message.name ?? nameOfKey(asked.key)));
    if (found) window.focus();
    sendResponse(found);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  /** The open pane's key now (without reading its rows again unless the header changed). */
  function currentKey(): string | null {
    const name = readCurrentConversation(document, adapter);
    if (!name) return null;
    return pane && pane.name === name ? pane.conv : (numericAliases.get(name) ?? name);
  }

  scan();
  return {
    currentKey,
    current() {
      // Asked right before a send (the 2.5 frequency check): rows the page added in the last SCAN_DELAY_MS must
      // count, so a pending read runs now instead of after the decision; so do rows added in this very task,
      // which the observer has not reported yet.
      if (pending !== undefined || absorb(observer.takeRecords())) {
        clearTimeout(pending);
        pending = undefined;
        scan(false);
      }
      if (!currentConv) return null;
      const messages = [...(known.get(currentConv)?.values() ?? [])].sort((a, b) => a.ts - b.ts);
      return { conv: currentConv, messages };
    },
    scan: () => scan(),
    noteSend: (text) => serverClock.noteSend(text),
    takeHeld: () => {
      const out = held;
      held = { messages: [], ratings: [] };
      return out;
    },
    takeUnsent: () => tracker.drainRetries(),
    takeHeldCards: (fileHere) => {
      const now = clock();
      const { cards, filed } = tracker.takeHeldCards(trackerOffset, now + trackerOffset, fileHere);
      // Dated in the tracker's (server) clock; first read sent in the PC's, as scan() does.
      return { cards, filed: filed.map((e) => (e.seenAt === undefined ? e : { ...e, seenAt: e.seenAt - trackerOffset })) };
    },
    release: () => {
      if (holding) schedule();
    },
    filedSince: (at) => filed.filter((f) => f.at >= at).map((f) => f.record),
  };
}

/**
 * Where the open conversation's rows live, to tell which mutations may have touched them: the
 * nearest element holding every row read last time. A mutation inside it, or of an element holding
 * it, or one that adds anything a row could be found from, makes the rows dirty; so does the region
 * leaving the page. Unknown (no rows read yet, or none found): every mutation may touch them.
 */
export class RowRegion {
  #region: Element | null = null;
  #dirty = true;
  readonly #rowish: string | null;

  constructor(adapter: SiteAdapter) {
    const chat = adapter.chat;
    this.#rowish = chat ? [chat.row, chat.rowPart, chat.list].filter(Boolean).join(', ') : null;
  }

  get dirty(): boolean {
    return this.#dirty || this.#region === null || !this.#region.isConnected;
  }

  /** The rows just read (page order). */
  read(rows: readonly Element[]): void {
    this.#dirty = false;
    let region: Element | null = rows[0] ?? null;
    for (const row of rows) while (region && !region.contains(row)) region = region.parentElement;
    this.#region = region;
  }

  /** Mutations not of ours nor of the composer. */
  note(records: readonly MutationRecord[]): void {
    if (this.dirty) return;
    const region = this.#region!;
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target || region.contains(target) || target.contains(region) || this.#addsRows(r)) {
        this.#dirty = true;
        return;
      }
    }
  }

  #addsRows(r: MutationRecord): boolean {
    if (!this.#rowish) return false;
    for (const node of r.addedNodes) {
      if (node instanceof Element && (node.matches(this.#rowish) || node.querySelector(this.#rowish))) return true;
    }
    return false;
  }
}

function isOurs(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest('[data-replyguard]');
}

/** A change inside one of our hosts, or only our hosts added/removed. */
function isOurRecord(r: MutationRecord): boolean {
  if (isOurs(r.target)) return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return r.type === 'childList' && nodes.length > 0 && nodes.every(isOurs);
}

/** A change inside the composer (its editor or the box holding it). */
function inComposer(r: MutationRecord, selector: string): boolean {
  const target = r.target instanceof Element ? r.target : r.target.parentElement;
  return target?.closest(selector) != null;
}

/** Open a conversation by clicking its session card, found by the buyer's name (the agent asked for it by clicking our notification). */
export function openConversation(adapter: SiteAdapter, name: string): boolean {
  for (const card of readSessionCards(document, adapter)) {
    if (card.conv !== name && !truncates(card.conv, name)) continue;
    return clickCard(adapter, card.element);
  }
  return false;
}

/** Open the conversation of this session card (a twin's own card: another buyer of a shared nickname). */
function clickCard(adapter: SiteAdapter, element: Element): boolean {
  const target = (adapter.sessions && element.querySelector(adapter.sessions.name)) ?? element;
  (target as HTMLElement).click();
  element.scrollIntoView?.({ block: 'nearest' });
  return true;
}
