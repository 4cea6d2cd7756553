// Writing to the ledger: chat messages (deduplicated by conversation + id, first sighting wins),
// ratings, lint events, and pruning past the retention period. Everything arriving from a content
// script is validated here: a malformed event is dropped, never stored half-way.
import { CLAUSES } from '../../rules/clauses';
import { beijingDayKey, DAY_MS } from '../../rules/metrics/beijing-time';
import { waitingConversations } from '../../rules/metrics/deadlines';
import type { ChatEvent, LintEvent, RatingEvent } from '../../utils/messages';
import type { LedgerDB } from './db';
import type { IDBPObjectStore } from 'idb';
import type { LedgerSchema, LintRecord, MessageRecord, RatingRecord } from './schema';
import { invalidateDays } from './day-cache';
import { selectForTimers, WAITING_HORIZON_MS } from './select';
import { MAX_SKEW_MS } from '../../utils/clock-offset';
import { cutCardAgrees, isBuyerIdKey, isNumericName, shopKey, splitShopKey, truncatedNamePrefix, truncates } from '../../utils/buyer-key';

const MAX_ID = 300;
const MAX_TEXT = 5000;
/** How long before it reaches the ledger a page may have read what it sends (a card held back; a worker restarting). */
const MAX_HELD_MS = 60_000;

const isString = (v: unknown, max = MAX_ID): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 8.64e15;

/** A message record from a content script's event, or null when the event is malformed. */
export function toMessageRecord(e: unknown, seenAt: number, storeText: boolean): MessageRecord | null {
  if (typeof e !== 'object' || e === null) return null;
  const ev = e as Partial<ChatEvent>;
  if (!isString(ev.conv) || !isString(ev.id) || (ev.dir !== 'in' && ev.dir !== 'out') || !isTime(ev.ts)) return null;
  if (ev.tsSource !== 'page' && ev.tsSource !== 'seen') return null;
  const record: MessageRecord = {
    conv: ev.conv,
    id: ev.id,
    dir: ev.dir,
    ts: ev.ts,
    tsSource: ev.tsSource,
    history: ev.history === true,
    source: ev.source === 'card' ? 'card' : 'row',
    site: typeof ev.site === 'string' ? ev.site.slice(0, 40) : '',
    // Round 65: a card the page held back a moment was first seen when it was read (a shop switch decided since then
    // moves only what was seen after it, refile.ts); never later than now, nor more than a short hold before it.
    seenAt: isTime(ev.seenAt) && ev.seenAt <= seenAt && ev.seenAt >= seenAt - MAX_HELD_MS ? ev.seenAt : seenAt,
  };
  if (ev.timeUnknown === true) record.timeUnknown = true;
  if (isString(ev.buyerName)) record.buyerName = ev.buyerName;
  if (isString(ev.shop, 80)) record.shop = ev.shop;
  if (storeText && typeof ev.text === 'string' && ev.text) record.text = ev.text.slice(0, MAX_TEXT);
  if (record.tsSource === 'seen' && record.source === 'row' && isString(ev.prev)) record.prev = ev.prev;
  // Round 66: the ledger's own mark (repliesMaybeRecalledAt), kept through an export and import.
  if ((ev as Partial<MessageRecord>).maybeRecalled === true && record.dir === 'out' && record.source === 'row') {
    record.maybeRecalled = true;
    const markedAt = (ev as Partial<MessageRecord>).maybeRecalledAt;
    if (isTime(markedAt)) record.maybeRecalledAt = markedAt;
  }
  return record;
}

/**
 * Round 69 (timers69): whether an event tells that the agent's reply `stored`, marked maybe recalled, is still drawn: the
 * same row (the agent's, read from the pane) read AFTER the mark was set — a reload or a fresh read drawing it again. A
 * notice that stood for this reply leaves no such row to read. When the page read it is its `seenAt` if it tells one
 * (held back), else when it arrives: so an event read before the notice and sent late is no fresh sighting. A mark
 * without a time (kept from before round 69) dates from after the reply's own first sighting.
 */
export function sightsMarkedReply(stored: MessageRecord, seen: MessageRecord, event: Partial<ChatEvent>, now: number): boolean {
  if (!stored.maybeRecalled || stored.dir !== 'out' || stored.source !== 'row' || seen.dir !== 'out' || seen.source !== 'row') return false;
  const readAt = isTime(event.seenAt) && event.seenAt <= now ? event.seenAt : now;
  return readAt > (stored.maybeRecalledAt ?? stored.seenAt);
}

