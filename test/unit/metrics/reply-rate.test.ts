// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@/rules/metrics/events';
import { classifyBuyerMessages, dailyReplyStats, replyStatus, type DayReplyStats } from '@/rules/metrics/reply-rate';

/** Beijing wall time "2024-05-01 10:00:00.000" (or an ISO string with its own offset) → epoch ms. */
function t(text: string): number {
  const iso = /[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : text.replace(' ', 'T') + '+08:00';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad time in test: ${text}`);
  return ms;
}

let seq = 0;
const buyer = (time: string, conv = 'c1', id = `b${++seq}`): ChatMessage => ({ conv, id, dir: 'in', ts: t(time) });
const shop = (time: string, conv = 'c1', id = `s${++seq}`): ChatMessage => ({ conv, id, dir: 'out', ts: t(time) });

const FAR_FUTURE = t('2030-01-01 00:00:00');

function statusesOf(messages: ChatMessage[], now = FAR_FUTURE) {
  return classifyBuyerMessages(messages, now).map((o) => `${o.id}:${o.status}`);
}

function day(eligible: number, onTime: number, late: number, pending: number): DayReplyStats {
  const decided = onTime + late;
  const rate = decided === 0 ? null : onTime / decided;
  return { eligible, onTime, late, pending, rate, compliant: rate === null ? null : rate >= 0.8 };
}

describe('replyStatus', () => {
  it.each<[string, number, number | null, number, string]>([
    ['reply exactly at 5:00 is on time', 0, 300_000, 0, 'onTime'],
    ['reply at 5:00.001 is late', 0, 300_001, 0, 'late'],
    ['reply in the same millisecond is on time', 0, 0, 0, 'onTime'],
    ['no reply, now before the deadline: pending', 0, null, 299_999, 'pending'],
    ['no reply, now exactly at the deadline: pending', 0, null, 300_000, 'pending'],
    ['no reply, now 1 ms past the deadline: late', 0, null, 300_001, 'late'],
    ['a logged reply decides even when stamped after now', 0, 200_000, 100_000, 'onTime'],
    ['a logged late reply decides even when stamped after now', 0, 400_000, 100_000, 'late'],
  ])('%s', (_name, ts, replyTs, now, expected) => {
    expect(replyStatus(ts, replyTs, now)).toBe(expected);
  });
});

describe('classifyBuyerMessages: which reply answers which message', () => {
  it.each<[string, ChatMessage[], string[], number?]>([
    ['reply at exactly 5:00', [buyer('2024-05-01 10:00:00.000', 'c1', 'm1'), shop('2024-05-01 10:05:00.000')], ['m1:onTime']],
    ['reply at 5:00.001', [buyer('2024-05-01 10:00:00.000', 'c1', 'm1'), shop('2024-05-01 10:05:00.001')], ['m1:late']],
    ['a reply before the message does not count', [shop('2024-05-01 09:59:59.999'), buyer('2024-05-01 10:00:00.000', 'c1', 'm1')], ['m1:late']],
    [
      'a reply before the message does not count (now inside 5:00: pending)',
      [shop('2024-05-01 09:59:59.999'), buyer('2024-05-01 10:00:00.000', 'c1', 'm1')],
      ['m1:pending'],
      t('2024-05-01 10:04:00'),
    ],
    ['a reply in the same millisecond counts', [buyer('2024-05-01 10:00:00.000', 'c1', 'm1'), shop('2024-05-01 10:00:00.000')], ['m1:onTime']],
    [
      'burst answered by one reply: each message measured on its own',
      [
        buyer('2024-05-01 10:00:00', 'c1', 'm1'),
        buyer('2024-05-01 10:01:00', 'c1', 'm2'),
        buyer('2024-05-01 10:03:00', 'c1', 'm3'),
        shop('2024-05-01 10:05:30'),
      ],
      ['m1:late', 'm2:onTime', 'm3:onTime'],
    ],
    [
      'the FIRST reply after the message decides, whatever the input order',
      [shop('2024-05-01 10:06:00'), buyer('2024-05-01 10:00:00', 'c1', 'm1'), shop('2024-05-01 10:02:00')],
      ['m1:onTime'],
    ],
    [
      'another conversation’s reply does not count',
      [buyer('2024-05-01 10:00:00', 'c1', 'm1'), shop('2024-05-01 10:01:00', 'c2')],
      ['m1:late'],
    ],
    [
      'the same (conv, id) twice is one message; the first occurrence wins',
      [buyer('2024-05-01 10:00:00', 'c1', 'm1'), buyer('2024-05-01 10:04:00', 'c1', 'm1'), shop('2024-05-01 10:06:00')],
      ['m1:late'],
    ],
    [
      'a repeated id seen as a shop message is a repeat, not a reply',
      [buyer('2024-05-01 10:00:00', 'c1', 'm1'), shop('2024-05-01 10:01:00', 'c1', 'm1')],
      ['m1:late'],
    ],
    [
      'the same id in two conversations is two messages',
      [buyer('2024-05-01 10:00:00', 'c1', 'm1'), buyer('2024-05-01 10:00:00', 'c2', 'm1'), shop('2024-05-01 10:01:00', 'c2')],
      ['m1:late', 'm1:onTime'],
    ],
    [
      'mixed offsets: 08:00 Beijing written +09:00, reply at 08:05 Beijing written -05:00',
      [
        { conv: 'c1', id: 'm1', dir: 'in', ts: t('2024-05-01T09:00:00.000+09:00') },
        { conv: 'c1', id: 'r1', dir: 'out', ts: t('2024-04-30T19:05:00.000-05:00') },
      ],
      ['m1:onTime'],
    ],
  ])('%s', (_name, messages, expected, now) => {
    expect(statusesOf(messages, now)).toEqual(expected);
  });

  it('reports deadline, reply time, eligibility and Beijing day', () => {
    const [outcome] = classifyBuyerMessages([buyer('2024-05-01 23:58:00', 'c9', 'm1'), shop('2024-05-02 00:02:30', 'c9')], FAR_FUTURE);
    expect(outcome).toEqual({
      conv: 'c9',
      id: 'm1',
      ts: t('2024-05-01 23:58:00'),
      deadline: t('2024-05-02 00:03:00'),
      replyTs: t('2024-05-02 00:02:30'),
      eligible: true,
      day: '2024-05-01',
      status: 'onTime',
    });
  });
});

describe('dailyReplyStats', () => {
  it.each<[string, ChatMessage[], number, Record<string, DayReplyStats>]>([
    ['08:00:00.000 counts', [buyer('2024-05-01 08:00:00.000'), shop('2024-05-01 08:01:00')], FAR_FUTURE, { '2024-05-01': day(1, 1, 0, 0) }],
    ['07:59:59.999 does not count, but the day appears', [buyer('2024-05-01 07:59:59.999')], FAR_FUTURE, { '2024-05-01': day(0, 0, 0, 0) }],
    ['23:59:59.999 counts on its own day', [buyer('2024-05-01 23:59:59.999')], FAR_FUTURE, { '2024-05-01': day(1, 0, 1, 0) }],
    ['00:00 does not count and belongs to the next day', [buyer('2024-05-02 00:00:00.000')], FAR_FUTURE, { '2024-05-02': day(0, 0, 0, 0) }],
    [
      '23:58 answered at 00:02:59 next day: on time, on the first day',
      [buyer('2024-05-01 23:58:00'), shop('2024-05-02 00:02:59')],
      FAR_FUTURE,
      { '2024-05-01': day(1, 1, 0, 0) },
    ],
    ['23:58 unanswered at now 00:03:00 next day: still pending', [buyer('2024-05-01 23:58:00')], t('2024-05-02 00:03:00'), { '2024-05-01': day(1, 0, 0, 1) }],
    ['23:58 unanswered at now 00:03:00.001: late', [buyer('2024-05-01 23:58:00')], t('2024-05-02 00:03:00.001'), { '2024-05-01': day(1, 0, 1, 0) }],
    [
      'UTC date differs from the Beijing date',
      [{ conv: 'c', id: 'x', dir: 'in', ts: t('2024-05-01T16:30:00Z') }, { conv: 'c', id: 'y', dir: 'in', ts: t('2024-05-01T15:30:00Z') }],
      FAR_FUTURE,
      { '2024-05-01': day(1, 0, 1, 0), '2024-05-02': day(0, 0, 0, 0) },
    ],
    ['a day with only shop messages does not appear', [shop('2024-05-01 10:00:00')], FAR_FUTURE, {}],
    ['nothing in, nothing out', [], FAR_FUTURE, {}],
    [
      '4 of 5 on time: 0.8 is compliant',
      [
        ...['10', '11', '12', '13'].flatMap((h) => [buyer(`2024-05-01 ${h}:00:00`), shop(`2024-05-01 ${h}:04:00`)]),
        buyer('2024-05-01 14:00:00'),
        shop('2024-05-01 14:06:00'),
      ],
      FAR_FUTURE,
      { '2024-05-01': { eligible: 5, onTime: 4, late: 1, pending: 0, rate: 0.8, compliant: true } },
    ],
    [
      '3 of 4 on time: 0.75 is not compliant',
      [...['10', '11', '12'].flatMap((h) => [buyer(`2024-05-01 ${h}:00:00`), shop(`2024-05-01 ${h}:04:00`)]), buyer('2024-05-01 14:00:00')],
      FAR_FUTURE,
      { '2024-05-01': { eligible: 4, onTime: 3, late: 1, pending: 0, rate: 0.75, compliant: false } },
    ],
    ['only pending: rate and compliant are null', [buyer('2024-05-01 10:00:00')], t('2024-05-01 10:01:00'), { '2024-05-01': { eligible: 1, onTime: 0, late: 0, pending: 1, rate: null, compliant: null } }],
    [
      'days come out sorted even when input is not',
      [buyer('2024-05-03 10:00:00'), buyer('2024-04-30 10:00:00'), buyer('2024-05-01 10:00:00')],
      FAR_FUTURE,
      { '2024-04-30': day(1, 0, 1, 0), '2024-05-01': day(1, 0, 1, 0), '2024-05-03': day(1, 0, 1, 0) },
    ],
  ])('%s', (_name, messages, now, expected) => {
    const stats = dailyReplyStats(messages, now);
    expect(stats).toEqual(expected);
    expect(Object.keys(stats)).toEqual(Object.keys(expected).sort());
  });
});
