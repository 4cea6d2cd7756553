// Round 49 (timers49c): which buyer a session card with a full nickname is when two buyers share it (小王, 快手用户…).
// A card shows only the nickname. Cards of one nickname that differ (another countdown, another last message) are
// two buyers; a card that disagrees with the open chat of its nickname (it counts down while that chat is answered, or
// shows a message that chat does not wait on) is another buyer. Such a card is keyed apart (utils/buyer-key.ts
// twinKey); a card keeps the key it was given while its element lives, so its answer goes where its countdown went.
import { isTwinKey, truncatedNamePrefix, twinKey } from '../../utils/buyer-key';
import { agreesWithChat, type ChatState } from './cut-cards';
import type { CardWaiting } from './sessions';

/**
 * How long a counting card must disagree with the open chat of its nickname before it is taken for another buyer:
 * the open buyer's new message may reach the card a moment before the rows (the card is left out meanwhile).
 */
export const CARD_DISAGREE_WAIT_MS = 2000;
/** Two cards of one nickname whose countdowns differ by no more than this (and show the same message) are one buyer listed twice. */
const SAME_COUNTDOWN_MS = 2000;

export interface NamedCard {
  element: object;
  /** The nickname the card shows. */
  conv: string;
  waiting: CardWaiting;
  lastMessage: string;
  lastMessageHash: string;
}

/** The open chat: its nickname, its key, and its rows' state as last read. */
export interface OpenChat {
  name: string;
  key: string;
  state: ChatState;
}

/** Twin keys handed out on one page (cards and panes share the numbering). */
export class TwinNumbers {
  readonly #next = new Map<string, number>();
  take(name: string): string {
    const n = this.#next.get(name) ?? 2;
    this.#next.set(name, n + 1);
    return twinKey(name, n);
  }
}

const givenKeyOf = (name: string, card: NamedCard) => `${name}\u0001${card.lastMessageHash}`;

const remainingOf = (w: CardWaiting) => (w.state === 'countdown' ? w.remainingMs : null);

/** Two cards of one nickname showing the same: one buyer listed twice (e.g. starred and in a group). */
function sameCard(a: NamedCard, b: NamedCard): boolean {
  if (a.lastMessageHash !== b.lastMessageHash || a.waiting.state !== b.waiting.state) return false;
  const ra = remainingOf(a.waiting);
  const rb = remainingOf(b.waiting);
  return ra === null || rb === null || Math.abs(ra - rb) <= SAME_COUNTDOWN_MS;
}

/** What a card showed: its last message, and when its countdown ends (by the page's clock). */
interface Shown {
  hash: string;
  state: CardWaiting['state'];
  deadline: number | null;
}

const shownBy = (card: NamedCard, now: number): Shown => ({
  hash: card.lastMessageHash,
  state: card.waiting.state,
  deadline: card.waiting.state === 'countdown' ? now + card.waiting.remainingMs : null,
});

/** The card shows what `last` was (the same buyer, its countdown run on): same message, same state, same deadline ±2 s. */
function stillShows(last: Shown, card: NamedCard, now: number): boolean {
  const shown = shownBy(card, now);
  if (shown.hash !== last.hash || shown.state !== last.state) return false;
  return shown.deadline === null || last.deadline === null || Math.abs(shown.deadline - last.deadline) <= SAME_COUNTDOWN_MS;
}

export class CardKeys {
  readonly #twins: TwinNumbers;
  readonly #keyOf = new WeakMap<object, { name: string; key: string }>();
  /** Round 49 (timers49d): what each key's card showed at the last read, by key (its nickname kept). */
  readonly #shown = new Map<string, { name: string; shown: Shown }>();
  /** The keys each nickname's cards had at the last read. */
  readonly #held = new Map<string, Set<string>>();
  readonly #disagreeSince = new WeakMap<object, number>();
  /** Twin keys given, by nickname and last-message hash (givenKeyOf): a card drawn again (a new element) keeps its key. */
  readonly #given = new Map<string, string>();

  constructor(twins: TwinNumbers) {
    this.#twins = twins;
  }

