// The ledger's IndexedDB schema, one migration per version. Append-only records of what the
// watcher saw (messages), satisfaction results (ratings) and guard decisions (lint); plus `days`,
// a disposable cache of finished daily figures that can always be rebuilt from `messages`.
//
// Adding a version: append a step to MIGRATIONS (never edit an old one) and a test in
// test/unit/ledger/migrations.test.ts that opens a database of the previous version with data.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DayReplyStats } from '../../rules/metrics/reply-rate';
import type { ChatEvent, LintEvent, RatingEvent } from '../../utils/messages';

export const LEDGER_DB_NAME = 'replyguard-ledger';

/** One chat message as the watcher saw it (the wire event, validated). No text unless the agent turned on settings.storeText. */
export interface MessageRecord extends Omit<ChatEvent, 'source'> {
  /** A chat row, or the session list's card of a conversation that was not open. */
  source: 'row' | 'card';
  /** When the ledger received it. */
  seenAt: number;
  /**
   * Round 66: the agent's reply a recall notice may stand for, the ledger unable to tell (ingest.ts
   * repliesMaybeRecalledAt): kept, but the buyer's messages it first answered count as neither on time nor late.
   */
  maybeRecalled?: true;
  /**
   * Round 69: when the ledger set that mark. The reply's row sighted again after it (a reload draws it) was not the one
   * recalled: the mark goes (ingest.ts sightsMarkedReply). An event the page read before it proves nothing.
   */
  maybeRecalledAt?: number;
}

export interface RatingRecord {
  conv: string;
  /** The row that showed the result, or `manual:<time>` for an entry by the agent. */
  id: string;
  at: number;
  rating: RatingEvent['rating'];
  source: RatingEvent['source'];
  site: string;
}

export interface LintRecord extends LintEvent {
  key?: number;
}

/**
 * Cached figures of one Beijing day (day-cache.ts), right for any `now` in [validFrom, validUntil):
 * a finished day forever, an unfinished one until its next pending message turns late.
 */
export interface DayRecord extends DayReplyStats {
  day: string;
  /** The cache format (day-cache.ts DAY_CACHE_VERSION): another one is ignored and rebuilt. */
  v: number;
  computedAt: number;
  validFrom: number;
  validUntil: number;
  /** Unfinished days: each conversation's share, so a new message recomputes only its conversation. */
  convs?: Record<string, ConvShare>;
}

/** One conversation's counted buyer messages of a day: eligible, on time, late, pending. */
export interface ConvShare {
  e: number;
  o: number;
  l: number;
  p: number;
  /** When its first pending message turns late (deadline + 1 ms), Infinity when none is pending. */
  flip: number;
  /** When it was computed. */
  at: number;
}

/** `<day>#dirty`: conversations that got a message since the day's record was computed. */
export interface DirtyMark {
  day: string;
  convs: string[];
  /** Bumped each time conversations are marked: a query tells marks set while it computed (day-cache.ts). */
  seq?: number;
}

export interface LedgerSchema extends DBSchema {
  messages: { key: [string, string]; value: MessageRecord; indexes: { ts: number } };
  ratings: { key: [string, string]; value: RatingRecord; indexes: { at: number } };
  lint: { key: number; value: LintRecord; indexes: { at: number } };
  days: { key: string; value: DayRecord | DirtyMark };
}

type UpgradeTx = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<LedgerSchema>, tx: UpgradeTx) => Promise<void> | void;

// Old versions' stores are reached through `any`: their shapes are not in today's schema type.
/* eslint-disable @typescript-eslint/no-explicit-any */
export const MIGRATIONS: readonly Migration[] = [
  // v1: messages keyed by (conversation, message id): a re-rendered or re-read row is the same
  // record. Ratings and lint events with an auto-increment key.
  (db) => {
    db.createObjectStore('messages', { keyPath: ['conv', 'id'] }).createIndex('ts', 'ts');
    (db as any).createObjectStore('ratings', { keyPath: 'key', autoIncrement: true }).createIndex('at', 'at');
    db.createObjectStore('lint', { keyPath: 'key', autoIncrement: true }).createIndex('at', 'at');
  },
  // v2: a page shows 「用户已经评价」 again on every re-render and reload, so ratings get a natural key
  // (conversation, id of the row that showed it) and one result is stored once. v1 ratings keep
  // their numbers as ids.
  async (db, tx) => {
    const old = (tx as any).objectStore('ratings');
    const legacy: any[] = await old.getAll();
    db.deleteObjectStore('ratings');
    const ratings = db.createObjectStore('ratings', { keyPath: ['conv', 'id'] });
    ratings.createIndex('at', 'at');
    for (const r of legacy) {
      const { key, ...rest } = r;
      await (tx.objectStore('ratings') as any).put({ ...rest, conv: rest.conv ?? '', id: `legacy:${key}` });
    }
  },
  // v3: a cache of finished days, so a 90-day report does not re-read 90 days of messages.
  (db) => {
    db.createObjectStore('days', { keyPath: 'day' });
  },
];
/* eslint-enable @typescript-eslint/no-explicit-any */

export const LEDGER_VERSION = MIGRATIONS.length;