const convRange = (conv: string) => IDBKeyRange.bound([conv], [conv, []]);

type RecallPlace = NonNullable<ChatEvent['recallPlace']>;

/** A recalled event's `recallPlace`, when well formed. */
function recallPlaceOf(ev: Partial<ChatEvent>): RecallPlace | null {
  const p = ev.recallPlace as Partial<RecallPlace> | undefined;
  if (ev.recalled !== true || typeof p !== 'object' || p === null) return null;
  if (!isString(p.after) || (p.before !== null && !isString(p.before))) return null;
  if (!Number.isInteger(p.notices) || p.notices! < 1 || !Array.isArray(p.drawn) || !p.drawn.every((id) => isString(id))) return null;
  return { after: p.after, before: p.before, notices: p.notices!, drawn: p.drawn };
}

/**
 * Round 61 (timers61): the agent's replies a run of recall notices stands for, from its place on the page: the stored
 * messages of the conversation dated after the record of the row above the notices and before the record of the row
 * below (any time after, at the pane's end) that the page draws no more. Stored times keep the page's order (a
 * printed time, rows of one second 1 ms apart), so those are the messages that stood there. Round 63 (timers63): a
 * row dated when first seen (no printed time) may be dated after the row below it (a PC clock seconds fast, a stamp
 * truncated to its second), and was not found there: the recalled reply kept answering. Such a record keeps the row
 * first drawn above it (`prev`): one first seen just below the row above the notices — or below a message found gone
 * there — stood there too. Only when no more are gone than notices stand there: a window that does not draw
 * everything between the two rows (or a message stored under two ids) withdraws nothing, so a reply not recalled is
 * never withdrawn. Of those, the agent's are returned (a recalled buyer message keeps its record, round 59); a card's
 * record is no row and never one of them.
 */
export function repliesRecalledAt(records: readonly MessageRecord[], place: RecallPlace): MessageRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const after = byId.get(place.after);
  const before = place.before === null ? null : byId.get(place.before);
  if (!after || before === undefined) return [];
  const drawn = new Set(place.drawn);
  const undrawn = records.filter((r) => r.source !== 'card' && !drawn.has(r.id));
  // By time: only when the two rows' own records keep the page's order.
  const inOrder = before === null || before.ts > after.ts;
  const gone = new Set(inOrder ? undrawn.filter((r) => r.ts > after.ts && (before === null || r.ts < before.ts)) : []);
  // By the row first drawn above it, following a run of such rows down from the row above the notices.
  const below = new Set([after.id, ...[...gone].map((r) => r.id)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of undrawn) {
      if (gone.has(r) || r.prev === undefined || !below.has(r.prev)) continue;
      gone.add(r);
      below.add(r.id);
      grew = true;
    }
  }
  if (!gone.size || gone.size > place.notices) return [];
  return [...gone].filter((r) => r.dir === 'out');
}

/**
 * Round 66 (timers66): the agent's replies a run of recall notices may stand for when repliesRecalledAt cannot tell:
 * rows dated when first seen that keep no row drawn above them (first seen at the pane's top, or stored before round
 * 63's `prev`), drawn no more, dated near the notices' place (a PC clock may be off by up to MAX_SKEW_MS, so a time
 * first seen may fall a little outside the two rows' records). Only while fewer messages were found gone than notices
 * stand there: a notice already accounted for tells nothing of them. The buyer's messages such a reply first answered
 * are left undecided (select.ts), as those answered at an unknown time are: neither answered on time nor late.
 */
export function repliesMaybeRecalledAt(records: readonly MessageRecord[], place: RecallPlace, withdrawn: readonly MessageRecord[]): MessageRecord[] {
  const standsThere = mayStandFor(records, place, withdrawn);
  return standsThere ? records.filter((r) => !r.maybeRecalled && standsThere(r)) : [];
}

/**
 * Round 69 (timers69): the replies already marked that a run of notices told again may stand for (a second notice, the
 * same one drawn by a reload): still not drawn, so their mark is renewed — a sighting is fresh only after the latest.
 */
export function marksRenewedAt(records: readonly MessageRecord[], place: RecallPlace, withdrawn: readonly MessageRecord[]): MessageRecord[] {
  const standsThere = mayStandFor(records, place, withdrawn);
  return standsThere ? records.filter((r) => r.maybeRecalled === true && standsThere(r)) : [];
}

