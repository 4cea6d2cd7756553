// Round 66 (timers66): a recalled reply whose row kept no row drawn above it (first seen at the pane's top, or stored
// before round 63's `prev`) is placed by time only; dated a moment after the row below the notice (a PC clock a second
// ahead), it was not found there and kept answering: the buyer's questions counted as answered on time. When the ledger
// cannot tell which reply a notice stands for, the replies it may stand for are marked, and the questions they first
// answered are left undecided (待定, not counted), as a question answered at an unknown time is.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, repliesMaybeRecalledAt, toMessageRecord } from '@/background/ledger/ingest';
import type { MessageRecord } from '@/background/ledger/schema';
import { selectForMetrics } from '@/background/ledger/select';
import { dailyFigures } from '@/background/ledger/queries';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import { MAX_SKEW_MS } from '@/utils/clock-offset';
import { bj } from '../../support/ledger-events';

const T0 = bj('2026-12-06 10:00:00');
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number | null, recall = false): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });
const SETTLED = 2000;

describe('a recalled reply first seen at the top of the pane', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-unplaced-66-${n++}`);
  });
  const ingest = (told: { messages: unknown[] }, now: number) => addChatEvents(db, told.messages, { now, storeText: false });
  const day = async (now: number) => (await dailyFigures(db, beijingDayNumber(T0), beijingDayNumber(T0), now))[0]!;

  it('the history above it loaded after it, recalled, reloaded: neither question counted (待定), not answered on time', async () => {
    const b1 = row('d:b1', 'in', T0);
    const a1 = row('d:a1', 'out', null);
    const b2 = row('d:b2', 'in', T0 + 60 * S);
    const page = new PageTracker({ site: 'k' });
    // The pane opens empty; the agent's reply arrives live at 10:01:00.6 on this PC's clock, the only row drawn.
    await ingest(page.observeConversation('c', [], T0 + S), T0 + S);
    const told = page.observeConversation('c', [a1], T0 + 60 * S + 600);
    expect(told.messages.map((m) => [m.id, m.ts, m.tsSource, m.prev])).toEqual([['d:a1', T0 + 60 * S + 600, 'seen', undefined]]);
    await ingest(told, T0 + 60 * S + 600);
    // The question loads above it (history, printed 10:00:00); 小王's next message, printed 10:01:00, below it.
    await ingest(page.observeConversation('c', [b1, a1], T0 + 61 * S), T0 + 61 * S);
    await ingest(page.observeConversation('c', [b1, a1, b2], T0 + 62 * S), T0 + 62 * S);
    expect(await day(T0 + 400 * S)).toMatchObject({ onTime: 2, late: 0 });

    // Recalled meanwhile; the pane opened again draws the notice in its place.
    const again = new PageTracker({ site: 'k' });
    await ingest(again.observeConversation('c', [b1, row('d:n1', 'system', null, true), b2], T0 + 400 * S), T0 + 400 * S);
    // The reply is dated after the row below the notice and kept no row above it: which reply went cannot be told.
    // Before: kept as the answer, both questions on time. Now neither is counted either way.
    expect((await db.getAll('messages')).map((m) => [m.id, m.maybeRecalled ?? false])).toEqual([['d:a1', true], ['d:b1', false], ['d:b2', false]]);
    expect(await day(T0 + 400 * S)).toMatchObject({ eligible: 0, onTime: 0, late: 0, pending: 0 });
    // The same notice told again (another reload) changes nothing.
    const third = new PageTracker({ site: 'k' });
    expect((await ingest(third.observeConversation('c', [b1, row('d:n1', 'system', null, true), b2], T0 + 500 * S), T0 + 500 * S)).added).toBe(0);
  });

  it('a reply stored before round 63 (no `prev`), recalled: its question is undecided; a later question answered by a kept reply still counts', async () => {
    const ev = (id: string, dir: 'in' | 'out', ts: number, tsSource: 'page' | 'seen' = 'page') => ({ site: 'k', conv: 'c', id, dir, ts, tsSource, history: false, source: 'row' });
    await ingest({ messages: [ev('d:b1', 'in', T0), ev('d:a1', 'out', T0 + 61 * S, 'seen'), ev('d:b2', 'in', T0 + 60 * S), ev('d:b3', 'in', T0 + 200 * S), ev('d:a3', 'out', T0 + 230 * S)] }, T0 + 240 * S);
    expect(await day(T0 + 900 * S)).toMatchObject({ onTime: 3, late: 0 });
    const notice = { site: 'k', conv: 'c', id: 'd:n1', dir: 'out', ts: T0 + 900 * S, tsSource: 'seen', history: false, source: 'row', failed: true, recalled: true, recallPlace: { after: 'd:b1', before: 'd:b2', notices: 1, drawn: ['d:b1', 'd:n1', 'd:b2', 'd:b3', 'd:a3'] } };
    await ingest({ messages: [notice] }, T0 + 900 * S);
    expect(await day(T0 + 900 * S)).toMatchObject({ eligible: 1, onTime: 1, late: 0 });
  });
});

const rec = (id: string, dir: 'in' | 'out', ts: number, extra: Partial<MessageRecord> = {}): MessageRecord => ({ conv: 'c', id, dir, ts, tsSource: 'page', history: false, source: 'row', site: 'k', seenAt: ts, ...extra });
const seen = (id: string, dir: 'in' | 'out', ts: number, prev?: string) => rec(id, dir, ts, { tsSource: 'seen', ...(prev ? { prev } : {}) });
const ids = (found: MessageRecord[]) => found.map((x) => x.id);

describe('repliesMaybeRecalledAt', () => {
  const place = { after: 'b1', before: 'b2', notices: 1, drawn: ['b1', 'n1', 'b2'] };

  it('an undrawn reply dated when seen with no row above it, near the notices’ place (within a PC clock’s error)', () => {
    const stored = [rec('b1', 'in', T0), seen('a1', 'out', T0 + 90 * S), rec('b2', 'in', T0 + 60 * S)];
    expect(ids(repliesMaybeRecalledAt(stored, place, []))).toEqual(['a1']);
    // Its `prev` naming a row not stored tells no place either.
    expect(ids(repliesMaybeRecalledAt([rec('b1', 'in', T0), seen('a1', 'out', T0 + 90 * S, 'gone'), rec('b2', 'in', T0 + 60 * S)], place, []))).toEqual(['a1']);
  });

  it('never a reply still drawn, placed by its `prev`, printed, a card, too far off, already marked, or when the notices are accounted for', () => {
    const b = [rec('b1', 'in', T0), rec('b2', 'in', T0 + 60 * S)];
    expect(repliesMaybeRecalledAt([...b, seen('a1', 'out', T0 + 90 * S)], { ...place, drawn: ['b1', 'a1', 'n1', 'b2'] }, [])).toEqual([]);
    expect(repliesMaybeRecalledAt([...b, seen('a1', 'out', T0 + 90 * S, 'b2')], place, [])).toEqual([]);
    expect(repliesMaybeRecalledAt([...b, rec('a1', 'out', T0 + 90 * S)], place, [])).toEqual([]);
    expect(repliesMaybeRecalledAt([...b, rec('a1', 'out', T0 + 90 * S, { tsSource: 'seen', source: 'card' })], place, [])).toEqual([]);
    expect(repliesMaybeRecalledAt([...b, seen('a1', 'out', T0 + 60 * S + MAX_SKEW_MS + S)], place, [])).toEqual([]);
    expect(repliesMaybeRecalledAt([...b, seen('a1', 'out', T0 - MAX_SKEW_MS - S)], place, [])).toEqual([]);
    expect(repliesMaybeRecalledAt([...b, rec('a1', 'out', T0 + 90 * S, { tsSource: 'seen', maybeRecalled: true })], place, [])).toEqual([]);
    // A buyer's own message: never withdrawn nor marked.
    expect(repliesMaybeRecalledAt([...b, seen('a1', 'in', T0 + 90 * S)], place, [])).toEqual([]);
    // The one notice stands for a reply found there already.
    const found = rec('a0', 'out', T0 + 30 * S);
    expect(repliesMaybeRecalledAt([...b, found, seen('a1', 'out', T0 + 90 * S)], place, [found])).toEqual([]);
    // At the pane's end: any time after the row above, less a clock's error.
    expect(ids(repliesMaybeRecalledAt([...b, seen('a1', 'out', T0 + 3_600_000)], { after: 'b2', before: null, notices: 1, drawn: ['b1', 'b2', 'n1'] }, []))).toEqual(['a1']);
  });

  it('the reply marked counts for no question; the mark survives an export and import (toMessageRecord)', () => {
    const stored = [rec('b1', 'in', T0), seen('a1', 'out', T0 + 90 * S), rec('b2', 'in', T0 + 60 * S)];
    expect(selectForMetrics(stored).map((m) => m.id)).toEqual(['b1', 'a1', 'b2']);
    const marked = stored.map((r) => (r.id === 'a1' ? { ...r, maybeRecalled: true as const } : r));
    expect(selectForMetrics(marked)).toEqual([]);
    expect(toMessageRecord(marked[1], T0 + 100 * S, false)).toMatchObject({ id: 'a1', maybeRecalled: true });
    expect(toMessageRecord({ ...marked[0], maybeRecalled: true }, T0 + 100 * S, false)).not.toHaveProperty('maybeRecalled');
  });
});
