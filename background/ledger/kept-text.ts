// Round 59 (rt59 F1): the message texts kept while 「保存消息原文」 was on. Turning the box off stops new ones; these
// count and delete the ones already kept, on the agent's word (components/options/DataSection.tsx). Deleting takes the
// `text` field off a record and nothing else: keys, times, directions, shops and lint categories stay, so no reply rate,
// satisfaction or guard-log figure changes (and the `days` cache, which holds no text, stays valid).
//
// A busy shop keeps ~100,000 messages over 90 days, and no index finds the records with text, so both walk the store
// by key, `batchSize` records a transaction, pausing between: the page stays responsive, and the worker's live writes
// (a buyer message arriving meanwhile) wait at most one batch, not the whole walk. Each batch is atomic; a walk cut off
// (the page closed) leaves the rest's texts, which the next count finds and the agent can delete again.
import type { LedgerDB } from './db';
import type { LintRecord, MessageRecord } from './schema';

export interface KeptTexts {
  messages: number;
  lint: number;
}

export interface TextWalkOptions {
  /** Records per transaction; KEPT_TEXT_BATCH by default. */
  batchSize?: number;
  /** Awaited between batches; a macrotask by default. */
  pause?: () => Promise<void>;
  /** Records walked so far, of `total` (both stores). */
  onProgress?: (done: number, total: number) => void;
}

// As the import's IMPORT_BATCH: a live write waits for one batch at most.
export const KEPT_TEXT_BATCH = 500;

const STORES = ['messages', 'lint'] as const;
type TextStore = (typeof STORES)[number];
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const hasText = (r: MessageRecord | LintRecord) => typeof r.text === 'string';

/**
 * Walk `store` by key, one transaction of `size` records at a time; `visit` sees each batch inside its transaction
 * (records and their keys) and may write through it. Resolves with the records walked.
 */
async function walk(
  db: LedgerDB,
  store: TextStore,
  mode: IDBTransactionMode,
  options: TextWalkOptions,
  visit: (records: (MessageRecord | LintRecord)[], keys: IDBValidKey[], put: (r: MessageRecord | LintRecord) => Promise<unknown>) => Promise<void> | void,
  onBatch: (n: number, ms: number) => void,
): Promise<void> {
  const size = Math.max(1, options.batchSize ?? KEPT_TEXT_BATCH);
  const pause = options.pause ?? macrotask;
  let after: IDBValidKey | undefined;
  for (;;) {
    const started = performance.now();
    const tx = db.transaction(store, mode as 'readwrite');
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const [records, keys] = await Promise.all([tx.store.getAll(range, size), tx.store.getAllKeys(range, size)]);
    await visit(records, keys, (r) => tx.store.put(r as never));
    await tx.done;
    onBatch(records.length, performance.now() - started);
    if (records.length < size) return;
    after = keys[keys.length - 1];
    await pause();
  }
}

/** How many message and lint records hold a text. Read only. */
export async function countKeptTexts(db: LedgerDB, options: TextWalkOptions = {}): Promise<KeptTexts> {
  const out: KeptTexts = { messages: 0, lint: 0 };
  const total = (await Promise.all(STORES.map((s) => db.count(s)))).reduce((a, b) => a + b, 0);
  let done = 0;
  for (const store of STORES) {
    await walk(db, store, 'readonly', options, (records) => void (out[store] += records.filter(hasText).length), (n) => options.onProgress?.((done += n), total));
  }
  return out;
}

export interface StripResult extends KeptTexts {
  /** The longest single transaction, in ms (what a live write may have waited). */
  longestBatchMs: number;
}

/** Delete every kept text: each record with one is written back without it, everything else as it was. */
export async function stripKeptTexts(db: LedgerDB, options: TextWalkOptions = {}): Promise<StripResult> {
  const out: StripResult = { messages: 0, lint: 0, longestBatchMs: 0 };
  const total = (await Promise.all(STORES.map((s) => db.count(s)))).reduce((a, b) => a + b, 0);
  let done = 0;
  for (const store of STORES) {
    await walk(
      db,
      store,
      'readwrite',
      options,
      async (records, _keys, put) => {
        const writes: Promise<unknown>[] = [];
        for (const r of records) {
          if (!hasText(r)) continue;
          const { text: _text, ...kept } = r;
          writes.push(put(kept));
          out[store]++;
        }
        await Promise.all(writes);
      },
      (n, ms) => {
        out.longestBatchMs = Math.max(out.longestBatchMs, ms);
        options.onProgress?.((done += n), total);
      },
    );
  }
  return out;
}
