// Round 63 (timers63): a recalled reply that printed no time (dated when first seen) was not found by its notice's place.
// Round 61 finds the stored replies dated between the records of the rows above and below the notice; a reply dated
// when seen may be dated after the row below it (the PC's clock a moment ahead of the server's, a stamp truncated to its
// second): it stayed, and the buyer's wait stayed closed — the next buyer message too. A row dated when seen now keeps
// the row first drawn above it (`prev`), and the ledger follows that.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, repliesRecalledAt } from '@/background/ledger/ingest';
import type { MessageRecord } from '@/background/ledger/schema';
import { dailyFigures, waitingList } from '@/background/ledger/queries';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import { bj } from '../../support/ledger-events';

const T0 = bj('2026-12-06 10:00:00');
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number | null, recall = false): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });
const b1 = row('d:b1', 'in', T0);
const a1 = row('d:a1', 'out', null); // the agent's reply prints no time: dated when seen
const b2 = row('d:b2', 'in', T0 + 60 * S);
const notice = row('d:n1', 'system', null, true);
const SETTLED = 2000;

describe('a recalled reply dated when first seen (no printed time)', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-seen-63-${n++}`);
  });
  const ingest = (told: { messages: unknown[] }, now: number) => addChatEvents(db, told.messages, { now, storeText: false });
  const day = async (now: number) => (await dailyFigures(db, beijingDayNumber(T0), beijingDayNumber(T0), now))[0]!;

  it('seen just after the buyer’s next message was printed, recalled, reloaded: withdrawn; both questions late, not answered', async () => {
    const page = new PageTracker({ site: 'k' });
    await ingest(page.observeConversation('c', [b1], T0 + S), T0 + S);
    await ingest(page.observeConversation('c', [b1], T0 + SETTLED), T0 + SETTLED);
    // The reply shows up live at 10:01:00.6 on this clock; 小王's next message, printed 10:01:00, shows up below it.
    const told = page.observeConversation('c', [b1, a1], T0 + 60 * S + 600);
    expect(told.messages.map((m) => [m.id, m.ts, m.tsSource, m.prev])).toEqual([['d:a1', T0 + 60 * S + 600, 'seen', 'd:b1']]);
    await ingest(told, T0 + 60 * S + 600);
    await ingest(page.observeConversation('c', [b1, a1, b2], T0 + 61 * S), T0 + 61 * S);
    // The reply's record is after 10:01:00: it answers both questions.
    expect(await day(T0 + 400 * S)).toMatchObject({ onTime: 2, late: 0 });
    expect(await waitingList(db, T0 + 400 * S)).toEqual([]);

    // Recalled meanwhile; the pane opened again draws the notice in its place.
    const again = new PageTracker({ site: 'k' });
    const reopened = again.observeConversation('c', [b1, notice, b2], T0 + 400 * S);
    expect(reopened.messages.filter((m) => m.recallPlace).map((m) => m.recallPlace)).toEqual([{ after: 'd:b1', before: 'd:b2', notices: 1, drawn: ['d:b1', 'd:n1', 'd:b2'] }]);
    await ingest(reopened, T0 + 400 * S);
    // Before: nothing withdrawn (the reply's time is after the row below the notice), 小王 answered.
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:b1', 'd:b2']);
    expect((await waitingList(db, T0 + 400 * S)).map((w) => w.deadline)).toEqual([T0 + 300 * S]);
    expect(await day(T0 + 400 * S)).toMatchObject({ onTime: 0, late: 2 });
  });
});

const rec = (id: string, dir: 'in' | 'out', ts: number, extra: Partial<MessageRecord> = {}): MessageRecord => ({ conv: 'c', id, dir, ts, tsSource: 'page', history: false, source: 'row', site: 'k', seenAt: ts, ...extra });
const seen = (id: string, dir: 'in' | 'out', ts: number, prev?: string) => rec(id, dir, ts, { tsSource: 'seen', ...(prev ? { prev } : {}) });
const ids = (found: MessageRecord[]) => found.map((x) => x.id).sort();

describe('repliesRecalledAt: rows dated when seen, by the row first drawn above them', () => {
  it('two replies in a row, both recalled (two notices): the second first drawn under the first', () => {
    const stored = [rec('b1', 'in', T0), seen('a1', 'out', T0 + 70 * S, 'b1'), seen('a2', 'out', T0 + 71 * S, 'a1'), rec('b2', 'in', T0 + 60 * S)];
    expect(ids(repliesRecalledAt(stored, { after: 'b1', before: 'b2', notices: 2, drawn: ['b1', 'n1', 'n2', 'b2'] }))).toEqual(['a1', 'a2']);
    // One notice for two gone: nothing withdrawn (the window may not draw everything there).
    expect(repliesRecalledAt(stored, { after: 'b1', before: 'b2', notices: 1, drawn: ['b1', 'n1', 'b2'] })).toEqual([]);
  });

  it('never a reply first drawn elsewhere, nor one still drawn, nor when the rows around disagree on their order with nothing to follow', () => {
    // a9 was first drawn under b2 (another place): the notice under b1 is not its.
    const stored = [rec('b1', 'in', T0), rec('b2', 'in', T0 + 60 * S), seen('a9', 'out', T0 + 90 * S, 'b2')];
    expect(repliesRecalledAt(stored, { after: 'b1', before: 'b2', notices: 1, drawn: ['b1', 'n1', 'b2'] })).toEqual([]);
    expect(repliesRecalledAt([rec('b1', 'in', T0), seen('a1', 'out', T0 + 90 * S, 'b1'), rec('b2', 'in', T0 + 60 * S)], { after: 'b1', before: 'b2', notices: 1, drawn: ['b1', 'a1', 'n1', 'b2'] })).toEqual([]);
    // A reply with no row above it when first seen (the pane's top): nothing tells its place.
    expect(repliesRecalledAt([rec('b1', 'in', T0), seen('a1', 'out', T0 + 90 * S), rec('b2', 'in', T0 + 60 * S)], { after: 'b1', before: 'b2', notices: 1, drawn: ['b1', 'n1', 'b2'] })).toEqual([]);
  });
});
