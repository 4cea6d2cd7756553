// Round 67 (timers67): after a recall the ledger cannot place (round 66: the reply is marked `maybeRecalled`, the
// questions it first answered are 待定 in the rate), the timers still took that reply as the answer: the buyer showed no
// countdown, no badge and no popup row although they may be waiting. Now they wait from their message (its time is
// known), marked `replyMaybeRecalled` so the chip and the popup say that whether it was answered is not known.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { waitingList } from '@/background/ledger/queries';
import { badgeOf, timerState } from '@/background/timer-state';
import { DEFAULT_ALERT_LADDER } from '@/rules/metrics/deadlines';
import { REPLY_LIMIT_MS } from '@/rules/metrics/reply-rate';
import { drawingAt, parkedDrawingAt } from '@/content/countdown/index';
import { rowClock, rowDescription, waitingRows } from '@/components/popup/waiting-rows';
import { translator } from '@/utils/i18n';
import { bj } from '../../support/ledger-events';

// 02:00 Beijing (outside 08:00–24:00) and 10:00: the wait shows either way, counted or not (the CI runs at any hour).
const STARTS = [bj('2026-12-06 10:00:00'), bj('2026-12-06 02:00:00')];
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number | null, recall = false): RowSnapshot => ({ id, kind, stamp: ts === null ? null : { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });
const t = translator('zh');

describe.each(STARTS)('a reply the ledger cannot place after a recall (buyer wrote at %d)', (T0) => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-waiting-67-${T0}-${n++}`);
  });
  const ingest = (told: { messages: unknown[] }, now: number) => addChatEvents(db, told.messages, { now, storeText: false });

  /** Round 66's case: the reply first seen at the pane's top, dated after the row below the notice, then recalled. */
  async function recalledUnplaced(): Promise<void> {
    const b1 = row('d:b1', 'in', T0);
    const a1 = row('d:a1', 'out', null);
    const b2 = row('d:b2', 'in', T0 + 60 * S);
    const page = new PageTracker({ site: 'k' });
    await ingest(page.observeConversation('c', [], T0 + S), T0 + S);
    await ingest(page.observeConversation('c', [a1], T0 + 60 * S + 600), T0 + 60 * S + 600);
    await ingest(page.observeConversation('c', [b1, a1], T0 + 61 * S), T0 + 61 * S);
    await ingest(page.observeConversation('c', [b1, a1, b2], T0 + 62 * S), T0 + 62 * S);
    // Answered (as far as the ledger knows): nobody waits.
    expect(await waitingList(db, T0 + 100 * S)).toEqual([]);
    const again = new PageTracker({ site: 'k' });
    await ingest(again.observeConversation('c', [b1, row('d:n1', 'system', null, true), b2], T0 + 100 * S), T0 + 100 * S);
    expect((await db.getAll('messages')).find((m) => m.id === 'd:a1')?.maybeRecalled).toBe(true);
  }

  it('the buyer waits from their first question, labelled: badge, chip and popup row', async () => {
    await recalledUnplaced();
    const now = T0 + 100 * S;
    // Before: [] (the marked reply answered both questions for the timers).
    const waiting = await waitingList(db, now);
    expect(waiting).toMatchObject([{ conv: 'c', anchorId: 'd:b1', anchorTs: T0, deadline: T0 + REPLY_LIMIT_MS, unanswered: 2, replyMaybeRecalled: true }]);
    const state = timerState(waiting, DEFAULT_ALERT_LADDER, now);
    expect(badgeOf(state).text).toBe('1');
    const entry = state.conversations[0]!;
    expect(entry.replyMaybeRecalled).toBe(true);
    // The chip: the real countdown (3:20 left), never 可能已超时 nor hidden, and the note saying what is not known.
    const chip = drawingAt(entry, [180, 240, 300], now);
    expect(chip.label).toBe('3:20');
    expect(chip.note).toContain('回复可能已撤回');
    expect(chip.name).toMatch(/^剩余回复时间 3:20.*，回复可能已撤回$/);
    expect(parkedDrawingAt(entry, [180, 240, 300], now).name).toMatch(/回复可能已撤回$/);
    // Past the deadline it is late, as any wait.
    expect(drawingAt(entry, [180, 240, 300], T0 + REPLY_LIMIT_MS + 1).label).toBe('超时 0:00');
    // The popup's row says it too, in what a screen reader hears.
    const [popupRow] = waitingRows(state.conversations, t);
    expect(popupRow!.replyMaybeRecalled).toBe(true);
    // Round 68: said once, after the time and the row's other notes (不计入 at 02:00), as the row's second line shows them.
    expect(rowDescription(popupRow!, rowClock(popupRow!, now, t), t)).toMatch(/^剩不到 4 分钟，2 条未回(，不计入（0–8 点）)?，回复可能已撤回$/);
  });

  it('a reply sent after the recall answers the buyer: nobody waits, nothing labelled', async () => {
    await recalledUnplaced();
    await ingest({ messages: [{ site: 'k', conv: 'c', id: 'd:a2', dir: 'out', ts: T0 + 120 * S, tsSource: 'page', history: false, source: 'row' }] }, T0 + 120 * S);
    expect(await waitingList(db, T0 + 130 * S)).toEqual([]);
    // A new question after that reply waits as any other: the old mark says nothing of it.
    await ingest({ messages: [{ site: 'k', conv: 'c', id: 'd:b3', dir: 'in', ts: T0 + 140 * S, tsSource: 'page', history: false, source: 'row' }] }, T0 + 140 * S);
    const [w] = await waitingList(db, T0 + 150 * S);
    expect(w).toMatchObject({ anchorId: 'd:b3' });
    expect(w).not.toHaveProperty('replyMaybeRecalled');
  });
});
