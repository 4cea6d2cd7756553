// Moving a conversation to another key: on a page whose rows name no buyer, the chat header may show the
// buyer's numeric id long enough (content/watcher: NUMERIC_NAME_WAIT_MS) for rows to be filed under it before
// the nickname loads. The watcher, seeing the same rows under the nickname, asks for the numeric key's records
// to move to the nickname's, under the ids the nickname gives them (ids derived from the header's name), so one
// buyer stays one conversation: one countdown, one badge entry, each message counted once. Idempotent: once
// moved, nothing is left under the old key; a message the new key already holds (another tab, a reload) is
// kept once, its first sighting winning. Everything is in the ledger, so a worker stopped between the two
// headers changes nothing. Message text is not touched (a record keeps what it had, normally none).
import type { LedgerDB } from './db';
import type { MessageRecord, RatingRecord } from './schema';
import { invalidateDays } from './day-cache';
import { WAITING_HORIZON_MS } from './select';
import { isNumericName, splitShopKey } from '../../utils/buyer-key';

const MAX_KEY = 300;
const MAX_PAIRS = 20_000;

export interface RekeyRequest {
  from: string;
  to: string;
  /** [old id, new id] of rows whose id changes with the key; the other records keep theirs. */
  ids: [string, string][];
}

const isKey = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_KEY;

/** A valid request from a content script, or null. Only a numeric header's key moves, and never into another number. */
export function toRekeyRequest(raw: unknown): RekeyRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { from, to, ids } = raw as Partial<RekeyRequest>;
  if (!isKey(from) || !isKey(to) || from === to) return null;
  // Within one shop (round 46: keys may carry the page's shop, utils/buyer-key.ts shopKey).
  const a = splitShopKey(from);
  const b = splitShopKey(to);
  if (a.shop !== b.shop || !isNumericName(a.key) || isNumericName(b.key)) return null;
  if (!Array.isArray(ids) || ids.length > MAX_PAIRS) return null;
  if (!ids.every((p) => Array.isArray(p) && p.length === 2 && isKey(p[0]) && isKey(p[1]))) return null;
  return { from, to, ids: ids.map(([a, b]) => [a, b] as [string, string]) };
}

export interface RekeyResult {
  /** Records (messages and ratings) taken from the old key. */
  moved: number;
}

const convRange = (conv: string) => IDBKeyRange.bound([conv], [conv, []]);

/**
 * Moves `from`'s records into `to` in one transaction: the rows named in `ids` whatever their time, and every
 * other record of the last WAITING_HORIZON_MS (a session card that showed the numeric name). Null: malformed.
 */
export async function rekeyConversation(db: LedgerDB, raw: unknown, now: number): Promise<RekeyResult | null> {
  const request = toRekeyRequest(raw);
  if (!request) return null;
  const { from, to } = request;
  const renamed = new Map(request.ids);
  const tx = db.transaction(['messages', 'ratings', 'days'], 'readwrite');
  const messages = tx.objectStore('messages');
  const touched: MessageRecord[] = [];
  let moved = 0;
  for (const record of await messages.getAll(convRange(from))) {
    if (!renamed.has(record.id) && record.ts < now - WAITING_HORIZON_MS) continue;
    const into: MessageRecord = { ...record, conv: to, id: renamed.get(record.id) ?? record.id };
    await messages.delete([from, record.id]);
    const there = await messages.get([to, into.id]);
    // First sighting wins, as on ingest.
    if (!there || there.seenAt > record.seenAt) await messages.put(into);
    touched.push(record, into);
    moved++;
  }
  const ratings = tx.objectStore('ratings');
  for (const record of await ratings.getAll(convRange(from))) {
    if (!renamed.has(record.id) && record.at < now - WAITING_HORIZON_MS) continue;
    const into: RatingRecord = { ...record, conv: to, id: renamed.get(record.id) ?? record.id };
    await ratings.delete([from, record.id]);
    if ((await ratings.getKey([to, into.id])) === undefined) await ratings.put(into);
    moved++;
  }
  if (touched.length) await invalidateDays(tx.objectStore('days'), touched, now);
  await tx.done;
  return { moved };
}
