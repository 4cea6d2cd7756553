// Round 54 (rt53 F1, listfirst): a workbench may render shop B's conversation list a few seconds before its header
// names B. The watcher files what it sees meanwhile under the shop the header still names (A); once the switch is
// decided, the page asks for those records to move to B (content/start.ts). Here they move: each record named, of
// shop `from`, first seen at or after `since`, goes to the same buyer key under shop `to` with B's label. A record B
// already holds (B's watcher read the page again) is kept once, its first sighting winning, as on ingest. One
// transaction, idempotent (a record moved is no longer under A): a request sent again after a worker restart moves
// nothing twice. A's records seen before `since` are A's own and stay, whatever the request names.
import type { LedgerDB } from './db';
import type { MessageRecord, RatingRecord } from './schema';
import { invalidateDays } from './day-cache';
import { shopKey, splitShopKey } from '../../utils/buyer-key';

const MAX_KEY = 300;
const MAX_RECORDS = 5000;

export interface RefileRequest {
  from: string;
  to: string;
  label: string;
  since: number;
  records: { conv: string; id: string; kind: 'message' | 'rating' }[];
}

const isText = (v: unknown, max = MAX_KEY): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A valid request from a content script, or null: two different shop refs, records all keyed under `from`. */
export function toRefileRequest(raw: unknown): RefileRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { from, to, label, since, records } = raw as Partial<RefileRequest>;
  if (!isText(from) || !isText(to) || from === to || !isText(label, 80)) return null;
  if (typeof since !== 'number' || !Number.isFinite(since)) return null;
  if (!Array.isArray(records) || records.length > MAX_RECORDS) return null;
  const valid = records.every(
    (r) => typeof r === 'object' && r !== null && isText(r.conv) && isText(r.id) && (r.kind === 'message' || r.kind === 'rating') && splitShopKey(r.conv).shop === from,
  );
  return valid ? { from, to, label, since, records: records.map(({ conv, id, kind }) => ({ conv, id, kind })) } : null;
}

export interface RefileResult {
  /** Records taken from shop `from`. */
  moved: number;
  /** [old key, new key] of the conversations records moved between (once each). */
  convs: [string, string][];
}

/** How far apart two card sightings of one wait may be dated (a countdown read at two moments, rounded). */
const CARD_SLACK_MS = 60_000;

/**
 * B's watcher may have filed the same session card before the move: a card's id is its time read from the countdown
 * (`card:<s>`), which two readings may date a few seconds apart. The buyer's other waiting card in `to`, if any.
 */
async function sameCard(messages: { getAll(range: IDBKeyRange): Promise<MessageRecord[]> }, card: MessageRecord): Promise<MessageRecord | undefined> {
  if (card.source !== 'card' || card.dir !== 'in') return undefined;
  const own = await messages.getAll(IDBKeyRange.bound([card.conv], [card.conv, []]));
  return own.find((r) => r.source === 'card' && r.dir === 'in' && r.id !== card.id && Math.abs(r.ts - card.ts) <= CARD_SLACK_MS);
}

/** Moves the request's records from shop `from` to shop `to` (see above). Null: malformed. */
export async function refileShop(db: LedgerDB, raw: unknown, now: number): Promise<RefileResult | null> {
  const request = toRefileRequest(raw);
  if (!request) return null;
  const tx = db.transaction(['messages', 'ratings', 'days'], 'readwrite');
  const messages = tx.objectStore('messages');
  const ratings = tx.objectStore('ratings');
  const touched: MessageRecord[] = [];
  const convs = new Map<string, string>();
  let moved = 0;
  for (const { conv, id, kind } of request.records) {
    const into = shopKey(request.to, splitShopKey(conv).key);
    if (kind === 'message') {
      const record = await messages.get([conv, id]);
      if (!record || record.seenAt < request.since) continue;
      const moving: MessageRecord = { ...record, conv: into, shop: request.label };
      await messages.delete([conv, id]);
      const there = (await messages.get([into, id])) ?? (await sameCard(messages, moving));
      // First sighting wins, as on ingest.
      if (!there || there.seenAt > record.seenAt) {
        if (there) await messages.delete([there.conv, there.id]);
        await messages.put(moving);
      }
      touched.push(record, moving);
    } else {
      // A rating has no sighting time: its own time tells (a result shown since the list was replaced).
      const record = await ratings.get([conv, id]);
      if (!record || record.at < request.since) continue;
      const moving: RatingRecord = { ...record, conv: into };
      await ratings.delete([conv, id]);
      if ((await ratings.getKey([into, id])) === undefined) await ratings.put(moving);
    }
    convs.set(conv, into);
    moved++;
  }
  if (touched.length) await invalidateDays(tx.objectStore('days'), touched, now);
  await tx.done;
  return { moved, convs: [...convs] };
}
