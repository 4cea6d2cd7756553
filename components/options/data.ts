// The options page's reads and writes of the ledger (opened directly: same extension origin).
import { browser } from 'wxt/browser';
import { openLedger, type LedgerDB } from '../../background/ledger/db';
import type { ToBackground } from '../../utils/messages';
import { pruneLedger } from '../../background/ledger/ingest';
import { dailyFigures } from '../../background/ledger/queries';
import { exportLedger, importLedger, type ImportResult } from '../../background/ledger/transfer';
import { beijingDayKey, beijingDayNumber } from '../../rules/metrics/beijing-time';
import { dailyCsv, lintCsv } from '../../utils/csv';
import { clearSnapshot } from '../popup/snapshot';
import { RULES } from '../../rules/registry';

let ledger: Promise<LedgerDB> | undefined;
const db = (): Promise<LedgerDB> => (ledger ??= openLedger());

const stamp = (now: number) => beijingDayKey(now);

/** Every day from the first recorded message to today with counted buyer messages, as CSV. */
export async function dailyCsvFile(now: number): Promise<{ name: string; text: string }> {
  const d = await db();
  const first = await d.transaction('messages').store.index('ts').openCursor();
  const today = beijingDayNumber(now);
  const days = first ? (await dailyFigures(d, beijingDayNumber(first.value.ts), today, now)).filter((x) => x.eligible > 0) : [];
  return { name: `replyguard-daily-${stamp(now)}.csv`, text: dailyCsv(days) };
}

/** Rule id → its Chinese name, for the guard log's 规则名称 column. */
const RULE_NAMES = new Map(RULES.map(({ meta }) => [meta.id, meta.title.zh]));

export async function lintCsvFile(now: number): Promise<{ name: string; text: string }> {
  return { name: `replyguard-guard-log-${stamp(now)}.csv`, text: lintCsv(await (await db()).getAll('lint'), (id) => RULE_NAMES.get(id)) };
}

export async function jsonFile(now: number): Promise<{ name: string; text: string }> {
  return { name: `replyguard-ledger-${stamp(now)}.json`, text: JSON.stringify(await exportLedger(await db(), now)) };
}

/** The worker recomputes the days an import or purge changed, so the popup's next open finds them ready. */
const refreshDays = () => void browser.runtime.sendMessage({ type: 'refresh-days' } satisfies ToBackground).catch(() => undefined);

export async function importJson(data: unknown, now: number, storeText: boolean): Promise<ImportResult> {
  const result = await importLedger(await db(), data, { now, storeText });
  if (result.added.messages) refreshDays();
  // Imported ratings or lint events change the popup's figures too: its next open reads the ledger first.
  if (Object.values(result.added).some((n) => n > 0)) clearSnapshot();
  return result;
}

export async function purge(now: number, retentionDays: number): Promise<number> {
  const removed = await pruneLedger(await db(), now, retentionDays);
  refreshDays();
  clearSnapshot();
  return removed;
}
