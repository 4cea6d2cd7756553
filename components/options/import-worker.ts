// The ledger import, off the options page's main thread (a dedicated worker of the extension's
// origin, so it opens the same IndexedDB as the service worker). It reads the picked file, parses
// it, validates every record before the first write, then merges in batches (background/ledger/
// transfer.ts), posting progress after each step. The page only draws the progress; the service
// worker's live tracking is not involved, and its transactions run between the batches.
import { openLedger } from '../../background/ledger/db';
import { checkLedgerExport, ImportError, importLedger, type ImportProgress, type ImportResult } from '../../background/ledger/transfer';
import { looksLikeCsv } from '../../utils/csv';
import { importText } from '../../utils/import-file';
import { settingsShapeError } from '../../utils/settings-transfer';

export interface ImportRequest {
  file: Blob;
  now: number;
  storeText: boolean;
  batchSize?: number;
}

export type ImportReply =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'read' }
  /** `longestBatchMs`: the longest write step (one transaction), for the README's figure and the e2e. */
  /** `settings`: the file's settings when it has any (shape checked), for the page to offer; never applied here. */
  /** `note`: how the file was read when not as plain UTF-8 (「已按 GBK 编码读取」, round 58), shown with the result. */
  | { type: 'done'; result: ImportResult; longestBatchMs: number; settings?: Record<string, unknown>; note?: string }
  | { type: 'error'; kind: 'empty' | 'not-json' | 'csv' | 'refused' | 'failed'; message: string; note?: string };

const post = (reply: ImportReply) => postMessage(reply);

async function run({ file, now, storeText, batchSize }: ImportRequest): Promise<ImportReply> {
  const { text, empty, unreadable, note } = importText(new Uint8Array(await file.arrayBuffer()));
  // A GBK file read as such (or UTF-8 behind a wrong mark) is said with whatever came of it, refusals too.
  const noted = <R extends ImportReply>(reply: R): R => (note ? { ...reply, note } : reply);
  post({ type: 'read' });
  if (empty) return { type: 'error', kind: 'empty', message: '' };
  // UTF-16 that cannot be read, UTF-32: named for what it is (it read as 「不是有效的 JSON」), refused before any write.
  if (unreadable) return { type: 'error', kind: 'refused', message: unreadable };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return noted({ type: 'error', kind: looksLikeCsv(text) ? 'csv' : 'not-json', message: '' });
  }
  let longestBatchMs = 0;
  let last = 0;
  try {
    // A file with damaged settings is refused whole, before the first write, like a damaged ledger.
    const file = checkLedgerExport(data) as { settings?: unknown };
    const settingsError = 'settings' in file ? settingsShapeError(file.settings) : null;
    if (settingsError) throw new ImportError(settingsError);
    const db = await openLedger();
    try {
      const result = await importLedger(db, data, {
        now,
        storeText,
        batchSize,
        onProgress: (p) => {
          const t = performance.now();
          if (p.phase === 'write' && p.done > 0) longestBatchMs = Math.max(longestBatchMs, t - last);
          last = t;
          post({ type: 'progress', ...p });
        },
        // Between batches: a macrotask, so progress posts go out and the worker's queued transactions get their turn.
        pause: () => new Promise<void>((resolve) => setTimeout(() => {
          last = performance.now();
          resolve();
        }, 0)),
      });
      return noted({ type: 'done', result, longestBatchMs: Math.round(longestBatchMs), ...('settings' in file ? { settings: file.settings as Record<string, unknown> } : {}) });
    } finally {
      db.close();
    }
  } catch (err) {
    return noted(err instanceof ImportError ? { type: 'error', kind: 'refused', message: err.message } : { type: 'error', kind: 'failed', message: String(err) });
  }
}

onmessage = (e: MessageEvent<ImportRequest>) => {
  void run(e.data).then(post, (err: unknown) => post({ type: 'error', kind: 'failed', message: String(err) }));
};
