// @vitest-environment node
// The popup's early reads (background/ledger/popup-reads.ts): they never create or migrate the
// ledger, and figures computed from them equal the ledger's own queries.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import { openLedger } from '@/background/ledger/db';
import { addChatEvents, addLintEvent, addRating } from '@/background/ledger/ingest';
import { openExistingLedger, POPUP_CHART_DAYS, readPopupRecords } from '@/background/ledger/popup-reads';
import { activityFrom, dailyFigures, guardActivity, monthSatisfaction, satisfactionFrom } from '@/background/ledger/queries';
import { LEDGER_VERSION } from '@/background/ledger/schema';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import { bj, chatEvent } from '../../support/ledger-events';

const NOW = bj('2024-05-20 23:50:00');
const ev = (conv: string, id: string, dir: 'in' | 'out', wall: string) => chatEvent(conv, id, dir, wall);
const databases = async () => (await indexedDB.databases()).map((d) => d.name);

describe('openExistingLedger', () => {
  it('fails on a missing ledger and leaves none behind (openLedger creates it with its migrations)', async () => {
    await expect(openExistingLedger('popup-reads-missing', LEDGER_VERSION)).rejects.toBeTruthy();
    expect(await databases()).not.toContain('popup-reads-missing');
    const db = await openLedger('popup-reads-missing');
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'lint', 'messages', 'ratings']);
    db.close();
  });

  it('fails on an older ledger and leaves it at its version', async () => {
    (await openLedger('popup-reads-old', 2)).close();
    await expect(openExistingLedger('popup-reads-old', LEDGER_VERSION)).rejects.toBeTruthy();
    const req = indexedDB.open('popup-reads-old');
    const version = await new Promise<number>((resolve) => (req.onsuccess = () => (resolve(req.result.version), req.result.close())));
    expect(version).toBe(2);
  });
});

describe('readPopupRecords', () => {
  it('gives the same figures as the ledger queries, and only this month and today', async () => {
    const db = await openLedger('popup-reads-figures');
    await addChatEvents(db, [ev('a', '1', 'in', '2024-05-20 10:00:00'), ev('a', '2', 'out', '2024-05-20 10:09:00'), ev('b', '1', 'in', '2024-05-19 11:00:00'), ev('b', '2', 'out', '2024-05-19 11:01:00'), ev('c', '1', 'in', '2024-05-20 23:49:00')], { now: NOW, storeText: false });
    for (const [at, rating] of [['2024-05-02 10:00:00', 'satisfied'], ['2024-05-20 10:00:00', 'neutral'], ['2024-04-30 23:59:59', 'disappointed']] as const) {
      await addRating(db, { site: 'kuaishou', conv: 'a', id: at, at: bj(at), rating, source: 'page' });
    }
    for (const [at, clause] of [['2024-05-20 09:00:00', '2.3'], ['2024-05-19 23:59:59', '2.8']] as const) {
      await addLintEvent(db, { site: 'kuaishou', at: bj(at), clause, rule: 'r', severity: 'block', action: 'block' }, false);
    }
    const today = beijingDayNumber(NOW);
    const expected = await dailyFigures(db, today - POPUP_CHART_DAYS + 1, today, NOW);
    const records = await readPopupRecords(unwrap(db), NOW);
    expect(records.now).toBe(NOW);
    expect(satisfactionFrom(records.ratings, NOW)).toEqual(await monthSatisfaction(db, NOW));
    expect(satisfactionFrom(records.ratings, NOW)).toMatchObject({ satisfied: 1, neutral: 1, disappointed: 0 });
    expect(activityFrom(records.lint, NOW)).toEqual(await guardActivity(db, NOW));
    expect(activityFrom(records.lint, NOW).total).toBe(1);
    // The day records it read stand in for the cache's own first read.
    expect(await dailyFigures(db, today - POPUP_CHART_DAYS + 1, today, NOW, { cachedOnly: true, found: records.days })).toEqual(expected);
    expect(expected.at(-1)).toMatchObject({ day: '2024-05-20', late: 1, pending: 1 });
    db.close();
  });
});
