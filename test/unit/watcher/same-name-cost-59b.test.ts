// Round 59 (timers59b): the workbench with 500 waiting buyers' cards, read each second as their countdowns tick. Each
// nickname's card went through everything the last read showed (all 500 nicknames' entries) to find its own: 500 × 500
// steps a read, a tenth of the content script's time in the 500-card profile. Counted here: how many times one read
// goes through what the last read showed (once, not once per nickname), and the keys unchanged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardKeys, TwinNumbers, type NamedCard } from '../../../content/watcher/same-name';
import { hashText } from '../../../content/watcher/message-id';

const card = (element: object, conv: string, remainingS: number): NamedCard => ({
  element,
  conv,
  waiting: { state: 'countdown', remainingMs: remainingS * 1000 },
  lastMessage: '在吗',
  lastMessageHash: hashText('在吗'),
});

describe('CardKeys.assign: the work of one read of 500 cards of 500 nicknames', () => {
  afterEach(() => vi.restoreAllMocks());

  it('what the last read showed is gone through once a read, not once per nickname; every card keeps its nickname', () => {
    const keys = new CardKeys(new TwinNumbers());
    const elements = Array.from({ length: 500 }, () => ({}));
    const read = (t: number) => keys.assign(elements.map((e, i) => card(e, `卡片买家${i}`, 170 - (i % 70) - t)), null, t * 1000);
    read(0);
    const shownWalks = vi.spyOn(Map.prototype, Symbol.iterator);
    const { keys: second } = read(1);
    const walksOfLastRead = shownWalks.mock.contexts.filter((map) => (map as Map<unknown, unknown>).size === 500).length;
    shownWalks.mockRestore();
    expect(second).toEqual(elements.map((_, i) => `卡片买家${i}`));
    expect(walksOfLastRead).toBeLessThanOrEqual(2);
  });
});
