// Round 69 (timers69): a reply wrongly marked maybe recalled (round 66's mark, round 67's wait) kept its buyer waiting,
// then late, until the agent replied again or 24 h passed: a reload draws the reply's row again and sends it, but the
// ledger ignored it as already recorded. Now the mark has its own time, and the same row read after it clears it; a row
// read before it (sent late) does not, and a notice that really was that reply's leaves no row to read.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, toMessageRecord } from '@/background/ledger/ingest';
import { dailyFigures, waitingList } from '@/background/ledger/queries';
import { badgeOf, timerState } from '@/background/timer-state';
import { DEFAULT_ALERT_LADDER } from '@/rules/metrics/deadlines';
import { beijingDayNumber, DAY_MS, isInReplyWindow } from '@/rules/metrics/beijing-time';
import { bj } from '../../support/ledger-events';

// 10:00 and 02:00 Beijing: the wait shows either way, counted or not (the CI runs at any hour).
const STARTS = [bj('2026-12-06 10:00:00'), bj('2026-12-06 02:00:00')];
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number | null, recall = false): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });

describe.each(STARTS)('a reply marked maybe recalled, its row drawn again (buyer wrote at %d)', (T0) => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-sighted-69-${T0}-${n++}`);
  });
  const ingest = (told: { messages: unknown[] }, now: number) => addChatEvents(db, told.messages, { now, storeText: false });
  const b1 = row('d:b1', 'in', T0);
  const a1 = row('d:a1', 'out', null);
  const b2 = row('d:b2', 'in', T0 + 60 * S);
  const notice = (id = 'd:n1') => row(id, 'system', null, true);
  const reply = async () => (await db.getAll('messages')).find((m) => m.id === 'd:a1');
  const waiting = async (now: number) => (await waitingList(db, now)).map((w) => ({ anchorId: w.anchorId, replyMaybeRecalled: w.replyMaybeRecalled }));
  const MARKED_AT = T0 + 100 * S;

  /** Round 66's case: the reply first seen at the pane's top, a notice drawn where it stood at the next opening: marked. */
  async function marked(): Promise<void> {
    const page = new PageTracker({ site: 'k' });
    await ingest(page.observeConversation('c', [], T0 + S), T0 + S);
    await ingest(page.observeConversation('c', [a1], T0 + 60 * S + 600), T0 + 60 * S + 600);
    await ingest(page.observeConversation('c', [b1, a1], T0 + 61 * S), T0 + 61 * S);
    await ingest(page.observeConversation('c', [b1, a1, b2], T0 + 62 * S), T0 + 62 * S);
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, notice(), b2], MARKED_AT), MARKED_AT);
    expect(await reply()).toMatchObject({ maybeRecalled: true, maybeRecalledAt: MARKED_AT });
    expect(await waiting(MARKED_AT)).toEqual([{ anchorId: 'd:b1', replyMaybeRecalled: true }]);
  }

  it.each([
    ['the reply drawn alone', [b1, a1, b2]],
    ['the reply drawn below the notice (it stood for another)', [b1, notice(), a1, b2]],
  ])('a reload draws the reply again (%s): the mark goes, nobody waits, no badge, the day counts both questions', async (_, drawn) => {
    await marked();
    const now = MARKED_AT + 30 * S;
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', drawn, now), now);
    // Before: still marked, the buyer waiting from d:b1 (late at T0 + 5:00) until another reply or 24 h.
    expect(await reply()).not.toHaveProperty('maybeRecalled');
    expect(await reply()).not.toHaveProperty('maybeRecalledAt');
    expect(await waiting(now)).toEqual([]);
    expect(await waiting(T0 + 400 * S)).toEqual([]);
    expect(badgeOf(timerState(await waitingList(db, T0 + 400 * S), DEFAULT_ALERT_LADDER, T0 + 400 * S)).text).toBe('');
    // The rate: both questions answered on time by it (counted only 08:00–24:00), no longer 待定.
    const [day] = await dailyFigures(db, beijingDayNumber(T0), beijingDayNumber(T0), T0 + 400 * S);
    expect(day).toMatchObject(isInReplyWindow(T0) ? { eligible: 2, onTime: 2, late: 0 } : { eligible: 0 });
  });

  it('a notice that really was the reply’s: the reload draws the notice, not the reply: still waiting, the mark renewed', async () => {
    await marked();
    const now = MARKED_AT + 30 * S;
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, notice(), b2], now), now);
    expect(await reply()).toMatchObject({ maybeRecalled: true, maybeRecalledAt: now });
    expect(await waiting(now)).toEqual([{ anchorId: 'd:b1', replyMaybeRecalled: true }]);
  });

  it('the row read before the mark and sent late is no sighting; read after it (a page’s own time or arrival) it is', async () => {
    await marked();
    const late = { site: 'k', conv: 'c', id: 'd:a1', dir: 'out', ts: T0 + 61 * S, tsSource: 'seen', history: true, source: 'row' };
    // Read by another tab a second before the notice's mark, held, arriving 5 s after it.
    await ingest({ messages: [{ ...late, seenAt: MARKED_AT - S }] }, MARKED_AT + 5 * S);
    expect(await reply()).toMatchObject({ maybeRecalled: true });
    expect(await waiting(MARKED_AT + 5 * S)).toEqual([{ anchorId: 'd:b1', replyMaybeRecalled: true }]);
    // Read a second after the mark (held back as long): the reply is still drawn.
    await ingest({ messages: [{ ...late, seenAt: MARKED_AT + S }] }, MARKED_AT + 6 * S);
    expect(await reply()).not.toHaveProperty('maybeRecalled');
    expect(await waiting(MARKED_AT + 6 * S)).toEqual([]);
  });

  it('a second notice after the mark went marks it again, with its own time: a sighting before that one is stale', async () => {
    await marked();
    const sighted = MARKED_AT + 30 * S;
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, a1, b2], sighted), sighted);
    expect(await waiting(sighted)).toEqual([]);
    const again = sighted + 30 * S;
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, notice('d:n2'), b2], again), again);
    expect(await reply()).toMatchObject({ maybeRecalled: true, maybeRecalledAt: again });
    expect(await waiting(again)).toEqual([{ anchorId: 'd:b1', replyMaybeRecalled: true }]);
    const stale = { site: 'k', conv: 'c', id: 'd:a1', dir: 'out', ts: T0 + 61 * S, tsSource: 'seen', history: true, source: 'row', seenAt: sighted + S };
    await ingest({ messages: [stale] }, again + S);
    expect(await reply()).toMatchObject({ maybeRecalled: true });
  });

  it('a session card is no sighting of the row: the reply stays marked', async () => {
    await marked();
    const now = MARKED_AT + 30 * S;
    await ingest({ messages: [{ site: 'k', conv: 'c', id: 'd:a1', dir: 'out', ts: now, tsSource: 'seen', history: false, source: 'card' }] }, now);
    expect(await reply()).toMatchObject({ maybeRecalled: true, maybeRecalledAt: MARKED_AT });
  });

  it('past the 24-h horizon: the sighting still clears the mark, and the day’s figures follow', async () => {
    await marked();
    const now = T0 + DAY_MS + 3_600_000;
    const before = (await dailyFigures(db, beijingDayNumber(T0), beijingDayNumber(T0), now))[0]!;
    await ingest(new PageTracker({ site: 'k' }).observeConversation('c', [b1, a1, b2], now), now);
    expect(await reply()).not.toHaveProperty('maybeRecalled');
    const after = (await dailyFigures(db, beijingDayNumber(T0), beijingDayNumber(T0), now))[0]!;
    if (isInReplyWindow(T0)) {
      expect(before).toMatchObject({ eligible: 0 });
      expect(after).toMatchObject({ eligible: 2, onTime: 2, late: 0 });
    } else expect(after).toMatchObject({ eligible: 0 });
  });
});

describe('the mark’s time through an export and import', () => {
  it('kept with the mark, dropped without it', () => {
    const rec = { conv: 'c', id: 'd:a1', dir: 'out', ts: 5_000, tsSource: 'seen', history: false, source: 'row', site: 'k', seenAt: 5_000 };
    expect(toMessageRecord({ ...rec, maybeRecalled: true, maybeRecalledAt: 9_000 }, 5_000, false)).toMatchObject({ maybeRecalled: true, maybeRecalledAt: 9_000 });
    expect(toMessageRecord({ ...rec, maybeRecalledAt: 9_000 }, 5_000, false)).not.toHaveProperty('maybeRecalledAt');
  });
});
