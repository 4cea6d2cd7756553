// Round 62 (timers62): round 61 placed a recall notice (「你撤回了一条消息」) drawn when a pane opens, on a chat whose rows
// carry no workbench id, and the ledger withdrew the stored reply that stood there. A notice brought in by scrolling
// back (drawn above the rows read, after the pane settled) was never placed: the recalled reply, filed before a reload,
// still answered the buyer on time.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { dailyFigures, waitingList } from '@/background/ledger/queries';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import { bj } from '../../support/ledger-events';

const T0 = bj('2026-12-06 10:00:00');
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number | null, recall = false): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });
// The chat: 小王 asks at 10:00, the agent answers at 10:01 (recalled later), 小王 asks again at 10:20, answered 10:21.
const b1 = row('d:b1', 'in', T0);
const a1 = row('d:a1', 'out', T0 + 60 * S);
const b2 = row('d:b2', 'in', T0 + 1200 * S);
const a2 = row('d:a2', 'out', T0 + 1260 * S);
const notice = row('d:n1', 'system', null, true);
const SETTLED = 2000; // past the tracker's settle time (1.5 s)

describe('a recall notice brought in by scrolling back', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-scrollback-62-${n++}`);
  });
  const ingest = (told: { messages: unknown[] }, now: number) => addChatEvents(db, told.messages, { now, storeText: false });
  const day = async (now: number) => (await dailyFigures(db, beijingDayNumber(T0), beijingDayNumber(T0), now))[0]!;

  it('is placed: the recalled reply filed before the reload is withdrawn, 小王’s first question late from its own time', async () => {
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, a1, b2, a2], T0 + 1261 * S), T0 + 1261 * S);
    expect(await day(T0 + 1300 * S)).toMatchObject({ onTime: 2, late: 0 });
    // Reloaded: the pane opens on its latest rows only; the agent scrolls back once it settled, and the notice (a1 recalled
    // meanwhile) comes into view between 10:00 and 10:20.
    const page = new PageTracker({ site: 'k' });
    const open = T0 + 1300 * S;
    await ingest(page.observeConversation('c', [b2, a2], open), open);
    await ingest(page.observeConversation('c', [b2, a2], open + SETTLED), open + SETTLED);
    const told = page.observeConversation('c', [b1, notice, b2, a2], open + SETTLED + 500);
    expect(told.messages.filter((m) => m.recallPlace).map((m) => m.recallPlace)).toEqual([{ after: 'd:b1', before: 'd:b2', notices: 1, drawn: ['d:b1', 'd:n1', 'd:b2', 'd:a2'] }]);
    await ingest(told, open + SETTLED + 500);
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:a2', 'd:b1', 'd:b2']);
    expect(await day(open + SETTLED + 500)).toMatchObject({ onTime: 1, late: 1 });
    // Told once a page.
    expect(page.observeConversation('c', [b1, notice, b2, a2], open + SETTLED + 900).messages).toEqual([]);
  });

  it('at the top of what scrolled in (nothing above it): placed only once the row above it is drawn too', async () => {
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, a1, b2, a2], T0 + 1261 * S), T0 + 1261 * S);
    const page = new PageTracker({ site: 'k' });
    const open = T0 + 1300 * S;
    await ingest(page.observeConversation('c', [b2, a2], open), open);
    await ingest(page.observeConversation('c', [b2, a2], open + SETTLED), open + SETTLED);
    const first = page.observeConversation('c', [notice, b2, a2], open + SETTLED + 200);
    expect(first.messages.filter((m) => m.recallPlace)).toEqual([]);
    await ingest(first, open + SETTLED + 200);
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:a1', 'd:a2', 'd:b1', 'd:b2']);
    const more = page.observeConversation('c', [b1, notice, b2, a2], open + SETTLED + 400);
    expect(more.messages.filter((m) => m.recallPlace).map((m) => m.recallPlace?.after)).toEqual(['d:b1']);
    await ingest(more, open + SETTLED + 400);
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:a2', 'd:b1', 'd:b2']);
  });

  it('a window skipping rows between the two (two gone, one notice) withdraws nothing; a reply still drawn is never withdrawn', async () => {
    const a1b = row('d:a1b', 'out', T0 + 70 * S);
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, a1, a1b, b2, a2], T0 + 1261 * S), T0 + 1261 * S);
    const scrolledBack = async (rows: RowSnapshot[]) => {
      const page = new PageTracker({ site: 'k' });
      const open = T0 + 1300 * S;
      await ingest(page.observeConversation('c', [b2, a2], open), open);
      await ingest(page.observeConversation('c', [b2, a2], open + SETTLED), open + SETTLED);
      await ingest(page.observeConversation('c', rows, open + SETTLED + 300), open + SETTLED + 300);
    };
    await scrolledBack([b1, notice, b2, a2]);
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:a1', 'd:a1b', 'd:a2', 'd:b1', 'd:b2']);
    // a1 recalled, a1b still drawn: only a1 goes, and 小王's first question stays answered (by a1b, on time).
    await scrolledBack([b1, notice, a1b, b2, a2]);
    expect((await db.getAll('messages')).map((m) => m.id).sort()).toEqual(['d:a1b', 'd:a2', 'd:b1', 'd:b2']);
    expect(await day(T0 + 1400 * S)).toMatchObject({ onTime: 2, late: 0 });
  });
});