  /**
   * The key of each card (list order): its nickname, a twin key, or null (not decided yet: left out of this read;
   * `retryInMs` says when to read again). Cards whose nickname is cut short are left to cut-cards.ts (their name).
   */
  assign(cards: readonly NamedCard[], open: OpenChat | null, now: number): { keys: (string | null)[]; retryInMs: number | null } {
    const keys: (string | null)[] = cards.map((c) => c.conv);
    let retryInMs: number | null = null;
    const groups = new Map<string, number[]>();
    cards.forEach((card, i) => {
      if (truncatedNamePrefix(card.conv) !== null) return;
      const group = groups.get(card.conv);
      if (group) group.push(i);
      else groups.set(card.conv, [i]);
    });
    // What each nickname's keys showed at the last read, gone through once (round 59, timers59b: once per nickname,
    // 500 cards of 500 nicknames cost 250,000 steps a read). Only this nickname's entries change while it is handled.
    const shownOf = new Map<string, [string, { name: string; shown: Shown }][]>();
    for (const entry of this.#shown) {
      const list = shownOf.get(entry[1].name);
      if (list) list.push(entry);
      else shownOf.set(entry[1].name, [entry]);
    }
    for (const [name, indices] of groups) {
      this.#follow(name, indices, cards, now, shownOf.get(name) ?? []);
      // Keyed elements keep their key; the others join a card showing the same, else stand alone.
      const entries: { key: string | null; indices: number[] }[] = [];
      const taken = new Set<string>();
      for (const i of indices) {
        const had = this.#keyOf.get(cards[i]!.element);
        if (!had || had.name !== name) continue;
        const entry = entries.find((e) => e.key === had.key);
        if (entry) entry.indices.push(i);
        else entries.push({ key: had.key, indices: [i] });
        taken.add(had.key);
      }
      for (const i of indices) {
        const had = this.#keyOf.get(cards[i]!.element);
        if (had && had.name === name) continue;
        const entry = entries.find((e) => e.key === null && sameCard(cards[e.indices[0]!]!, cards[i]!));
        if (entry) entry.indices.push(i);
        else entries.push({ key: null, indices: [i] });
      }
      const openHere = open && open.name === name ? open : null;
      for (const entry of entries) {
        if (entry.key === null) {
          const card = cards[entry.indices[0]!]!;
          const givenBefore = () => {
            const k = this.#given.get(givenKeyOf(name, card));
            return k !== undefined && !taken.has(k) ? k : null;
          };
          const given = () => givenBefore() ?? this.#twins.take(name);
          let key: string | null;
          const agrees = openHere ? agreesWithChat(card, openHere.state) : null;
          if (agrees === true) {
            key = isTwinKey(openHere!.key) ? openHere!.key : name;
          } else if (agrees === false) {
            const since = this.#disagreeSince.get(card.element) ?? now;
            this.#disagreeSince.set(card.element, since);
            if (card.waiting.state !== 'none' && now - since < CARD_DISAGREE_WAIT_MS) {
              const left = CARD_DISAGREE_WAIT_MS - (now - since);
              retryInMs = retryInMs === null ? left : Math.min(retryInMs, left);
              for (const i of entry.indices) keys[i] = null;
              continue;
            }
            key = given();
          } else {
            // No open chat of this nickname: a card drawn again keeps the twin key it had; else the nickname, if free.
            key = givenBefore() ?? (taken.has(name) ? this.#twins.take(name) : name);
          }
          entry.key = key;
          taken.add(key);
          if (isTwinKey(key)) {
            this.#given.set(givenKeyOf(name, card), key);
            if (this.#given.size > 500) this.#given.delete(this.#given.keys().next().value!);
          }
          for (const i of entry.indices) {
            this.#keyOf.set(cards[i]!.element, { name, key });
            this.#disagreeSince.delete(cards[i]!.element);
          }
        }
        for (const i of entry.indices) keys[i] = entry.key;
      }
      const held = new Set<string>();
      for (const entry of entries) {
        if (entry.key === null || keys[entry.indices[0]!] === null) continue;
        held.add(entry.key);
        this.#shown.set(entry.key, { name, shown: shownBy(cards[entry.indices[0]!]!, now) });
      }
      this.#held.set(name, held);
    }
    if (this.#shown.size > 500) this.#shown.delete(this.#shown.keys().next().value!);
    return { keys, retryInMs };
  }

  /**
   * Round 49 (timers49d): a list that reuses its card elements by position (keyed by index, sorted by urgency) writes
   * another buyer into an element when one is answered and drops down. A card element now showing what another key of
   * this nickname showed at the last read (same message, same countdown deadline), while showing no longer what its own
   * key showed, is that buyer's card: it takes that key. An element whose key was so taken, now showing something else,
   * takes the one key of this nickname no card shows any more (the answered buyer whose card it now is), if just one.
   */
  #follow(name: string, indices: readonly number[], cards: readonly NamedCard[], now: number, last: readonly [string, { name: string; shown: Shown }][]): void {
    if (last.length < 2) return;
    const ownKey = (i: number) => {
      const had = this.#keyOf.get(cards[i]!.element);
      return had && had.name === name ? had.key : null;
    };
    const fits = (key: string, i: number) => {
      const l = this.#shown.get(key);
      return l !== undefined && stillShows(l.shown, cards[i]!, now);
    };
    const claims = new Map<number, string>();
    for (const i of indices) {
      const own = ownKey(i);
      if (own !== null && fits(own, i)) continue;
      const matches = last.filter(([k]) => k !== own && fits(k, i) && !indices.some((j) => j !== i && ownKey(j) === k && fits(k, j)));
      if (matches.length === 1) claims.set(i, matches[0]![0]);
    }
    if (claims.size === 0) return;
    const claimed = new Set(claims.values());
    const orphans = indices.filter((i) => !claims.has(i) && ownKey(i) !== null && claimed.has(ownKey(i)!) && !fits(ownKey(i)!, i));
    for (const [i, key] of claims) this.#keyOf.set(cards[i]!.element, { name, key });
    const heldNow = new Set(indices.filter((i) => !orphans.includes(i)).map(ownKey).filter((k): k is string => k !== null));
    const missing = [...(this.#held.get(name) ?? [])].filter((k) => !heldNow.has(k));
    for (const i of orphans) {
      if (orphans.length === 1 && missing.length === 1) this.#keyOf.set(cards[i]!.element, { name, key: missing[0]! });
      else this.#keyOf.delete(cards[i]!.element);
    }
  }
}
