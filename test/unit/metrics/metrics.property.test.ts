// @vitest-environment node
// The fast metrics against a naive O(n²) reference written independently (test/support/naive-stats.ts),
// on random traces crowded around the 08:00/24:00 edges, exact 5:00 replies, bursts and repeats.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waitingConversations } from '@/rules/metrics/deadlines';
import { checkFrequency } from '@/rules/metrics/frequency';
import { classifyBuyerMessages, dailyReplyStats } from '@/rules/metrics/reply-rate';
import { monthlySatisfaction } from '@/rules/metrics/satisfaction';
import { naiveDays, naiveMonths, naiveStatus, naiveUnique } from '../../support/naive-stats';
import { traceArbitrary } from '../../support/trace-arbitrary';

const RUNS = 600;

describe('fast metrics = naive reference', () => {
  it('daily reply stats', () => {
    fc.assert(
      fc.property(traceArbitrary, ({ messages, now }) => {
        const fast = dailyReplyStats(messages, now);
        expect(fast).toEqual(naiveDays(messages, now));
        expect(Object.keys(fast)).toEqual(Object.keys(naiveDays(messages, now)));
      }),
      { numRuns: RUNS },
    );
  });

  it('per-message status and reply time', () => {
    fc.assert(
      fc.property(traceArbitrary, ({ messages, now }) => {
        const unique = naiveUnique(messages);
        const expected = unique
          .filter((m) => m.dir === 'in')
          .map((m) => `${m.conv}/${m.id}@${m.ts}:${naiveStatus(unique, m, now)}`)
          .sort();
        const actual = classifyBuyerMessages(messages, now)
          .map((o) => `${o.conv}/${o.id}@${o.ts}:${o.status}`)
          .sort();
        expect(actual).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('monthly satisfaction', () => {
    fc.assert(
      fc.property(traceArbitrary, ({ ratings }) => {
        expect(monthlySatisfaction(ratings)).toEqual(naiveMonths(ratings));
      }),
      { numRuns: RUNS },
    );
  });

  it('waiting conversations: oldest unanswered message per conversation', () => {
    fc.assert(
      fc.property(traceArbitrary, ({ messages }) => {
        const unique = naiveUnique(messages);
        const expected = new Map<string, { anchorTs: number; unanswered: number }>();
        for (const m of unique) {
          if (m.dir !== 'in') continue;
          const answered = unique.some((r) => r.conv === m.conv && r.dir === 'out' && r.ts >= m.ts);
          if (answered) continue;
          const prev = expected.get(m.conv);
          expected.set(m.conv, { anchorTs: Math.min(prev?.anchorTs ?? Infinity, m.ts), unanswered: (prev?.unanswered ?? 0) + 1 });
        }
        const waiting = waitingConversations(messages);
        expect(new Map(waiting.map((w) => [w.conv, { anchorTs: w.anchorTs, unanswered: w.unanswered }]))).toEqual(expected);
        for (let i = 1; i < waiting.length; i++) expect(waiting[i - 1]!.deadline).toBeLessThanOrEqual(waiting[i]!.deadline);
      }),
      { numRuns: RUNS },
    );
  });

  it('frequency: shop messages since the buyer last wrote, minus the answer burst, in the last 10 minutes', () => {
    fc.assert(
      fc.property(traceArbitrary, ({ messages, now }) => {
        const conv = messages.filter((m) => m.conv === 'c1');
        const unique = conv.filter((m, i) => conv.findIndex((o) => o.id === m.id) === i && m.ts <= now);
        const lastBuyer = Math.max(-Infinity, ...unique.filter((m) => m.dir === 'in').map((m) => m.ts));
        const since = unique.filter((m) => m.dir === 'out' && m.ts >= lastBuyer).sort((a, b) => a.ts - b.ts);
        // After a buyer message, the first burst (lines ≤ 45 s apart, within 3 min) is the answer.
        let answer = 0;
        if (lastBuyer > -Infinity && since.length) {
          answer = 1;
          while (answer < since.length && since[answer]!.ts - since[answer - 1]!.ts <= 45_000 && since[answer]!.ts - since[0]!.ts <= 180_000) answer++;
        }
        const count = since.slice(answer).filter((m) => m.ts > now - 600_000).length;
        const result = checkFrequency(conv, now, { maxMessages: 2 });
        expect(result.count).toBe(count);
        expect(result.frequent).toBe(count >= 2);
      }),
      { numRuns: RUNS },
    );
  });
});
