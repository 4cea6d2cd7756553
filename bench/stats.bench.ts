// Stats over a busy shop's 90 days: 3,000 buyer messages a day (≈270k in + ≈250k out) plus
// ratings. Times the pure computation (daily reply rate + monthly satisfaction) after parsing,
// the JSONL parsing and the log ingestion separately, and compares against the naive O(n²) reference (the peer) on a
// one-day slice in the same process. Prints figures; asserts nothing.
import { parseEventLine, type ChatMessage, type Rating } from '../rules/metrics/events';
import { MessageLog } from '../rules/metrics/message-log';
import { dailyReplyStats } from '../rules/metrics/reply-rate';
import { monthlySatisfaction } from '../rules/metrics/satisfaction';
import { naiveStats } from '../test/support/naive-stats';

const DAYS = 90;
const BUYER_PER_DAY = 3_000;
const RATINGS_PER_DAY = 300;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const START = Date.UTC(2024, 1, 1) - 8 * HOUR; // 2024-02-01 00:00 Beijing

/** mulberry32: a small seeded PRNG, so every run measures the same trace. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Trace {
  messages: ChatMessage[];
  ratings: Rating[];
  now: number;
}

/** Sessions of 1–5 buyer messages a few seconds apart; most answered within 5 minutes, some late, some never. */
function generate(days: number, seed = 42): Trace {
  const random = prng(seed);
  const messages: ChatMessage[] = [];
  const ratings: Rating[] = [];
  for (let d = 0; d < days; d++) {
    let sent = 0;
    let session = 0;
    while (sent < BUYER_PER_DAY) {
      const conv = `d${d}s${session++}`;
      // 90% in 08:00–24:00, the rest at night.
      let t = START + d * DAY + (random() < 0.9 ? 8 * HOUR + random() * 16 * HOUR : random() * 8 * HOUR);
      const burst = Math.min(1 + Math.floor(random() * 5), BUYER_PER_DAY - sent);
      for (let k = 0; k < burst; k++) {
        messages.push({ conv, id: `b${k}`, dir: 'in', ts: Math.round(t) });
        sent++;
        const roll = random();
        if (roll < 0.8) messages.push({ conv, id: `r${k}`, dir: 'out', ts: Math.round(t + random() * 300_000) });
        else if (roll < 0.95) messages.push({ conv, id: `r${k}`, dir: 'out', ts: Math.round(t + 300_000 + random() * 900_000) });
        t += 1_000 + random() * 20_000;
      }
      // Exports overlap: 1% of sessions are logged twice.
      if (random() < 0.01) messages.push({ ...messages[messages.length - 1]! });
    }
    for (let r = 0; r < RATINGS_PER_DAY; r++) {
      const roll = random();
      ratings.push({ ts: START + d * DAY + Math.floor(random() * DAY), rating: roll < 0.85 ? 'satisfied' : roll < 0.95 ? 'neutral' : 'disappointed' });
    }
  }
  return { messages, ratings, now: START + days * DAY };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let result!: T;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

function statsOf(messages: MessageLog | ChatMessage[], ratings: Rating[], now: number) {
  return { days: dailyReplyStats(messages, now), months: monthlySatisfaction(ratings) };
}

export function run(): void {
  const generated = generate(DAYS);
  // As a log really arrives: interleaved by time across conversations.
  generated.messages.sort((a, b) => a.ts - b.ts);
  const buyer = generated.messages.filter((m) => m.dir === 'in').length;
  console.log(
    `trace: ${DAYS} days, ${fmt(buyer)} buyer + ${fmt(generated.messages.length - buyer)} shop message lines ` +
      `(some sessions logged twice), ${fmt(generated.ratings.length)} ratings`,
  );

  // 1. Parsing, as the CLI does it line by line (ISO strings with an offset, the costlier case).
  const lines = [
    ...generated.messages.map((m) => JSON.stringify({ conv: m.conv, id: m.id, dir: m.dir, ts: new Date(m.ts).toISOString() })),
    ...generated.ratings.map((r) => JSON.stringify({ type: 'rating', ts: r.ts, rating: r.rating })),
  ];
  const parse = time(3, () => {
    const messages: ChatMessage[] = [];
    const ratings: Rating[] = [];
    for (const line of lines) {
      const event = parseEventLine(line);
      if (event.ok && event.value.kind === 'message') messages.push(event.value.message);
      else if (event.ok && event.value.kind === 'rating') ratings.push(event.value.rating);
    }
    return { messages, ratings };
  });
  const { messages, ratings } = parse.result;
  console.log(`parse JSONL:        median ${fmt(parse.ms)} ms of 3 for ${fmt(lines.length)} lines (${fmt(lines.length / parse.ms / 1000)} M lines/s)`);

  // 2. Ingestion into the columnar log: intern conversation ids, drop repeated (conv, id).
  const ingest = time(5, () => MessageLog.from(messages));
  const log = ingest.result;
  console.log(`ingest MessageLog:  median ${fmt(ingest.ms)} ms of 5 (${fmt(messages.length / ingest.ms / 1000)} M messages/s), ${fmt(log.length)} unique`);

  // 3. The stats computation proper over the log.
  const now = generated.now;
  const full = time(9, () => statsOf(log, ratings, now));
  const events = log.length + ratings.length;
  const columnBytes = log.length * (4 + 8 + 1 + 4 + 8); // conv, ts, direction, chain, id pointer
  console.log(
    `stats (90 days):    median ${fmt(full.ms)} ms of 9 (${fmt(events / full.ms / 1000)} M events/s), ` +
      `${Object.keys(full.result.days).length} days, ${Object.keys(full.result.months).length} months; ` +
      `log columns ≈ ${mb(columnBytes)}, heap used ${mb(process.memoryUsage().heapUsed)} (trace, lines, parsed events, log)`,
  );
  const fromArray = time(5, () => statsOf(messages, ratings, now));
  console.log(`ingest + stats from a plain ChatMessage[]: median ${fmt(fromArray.ms)} ms of 5`);

  // 4. The peer: the naive O(n²) reference on a one-day slice (it would take hours on 90 days).
  const slice = generate(1, 7);
  const naive = time(3, () => naiveStats(slice.messages, slice.ratings, slice.now));
  const fastSlice = time(15, () => statsOf(slice.messages, slice.ratings, slice.now));
  const same = JSON.stringify(naive.result) === JSON.stringify(fastSlice.result);
  console.log(
    `peer: naive O(n²) reference on 1 day (${fmt(slice.messages.length)} messages): ${fmt(naive.ms)} ms; ` +
      `fast (ingest + stats) on the same slice: ${fmt(fastSlice.ms)} ms → ${fmt(naive.ms / fastSlice.ms)}× faster; results ${same ? 'identical' : 'DIFFER'}`,
  );
}