/** Which of `records` the notices at `place` may stand for (repliesMaybeRecalledAt), marked or not; null: none. */
function mayStandFor(records: readonly MessageRecord[], place: RecallPlace, withdrawn: readonly MessageRecord[]): ((r: MessageRecord) => boolean) | null {
  const byId = new Map(records.map((r) => [r.id, r]));
  const after = byId.get(place.after);
  const before = place.before === null ? null : byId.get(place.before);
  if (!after || before === undefined || withdrawn.length >= place.notices) return null;
  const drawn = new Set(place.drawn);
  const placed = (r: MessageRecord) => r.prev !== undefined && byId.has(r.prev);
  return (r) =>
    r.dir === 'out' &&
    r.source === 'row' &&
    r.tsSource === 'seen' &&
    !drawn.has(r.id) &&
    !placed(r) &&
    !withdrawn.includes(r) &&
    r.ts > after.ts - MAX_SKEW_MS &&
    (before === null || r.ts < before.ts + MAX_SKEW_MS);
}

export interface IngestResult {
  added: number;
  /** Already recorded, or a card observation that adds nothing (see below). */
  ignored: number;
  invalid: number;
  /** Conversations that got a new message (or lost a reply that did not go out). */
  conversations: string[];
  /** Round 46: records stored without a shop that moved into a shop's conversation, as [from, to] keys (once each). */
  adopted: [string, string][];
  /** Round 65: the records this call stored, by their keys as stored (a card may be filed under a buyer-id key). */
  stored: { conv: string; id: string }[];
  /**
   * Round 66 (timers66): events whose record is kept under another key than the event's (`conv`, `id` as sent): a card
   * sighting taken for a wait another card sighting recorded (another moment, another `card:<s>` id), or a card filed
   * under its buyer's id key. `as` names the record, so that what the page later reports (filedSince) names one.
   */
  filedAs: { conv: string; id: string; as: { conv: string; id: string } }[];
}

/**
 * Record chat events in one transaction. A card observation is kept only when it tells something
 * the rows have not: a buyer starts waiting in a conversation with nobody waiting yet, or a
 * waiting conversation was answered (ten tabs showing the same session list add one record).
 */
