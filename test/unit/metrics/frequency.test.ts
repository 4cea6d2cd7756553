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
    ['a buyer reply resets the count (shop@4 answers it, shop@5 is counted)', [shopAt(1), shopAt(2), shopAt(3), buyerAt(3.5), shopAt(4), shopAt(5)], 6, 1, false],
    // shop@1 (same ms as the buyer) is the answer; 2..6 are five nudges. Were it before, 2 would be the answer and 4 counted.
    ['a shop message in the same ms as the buyer’s counts as after it', [buyerAt(1), ...[1, 2, 3, 4, 5, 6].map((m) => shopAt(m))], 7, 5, true],
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

  const S = 1_000 / MIN; // one second, in minutes
  it.each<[string, ChatMessage[], number, number, boolean]>([
    // Service: the buyer asked, the agent answered in several short lines.
    ['6-line answer within 20 s of the buyer’s question: no warning', [buyerAt(0), ...[0, 4, 8, 12, 16, 20].map((s) => shopAt(0.5 + s * S))], 1, 0, false],
    ['10-line answer, lines 40 s apart: still the answer', [buyerAt(0), ...Array.from({ length: 5 }, (_, i) => shopAt(0.1 + i * 40 * S))], 4, 0, false],
    ['a late answer (20 min after the question) is still an answer', [buyerAt(0), ...[0, 5, 10, 15, 20, 25].map((s) => shopAt(20 + s * S))], 21, 0, false],
    ['answer, then 4 nudges: fine', [buyerAt(0), shopAt(0.5), shopAt(0.6), ...[2, 3, 4, 5].map((m) => shopAt(m))], 6, 4, false],
    // Pestering: repeated contact the buyer does not answer.
    ['answer, then 5 nudges a minute apart: frequent', [buyerAt(0), shopAt(0.5), ...[2, 3, 4, 5, 6].map((m) => shopAt(m))], 7, 5, true],
    ['a second burst after a quiet gap is outreach', [buyerAt(0), ...[0, 5, 10].map((s) => shopAt(0.5 + s * S)), ...[0, 5, 10, 15, 20].map((s) => shopAt(3 + s * S))], 4, 5, true],
    ['nudges a minute apart right after the question: only the first is the answer', [buyerAt(0), ...[1, 2, 3, 4, 5, 6].map((m) => shopAt(m))], 7, 5, true],
    ['a gap over 45 s ends the answer', [buyerAt(0), shopAt(0.1), shopAt(0.1 + 46 * S), shopAt(0.1 + 47 * S), shopAt(0.1 + 48 * S), shopAt(0.1 + 49 * S), shopAt(0.1 + 50 * S)], 2, 5, true],
    ['an answer longer than 3 minutes: the rest is counted', [buyerAt(0), ...Array.from({ length: 10 }, (_, i) => shopAt(i * 40 * S))], 7, 5, true],
    ['the buyer never wrote: every message counts (spam burst)', [0, 2, 4, 6, 8].map((s) => shopAt(1 + s * S)), 2, 5, true],
  ])('answer vs outreach: %s', (_name, messages, nowMinutes, count, frequent) => {
    const result = checkFrequency(messages, base + nowMinutes * MIN);
    expect(result.count).toBe(count);
    expect(result.frequent).toBe(frequent);
  });

  it('says when the window frees up and honours custom limits', () => {
    const messages = [1, 2, 3].map((m) => shopAt(m));
    expect(checkFrequency(messages, base + 4 * MIN, { maxMessages: 3, windowMinutes: 5 })).toEqual({ count: 3, frequent: true, windowFreesAt: base + 6 * MIN, answer: 0 });
    expect(checkFrequency([], base)).toEqual({ count: 0, frequent: false, windowFreesAt: null, answer: 0 });
  });
});
