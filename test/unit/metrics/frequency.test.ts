// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@/rules/metrics/events';
import { checkFrequency } from '@/rules/metrics/frequency';

const MIN = 60_000;
const base = Date.parse('2024-05-01T10:00:00+08:00');
let seq = 0;
const shopAt = (minutes: number, id = `s${++seq}`): ChatMessage => ({ conv: 'c1', id, dir: 'out', ts: base + minutes * MIN });
const buyerAt = (minutes: number, id = `b${++seq}`): ChatMessage => ({ conv: 'c1', id, dir: 'in', ts: base + minutes * MIN });

describe('checkFrequency (rule 2.5, 5 messages in 10 minutes by default)', () => {
  it.each<[string, ChatMessage[], number, number, boolean]>([
    ['4 unanswered messages: fine', [1, 2, 3, 4].map((m) => shopAt(m)), 5, 4, false],
    ['5 unanswered messages within 10 minutes: frequent', [1, 2, 3, 4, 5].map((m) => shopAt(m)), 6, 5, true],
    ['a buyer reply resets the count', [shopAt(1), shopAt(2), shopAt(3), buyerAt(3.5), shopAt(4), shopAt(5)], 6, 2, false],
    ['a shop message in the same ms as the buyer’s counts as after it', [buyerAt(1), ...[1, 2, 3, 4, 5].map((m) => shopAt(m))], 6, 5, true],
    ['older than 10 minutes drops out', [0, 1, 2, 3, 4].map((m) => shopAt(m)), 10, 4, false],
    ['exactly 10 minutes ago is outside (now − 10 min, now]', [0, 5, 6, 7, 8].map((m) => shopAt(m)), 10, 4, false],
    ['one ms inside the window still counts', [0.0001 / 6, 5, 6, 7, 8].map((m) => shopAt(m)), 10, 5, true],
    ['messages after now are ignored', [1, 2, 3, 4, 7].map((m) => shopAt(m)), 6, 4, false],
    ['repeats of one message count once', [shopAt(1, 'x'), shopAt(1, 'x'), shopAt(2), shopAt(3), shopAt(4)], 5, 4, false],
    ['buyer messages never count', [1, 2, 3, 4, 5].map((m) => buyerAt(m)), 6, 0, false],
  ])('%s', (_name, messages, nowMinutes, count, frequent) => {
    const result = checkFrequency(messages, base + nowMinutes * MIN);
    expect(result.count).toBe(count);
    expect(result.frequent).toBe(frequent);
  });

  it('says when the window frees up and honours custom limits', () => {
    const messages = [1, 2, 3].map((m) => shopAt(m));
    expect(checkFrequency(messages, base + 4 * MIN, { maxMessages: 3, windowMinutes: 5 })).toEqual({ count: 3, frequent: true, windowFreesAt: base + 6 * MIN });
    expect(checkFrequency([], base)).toEqual({ count: 0, frequent: false, windowFreesAt: null });
  });
});