export async function addChatEvents(
  db: LedgerDB,
  events: readonly unknown[],
  options: { now: number; storeText: boolean },
): Promise<IngestResult> {
  const result: IngestResult = { added: 0, ignored: 0, invalid: 0, conversations: [], adopted: [], stored: [], filedAs: [] };
  const adopted = new Map<string, string>();
  const tx = db.transaction(['messages', 'days'], 'readwrite');
  const messages = tx.objectStore('messages');
  const added: MessageRecord[] = [];
  const touchedConvs = new Set<string>();
  const convCache = new Map<string, MessageRecord[]>();
  const merges = new NicknameMerges(messages);
  const moved: MessageRecord[] = [];
  /**
   * Round 46: a record from before conversations were keyed by shop (or from a page naming no shop) is kept under
   * the buyer's key alone. When a shop's page shows that very message (the same buyer key and message id), the
   * message is that shop's: it moves into the shop's conversation, as first seen (its time, its history flag), and
   * the page's sighting adds nothing. Messages no shop shows again stay where they are, still waiting or counted
   * once. Returns whether a record moved.
   */
  const adoptUnshopped = async (conv: string, id: string, shopLabel?: string): Promise<boolean> => {
    const { shop, key } = splitShopKey(conv);
    if (shop === null) return false;
    const before = await messages.get([key, id]);
    if (!before) return false;
    await messages.delete([key, id]);
    const into: MessageRecord = { ...before, conv, ...(shopLabel ? { shop: shopLabel } : {}) };
    if ((await messages.getKey([conv, id])) === undefined) await messages.put(into);
    convCache.delete(key);
    convCache.delete(conv);
    moved.push(before, into);
    touchedConvs.add(key);
    touchedConvs.add(conv);
    adopted.set(`${key}\u0001${conv}`, conv);
    return true;
  };
  /**
   * Round 50: a session card seen before the page's shop was known (the shop-name element must hold still before the
   * page files under it, content/start.ts) is kept under the buyer's key alone, with an id of its moment of sight
   * (`card:<time>`), so the shop's sighting of the same card (another moment, another id) does not adopt it as
   * adoptUnshopped does a row. A record of shop `shop` for buyer key `key` (or for the nickname an id key shows) takes
   * in those card records: one buyer, one wait, and the answer in the shop's conversation clears it. Not when another
   * shop has shown a buyer of that name lately: the card may be that shop's buyer, and stays where it is.
   */
  const adoptedCards = new Set<string>();
  let recentAll: MessageRecord[] | null = null;
  const adoptUnshoppedCards = async (record: MessageRecord): Promise<void> => {
    const { shop, key } = splitShopKey(record.conv);
    if (shop === null) return;
    const bare = isBuyerIdKey(key) ? (record.buyerName && !isNumericName(record.buyerName) ? record.buyerName : null) : key;
    if (bare === null || isBuyerIdKey(bare)) return;
    const once = `${shop}\u0001${bare}`;
    if (adoptedCards.has(once)) return;
    adoptedCards.add(once);
    const cards = (await messages.getAll(convRange(bare))).filter(
      (r) => r.source === 'card' && r.ts >= record.ts - WAITING_HORIZON_MS && (!r.site || !record.site || r.site === record.site),
    );
    if (!cards.length) return;
    recentAll ??= await messages.index('ts').getAll(IDBKeyRange.lowerBound(record.ts - 2 * WAITING_HORIZON_MS));
    const otherShop = recentAll.some((r) => {
      const at = splitShopKey(r.conv);
      return at.shop !== null && at.shop !== shop && (at.key === bare || r.buyerName === bare);
    });
    if (otherShop) return;
    const conv = shopKey(shop, bare);
    for (const before of cards) {
      await messages.delete([bare, before.id]);
      const into: MessageRecord = { ...before, conv, ...(record.shop ? { shop: record.shop } : {}) };
      if ((await messages.getKey([conv, before.id])) === undefined) await messages.put(into);
      moved.push(before, into);
    }
    convCache.delete(bare);
    convCache.delete(conv);
    touchedConvs.add(bare);
    touchedConvs.add(conv);
    adopted.set(`${bare}\u0001${conv}`, conv);
  };
  /** A stored record rewritten under its own key (a mark set or cleared, a time corrected): its timers and days recomputed. */
  const rewrite = async (before: MessageRecord, after: MessageRecord): Promise<void> => {
    await messages.put(after);
    convCache.delete(before.conv);
    moved.push(before, after);
    touchedConvs.add(before.conv);
    result.added++;
  };
  for (const raw of events) {
    // The agent's message did not go out (发送失败): the reply recorded under its id is withdrawn.
    if (typeof raw === 'object' && raw !== null && (raw as Partial<ChatEvent>).failed === true) {
      const { conv, id } = raw as Partial<ChatEvent>;
      if (isString(conv) && isString(id)) await adoptUnshopped(conv, id);
      const withdrawn = isString(conv) && isString(id) ? await messages.get([conv, id]) : undefined;
      const place = recallPlaceOf(raw as Partial<ChatEvent>);
      // Round 61: a recall notice new to a page, its place told (the reply it stands for filed before, under another id).
      const byId = withdrawn && withdrawn.dir === 'out' && withdrawn.source !== 'card';
      const stored = !byId && place && isString(conv) ? await messages.getAll(convRange(conv)) : [];
      const gone = byId ? [withdrawn] : place ? repliesRecalledAt(stored, place) : [];
      for (const reply of gone) {
        await messages.delete([reply.conv, reply.id]);
        convCache.delete(reply.conv);
        moved.push(reply);
        touchedConvs.add(reply.conv);
        result.added++;
      }
      // Round 66: replies the notices may stand for, kept but no longer taken as a known answer.
      const unsure = place && stored.length ? repliesMaybeRecalledAt(stored, place, gone) : [];
      for (const reply of unsure) await rewrite(reply, { ...reply, maybeRecalled: true, maybeRecalledAt: options.now });
      // Round 69: marks this notice may stand for again are renewed (their timers read the same: nothing added).
      const renewed = place && stored.length ? marksRenewedAt(stored, place, gone) : [];
      for (const reply of renewed) await messages.put({ ...reply, maybeRecalledAt: options.now });
      if (gone.length || unsure.length) continue;
      if (isString(conv) && isString(id)) result.ignored++;
      else result.invalid++;
      continue;
    }
    const record = toMessageRecord(raw, options.now, options.storeText);
    if (!record) {
      result.invalid++;
      continue;
    }
    const sentAs = { conv: record.conv, id: record.id };
    await adoptUnshopped(record.conv, record.id, record.shop);
    await adoptUnshoppedCards(record);
    // One buyer, one conversation (utils/buyer-key.ts): a conversation keyed by the buyer's id takes
    // in what was recorded under its nickname before the id was known (a session card seen before the
    // conversation was opened); a card seen later goes straight to the id's conversation.
    if (isBuyerIdKey(record.conv)) {
      const merged = await merges.intoIdKey(record);
      if (merged.length) {
        moved.push(...merged);
        convCache.delete(record.conv);
        touchedConvs.add(record.conv);
      }
    } else if (record.source === 'card') {
      record.conv = (await merges.idKeyOf(record.conv, record.ts, record)) ?? record.conv;
    }
    if ((raw as Partial<ChatEvent>).corrects === true) {
      // A row's printed time was misread (as Beijing time on a page printing the browser's zone): its record takes
      // the corrected time. Only a row's printed time; a card's or a time first seen is never moved.
      const before = await messages.get([record.conv, record.id]);
      if (before) {
        if (before.source === 'row' && before.tsSource === 'page' && record.tsSource === 'page' && before.dir === record.dir && before.ts !== record.ts) {
          await rewrite(before, { ...before, ts: record.ts });
        } else result.ignored++;
        continue;
      }
    }
    const stored = await messages.get([record.conv, record.id]);
    if (stored !== undefined) {
      if (sightsMarkedReply(stored, record, raw as Partial<ChatEvent>, options.now)) {
        // Round 69: the reply is still drawn, so it was not the one recalled: it answers again (timers, rate, alerts).
        const { maybeRecalled: _mark, maybeRecalledAt: _markedAt, ...unmarked } = stored;
        await rewrite(stored, unmarked);
      } else result.ignored++;
      continue;
    }
    let convRecords = convCache.get(record.conv);
    if (record.source === 'card') {
      convRecords ??= await messages.getAll(convRange(record.conv));
      convCache.set(record.conv, convRecords);
      const recent = convRecords.filter((r) => r.ts >= record.ts - WAITING_HORIZON_MS);
      const [waiting] = waitingConversations(selectForTimers(recent));
      const useful = record.dir === 'in' ? !waiting : !!waiting && waiting.anchorTs <= record.ts;
      if (!useful) {
        // Round 66 (timers66): a card read waiting while its buyer already waits from another card sighting is that
        // sighting's wait (the card shows one countdown a buyer): the page is told which record it is. Not a wait from a
        // chat row: the card may be a later message of the buyer's (the row's record is a message of its own).
        const anchor = record.dir === 'in' && waiting ? recent.find((r) => r.id === waiting.anchorId) : undefined;
        if (anchor?.source === 'card') result.filedAs.push({ ...sentAs, as: { conv: anchor.conv, id: anchor.id } });
        result.ignored++;
        continue;
      }
    }
    await messages.put(record);
    if (record.conv !== sentAs.conv) result.filedAs.push({ ...sentAs, as: { conv: record.conv, id: record.id } });
    convRecords?.push(record);
    result.added++;
    touchedConvs.add(record.conv);
    added.push(record);
  }
  await invalidateDays(tx.objectStore('days'), [...added, ...moved], options.now);
  await tx.done;
  result.conversations = [...touchedConvs];
  result.stored = added.map(({ conv, id }) => ({ conv, id }));
  result.adopted = [...adopted].map(([pair, to]) => [pair.slice(0, pair.length - to.length - 1), to]);
  return result;
}

