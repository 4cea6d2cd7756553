// @vitest-environment node
// Round 55 (rt54 note): a shop open in two tabs created each 「已超时」 alert twice — the tabs date the same buyer's
// message a few seconds apart (two countdown readings, two estimates of the server clock), and the background took
// each dating for a new waiting episode. One alert per buyer message, however many tabs report it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { WaitingEntry } from '@/background/ledger/queries';
import { dueAlerts, ladderFromSeconds, SAME_EPISODE_MS, timerState, type AlertsShown } from '@/background/timer-state';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
const ladder = ladderFromSeconds([180, 240, 300]);
const waiting = (conv: string, anchorTs: number, anchorId = `${conv}-m`): WaitingEntry => ({
  conv,
  site: 'kuaishou',
  anchorId,
  anchorTs,
  deadline: anchorTs + 300 * S,
  unanswered: 1,
  counted: true,
  countedDeadline: anchorTs + 300 * S,
});

/** Refreshes in turn, each with the anchor its report gave, at `now`: the levels alerted at each. */
function run(refreshes: [anchorTs: number, now: number, anchorId?: string][]): string[][] {
  let shown: AlertsShown = {};
  return refreshes.map(([anchor, now, id]) => {
    const r = dueAlerts(timerState([waiting('shop:A|id:7301', anchor, id)], ladder, now), shown);
    shown = r.shown;
    return r.alerts.map((a) => String(a.level));
  });
}

describe('dueAlerts across tabs (round 55)', () => {
  it.each<[string, [number, number, string?][], string[][]]>([
    ['two tabs dating the message 3 s apart: one breach alert', [[T0, T0 + 301 * S], [T0 + 3 * S, T0 + 302 * S], [T0, T0 + 303 * S]], [['breach'], [], []]],
    ['a clock estimate moving the anchor back and forth by 40 s', [[T0, T0 + 190 * S], [T0 - 40 * S, T0 + 191 * S], [T0, T0 + 310 * S], [T0 - 40 * S, T0 + 311 * S]], [['warn'], [], ['breach'], []]],
    ['a later step still alerts under the other dating', [[T0, T0 + 181 * S], [T0 + 2 * S, T0 + 305 * S]], [['warn'], ['breach']]],
    // Round 56: only another message (another anchor id) dated further off is another episode; test/unit/background/alerts-56b.test.ts.
    ['another anchor message further off than SAME_EPISODE_MS is another episode', [[T0, T0 + 301 * S], [T0 + SAME_EPISODE_MS + 5 * S, T0 + SAME_EPISODE_MS + 306 * S, 'other-m']], [['breach'], ['breach']]],
  ])('%s', (_name, refreshes, expected) => {
    expect(run(refreshes)).toEqual(expected);
  });

  it('another conversation never borrows the step; an answer (off the list) still forgets the episode', () => {
    const first = dueAlerts(timerState([waiting('shop:A|id:7301', T0)], ladder, T0 + 301 * S), {});
    const other = dueAlerts(timerState([waiting('shop:A|id:7301', T0), waiting('shop:B|id:7301', T0 + S)], ladder, T0 + 302 * S), first.shown);
    expect(other.alerts.map((a) => a.conv)).toEqual(['shop:B|id:7301']);
    const answered = dueAlerts(timerState([], ladder, T0 + 310 * S), other.shown);
    const again = dueAlerts(timerState([waiting('shop:A|id:7301', T0 + 20 * S)], ladder, T0 + 330 * S), answered.shown);
    expect(again.alerts).toHaveLength(1);
  });
});
