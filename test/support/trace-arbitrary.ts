// fast-check generators of chat traces that crowd the places where reply-rate code goes wrong:
// the 08:00 and 24:00 Beijing edges, replies at exactly 5:00 (and ±1 ms), bursts, repeated
// (conv, id), replies in other conversations, month ends, and `now` right at a deadline.
import fc from 'fast-check';
import type { NaiveMessage, NaiveRating } from './naive-stats';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const LIMIT = 300_000;

/** Beijing midnights of a few days around month and leap-day boundaries. */
const BEIJING_MIDNIGHTS = [
  Date.UTC(2024, 0, 31) - 8 * HOUR, // 2024-01-31 00:00 Beijing
  Date.UTC(2024, 1, 28) - 8 * HOUR, // 2024-02-28, then the leap day
  Date.UTC(2024, 11, 31) - 8 * HOUR, // year end
];

/** A time near an interesting Beijing instant: 00:00, 08:00, 12:00, or next midnight, ± jitter. */
export const edgeTime = fc
  .record({
    midnight: fc.constantFrom(...BEIJING_MIDNIGHTS),
    dayOffset: fc.integer({ min: 0, max: 2 }),
    edge: fc.constantFrom(0, 8 * HOUR, 8 * HOUR, 12 * HOUR, 24 * HOUR, 24 * HOUR),
    jitter: fc.oneof(
      fc.constantFrom(0, -1, 1, -LIMIT, LIMIT),
      fc.integer({ min: -2_000, max: 2_000 }),
      fc.integer({ min: -15 * 60_000, max: 15 * 60_000 }),
    ),
  })
  .map(({ midnight, dayOffset, edge, jitter }) => midnight + dayOffset * DAY + edge + jitter);

const convId = fc.constantFrom('c1', 'c2', 'c3');
// Few ids, so repeats of (conv, id) are common, sometimes with another direction or time.
const messageId = fc.integer({ min: 0, max: 12 }).map((n) => `m${n}`);

/** A reply delay relative to some buyer message: exactly 5:00, ±1 ms, before, same ms, or anything. */
const replyDelay = fc.oneof(
  fc.constantFrom(0, LIMIT, LIMIT - 1, LIMIT + 1, -1),
  fc.integer({ min: -LIMIT, max: 2 * LIMIT }),
);

export interface Trace {
  messages: NaiveMessage[];
  ratings: NaiveRating[];
  now: number;
}

export const traceArbitrary: fc.Arbitrary<Trace> = fc
  .record({
    buyers: fc.array(fc.record({ conv: convId, id: messageId, ts: edgeTime, burst: fc.integer({ min: 0, max: 3 }) }), { maxLength: 14 }),
    replies: fc.array(
      fc.record({ to: fc.nat(), sameConv: fc.boolean(), conv: convId, id: messageId, delay: replyDelay }),
      { maxLength: 14 },
    ),
    ratings: fc.array(fc.record({ ts: edgeTime, rating: fc.constantFrom('satisfied', 'neutral', 'disappointed' as const) }), { maxLength: 6 }),
    order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 80, maxLength: 80 }),
    nowFrom: fc.nat(),
    nowDelta: fc.constantFrom(LIMIT, LIMIT + 1, LIMIT - 1, 0, 10 * DAY, -DAY),
  })
  .map(({ buyers, replies, ratings, order, nowFrom, nowDelta }) => {
    const messages: NaiveMessage[] = [];
    for (const b of buyers) {
      // A burst: the same buyer writes again a few seconds apart (new ids).
      for (let k = 0; k <= b.burst; k++) messages.push({ conv: b.conv, id: k === 0 ? b.id : `${b.id}-${k}`, dir: 'in', ts: b.ts + k * 7_000 });
    }
    const buyerMessages = [...messages];
    for (const r of replies) {
      const target = buyerMessages.length > 0 ? buyerMessages[r.to % buyerMessages.length]! : null;
      const ts = target ? target.ts + r.delay : BEIJING_MIDNIGHTS[0]! + 8 * HOUR + r.delay;
      messages.push({ conv: target && r.sameConv ? target.conv : r.conv, id: `r${r.id}`, dir: 'out', ts });
    }
    // Interleave in a random but reproducible order (first occurrence of a repeat depends on it).
    const mixed = messages.map((m, i) => ({ m, key: order[i % order.length]! + i * 1e-9 })).sort((a, b) => a.key - b.key).map((x) => x.m);
    const anchor = messages.length > 0 ? messages[nowFrom % messages.length]!.ts : BEIJING_MIDNIGHTS[0]!;
    return { messages: mixed, ratings, now: anchor + nowDelta };
  });

/** How a trace's times are written: epoch ms, or ISO with Z, +08:00, +09:00, -05:00, +05:45, no offset. */
export const TS_STYLES = ['epoch', 'Z', '+08:00', '+09:00', '-05:00', '+05:45', 'none'] as const;
export type TsStyle = (typeof TS_STYLES)[number];

export function formatTs(ts: number, style: TsStyle): number | string {
  if (style === 'epoch') return ts;
  if (style === 'Z') return new Date(ts).toISOString();
  const offsetMinutes = style === 'none' ? 8 * 60 : (style.startsWith('-') ? -1 : 1) * (Number(style.slice(1, 3)) * 60 + Number(style.slice(4, 6)));
  const wall = new Date(ts + offsetMinutes * 60_000).toISOString().slice(0, 23);
  return style === 'none' ? wall : wall + style;
}