type MessagesStore = IDBPObjectStore<LedgerSchema, ('messages' | 'days')[], 'messages', 'readwrite'>;

/**
 * Nickname keys and the buyer-id keys that stand for the same buyer, within one ingest transaction.
 * A nickname is tied to an id key by the records of the last WAITING_HORIZON_MS that carry it as
 * `buyerName`; a nickname two id keys carry (two buyers named alike) is tied to neither.
 */
class NicknameMerges {
  readonly #store: MessagesStore;
  readonly #done = new Set<string>();
  readonly #idKeys = new Map<string, Set<string>>();
  #recent: MessageRecord[] | null = null;

  constructor(store: MessagesStore) {
    this.#store = store;
  }

  /** `name` in shop `shop` (a nickname key's shop ref, null for none): its id keys are of that shop only (round 46). */
  async #idKeysNamed(shop: string | null, name: string, ts: number): Promise<Set<string>> {
    const at = shopKey(shop, name);
    let keys = this.#idKeys.get(at);
    if (keys) return keys;
    this.#recent ??= await this.#store.index('ts').getAll(IDBKeyRange.lowerBound(ts - WAITING_HORIZON_MS));
    // Round 48: a card's truncated nickname (「日本直邮爱好者小…」) stands for the full nickname it starts.
    const fits = (shown: string | undefined) => shown !== undefined && (shown === name || truncates(name, shown));
    keys = new Set(this.#recent!.filter((r) => fits(r.buyerName) && isBuyerIdKey(r.conv) && splitShopKey(r.conv).shop === shop).map((r) => r.conv));
    this.#idKeys.set(at, keys);
    return keys;
  }

