// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { WaitingEntry } from '@/background/ledger/queries';
import { alertText, badgeOf, BADGE_COLORS, dueAlerts, ladderFromSeconds, timerState } from '@/background/timer-state';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
const waiting = (conv: string, anchorTs: number, counted = true): WaitingEntry => ({
  conv,
  site: 'kuaishou',
  anchorId: `${conv}-m`,
  anchorTs,
  deadline: anchorTs + 300 * S,
  unanswered: 1,
  counted,
  countedDeadline: counted ? anchorTs + 300 * S : null,
});
const ladder = ladderFromSeconds([180, 240, 300]);

describe('ladderFromSeconds', () => {
  it('names steps: first a warning, then urgent, 5:00 and later a breach', () => {
    expect(ladder).toEqual([
      { afterMs: 180_000, level: 'warn' },
      { afterMs: 240_000, level: 'urgent' },
      { afterMs: 300_000, level: 'breach' },
    ]);
    expect(ladderFromSeconds([20, 10, 10])).toEqual([
      { afterMs: 10_000, level: 'warn' },
      { afterMs: 20_000, level: 'urgent' },
    ]);
  });
});

describe('timerState', () => {
  it('levels per conversation and the next wake-up (next step or deadline)', () => {
    const s = timerState([waiting('a', T0 - 250 * S), waiting('b', T0 - 10 * S)], ladder, T0);
    expect(s.conversations.map((c) => [c.conv, c.level, c.step])).toEqual([
      ['a', 'urgent', 1],
      ['b', null, -1],
    ]);
    expect(s.nextWakeAt).toBe(T0 + 50 * S + 1); // a's 5:00 + 1 ms, when it turns late (round 64)
  });

  it('past the deadline is a breach even with a ladder that stops early', () => {
    const s = timerState([waiting('a', T0 - 301 * S)], ladderFromSeconds([10, 20]), T0);
    expect(s.conversations[0]!.level).toBe('breach');
    expect(s.nextWakeAt).toBeNull();
  });

  it('nobody waiting: no wake-up', () => {
    expect(timerState([], ladder, T0)).toEqual({ computedAt: T0, conversations: [], nextWakeAt: null });
  });
});

describe('badgeOf', () => {
  it.each<[string, WaitingEntry[], string, string]>([
    ['empty when nobody waits', [], '', BADGE_COLORS.waiting],
    ['count, blue before any alert', [waiting('a', T0 - 10 * S)], '1', BADGE_COLORS.waiting],
    ['coloured by the most urgent', [waiting('a', T0 - 10 * S), waiting('b', T0 - 200 * S)], '2', BADGE_COLORS.warn],
    ['breach wins', [waiting('a', T0 - 250 * S), waiting('b', T0 - 400 * S)], '2', BADGE_COLORS.breach],
    // A 已超时 card whose time is unknown: the tracker puts its deadline at the moment it was seen.
    ['a buyer of unknown time (已超时 card) is red, not amber', [waiting('a', T0 - 10 * S), { ...waiting('b', T0 - 300 * S, false), timeUnknown: true }], '2', BADGE_COLORS.breach],
  ])('%s', (_n, list, text, color) => {
    expect(badgeOf(timerState(list, ladder, T0))).toEqual({ text, color });
  });

  it('caps at 99+', () => {
    const many = Array.from({ length: 120 }, (_, i) => waiting(`c${i}`, T0));
    expect(badgeOf(timerState(many, ladder, T0)).text).toBe('99+');
  });
});

describe('dueAlerts', () => {
  it('each step once per waiting episode; steps missed while asleep collapse into the latest', () => {
    const at = (now: number) => timerState([waiting('a', T0)], ladder, now);
    let shown = {};
    const step = (now: number) => {
      const r = dueAlerts(at(now), shown);
      shown = r.shown;
      return r.alerts.map((a) => a.level);
    };
    expect(step(T0 + 100 * S)).toEqual([]);
    expect(step(T0 + 181 * S)).toEqual(['warn']);
    expect(step(T0 + 182 * S)).toEqual([]); // a second wake-up: nothing new
    expect(step(T0 + 400 * S)).toEqual(['breach']); // 4:00 slept through
    expect(step(T0 + 401 * S)).toEqual([]);
  });

  it('a new waiting episode (new anchor) alerts again; answered conversations are forgotten', () => {
    const first = dueAlerts(timerState([waiting('a', T0)], ladder, T0 + 200 * S), {});
    const answered = dueAlerts(timerState([], ladder, T0 + 210 * S), first.shown);
    expect(answered.shown).toEqual({});
    const again = dueAlerts(timerState([waiting('a', T0 + 300 * S)], ladder, T0 + 500 * S), answered.shown);
    expect(again.alerts).toHaveLength(1);
  });
});

describe('alertText', () => {
  it('Chinese first; says time left, or overdue; marks messages that are not counted', () => {
    const [e] = timerState([waiting('张三', T0)], ladder, T0 + 185 * S).conversations;
    expect(alertText(e!, T0 + 185 * S)).toEqual({
      title: '请尽快回复：张三 / Reply soon',
      message: '买家已等待 3:05，剩余 1:55。\nThe buyer has waited 3:05; 1:55 left of 5:00.',
    });
    const [late] = timerState([waiting('李四', T0, false)], ladder, T0 + 301 * S).conversations;
    const text = alertText(late!, T0 + 301 * S);
    expect(text.title).toBe('已超时：李四 / Overdue');
    expect(text.message).toContain('不计入回复率');
  });

  it('a buyer of unknown time (已超时 card): breach at once, said as possibly overdue, with no invented waiting time', () => {
    const s = timerState([{ ...waiting('王五', T0 - 300 * S, false), timeUnknown: true }], ladder, T0);
    const [e] = s.conversations;
    expect(e).toMatchObject({ timeUnknown: true, level: 'breach', counted: false });
    const text = alertText(e!, T0 + 20 * S);
    expect(text.title).toBe('可能已超时：王五 / Possibly overdue');
    expect(text.message).toContain('打开会话可看到准确时间');
    expect(text.message).toContain('不计入回复率');
    expect(text.message).not.toMatch(/已等待|剩余|has waited|left of/);
    expect(timerState([waiting('x', T0)], ladder, T0).conversations[0]).not.toHaveProperty('timeUnknown');
  });
});
