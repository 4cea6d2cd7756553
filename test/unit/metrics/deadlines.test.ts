// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alertSchedule, waitingConversations } from '@/rules/metrics/deadlines';
import type { ChatMessage } from '@/rules/metrics/events';

const t = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const msg = (conv: string, id: string, dir: 'in' | 'out', wall: string): ChatMessage => ({ conv, id, dir, ts: t(wall) });

describe('waitingConversations', () => {
  it('waits from the oldest unanswered buyer message', () => {
    const waiting = waitingConversations([
      msg('c1', 'a', 'in', '2024-05-01 10:00:00'),
      msg('c1', 'b', 'out', '2024-05-01 10:01:00'),
      msg('c1', 'c', 'in', '2024-05-01 10:02:00'),
      msg('c1', 'd', 'in', '2024-05-01 10:03:00'),
    ]);
    expect(waiting).toEqual([
      { conv: 'c1', anchorId: 'c', anchorTs: t('2024-05-01 10:02:00'), deadline: t('2024-05-01 10:07:00'), unanswered: 2, counted: true, countedDeadline: t('2024-05-01 10:07:00') },
    ]);
  });

  it.each<[string, ChatMessage[], string[]]>([
    ['answered conversations are not waiting', [msg('c1', 'a', 'in', '2024-05-01 10:00:00'), msg('c1', 'b', 'out', '2024-05-01 10:09:00')], []],
    ['a reply in the same millisecond answers', [msg('c1', 'a', 'in', '2024-05-01 10:00:00'), msg('c1', 'b', 'out', '2024-05-01 10:00:00')], []],
    ['a reply before the message does not answer it', [msg('c1', 'b', 'out', '2024-05-01 09:59:59'), msg('c1', 'a', 'in', '2024-05-01 10:00:00')], ['c1']],
    ['another conversation’s reply does not answer', [msg('c1', 'a', 'in', '2024-05-01 10:00:00'), msg('c2', 'b', 'out', '2024-05-01 10:01:00')], ['c1']],
    ['a repeated id is not a reply', [msg('c1', 'a', 'in', '2024-05-01 10:00:00'), msg('c1', 'a', 'out', '2024-05-01 10:01:00')], ['c1']],
    [
      'sorted by deadline, most urgent first',
      [msg('c1', 'a', 'in', '2024-05-01 10:03:00'), msg('c2', 'a', 'in', '2024-05-01 10:01:00'), msg('c3', 'a', 'in', '2024-05-01 10:02:00')],
      ['c2', 'c3', 'c1'],
    ],
    ['ties broken by conversation id', [msg('cb', 'a', 'in', '2024-05-01 10:00:00'), msg('ca', 'a', 'in', '2024-05-01 10:00:00')], ['ca', 'cb']],
  ])('%s', (_name, messages, convs) => {
    expect(waitingConversations(messages).map((w) => w.conv)).toEqual(convs);
  });

  it('messages outside 08:00–24:00 wait but are "not counted"; a later counted one has its own deadline', () => {
    const [w] = waitingConversations([msg('c1', 'a', 'in', '2024-05-01 07:58:00'), msg('c1', 'b', 'in', '2024-05-01 08:01:00')]);
    expect(w).toMatchObject({ anchorId: 'a', counted: false, deadline: t('2024-05-01 08:03:00'), countedDeadline: t('2024-05-01 08:06:00'), unanswered: 2 });
    const [night] = waitingConversations([msg('c1', 'a', 'in', '2024-05-02 00:00:00')]);
    expect(night).toMatchObject({ counted: false, countedDeadline: null });
    const [late] = waitingConversations([msg('c1', 'a', 'in', '2024-05-01 23:59:59.999')]);
    expect(late).toMatchObject({ counted: true, deadline: t('2024-05-02 00:04:59.999') });
  });
});

describe('alertSchedule', () => {
  const sent = t('2024-05-01 10:00:00');
  const deadline = sent + 300_000;
  it.each<[string, number, string[], string | null, number | null]>([
    ['fresh message: nothing due, warn next at 3:00', sent, [], null, sent + 180_000],
    ['2:59.999: still nothing due', sent + 179_999, [], null, sent + 180_000],
    ['3:00 exactly: warn due', sent + 180_000, ['warn'], 'warn', sent + 240_000],
    ['4:00: warn and urgent due', sent + 240_000, ['warn', 'urgent'], 'urgent', sent + 300_001],
    // Round 64: late from the deadline + 1 ms on (a reply at exactly 5:00 is on time): the breach step falls due then.
    ['5:00 exactly: breach not due yet', sent + 300_000, ['warn', 'urgent'], 'urgent', sent + 300_001],
    ['5:00.001: breach due, nothing next', sent + 300_001, ['warn', 'urgent', 'breach'], 'breach', null],
    ['long after', sent + 3_600_000, ['warn', 'urgent', 'breach'], 'breach', null],
  ])('%s', (_name, now, due, level, nextAt) => {
    const schedule = alertSchedule(deadline, now);
    expect(schedule.due.map((s) => s.level)).toEqual(due);
    expect(schedule.level).toBe(level);
    expect(schedule.next?.at ?? null).toBe(nextAt);
  });

  it('takes a custom ladder, in any order', () => {
    const schedule = alertSchedule(deadline, sent + 100_000, [
      { level: 'breach', afterMs: 300_000 },
      { level: 'warn', afterMs: 60_000 },
    ]);
    expect(schedule.due).toEqual([{ level: 'warn', afterMs: 60_000, at: sent + 60_000 }]);
    expect(schedule.next).toEqual({ level: 'breach', afterMs: 300_000, at: deadline + 1 });
  });
});
