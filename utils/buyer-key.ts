// Which conversation the open chat pane is: the buyer, not the buyer's nickname. Two buyers may
// share a nickname, and the header may show the buyer's numeric id before the nickname loads; the
// workbench's row ids (`0_<buyerId>_<messageId>`) name the buyer for good. So a pane whose rows
// carry a buyer id is keyed `id:<buyerId>` and the nickname is only what is shown; a page without
// such ids (the demo, other chat tools) keeps the nickname as the key, as before. Pure.

/** Conversation keys made from a buyer id start with this (a nickname key never needs to). */
export const BUYER_ID_KEY = 'id:';

const ROW_ID = /^0_(\d{1,30})_./;

/** The buyer id a workbench row id names (`0_<buyerId>_…`), or null. */
export function buyerIdOfRowId(id: string): string | null {
  return ROW_ID.exec(id.trim())?.[1] ?? null;
}

/**
 * A row id the workbench gives by position in the rendered window (cs-common-message-list-item-3): the same id is
 * another message as the window moves, and another buyer's row once the pane switches.
 */
export const isWindowRelativeRowId = (id: string): boolean => /cs-common-message-list-item-\d+$/.test(id);

/** A key made from a buyer id, with or without a shop (shopKey). */
export const isBuyerIdKey = (conv: string): boolean => splitShopKey(conv).key.startsWith(BUYER_ID_KEY);

export const buyerIdKey = (buyerId: string): string => BUYER_ID_KEY + buyerId;

/** A header that shows only digits: the buyer's id while the nickname has not loaded (or a buyer without one). */
export const isNumericName = (name: string): boolean => /^\d+$/.test(name);

/**
 * The buyer of the open pane from its rows' ids: the id the buyer's own rows carry (agent rows may
 * carry another, e.g. the shop's), else the one every row with an id agrees on. Null when no row
 * names one, or when they disagree (a pane caught mid-switch): the caller falls back to the nickname.
 */
export function buyerIdOfRows(rows: readonly { id: string; kind: string }[]): string | null {
  let fromBuyer: string | null = null;
  let fromAny: string | null = null;
  let buyerAgree = true;
  let anyAgree = true;
  for (const row of rows) {
    const id = buyerIdOfRowId(row.id);
    if (id === null) continue;
    if (fromAny === null) fromAny = id;
    else if (fromAny !== id) anyAgree = false;
    if (row.kind !== 'in') continue;
    if (fromBuyer === null) fromBuyer = id;
    else if (fromBuyer !== id) buyerAgree = false;
  }
  if (fromBuyer !== null) return buyerAgree ? fromBuyer : null;
  return anyAgree ? fromAny : null;
}

/** The key of a pane: its buyer id when the rows name one, else the header's nickname. */
export function conversationKey(name: string | null, buyerId: string | null): string | null {
  return buyerId !== null ? buyerIdKey(buyerId) : name;
}

// Round 46: one buyer writing to two shops is two conversations. A page that names its shop (sites/: the workbench
// URL's shopId-like parameter or path segment, else a shop-name element) files its conversations under
// `shop:<shop ref, URI-encoded>|<buyer key>`; a page that names none keeps the bare buyer key (one shop per profile,
// as before), and so do the records stored before this change (the ledger moves one into a shop's conversation
// when that shop's page shows the same message: background/ledger/ingest.ts).

/** Shop-qualified conversation keys start with this; the shop ref is URI-encoded, so it never holds the `|`. */
export const SHOP_KEY = 'shop:';
const SHOP_KEY_RE = /^shop:([^|]+)\|(.+)$/s;

/** The conversation key of buyer key `key` in shop `shop` (its stable ref: `id:111`, `name:海淘优选旗舰店`); `shop` null: `key`. */
export function shopKey(shop: string | null, key: string): string {
  return shop === null ? key : SHOP_KEY + encodeURIComponent(shop) + '|' + key;
}

/** A conversation key's shop ref (null for a key without a shop) and buyer key. */
export function splitShopKey(conv: string): { shop: string | null; key: string } {
  const m = SHOP_KEY_RE.exec(conv);
  if (!m) return { shop: null, key: conv };
  try {
    return { shop: decodeURIComponent(m[1]!), key: m[2]! };
  } catch {
    return { shop: null, key: conv };
  }
}

// Round 48: a session card may show a long nickname cut short by the page (「日本直邮爱好者小…」 for 「日本直邮爱好者小王同学」).
const TRUNCATED = /(?:…|\.{3}|。。。)\s*$/;

/** The part a truncated nickname shows (「日本直邮爱好者小」 for 「日本直邮爱好者小…」), or null when `name` is not cut short. */
export function truncatedNamePrefix(name: string): string | null {
  if (!TRUNCATED.test(name)) return null;
  const prefix = name.replace(TRUNCATED, '').trim();
  return prefix.length >= 2 ? prefix : null;
}

