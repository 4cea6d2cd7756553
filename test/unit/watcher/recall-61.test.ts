// Round 61 (timers61): after a reload, on a chat whose rows carry no workbench message id, a recall notice
// (「你撤回了一条消息」) could not be tied to the reply recorded before: the recalled reply still answered the buyer. The
// notice's place (between the rows above and below it, still drawn) and the stored messages' times (which keep the
// page's order) tell which stored reply stood there.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { recallPlaces, type RecallRow } from '@/content/watcher/recall';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, repliesRecalledAt } from '@/background/ledger/ingest';
import type { MessageRecord } from '@/background/ledger/schema';
import { todayFigures, waitingList } from '@/background/ledger/queries';
import { bj } from '../../support/ledger-events';

const r = (id: string, kind: RecallRow['kind'], recall = false): RecallRow => (recall ? { id, kind, recall } : { id, kind });
const all = () => true;

describe('recallPlaces', () => {
  it('a run of notices between two message rows, or at the pane’s end; its first new notice names it', () => {
    expect(recallPlaces([r('b1', 'in'), r('n1', 'system', true), r('b2', 'in')], all)).toEqual([{ notice: 'n1', after: 'b1', before: 'b2', notices: 1 }]);
    expect(recallPlaces([r('b1', 'in'), r('n1', 'system', true)], all)).toEqual([{ notice: 'n1', after: 'b1', before: null, notices: 1 }]);
    // A divider or rating row inside the run is skipped; two notices in one run count two.
    expect(recallPlaces([r('b1', 'in'), r('n1', 'system', true), r('x', 'system'), r('n2', 'system', true), r('a9', 'out')], (id) => id === 'n2')).toEqual([
      { notice: 'n2', after: 'b1', before: 'a9', notices: 2 },
    ]);
  });

  it('no place: notices already seen, a notice at the top of the pane (nothing above it), no notice', () => {
    expect(recallPlaces([r('b1', 'in'), r('n1', 'system', true), r('b2', 'in')], () => false)).toEqual([]);
    expect(recallPlaces([r('n1', 'system', true), r('b2', 'in')], all)).toEqual([]);
    expect(recallPlaces([r('b1', 'in'), r('x', 'system'), r('b2', 'in')], all)).toEqual([]);
  });
});

const T0 = bj('2026-12-06 10:00:00');
const S = 1000;
const rec = (id: string, dir: 'in' | 'out', ts: number, extra: Partial<MessageRecord> = {}): MessageRecord => ({ conv: 'c', id, dir, ts, tsSource: 'page', history: false, source: 'row', site: 'k', seenAt: ts, ...extra });

describe('repliesRecalledAt (the ledger)', () => {
  const stored = [rec('b1', 'in', T0), rec('a1', 'out', T0 + 60 * S), rec('b2', 'in', T0 + 120 * S), rec('a2', 'out', T0 + 150 * S)];
  const ids = (found: MessageRecord[]) => found.map((x) => x.id);

  it('the stored reply that stood between the two rows and is drawn no more', () => {
    expect(ids(repliesRecalledAt(stored, { after: 'b1', before: 'b2', notices: 1, drawn: ['b1', 'n', 'b2', 'a2'] }))).toEqual(['a1']);
    // At the pane's end: the last reply recalled; the reply before it, still drawn, is kept.
    expect(ids(repliesRecalledAt(stored, { after: 'b2', before: null, notices: 1, drawn: ['b1', 'a1', 'b2', 'n'] }))).toEqual(['a2']);
  });

  it('a recalled buyer message keeps its record (only the agent’s are withdrawn)', () => {
    expect(ids(repliesRecalledAt(stored, { after: 'a1', before: 'a2', notices: 1, drawn: ['b1', 'a1', 'n', 'a2'] }))).toEqual([]);
  });

  it('nothing withdrawn when more is gone than notices stand there, a row around it is not stored, or their order disagrees', () => {
    // A window that skips rows between the two (or a message stored twice): two gone, one notice.
    expect(repliesRecalledAt(stored, { after: 'b1', before: null, notices: 1, drawn: ['b1', 'n'] })).toEqual([]);
    expect(repliesRecalledAt(stored, { after: 'zz', before: 'b2', notices: 1, drawn: ['zz', 'n', 'b2'] })).toEqual([]);
    expect(repliesRecalledAt(stored, { after: 'b1', before: 'zz', notices: 1, drawn: ['b1', 'n', 'zz'] })).toEqual([]);
    expect(repliesRecalledAt(stored, { after: 'b2', before: 'b1', notices: 1, drawn: ['b2', 'n', 'b1'] })).toEqual([]);
    // A card's answer is not a row's: never one of them.
    expect(repliesRecalledAt([rec('b1', 'in', T0), rec('card-reply:1', 'out', T0 + 5 * S, { source: 'card' })], { after: 'b1', before: null, notices: 1, drawn: ['b1', 'n'] })).toEqual([]);
  });
});

