// Round 65 (timers65): round 64 holds a session card whose countdown this page has not seen written (up to
// COUNTDOWN_WRITE_WAIT_MS) for its next write. What the hold must never do: date the card from the end of the wait
// (the text was on the page since the first read: 2 s later than that is 2 s more than the buyer has), lose a card
// answered or gone from the list before its next write, or hide when the card was read (a shop switch decided since
// then moves only what was read after it: background/ledger/refile.ts compares the record's first sighting).
import { describe, expect, it } from 'vitest';
import { COUNTDOWN_WRITE_WAIT_MS, PageTracker, type CardSnapshot } from '@/content/watcher/tracker';

const S = 1000;
const T = Math.floor(Date.UTC(2026, 11, 7, 3, 0, 0) / S) * S;
const card = (conv: string, waiting: CardSnapshot['waiting'], hash = 'h', countdownWrittenAt: number | null = null): CardSnapshot => ({
  conv,
  waiting,
  lastMessageHash: hash,
  lastMessageIgnored: false,
  ...(waiting.state === 'countdown' ? { countdownWrittenAt } : {}),
});
const counting = (conv: string, remainingMs: number, hash = 'h') => card(conv, { state: 'countdown', remainingMs }, hash);
/** A tracker whose cards have been read for a while (past the load's settle window: what it files is live). */
const settledTracker = () => {
  const t = new PageTracker({ site: 'k' });
  t.observeCards([], T - 60 * S);
  return t;
};

describe('a card held for its countdown’s next write (round 64) — round 65', () => {
  it('no write came: dated from the first read, not from the end of the wait', () => {
    const t = settledTracker();
    expect(t.observeCards([counting('甲', 277 * S)], T)).toEqual([]);
    const [e] = t.observeCards([counting('甲', 277 * S)], T + COUNTDOWN_WRITE_WAIT_MS);
    // 「4分37秒」 read at T: the buyer's deadline is at most T + 277 s (the text was written at T or before).
    expect(e!.ts + 300_000).toBeLessThanOrEqual(T + 277 * S);
    expect(e).toMatchObject({ conv: '甲', dir: 'in', source: 'card', history: false, seenAt: T });
  });

  it('answered before its next write: the wait is filed as first read, then the answer', () => {
    const t = settledTracker();
    expect(t.observeCards([counting('甲', 277 * S, 'q')], T)).toEqual([]);
    const events = t.observeCards([card('甲', { state: 'none' }, 'a')], T + 800);
    expect(events.map((e) => [e.dir, e.source, e.id.split(':')[0]])).toEqual([
      ['in', 'card', 'card'],
      ['out', 'card', 'card-reply'],
    ]);
    expect(events[0]!.ts + 300_000).toBeLessThanOrEqual(T + 277 * S);
    expect(events[0]!.seenAt).toBe(T);
    expect(t.cardWriteWaitMs(T + 800)).toBeNull();
  });

  it('shown 已超时 before its next write: the countdown read first dates it (not a wait of unknown time)', () => {
    const t = settledTracker();
    t.observeCards([counting('甲', 1 * S)], T);
    const events = t.observeCards([card('甲', { state: 'overdue' })], T + 1200);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ dir: 'in', source: 'card', tsSource: 'page' });
    expect(events[0]!.timeUnknown).toBeUndefined();
    expect(events[0]!.ts + 300_000).toBeLessThanOrEqual(T + 1 * S + 120_000); // the platform's 3:00 card, 1 s left
  });

  it('gone from the list before its next write (another list shown): filed as first read, once', () => {
    const t = settledTracker();
    t.observeCards([counting('甲', 200 * S), counting('乙', 100 * S)], T);
    const events = t.observeCards([counting('乙', 100 * S)], T + 500);
    expect(events.map((e) => e.conv)).toEqual(['甲']);
    expect(events[0]).toMatchObject({ seenAt: T });
    expect(t.observeCards([], T + 3000).map((e) => e.conv)).toEqual(['乙']); // 乙 left too: filed once, 甲 not again
    expect(t.observeCards([], T + 6000)).toEqual([]);
  });

  it('a card seen at load and dated by its write after the settle window is still history (seen at load)', () => {
    const t = new PageTracker({ site: 'k' });
    expect(t.observeCards([counting('甲', 277 * S)], T)).toEqual([]);
    const [e] = t.observeCards([card('甲', { state: 'countdown', remainingMs: 276 * S }, 'h', T + 1700)], T + 1800);
    expect(e).toMatchObject({ history: true, seenAt: T });
  });
});