/** Whether the truncated card name `shown` may stand for the full nickname `full`. */
export function truncates(shown: string, full: string): boolean {
  const prefix = truncatedNamePrefix(shown);
  return prefix !== null && full !== shown && full.length > prefix.length && full.startsWith(prefix);
}

/** How much later than a cut card's buyer message (its countdown's start) the buyer's row may be dated and still be it. */
export const CUT_CARD_SLACK_MS = 2 * 60_000;

/**
 * Round 49: whether a session card cut short, whose countdown says a buyer message at `cardTs`, agrees with what is
 * known of the chat of the full nickname it starts (`chat`: its messages, any order). A cut name matching a full name
 * does not prove it is that buyer: the card is that buyer's only while that chat has a buyer message unanswered at the
 * card's time (one dated up to CUT_CARD_SLACK_MS later is the same message, read from the rows). Else it is another
 * buyer whose name starts alike, waiting while that chat was answered.
 */
export function cutCardAgrees(chat: readonly { dir: 'in' | 'out'; ts: number }[], cardTs: number): boolean {
  const sorted = [...chat].sort((a, b) => a.ts - b.ts);
  let waitingSince: number | null = null;
  for (const m of sorted) {
    if (m.ts > cardTs + CUT_CARD_SLACK_MS) break;
    if (m.dir === 'in') waitingSince ??= m.ts;
    else if (m.ts <= cardTs) waitingSince = null;
  }
  return waitingSince !== null;
}

/** The one known full nickname a truncated card name stands for; null when it is not truncated, or none or several fit. */
export function untruncatedName(shown: string, known: Iterable<string>): string | null {
  if (truncatedNamePrefix(shown) === null) return null;
  const fits = new Set<string>();
  for (const name of known) if (truncates(shown, name)) fits.add(name);
  return fits.size === 1 ? [...fits][0]! : null;
}

// Round 49 (timers49c): two buyers may share a nickname (小王, 快手用户…). On a page whose rows name no buyer, or for
// session cards (which show only the nickname), the page tells them apart by what differs (another countdown, another
// last message, another set of rows under the same header): the second one seen is keyed `<nickname>\u00a0#<n>`.
// A nickname never holds U+00A0 (rows.ts normalizeBuyerName folds every space), so such a key is never a nickname, and
// the ledger never merges it into a buyer-id key of that nickname (its buyerName is the nickname, its key is not).
const TWIN = '\u00a0#';

/** The key of the `n`-th (n ≥ 2) buyer seen on this page under nickname `name`. */
export const twinKey = (name: string, n: number): string => `${name}${TWIN}${n}`;

/** The nickname a key stands for: `name` for a twin key of it, else the key itself. */
export function nameOfKey(key: string): string {
  const at = key.indexOf(TWIN);
  return at < 0 ? key : key.slice(0, at);
}

/** Whether `key` is a twin key (another buyer of the same nickname). */
export const isTwinKey = (key: string): boolean => key.includes(TWIN);

/**
 * Round 49 (timers49d): the name a waiting buyer is shown by (popup, alerts). Two buyers sharing a nickname look alike:
 * the n-th one seen (twin key) is 「小王（n）」, and the first 「小王（1）」 while a twin of it is among `all` (the others
 * waiting). A nickname nobody else shares is shown as it is. `conv` may carry a shop (shopKey).
 */
export function buyerLabel(buyerName: string | undefined, conv: string, all: readonly { conv: string }[] | TwinBases = []): string {
  const key = splitShopKey(conv).key;
  const name = buyerName ?? nameOfKey(key);
  const at = key.indexOf(TWIN);
  if (at >= 0) return `${name}（${key.slice(at + TWIN.length)}）`;
  const twinOf = key + TWIN;
  const hasTwin = all instanceof Set ? all.has(key) : (all as readonly { conv: string }[]).some((o) => splitShopKey(o.conv).key.startsWith(twinOf));
  return hasTwin ? `${name}（1）` : buyerName ?? key;
}

/** The keys that have a twin among `all` (the nickname part of every twin key), for labelling many buyers at once. */
export type TwinBases = ReadonlySet<string>;

/**
 * Round 58 (popup58): buyerLabel for each of n waiting buyers scanned all n for twins (n² key splits: 250 000 at 500
 * waiting, on every list change). Collected once here, each label is a set look-up. A key without TWIN has a twin
 * exactly when some twin key's part before its (first) TWIN equals it, which is what startsWith(key + TWIN) tested.
 */
export function twinBases(all: readonly { conv: string }[]): TwinBases {
  const bases = new Set<string>();
  for (const o of all) {
    const key = splitShopKey(o.conv).key;
    const at = key.indexOf(TWIN);
    if (at >= 0) bases.add(key.slice(0, at));
  }
  return bases;
}