const row = (id: string, kind: RowSnapshot['kind'], ts: number | null, recall = false): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });

describe('a reload, rows without workbench ids: the recalled reply is withdrawn, the buyer waits again from their own message', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-61-${n++}`);
  });
  const ingest = (events: { messages: unknown[] }, now: number) => addChatEvents(db, events.messages, { now, storeText: false });

  it('answered on time before the reload, recalled, the page opened again after the deadline: late, waiting from the buyer’s message', async () => {
    const before = new PageTracker({ site: 'k' });
    await ingest(before.observeConversation('c', [row('d:b1', 'in', T0), row('d:a1', 'out', T0 + 60 * S)], T0 + 61 * S), T0 + 61 * S);
    expect(await todayFigures(db, T0 + 400 * S)).toMatchObject({ onTime: 1, late: 0 });
    // The reload: a new page, the reply's row gone, a notice (its own derived id) in its place.
    const after = new PageTracker({ site: 'k' });
    const told = after.observeConversation('c', [row('d:b1', 'in', T0), row('d:n1', 'system', null, true)], T0 + 400 * S);
    expect(told.messages.filter((m) => m.recallPlace).map((m) => m.recallPlace)).toEqual([{ after: 'd:b1', before: null, notices: 1, drawn: ['d:b1', 'd:n1'] }]);
    await ingest(told, T0 + 400 * S);
    expect(await todayFigures(db, T0 + 400 * S)).toMatchObject({ onTime: 0, late: 1 });
    expect((await waitingList(db, T0 + 400 * S)).map((w) => [w.conv, w.deadline])).toEqual([['c', T0 + 300 * S]]);
    // Told once a page: the same rows read again tell nothing more.
    expect(after.observeConversation('c', [row('d:b1', 'in', T0), row('d:n1', 'system', null, true)], T0 + 401 * S).messages).toEqual([]);
  });

  it('only the recalled one of two replies: the first buyer stays answered on time, the second waits', async () => {
    const before = new PageTracker({ site: 'k' });
    const rows = [row('d:b1', 'in', T0), row('d:a1', 'out', T0 + 60 * S), row('d:b2', 'in', T0 + 120 * S), row('d:a2', 'out', T0 + 150 * S)];
    await ingest(before.observeConversation('c', rows, T0 + 151 * S), T0 + 151 * S);
    const after = new PageTracker({ site: 'k' });
    await ingest(after.observeConversation('c', [...rows.slice(0, 3), row('d:n2', 'system', null, true)], T0 + 200 * S), T0 + 200 * S);
    expect((await db.getAll('messages')).map((m) => `${m.id} ${m.dir}`).sort()).toEqual(['d:a1 out', 'd:b1 in', 'd:b2 in']);
    expect((await waitingList(db, T0 + 200 * S)).map((w) => w.deadline)).toEqual([T0 + 420 * S]);
  });

  it('a pane opened on a window that no longer draws every row between (two gone, one notice): nothing withdrawn', async () => {
    const before = new PageTracker({ site: 'k' });
    await ingest(before.observeConversation('c', [row('d:b1', 'in', T0), row('d:a1', 'out', T0 + 60 * S), row('d:a2', 'out', T0 + 70 * S)], T0 + 71 * S), T0 + 71 * S);
    const after = new PageTracker({ site: 'k' });
    await ingest(after.observeConversation('c', [row('d:b1', 'in', T0), row('d:n', 'system', null, true)], T0 + 200 * S), T0 + 200 * S);
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:a1', 'd:a2', 'd:b1']);
  });
});
