// @vitest-environment happy-dom
// Round 62 (guard62): reading the session list parsed each card's 「X分Y秒后超时」 twice (once for `waiting`, again for
// `showsAnswered`): 1,000 parses for a read of 500 cards, and the list is read twice a second (the watcher, the
// countdown chips). Counted here through the countdown pattern's exec calls: one per card; what is read is unchanged.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readSessionCards } from '@/content/watcher/sessions';
import { kuaishou } from '@/sites/kuaishou';
import { sessionCard as card } from '../../support/session-card';

describe('readSessionCards parses each card’s time once (round 62)', () => {
  afterEach(() => document.body.replaceChildren());

  it('200 cards: 200 countdown parses, not 400; waiting and answered read as before', () => {
    for (let i = 0; i < 200; i++) card(`买家${i}`, i % 5 === 0 ? '14:05' : `${Math.floor(i / 60) % 3}分${i % 60}秒后超时`);
    // Counted by hand, not by a spy that records every regex the DOM runs (happy-dom's selectors are regex-heavy).
    const realExec = RegExp.prototype.exec;
    let countdownParses = 0;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      if (this.source.includes('后超时')) countdownParses++;
      return realExec.call(this, text);
    };
    let cards: ReturnType<typeof readSessionCards>;
    try {
      cards = readSessionCards(document, kuaishou);
    } finally {
      RegExp.prototype.exec = realExec;
    }
    expect(cards).toHaveLength(200);
    expect(countdownParses).toBe(200);
    expect(cards[1]!.waiting).toEqual({ state: 'countdown', remainingMs: 1000 });
    expect(cards[1]!.showsAnswered).toBe(false);
    expect(cards[0]!.waiting).toEqual({ state: 'none' });
    expect(cards[0]!.showsAnswered).toBe(true);
  });
});
