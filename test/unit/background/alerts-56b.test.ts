// @vitest-environment node
// Round 56 (rt56 F1/F2): one buyer message is one wait and gets one 「已超时」, whatever its estimated time does. The
// time drawn moves with the server-clock estimate (up to ±10 min; two tabs reported 120 000 and 0 ms in turn: 7 alerts
// in 3 s) and with a zone correction (an hour); the round-55 rule matched the time within 60 s only.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { WaitingEntry } from '@/background/ledger/queries';
import { alertKey, dueAlerts, ladderFromSeconds, timerState, type AlertsShown } from '@/background/timer-state';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
const MIN = 60 * S;
const CONV = 'shop:A|id:7301';
const ladder = ladderFromSeconds([180, 240, 300]);
const waiting = (anchorTs: number, anchorId: string): WaitingEntry => ({
  conv: CONV,
  site: 'kuaishou',
  anchorId,
  anchorTs,
  deadline: anchorTs + 5 * MIN,
  unanswered: 1,
  counted: true,
  countedDeadline: anchorTs + 5 * MIN,
});

/** Refreshes in turn (the anchor's time and id as that refresh drew them, at `now`): the levels alerted at each. */
function run(refreshes: [anchorTs: number, anchorId: string, now: number][], start: AlertsShown = {}): string[][] {
  let shown = start;
  return refreshes.map(([anchor, id, now]) => {
    const r = dueAlerts(timerState([waiting(anchor, id)], ladder, now), shown);
    shown = r.shown;
    return r.alerts.map((a) => String(a.level));
  });
}

describe('one alert per buyer message, whatever its time does (round 56)', () => {
  it('the PC is 2 min slow: the offset learnt after the 已超时 alert moves the message 2 min back, no second alert', () => {
    // Before the offset: waited 5:03 (PC time). After it: the same message drawn 2 min earlier, waited 7:05.
    expect(run([[T0, '0_7301_1', T0 + 303 * S], [T0 - 2 * MIN, '0_7301_1', T0 + 305 * S]])).toEqual([['breach'], []]);
  });

  it('two tabs reporting 120 000 / 0 ms in turn: one 已超时, not one per report', () => {
    const refreshes: [number, string, number][] = [];
    for (let i = 0; i < 8; i++) refreshes.push([i % 2 ? T0 - 2 * MIN : T0, '0_7301_1', T0 + 305 * S + i * 400]);
    expect(run(refreshes).flat()).toEqual(['breach']);
  });

  it('the largest estimate (±10 min) and a zone correction (1 h) keep the episode', () => {
    expect(run([[T0, 'a1', T0 + 301 * S], [T0 + 10 * MIN, 'a1', T0 + 302 * S], [T0 - 10 * MIN, 'a1', T0 + 303 * S]]).flat()).toEqual(['breach']);
    // The page printed the browser's zone (UTC+7) and was read as Beijing time: an hour older, then corrected.
    expect(run([[T0 - 60 * MIN, 'a1', T0 + 7 * MIN], [T0, 'a1', T0 + 7 * MIN + 8 * S]]).flat()).toEqual(['breach']);
  });

  it('a later ladder step still alerts once under the moved time; the moved time then stands', () => {
    // 3:10 waited: warn. The estimate moves the message 2 min back: 5:11 waited, the breach is due and shown once.
    expect(run([[T0, 'm1', T0 + 190 * S], [T0 - 2 * MIN, 'm1', T0 + 191 * S], [T0, 'm1', T0 + 192 * S], [T0 - 2 * MIN, 'm1', T0 + 193 * S]])).toEqual([
      ['warn'],
      ['breach'],
      [],
      [],
    ]);
  });

  it('another buyer message (a reply and a new question between two refreshes) is another wait', () => {
    expect(run([[T0, 'm1', T0 + 301 * S], [T0 + 6 * MIN, 'm2', T0 + 11 * MIN + 2 * S]])).toEqual([['breach'], ['breach']]);
  });

  it('a card superseded by its row (another id, dated within 60 s) is the same wait, as in round 55', () => {
    expect(run([[T0, 'card:7301', T0 + 301 * S], [T0 + 20 * S, '0_7301_1', T0 + 302 * S]])).toEqual([['breach'], []]);
  });

  it('a record written before round 56 (conversation + time) is honoured within 60 s', () => {
    const legacy: AlertsShown = { [`${CONV}\u0001${T0}`]: 2 };
    expect(run([[T0 + 3 * S, '0_7301_1', T0 + 305 * S]], legacy)).toEqual([[]]);
  });

  it('the record keeps the message id and follows the time last drawn', () => {
    const first = dueAlerts(timerState([waiting(T0, '0_7301_1')], ladder, T0 + 301 * S), {});
    const moved = dueAlerts(timerState([waiting(T0 - 2 * MIN, '0_7301_1')], ladder, T0 + 302 * S), first.shown);
    expect(moved.shown).toEqual({ [`${CONV}\u00010_7301_1\u0001${T0 - 2 * MIN}`]: 2 });
    expect(alertKey({ conv: CONV, anchorId: '0_7301_1', anchorTs: T0 })).toBe(`${CONV}\u00010_7301_1\u0001${T0}`);
  });
});
