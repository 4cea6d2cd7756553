// Round 61 (timers61): a message row printing no time (bubbles grouped under one header, a time drawn only on some
// rows) found in a conversation's history was dated when first seen: an agent's such reply came after the buyer's next
// printed message and answered it; a buyer's waited a fresh 5:00 however long ago it was sent. It is now dated just
// after the nearest row above that prints a time (its early end), still 'seen' (never counted in the reply rate).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { waitingList } from '@/background/ledger/queries';
import { bj } from '../../support/ledger-events';

const T = bj('2026-12-06 10:00:00');
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number | null): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x' });
const dated = (o: { messages: { id: string; ts: number; tsSource: string }[] }) => o.messages.map((m) => `${m.id} ${m.ts - T} ${m.tsSource}`);

describe('history rows printing no time', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`unprinted-61-${n++}`);
  });

  it('an agent’s reply without a time between two printed buyer messages answers the first only: the second waits from its own time', async () => {
    const now = T + 240 * S;
    const told = new PageTracker({ site: 'k' }).observeConversation('c', [row('b1', 'in', T), row('a1', 'out', null), row('b2', 'in', T + 180 * S)], now);
    expect(dated(told)).toEqual(['b1 0 page', 'a1 1 seen', 'b2 180000 page']);
    await addChatEvents(db, told.messages, { now, storeText: false });
    // Before: a1 dated `now` (after b2): nobody waiting.
    expect((await waitingList(db, now)).map((w) => w.deadline)).toEqual([T + 480 * S]);
  });

  it('a buyer’s bubbles grouped under the agent’s printed reply: due from just after it, not a fresh 5:00 from the page’s opening', async () => {
    const now = T + 200 * S;
    const told = new PageTracker({ site: 'k' }).observeConversation('c', [row('b1', 'in', T - 60 * S), row('a1', 'out', T), row('b2', 'in', null), row('b3', 'in', null)], now);
    expect(dated(told)).toEqual(['b1 -60000 page', 'a1 0 page', 'b2 1 seen', 'b3 2 seen']);
    await addChatEvents(db, told.messages, { now, storeText: false });
    expect((await waitingList(db, now)).map((w) => w.deadline)).toEqual([T + 1 + 300 * S]);
  });

  it('rows of one printed second keep their order; nothing printed above, or a row arriving live: dated when seen, as before', () => {
    const t = new PageTracker({ site: 'k' });
    expect(dated(t.observeConversation('c', [row('x0', 'in', null), row('b1', 'in', T), row('a1', 'out', T), row('a2', 'out', null)], T + 10 * S))).toEqual([
      'x0 9999 seen',
      'b1 0 page',
      'a1 1 page',
      'a2 2 seen',
    ]);
    expect(dated(t.observeConversation('c', [row('x0', 'in', null), row('b1', 'in', T), row('a1', 'out', T), row('a2', 'out', null), row('b9', 'in', null)], T + 20 * S))).toEqual(['b9 20000 seen']);
  });
});
