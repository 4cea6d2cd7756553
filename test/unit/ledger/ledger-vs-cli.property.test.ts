// @vitest-environment node
// The popup's figures come from the ledger (cached finished days, per-day windows); `replyguard
// stats` recomputes from the exported events. On generated traces around 08:00/24:00, exact 5:00
// replies, bursts and repeats, with some observations history-without-time or from session cards,
// both must agree — and agree with the naive reference.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { run } from '@/cli/stats';
import { openLedger } from '@/background/ledger/db';
import { addChatEvents, addRating } from '@/background/ledger/ingest';
import { dailyFigures, monthSatisfaction } from '@/background/ledger/queries';
import { exportStatsJsonl } from '@/background/ledger/transfer';
import { selectForMetrics } from '@/background/ledger/select';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import type { ChatEvent } from '@/utils/messages';
import { naiveStats } from '../../support/naive-stats';
import { traceArbitrary } from '../../support/trace-arbitrary';

let n = 0;
const EMPTY = { eligible: 0, onTime: 0, late: 0, pending: 0, rate: null, compliant: null };

describe('ledger figures = stats CLI over the ledger export = naive reference', () => {
  it('on generated traces', async () => {
    await fc.assert(
      fc.asyncProperty(
        traceArbitrary,
        fc.array(fc.constantFrom('row', 'row', 'row', 'history-seen', 'card'), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 1, max: 4 }),
        async (trace, kinds, batches) => {
          const db = await openLedger(`prop-${n++}`);
          const events: ChatEvent[] = trace.messages.map((m, i) => {
            const kind = kinds[i % kinds.length]!;
            return {
              site: 'k',
              conv: m.conv,
              id: m.id,
              dir: m.dir,
              ts: m.ts,
              tsSource: kind === 'history-seen' ? 'seen' : 'page',
              history: kind === 'history-seen',
              source: kind === 'card' ? 'card' : 'row',
            };
          });
          const days = trace.messages.map((m) => beijingDayNumber(m.ts));
          const from = days.length ? Math.min(...days) - 1 : beijingDayNumber(trace.now);
          const to = days.length ? Math.max(...days) + 1 : from;
          // Ingest in batches, querying in between at `now` and days later (fills the day cache,
          // which later batches must invalidate).
          const later = Math.max(trace.now, ...trace.messages.map((m) => m.ts)) + 2 * 86_400_000;
          const size = Math.ceil(events.length / batches) || 1;
          for (let i = 0; i < events.length; i += size) {
            await addChatEvents(db, events.slice(i, i + size), { now: trace.now, storeText: false });
            await dailyFigures(db, from, to, later);
            await dailyFigures(db, from, to, trace.now);
          }
          for (const [i, r] of trace.ratings.entries()) await addRating(db, { site: 'k', conv: 'c', at: r.ts, rating: r.rating, source: 'page', id: `r${i}` });

          const jsonl = await exportStatsJsonl(db);
          let cli: { days: Record<string, unknown>; months: Record<string, unknown> } = { days: {}, months: {} };
          for (const now of [trace.now, later]) {
            const ledger = await dailyFigures(db, from, to, now);
            const io = memoryIO(jsonl);
            expect(await run(['--now', String(now)], io)).toBe(0);
            expect(io.stderr).toBe('');
            cli = JSON.parse(io.stdout);
            for (const d of ledger) {
              const { day, ...figures } = d;
              expect(figures, day).toEqual(cli.days[day] ?? EMPTY);
            }
            expect(Object.keys(cli.days).every((day) => ledger.some((d) => d.day === day))).toBe(true);
          }
          for (const r of trace.ratings) {
            const { month, ...m } = await monthSatisfaction(db, r.ts);
            expect(m).toEqual(cli.months[month]);
          }
          // And the naive reference over exactly what the ledger counts.
          const naive = naiveStats(selectForMetrics(await db.getAll('messages')), trace.ratings, later);
          expect(cli.days).toEqual(naive.days);
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('ledger figures while time moves forward (today patched per conversation)', () => {
  it('after every batch, at that moment, equal the naive reference over what is stored', async () => {
    await fc.assert(
      fc.asyncProperty(
        traceArbitrary,
        fc.array(fc.constantFrom('row', 'row', 'history-seen', 'card'), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 400_000 }), { minLength: 8, maxLength: 8 }),
        async (trace, kinds, batches, lags) => {
          const db = await openLedger(`prop-live-${n++}`);
          const events: ChatEvent[] = [...trace.messages]
            .sort((a, b) => a.ts - b.ts)
            .map((m, i) => {
              const kind = kinds[i % kinds.length]!;
              return { site: 'k', conv: m.conv, id: m.id, dir: m.dir, ts: m.ts, tsSource: kind === 'history-seen' ? 'seen' : 'page', history: kind === 'history-seen', source: kind === 'card' ? 'card' : 'row' };
            });
          if (!events.length) return;
          const from = beijingDayNumber(events[0]!.ts) - 1;
          const to = beijingDayNumber(events[events.length - 1]!.ts) + 1;
          const size = Math.ceil(events.length / batches);
          for (let i = 0, b = 0; i < events.length; i += size, b++) {
            const batch = events.slice(i, i + size);
            const now = batch[batch.length - 1]!.ts + lags[b % lags.length]!;
            await addChatEvents(db, batch, { now, storeText: false });
            const ledger = await dailyFigures(db, from, to, now);
            const naive = naiveStats(selectForMetrics(await db.getAll('messages')), [], now).days;
            for (const { day, ...figures } of ledger) expect(figures, `${day} @${now}`).toEqual(naive[day] ?? EMPTY);
          }
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
