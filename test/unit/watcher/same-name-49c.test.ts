// Round 49 (timers49c, rt49-timers finding 6): two buyers sharing a nickname are two buyers on the session list.
import { describe, expect, it } from 'vitest';
import { isTwinKey, nameOfKey, twinKey } from '../../../utils/buyer-key';
import { CARD_DISAGREE_WAIT_MS, CardKeys, TwinNumbers, type NamedCard } from '../../../content/watcher/same-name';
import { hashText } from '../../../content/watcher/message-id';

const card = (conv: string, remaining: number | null, last: string): NamedCard => ({
  element: {},
  conv,
  waiting: remaining === null ? { state: 'none' } : { state: 'countdown', remainingMs: remaining * 1000 },
  lastMessage: last,
  lastMessageHash: hashText(last),
});

describe('twin keys', () => {
  it('are never a nickname and name their nickname', () => {
    const key = twinKey('小王', 2);
    expect(key).not.toBe('小王');
    expect(isTwinKey(key)).toBe(true);
    expect(isTwinKey('小王 #2')).toBe(false);
    expect(nameOfKey(key)).toBe('小王');
    expect(nameOfKey('小王')).toBe('小王');
  });
});

describe('CardKeys (form b: two cards of one nickname)', () => {
  it('keys two cards named alike with different countdowns and messages apart, and keeps the keys', () => {
    const keys = new CardKeys(new TwinNumbers());
    const cards = [card('小王', 150, '我的快递到哪了'), card('小王', 65, '可以开发票吗'), card('小李', 120, '在吗')];
    const first = keys.assign(cards, null, 0).keys;
    expect(first).toEqual(['小王', twinKey('小王', 2), '小李']);
    // A second later, same elements (countdowns moved): same keys; the answered one keeps its key too.
    const later = [{ ...cards[0]!, waiting: { state: 'countdown' as const, remainingMs: 149_000 } }, { ...cards[1]!, waiting: { state: 'none' as const }, lastMessageHash: hashText('好的') }, cards[2]!];
    expect(keys.assign(later, null, 1000).keys).toEqual(first);
  });

  it('one buyer listed twice (same countdown, same message) is one key', () => {
    const keys = new CardKeys(new TwinNumbers());
    expect(keys.assign([card('小王', 150, '在吗'), card('小王', 149, '在吗')], null, 0).keys).toEqual(['小王', '小王']);
  });

  it('a card drawn again (new element) keeps its twin key', () => {
    const keys = new CardKeys(new TwinNumbers());
    const a = card('小王', 150, '我的快递到哪了');
    const b = card('小王', 65, '可以开发票吗');
    expect(keys.assign([a, b], null, 0).keys).toEqual(['小王', twinKey('小王', 2)]);
    expect(keys.assign([a, { ...b, element: {} }], null, 1000).keys).toEqual(['小王', twinKey('小王', 2)]);
    // Even alone on the list (the other buyer's card gone).
    expect(keys.assign([{ ...b, element: {} }], null, 2000).keys).toEqual([twinKey('小王', 2)]);
  });
});

describe('CardKeys (form c: a card disagreeing with the open chat of its nickname)', () => {
  const answered = { name: '小王', key: 'id:111', state: { unanswered: [] } };
  it('a counting card while the open 小王 is answered is another buyer, once it has disagreed for a moment', () => {
    const keys = new CardKeys(new TwinNumbers());
    const own = card('小王', null, '有的亲');
    const other = card('小王', 160, '我的快递到哪了？');
    expect(keys.assign([own], answered, 0).keys).toEqual(['小王']);
    const held = keys.assign([own, other], answered, 1000);
    expect(held.keys).toEqual(['小王', null]);
    expect(held.retryInMs).toBe(CARD_DISAGREE_WAIT_MS);
    expect(keys.assign([own, other], answered, 1000 + CARD_DISAGREE_WAIT_MS).keys).toEqual(['小王', twinKey('小王', 2)]);
    // The open chat switched to another buyer: the twin keeps its key.
    expect(keys.assign([own, other], null, 9000).keys).toEqual(['小王', twinKey('小王', 2)]);
  });

  it('the open buyer’s own card starting to count with the message the rows show is that buyer (no hold)', () => {
    const keys = new CardKeys(new TwinNumbers());
    const waiting = { name: '小王', key: 'id:111', state: { unanswered: ['什么时候发货'] } };
    expect(keys.assign([card('小王', 179, '什么时候发货')], waiting, 0).keys).toEqual(['小王']);
  });

  it('the card reaching the list before the rows: held, then the buyer’s once the rows show the message', () => {
    const keys = new CardKeys(new TwinNumbers());
    const c = card('小王', 179, '什么时候发货');
    expect(keys.assign([c], answered, 0).keys).toEqual([null]);
    expect(keys.assign([c], { ...answered, state: { unanswered: ['什么时候发货'] } }, 500).keys).toEqual(['小王']);
  });

  it('a card not counting while the open 小王 waits is another buyer (it never stops that timer)', () => {
    const keys = new CardKeys(new TwinNumbers());
    const waiting = { name: '小王', key: 'id:111', state: { unanswered: ['在吗'] } };
    expect(keys.assign([card('小王', null, '好的谢谢')], waiting, 0).keys).toEqual([twinKey('小王', 2)]);
  });
});
