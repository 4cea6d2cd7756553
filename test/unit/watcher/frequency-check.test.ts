// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFrequencySendCheck, frequencyWarning } from '@/content/watcher/frequency-check';
import type { ChatMessage } from '@/rules/metrics/events';

const MIN = 60_000;
const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const out = (id: string, m: number): ChatMessage => ({ conv: 'c', id, dir: 'out', ts: T0 + m * MIN });
const inn = (id: string, m: number): ChatMessage => ({ conv: 'c', id, dir: 'in', ts: T0 + m * MIN });
const limits = { maxMessages: 5, windowMinutes: 10 };

describe('frequencyWarning (rule 2.5, before a send)', () => {
  it.each<[string, ChatMessage[], number, number | null]>([
    ['4 sent: the 5th may go', [1, 2, 3, 4].map((m, i) => out(`o${i}`, m)), 5, null],
    ['5 sent without a reply within 10 min: warn', [1, 2, 3, 4, 5].map((m, i) => out(`o${i}`, m)), 6, 5],
    ['the buyer answered in between: fine', [out('o1', 1), out('o2', 2), inn('b', 2.5), out('o3', 3), out('o4', 4), out('o5', 5)], 6, null],
    ['spread over more than 10 min: fine', [0, 3, 6, 9, 12].map((m, i) => out(`o${i}`, m)), 12.5, null],
    // The review's case: the buyer asked, the agent answered in 6 short lines within ~20 s; the 7th line may go too.
    ['a 6-line answer to the buyer’s question: fine', [inn('q', 0), ...[0, 4, 8, 12, 16, 20].map((s, i) => out(`a${i}`, 0.5 + s / 60))], 1, null],
    ['answer, then 5 nudges the buyer ignores: warn', [inn('q', 0), out('a', 0.5), ...[2, 3, 4, 5, 6].map((m, i) => out(`n${i}`, m))], 7, 5],
  ])('%s', (_name, messages, nowMinutes, count) => {
    const w = frequencyWarning({ conv: 'c', messages }, T0 + nowMinutes * MIN, limits);
    expect(w?.count ?? null).toBe(count);
    if (w) {
      expect(w).toMatchObject({ clause: '2.5', severity: 'warn', conv: 'c', windowMinutes: 10 });
      expect(w.message).toMatch(/^频繁联系提醒（规则 2\.5）/);
      expect(w.message).toContain('继续发送可能被认定为骚扰');
    }
  });

  it('honours configured limits and no open conversation means no warning', () => {
    const messages = [1, 2, 3].map((m, i) => out(`o${i}`, m));
    expect(frequencyWarning({ conv: 'c', messages }, T0 + 4 * MIN, { maxMessages: 3, windowMinutes: 5 })?.count).toBe(3);
    expect(frequencyWarning({ conv: 'c', messages }, T0 + 7 * MIN, { maxMessages: 3, windowMinutes: 5 })).toBeNull();
    expect(frequencyWarning(null, T0, limits)).toBeNull();
  });

  it('the send-check adapter reads the view and settings at call time', () => {
    let messages: ChatMessage[] = [];
    const check = createFrequencySendCheck(() => ({ conv: 'c', messages }), () => limits, () => T0 + 6 * MIN);
    expect(check()).toBeNull();
    messages = [1, 2, 3, 4, 5].map((m, i) => out(`o${i}`, m));
    expect(check()?.count).toBe(5);
  });
});
