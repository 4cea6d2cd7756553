// The options page's reads and writes of the ledger (opened directly: same extension origin).
import { browser } from 'wxt/browser';
import { openLedger, type LedgerDB } from '../../background/ledger/db';
import type { ToBackground } from '../../utils/messages';
import { pruneLedger } from '../../background/ledger/ingest';
import { dailyFigures } from '../../background/ledger/queries';
import { EXPORT_FORMAT, exportLedger, withoutText, type ImportProgress, type LedgerExport } from '../../background/ledger/transfer';
import { countKeptTexts, stripKeptTexts, type StripResult } from '../../background/ledger/kept-text';
import { LEDGER_VERSION } from '../../background/ledger/schema';
import { localItem } from '../../utils/local-item';
import { parseSettings, type Settings } from '../../utils/settings-schema';
import type { OfferMode } from '../../utils/settings-transfer';
import { settingsForExport } from '../../utils/settings-transfer';
import type { ImportReply, ImportRequest } from './import-worker';
import { beijingDayKey, beijingDayNumber } from '../../rules/metrics/beijing-time';
import { dailyCsv, lintCsv, monthlyCsv } from '../../utils/csv';
import { monthlySatisfaction } from '../../rules/metrics/satisfaction';
import { clearSnapshot } from '../popup/snapshot';
import { RULE_LIST } from '../../rules/rule-list.generated';

let ledger: Promise<LedgerDB> | undefined;
const db = (): Promise<LedgerDB> => (ledger ??= openLedger());

const stamp = (now: number) => beijingDayKey(now);

/** Every day from the first recorded message to today with counted buyer messages, as CSV. */
export async function dailyCsvFile(now: number): Promise<{ name: string; text: string }> {
  const d = await db();
  const first = await d.transaction('messages').store.index('ts').openCursor();
  const today = beijingDayNumber(now);
  const days = first ? (await dailyFigures(d, beijingDayNumber(first.value.ts), today, now)).filter((x) => x.eligible > 0) : [];
  // Round 48: the satisfaction of every month with ratings follows the days (as in the team view's CSV): last
  // month's final figure, the one rule 3.1.2 judges, stays on record after the month turns.
  const rated = (await d.getAll('ratings')).map((r) => ({ ts: r.at, rating: r.rating }));
  const months = Object.entries(monthlySatisfaction(rated)).map(([month, s]) => ({ month, ...s }));
  const monthly = months.length ? '\r\n' + monthlyCsv(months).replace(/^\uFEFF/, '') : '';
  return { name: `replyguard-daily-${stamp(now)}.csv`, text: dailyCsv(days) + monthly };
}

/** Rule id → its Chinese name, for the guard log's 规则名称 column. */
const RULE_NAMES = new Map(RULE_LIST.map(({ id, title }) => [id, title.zh]));

/** The guard log; its draft column only while 「保存消息原文」 is on (rt59 F1: texts kept before it was turned off stay out). */
export async function lintCsvFile(now: number, settings: Settings): Promise<{ name: string; text: string }> {
  const lint = await (await db()).getAll('lint');
  return { name: `replyguard-guard-log-${stamp(now)}.csv`, text: lintCsv(settings.storeText ? lint : lint.map(withoutText), (id) => RULE_NAMES.get(id)) };
}

/**
 * Every record and the settings (utils/settings-transfer.ts: no message text, not the keep-text choice). Message
 * texts only while 「保存消息原文」 is on: the box off says only ids and times are kept (rt59 F1).
 */
export async function jsonFile(now: number, settings: Settings): Promise<{ name: string; text: string }> {
  const ledger = await exportLedger(await db(), now, { withText: settings.storeText });
  return { name: `replyguard-ledger-${stamp(now)}.json`, text: JSON.stringify({ ...ledger, settings: settingsForExport(settings) }) };
}

/** Rule 2.11 / rt59 F1: how many texts the ledger still holds (both stores), without freezing the page. */
export async function keptTexts(): Promise<number> {
  const kept = await countKeptTexts(await db());
  return kept.messages + kept.lint;
}

/** Delete every kept text; ids, times and counts stay (background/ledger/kept-text.ts). No figure changes, so no day is refreshed. */
export async function deleteKeptTexts(onProgress: (done: number, total: number) => void): Promise<StripResult> {
  return stripKeptTexts(await db(), { onProgress });
}

/**
 * The settings alone, for a shop lead to hand to the team: the same format with no records, so the same
 * import reads it (and the team view counts nothing from it).
 */
export function settingsFile(now: number, settings: Settings): { name: string; text: string } {
  const file: LedgerExport = { format: EXPORT_FORMAT, version: LEDGER_VERSION, exportedAt: now, messages: [], ratings: [], lint: [], settings: settingsForExport(settings) };
  return { name: `replyguard-settings-${stamp(now)}.json`, text: JSON.stringify(file) };
}

/** The worker recomputes the days an import or purge changed, so the popup's next open finds them ready. */
const refreshDays = () => void browser.runtime.sendMessage({ type: 'refresh-days' } satisfies ToBackground).catch(() => undefined);

export type ImportOutcome = Extract<ImportReply, { type: 'done' | 'error' }>;

/**
 * Import a picked export in a dedicated worker (components/options/import-worker.ts): the file is
 * read, parsed, validated and written there, so a large one neither freezes this page nor holds
 * the ledger for long. `onProgress` gets each step; the promise settles with the summary or the
 * reason nothing was changed.
 */
export function importFile(file: Blob, now: number, storeText: boolean, onProgress: (p: ImportProgress | { phase: 'read' }) => void): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: ImportOutcome) => {
      worker.terminate();
      if (outcome.type === 'done') {
        const added = outcome.result.added;
        if (added.messages) refreshDays();
        // Imported ratings or lint events change the popup's figures too: its next open reads the ledger first.
        if (Object.values(added).some((n) => n > 0)) clearSnapshot();
      } else if (outcome.kind === 'failed') {
        // A write failed part-way: the batches before it are in the ledger.
        refreshDays();
        clearSnapshot();
      }
      resolve(outcome);
    };
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress({ phase: m.phase, done: m.done, total: m.total });
      else if (m.type === 'read') onProgress({ phase: 'read' });
      else finish(m);
    };
    worker.onerror = (e) => finish({ type: 'error', kind: 'failed', message: e.message || 'worker error' });
    worker.postMessage({ file, now, storeText } satisfies ImportRequest);
  });
}

export async function purge(now: number, retentionDays: number): Promise<number> {
  const removed = await pruneLedger(await db(), now, retentionDays);
  refreshDays();
  clearSnapshot();
  return removed;
}

/** The settings before an imported file's were applied, kept for its undo. */
export interface ImportUndo {
  before: Settings;
  after: Settings;
  mode: OfferMode;
  at: number;
}

// In storage.local, not in the page: an undo that ended with the page (a reload, the tab closed) left an agent who chose
// 「替换」 by mistake no way back to their terms. Kept until undone, kept by choice, or the next import is done.
const undoItem = localItem<unknown>('settingsImportUndo', null);

export async function loadImportUndo(): Promise<ImportUndo | null> {
  const v = (await undoItem.getValue()) as Partial<ImportUndo> | null;
  if (!v || typeof v !== 'object' || !v.before || !v.after || typeof v.at !== 'number') return null;
  return { before: parseSettings(v.before).settings, after: parseSettings(v.after).settings, mode: v.mode === 'replace' ? 'replace' : 'merge', at: v.at };
}

export const saveImportUndo = (undo: ImportUndo | null): Promise<void> => undoItem.setValue(undo);
