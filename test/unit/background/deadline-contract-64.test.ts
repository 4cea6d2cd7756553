// Round 64 (timers64): the 5:00 contract. DESIGN.md and the ledger (rules/metrics/reply-rate.ts) count a reply at exactly
// 5:00 as on time: a buyer is late from the deadline + 1 ms on. At the deadline itself the chip, the badge and the alerts
// (timer-state, countdown: `now >= deadline`) said late while the ledger said pending. Every surface now says late exactly
// when the ledger does, and whatever wakes at the deadline wakes at the deadline + 1 ms.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { WaitingEntry } from '@/background/ledger/queries';
import { alertText, badgeOf, BADGE_COLORS, dueAlerts, groupAlertText, ladderFromSeconds, timerState } from '@/background/timer-state';
import { drawingAt, parkedDrawingAt, parkedUnchangedUntil, unchangedUntil } from '@/content/countdown/index';
import { rowClock } from '@/components/popup/waiting-rows';
import { replyStatus } from '@/rules/metrics/reply-rate';
import { translator } from '@/utils/i18n';

const SENT = Date.parse('2024-05-01T10:00:00+08:00');
const DEADLINE = SENT + 300_000;
const LADDER_SECONDS = [180, 240, 300];
const ladder = ladderFromSeconds(LADDER_SECONDS);
const waiting: WaitingEntry = { conv: '小王', site: 'kuaishou', anchorId: 'm1', anchorTs: SENT, deadline: DEADLINE, unanswered: 1, counted: true, countedDeadline: DEADLINE };
const t = translator('zh');

/** What each surface says at `now`: late or not. */
function lateOn(now: number) {
  const state = timerState([waiting], ladder, now);
  const entry = state.conversations[0]!;
  return {
    ledger: replyStatus(SENT, null, now) === 'late',
    badge: badgeOf(state).color === BADGE_COLORS.breach,
    timerLevel: entry.level === 'breach',
    alert: alertText(entry, now, 'zh').title.startsWith('已超时'),
    groupAlert: groupAlertText([entry, { ...entry, conv: '小李' }], now, 'zh').message.includes('已超时'),
    chipLevel: drawingAt(entry, LADDER_SECONDS, now).level === 'breach',
    chipLabel: drawingAt(entry, LADDER_SECONDS, now).label.startsWith('超时'),
    chipName: drawingAt(entry, LADDER_SECONDS, now).name.startsWith('已超时'),
    parkedChip: parkedDrawingAt(entry, LADDER_SECONDS, now).name.startsWith('已超时'),
    popupRow: rowClock({ deadline: DEADLINE, timeUnknown: false }, now, t).level === 'breach',
  };
}

describe('the 5:00 contract on every surface (round 64)', () => {
  it.each([
    ['a millisecond before the deadline', DEADLINE - 1, false],
    ['at the deadline itself (a reply now is on time)', DEADLINE, false],
    ['a millisecond after', DEADLINE + 1, true],
  ])('%s (%d): late on every surface = %s, as the ledger says', (_what, now, late) => {
    const said = lateOn(now);
    expect(said.ledger).toBe(late);
    for (const [surface, value] of Object.entries(said)) expect(value, surface).toBe(late);
  });

  it('agree at every millisecond around the deadline', { timeout: 30_000 }, () => {
    for (let now = DEADLINE - 1100; now <= DEADLINE + 1100; now++) {
      const said = lateOn(now);
      for (const [surface, value] of Object.entries(said)) expect(value, `${surface} at ${now - DEADLINE} ms`).toBe(said.ledger);
    }
  });

  it('the worker wakes, and the chips redraw, at the deadline + 1 ms, when the buyer turns late', () => {
    for (const now of [DEADLINE - 1000, DEADLINE - 1, DEADLINE]) {
      expect(timerState([waiting], ladder, now).nextWakeAt, `wake after ${now - DEADLINE} ms`).toBe(DEADLINE + 1);
      expect(parkedUnchangedUntil({ anchorTs: SENT, deadline: DEADLINE }, LADDER_SECONDS, now)).toBe(DEADLINE + 1);
    }
    expect(unchangedUntil({ anchorTs: SENT, deadline: DEADLINE }, LADDER_SECONDS, DEADLINE - 1)).toBe(DEADLINE + 1);
    expect(unchangedUntil({ anchorTs: SENT, deadline: DEADLINE }, LADDER_SECONDS, DEADLINE)).toBe(DEADLINE + 1);
    expect(timerState([waiting], ladder, DEADLINE + 1).nextWakeAt).toBeNull();
  });

  it('the 已超时 notification comes at the deadline + 1 ms, once', () => {
    const atDeadline = dueAlerts(timerState([waiting], ladder, DEADLINE), {});
    expect(atDeadline.alerts.map((a) => a.level)).toEqual(['urgent']);
    const after = dueAlerts(timerState([waiting], ladder, DEADLINE + 1), atDeadline.shown);
    expect(after.alerts.map((a) => [a.level, alertText(a, DEADLINE + 1, 'zh').title])).toEqual([['breach', '已超时：小王']]);
    expect(dueAlerts(timerState([waiting], ladder, DEADLINE + 2), after.shown).alerts).toEqual([]);
  });

  it('a buyer of unknown time (a 「已超时」 card, its deadline taken as due when seen) is late at that very millisecond', () => {
    const state = timerState([{ ...waiting, timeUnknown: true, counted: false }], ladder, DEADLINE);
    expect(state.conversations[0]).toMatchObject({ level: 'breach', step: 2 });
    expect(badgeOf(state).color).toBe(BADGE_COLORS.breach);
  });
});
