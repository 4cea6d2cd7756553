// @vitest-environment happy-dom
// Round 66 (timers66): a session card already on the page waits up to 2 s (COUNTDOWN_WRITE_WAIT_MS) for its countdown's
// next write before it is filed (round 64–65). When the watcher was replaced in that window (content/start.ts: the shop
// switched, or read afresh after a glance at another shop), the card waited in the old watcher's tracker, which was
// dropped: the new watcher read it again if still shown, but one gone from the list in that instant was never filed.
// Now the old watcher hands its held cards to the new one (takeHeldCards → WatcherOptions.heldCards), which files each
// once: as first read when gone, from its countdown's write when one comes.
import { describe, expect, it } from 'vitest';

import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import type { PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';
import { shopKey } from '@/utils/buyer-key';
import { PageTracker, type CardSnapshot } from '@/content/watcher/tracker';
import { useFakeChatWorker } from '../../support/fake-chat-worker';

const S = 1000;
const T = Math.floor(Date.UTC(2026, 11, 7, 3, 0, 0) / S) * S;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const shopB: PageShop = { ref: 'name:韩国美妆店', label: '韩国美妆店', source: 'name' };
const card = (name: string, countdown: string) =>
  `<div class="SessionBaseCard"><span class="SessionBaseCard-topHeadName">${name}</span><span class="SessionBaseCard-topHeadTime">${countdown}</span><div class="SessionBaseCard-lastMessage">在吗</div></div>`;

describe('a card held for its countdown’s write when the watcher is replaced', () => {
  const { received, signal } = useFakeChatWorker();
  const cardEvents = () => received.filter((e) => e.source === 'card' && e.dir === 'in').map((e) => [decodeURIComponent(e.conv), e.ts, e.seenAt]);

  it('gone from the list as the new watcher starts: filed once, by it, as first read (before: never filed)', async () => {
    // 阿美's card, 「4分30秒后超时」, rendered before the watcher's first read: its write was not seen, it waits.
    document.body.innerHTML = `<div id="cards">${card('阿美', '4分30秒后超时')}</div>`;
    let now = T;
    const first = signal();
    const old = startWatcher(kuaishou, first.signal, () => now, new ServerClock(), () => shopB);
    await tick(150);
    expect(cardEvents()).toEqual([]);
    // 0.8 s later the watcher is replaced (content/start.ts run()); the list, re-rendered meanwhile, no longer shows her.
    now = T + 800;
    const handed = old.takeHeldCards();
    expect(handed.filed).toEqual([]);
    first.abort();
    document.getElementById('cards')!.replaceChildren();
    startWatcher(kuaishou, signal().signal, () => now, new ServerClock(), () => shopB, { heldCards: handed.cards });
    await tick(150);
    // Dated from her first read at T: 4:30 left then (more than 3:00: the 5-minute clock), less the read margin, to the second.
    const since = Math.floor((T + 270_000 - 300_000 - S) / S) * S;
    expect(cardEvents()).toEqual([[decodeURIComponent(shopKey(shopB.ref, '阿美')), since, T]]);
    now = T + 5000;
    await tick(150);
    expect(cardEvents()).toHaveLength(1);
  });

  it('still shown: the new watcher waits for the write from the first read, and files it once (no second sighting)', async () => {
    document.body.innerHTML = `<div id="cards">${card('阿美', '4分30秒后超时')}</div>`;
    let now = T;
    const first = signal();
    const old = startWatcher(kuaishou, first.signal, () => now, new ServerClock(), () => shopB);
    await tick(150);
    now = T + 800;
    const handed = old.takeHeldCards();
    first.abort();
    startWatcher(kuaishou, signal().signal, () => now, new ServerClock(), () => shopB, { heldCards: handed.cards });
    await tick(150);
    expect(cardEvents()).toEqual([]);
    // The page writes 「4分29秒后超时」 at T + 1 s: dated from that write.
    now = T + S;
    (document.querySelector('.SessionBaseCard-topHeadTime')!.firstChild as Text).data = '4分29秒后超时';
    await tick(150);
    const events = cardEvents();
    expect(events).toHaveLength(1);
    expect(events[0]![1]).toBeLessThanOrEqual(T + S - 50 + 269_000 - 300_000 - S);
    expect(events[0]![2]).toBe(T);
  });

  it('a card of the list kept as the old shop’s (its name before its list): filed by the old watcher as first read, not handed on', () => {
    const tracker = new PageTracker({ site: 'k' });
    const held: CardSnapshot = { conv: '阿美', waiting: { state: 'countdown', remainingMs: 270_000 }, lastMessageHash: 'h', lastMessageIgnored: false, countdownWrittenAt: null };
    const other: CardSnapshot = { ...held, conv: '小李' };
    tracker.observeCards([], T - 10 * S);
    expect(tracker.observeCards([held, other], T)).toEqual([]);
    const { cards, filed } = tracker.takeHeldCards(0, T + 800, (c) => c.conv === '阿美');
    expect(filed.map((e) => [e.conv, e.ts, e.seenAt, e.history])).toEqual([['阿美', Math.floor((T + 270_000 - 300_000 - S) / S) * S, T, false]]);
    expect(cards).toEqual([{ at: T, card: other, history: false }]);
    // Nothing left to file here.
    expect(tracker.observeCards([], T + 900)).toEqual([]);
  });
});