  /**
   * The one buyer-id key of the same shop recently shown under the nickname key `conv`, or null. Round 49: for a card
   * whose nickname is cut short (`card`), only when that key's chat agrees with the card (`cutCardAgrees`): a buyer
   * answered in that chat is not the one a card still counting down waits for.
   */
  async idKeyOf(conv: string, ts: number, card?: { dir: 'in' | 'out'; ts: number }): Promise<string | null> {
    const { shop, key: name } = splitShopKey(conv);
    const keys = await this.#idKeysNamed(shop, name, ts);
    if (keys.size !== 1) return null;
    const key = [...keys][0]!;
    if (card && truncatedNamePrefix(name) !== null) {
      if (card.dir === 'in') {
        const chat = (await this.#store.getAll(convRange(key))).filter((r) => r.ts >= card.ts - WAITING_HORIZON_MS);
        if (!cutCardAgrees(chat, card.ts)) return null;
      } else {
        // The card stopped counting: it answers the card kept under the cut name, if one waits there.
        const own = (await this.#store.getAll(convRange(conv))).filter((r) => r.ts >= card.ts - WAITING_HORIZON_MS);
        if (waitingConversations(selectForTimers(own)).length) return null;
      }
    }
    return key;
  }

  /** Moves the recent records of the nickname `record` shows into its id key; returns the moved records (old and new keys). */
  async intoIdKey(record: MessageRecord): Promise<MessageRecord[]> {
    const name = record.buyerName;
    const { shop, key } = splitShopKey(record.conv);
    if (!name || isNumericName(name) || name === key || isBuyerIdKey(name)) return [];
    const once = `${name}\u0001${record.conv}`;
    if (this.#done.has(once)) return [];
    this.#done.add(once);
    // The nickname's conversation in the same shop (round 46: another shop's buyer of that name is another buyer).
    const nameKey = shopKey(shop, name);
    const old = (await this.#store.getAll(convRange(nameKey))).filter((r) => r.ts >= record.ts - WAITING_HORIZON_MS);
    let chat: MessageRecord[] | undefined;
    // Round 48: a session card seen before the chat opened may have filed the buyer under the nickname cut short
    // (「日本直邮爱好者小…」): its card records move too. Only card records, and only when one id key carries the name.
    for (let k = name.length - 1; k >= 2; k--) {
      for (const cut of ['…', '...']) {
        const shown = name.slice(0, k) + cut;
        if (!truncates(shown, name)) continue;
        const cards = (await this.#store.getAll(convRange(shopKey(shop, shown)))).filter((r) => r.source === 'card' && r.ts >= record.ts - WAITING_HORIZON_MS);
        if (!cards.length) continue;
        // Round 49: only the cards that agree with this buyer's chat (cutCardAgrees): another buyer whose name starts
        // alike, waiting while this chat was answered, stays where it is.
        chat ??= [...(await this.#store.getAll(convRange(record.conv))).filter((r) => r.ts >= record.ts - 2 * WAITING_HORIZON_MS), record];
        const agreeing = cards.filter((c) => c.dir === 'in' && cutCardAgrees(chat!, c.ts));
        // What the card showed once it stopped counting goes with its countdown (all of it, or none).
        old.push(...(agreeing.length === cards.filter((c) => c.dir === 'in').length ? cards : agreeing));
      }
    }
    const keys = this.#idKeys.get(nameKey);
    keys?.add(record.conv);
    // Nothing under the nickname (the usual case): no need to read the day's records for other buyers of that name.
    if (!old.length) return [];
    const named = await this.#idKeysNamed(shop, name, record.ts);
    named.add(record.conv);
    if (named.size > 1) return [];
    const moved: MessageRecord[] = [];
    for (const r of old) {
      await this.#store.delete([r.conv, r.id]);
      const into: MessageRecord = { ...r, conv: record.conv };
      if ((await this.#store.getKey([into.conv, into.id])) === undefined) await this.#store.put(into);
      moved.push(r, into);
    }
    return moved;
  }
}

export function toRatingRecord(e: unknown): RatingRecord | null {
  if (typeof e !== 'object' || e === null) return null;
  const ev = e as Partial<RatingEvent>;
  if (!isTime(ev.at) || (ev.rating !== 'satisfied' && ev.rating !== 'neutral' && ev.rating !== 'disappointed')) return null;
  if (ev.source !== 'page' && ev.source !== 'manual') return null;
  const conv = typeof ev.conv === 'string' ? ev.conv.slice(0, MAX_ID) : '';
  const id = isString(ev.id) ? ev.id : `${ev.source}:${ev.at}`;
  return { conv, id, at: ev.at, rating: ev.rating, source: ev.source, site: typeof ev.site === 'string' ? ev.site.slice(0, 40) : '' };
}

/** Record a rating once (a page re-showing the same result adds nothing). True when added. */
export async function addRating(db: LedgerDB, event: unknown): Promise<boolean | null> {
  const record = toRatingRecord(event);
  if (!record) return null;
  const tx = db.transaction('ratings', 'readwrite');
  // Round 46: the same rating stored before conversations were keyed by shop (under the buyer's key alone) counts once.
  const unshopped = splitShopKey(record.conv);
  const exists =
    (await tx.store.getKey([record.conv, record.id])) !== undefined ||
    (unshopped.shop !== null && (await tx.store.getKey([unshopped.key, record.id])) !== undefined);
  if (!exists) await tx.store.put(record);
  await tx.done;
  return !exists;
}

const LINT_ACTIONS = new Set(['block', 'warn', 'override', 'fix']);
const SEVERITIES = new Set(['block', 'warn', 'info']);

export function toLintRecord(e: unknown, storeText: boolean): LintRecord | null {
  if (typeof e !== 'object' || e === null) return null;
  const ev = e as Partial<LintEvent>;
  if (!isTime(ev.at) || !LINT_ACTIONS.has(ev.action as string) || !isString(ev.rule, 80)) return null;
  if (typeof ev.clause !== 'string' || !Object.hasOwn(CLAUSES, ev.clause)) return null;
  if (!SEVERITIES.has(ev.severity as string)) return null;
  const record: LintRecord = {
    at: ev.at,
    site: typeof ev.site === 'string' ? ev.site.slice(0, 40) : '',
    action: ev.action!,
    clause: ev.clause as LintRecord['clause'],
    rule: ev.rule,
    severity: ev.severity!,
  };
  if (isString(ev.conv)) record.conv = ev.conv;
  if (storeText && typeof ev.text === 'string' && ev.text) record.text = ev.text.slice(0, MAX_TEXT);
  return record;
}

export async function addLintEvent(db: LedgerDB, event: unknown, storeText: boolean): Promise<boolean> {
  const record = toLintRecord(event, storeText);
  if (!record) return false;
  await db.add('lint', record);
  return true;
}

/** Delete everything older than the retention period. Returns how many records went. */
export async function pruneLedger(db: LedgerDB, now: number, retentionDays: number): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  let removed = 0;
  const tx = db.transaction(['messages', 'ratings', 'lint', 'days'], 'readwrite');
  const range = IDBKeyRange.upperBound(cutoff, true);
  for (const [store, index] of [['messages', 'ts'], ['ratings', 'at'], ['lint', 'at']] as const) {
    let cursor = await (tx.objectStore(store).index(index as never) as IDBIndexLike).openCursor(range);
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
  }
  const cutoffDay = beijingDayKey(cutoff);
  let dayCursor = await tx.objectStore('days').openCursor(IDBKeyRange.upperBound(cutoffDay, true));
  while (dayCursor) {
    await dayCursor.delete();
    dayCursor = await dayCursor.continue();
  }
  await tx.done;
  return removed;
}

// The three stores' time indexes have different value types; pruning only needs a deleting cursor.
interface IDBCursorLike {
  delete(): Promise<void>;
  continue(): Promise<IDBCursorLike | null>;
}
interface IDBIndexLike {
  openCursor(range: IDBKeyRange): Promise<IDBCursorLike | null>;
}
