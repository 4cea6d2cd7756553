// @vitest-environment happy-dom
// Round 64 (timers64): a session card's 「4分37秒后超时」 tells the time left when the page WROTE it. Read after the
// page's main thread was blocked (0.7–1.6 s on a loaded PC), it was dated from the read and gave the buyer up to
// seconds more than they had (the chip, badge and popup then showed more time left than the truth). A card is now
// dated from the moment its text was written (content/watcher/countdown-writes.ts), never later.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import { startWatcher } from '@/content/watcher/index';
import { kuaishou } from '@/sites/kuaishou';
import { CountdownWrites } from '@/content/watcher/countdown-writes';
import { COUNTDOWN_WRITE_WAIT_MS, PageTracker, type CardSnapshot } from '@/content/watcher/tracker';

const S = 1000;
/** A whole second, so that the tracker's rounding to whole seconds cannot hide a late read. */
const T = Math.floor(Date.UTC(2026, 11, 7, 3, 0, 0) / S) * S;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The buyer's deadline at its earliest, given what the page wrote: "m分s秒后超时" written at `at` rounds the time left
 * UP (demo/src/workbench/time.ts platformCountdown), so the deadline is after `at + (m*60+s-1) s`.
 */
const earliestDeadline = (at: number, shownSeconds: number) => at + (shownSeconds - 1) * S + 1;

describe('a card countdown read late is dated from its write (round 64)', () => {
  let received: ChatEvent[];
  let controller: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    received = [];
    controller = new AbortController();
    fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (message.type === 'chat-events') received.push(...message.events);
      sendResponse({ ok: true });
      return true;
    }) as never);
  });
  afterEach(() => controller.abort());

  it('the watcher: text written at t and read at t + 1.6 s gives a deadline no later than the truth', async () => {
    // 「4分38秒后超时」 written 1 s before the page's first read, which came 0.6 s late (t + 1.6 s of the write).
    document.body.innerHTML = `<div class="SessionBaseCard"><span class="SessionBaseCard-topHeadName">张三</span><span class="SessionBaseCard-topHeadTime">4分38秒后超时</span><div class="SessionBaseCard-lastMessage">在吗</div></div>`;
    const time = document.querySelector('.SessionBaseCard-topHeadTime')!;
    let now = T + 600;
    startWatcher(kuaishou, controller.signal, () => now);
    await tick(300);
    // The page writes 「4分37秒后超时」 at T; the observer notes it at once (a microtask), then the main thread is
    // blocked 1.6 s before the watcher's read runs.
    now = T;
    (time.firstChild as Text).data = '4分37秒后超时';
    await Promise.resolve();
    now = T + 1600;
    await tick(400);
    const cards = received.filter((e) => e.source === 'card' && e.dir === 'in');
    expect(cards).toHaveLength(1);
    const deadline = cards[0]!.ts + 300_000;
    expect(deadline).toBeLessThanOrEqual(Math.min(earliestDeadline(T - S, 4 * 60 + 38), earliestDeadline(T, 4 * 60 + 37)));
    // …and early by no more than the read margin and the rounding (2 s).
    expect(deadline).toBeGreaterThanOrEqual(earliestDeadline(T, 4 * 60 + 37) - 2 * S);
  });

  it('the tracker: a countdown not seen written waits for its next write, a little; then it is dated from the read', () => {
    const card = (remainingMs: number, countdownWrittenAt: number | null): CardSnapshot => ({
      conv: '甲',
      waiting: { state: 'countdown', remainingMs },
      lastMessageHash: 'h',
      lastMessageIgnored: false,
      countdownWrittenAt,
    });
    const t = new PageTracker({ site: 'k' });
    expect(t.observeCards([card(277 * S, null)], T + 1600)).toEqual([]);
    expect(t.cardWriteWaitMs(T + 1600)).toBe(COUNTDOWN_WRITE_WAIT_MS);
    // Written at T, read at T + 1.6 s: from T.
    const [e] = t.observeCards([card(277 * S, T)], T + 1600);
    expect(e!.ts + 300_000).toBeLessThanOrEqual(earliestDeadline(T, 277));
    expect(t.cardWriteWaitMs(T + 1600)).toBeNull();

    // A page that never rewrites its countdown: dated from the read once the wait is over (as before round 64).
    const u = new PageTracker({ site: 'k' });
    expect(u.observeCards([card(277 * S, null)], T)).toEqual([]);
    expect(u.observeCards([card(277 * S, null)], T + COUNTDOWN_WRITE_WAIT_MS - 1)).toEqual([]);
    const [f] = u.observeCards([card(277 * S, null)], T + COUNTDOWN_WRITE_WAIT_MS);
    expect(f!.ts + 300_000).toBeLessThanOrEqual(earliestDeadline(T + COUNTDOWN_WRITE_WAIT_MS, 277));
  });
});

describe('CountdownWrites', () => {
  it('notes each countdown write at the observer’s moment; a changed text unseen is of unknown age', async () => {
    document.body.innerHTML = `<div class="card"><span class="time">4分37秒后超时</span></div><span class="other">0</span>`;
    const time = document.querySelector('.time')!;
    const writes = new CountdownWrites('.time');
    let at = T;
    const observer = new MutationObserver((records) => writes.note(records, at, 0));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    expect(writes.writtenAt(time, '4分37秒后超时')).toBeNull();
    time.textContent = '4分36秒后超时';
    await Promise.resolve();
    at = T + 5000;
    document.querySelector('.other')!.textContent = '1'; // not a countdown: changes nothing
    await Promise.resolve();
    // Dated 66 ms before the callback: a task the browser does not report as long took 50 ms at most (+16 ms to the callback).
    expect(writes.writtenAt(time, '4分36秒后超时')).toBe(T - 66);
    expect(writes.writtenAt(time, '4分35秒后超时')).toBeNull();
    observer.disconnect();
  });

  it('a write noted at the end of a long task is dated from the task’s start', () => {
    const spans = [{ start: 10_000, end: 11_600 }];
    const writes = new CountdownWrites('.time', () => spans.splice(0));
    document.body.innerHTML = `<span class="time">4分37秒后超时</span>`;
    const time = document.querySelector('.time')!;
    // The observer ran at perf 11 600.4 (wall T + 1.6 s), just after the end of a task that began at perf 10 000 (wall T).
    writes.note([{ type: 'characterData', target: time.firstChild! } as unknown as MutationRecord], T + 1600, 11_600.4);
    expect(writes.writtenAt(time, '4分37秒后超时')).toBeCloseTo(T - 0.4, 3); // the task's start, on the wall clock
    // Outside any long task: at most an unreported task (50 ms) and the way to the callback (16 ms) before it.
    writes.note([{ type: 'characterData', target: time.firstChild! } as unknown as MutationRecord], T + 5000, 15_000);
    expect(writes.writtenAt(time, '4分37秒后超时')).toBe(T + 5000 - 66);
  });
});
