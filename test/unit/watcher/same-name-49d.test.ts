// Round 49 (rt49b-timers finding 2, timers49d): two same-name cards whose elements are reused by position (a list keyed by
// index, sorted by urgency). When one buyer is answered its card drops to the bottom: the contents swap elements. The
// answer must go to the buyer whose countdown/message the card showed, not to the element.
import { describe, expect, it } from 'vitest';
import { twinKey } from '../../../utils/buyer-key';
import { CardKeys, TwinNumbers, type NamedCard } from '../../../content/watcher/same-name';
import { hashText } from '../../../content/watcher/message-id';

const show = (element: object, conv: string, remainingS: number | null, last: string): NamedCard => ({
  element,
  conv,
  waiting: remainingS === null ? { state: 'none' } : { state: 'countdown', remainingMs: remainingS * 1000 },
  lastMessage: last,
  lastMessageHash: hashText(last),
});

describe('CardKeys: same-name cards reused by position (index keys)', () => {
  it('the key follows the buyer whose content moved into another element', () => {
    const keys = new CardKeys(new TwinNumbers());
    const e0 = {};
    const e1 = {};
    const e2 = {};
    // Sorted by urgency: the 65 s 小王 (开发票) on top, then 小李, then the 150 s 小王 (快递).
    const first = keys.assign([show(e0, '小王', 65, '可以开发票吗'), show(e1, '小李', 120, '在吗'), show(e2, '小王', 150, '我的快递到哪了')], null, 0).keys;
    expect(first).toEqual(['小王', '小李', twinKey('小王', 2)]);
    const invoice = first[0]!;
    const parcel = first[2]!;
    expect(keys.assign([show(e0, '小王', 61, '可以开发票吗'), show(e1, '小李', 116, '在吗'), show(e2, '小王', 146, '我的快递到哪了')], null, 4000).keys).toEqual(first);
    // The invoice buyer answered: the list re-sorts, the same elements now show other buyers.
    const after = keys.assign([show(e0, '小李', 115, '在吗'), show(e1, '小王', 145, '我的快递到哪了'), show(e2, '小王', null, '好的亲，马上为您开')], null, 5000).keys;
    expect(after).toEqual(['小李', parcel, invoice]);
    // Ticks on: unchanged.
    expect(keys.assign([show(e0, '小李', 110, '在吗'), show(e1, '小王', 140, '我的快递到哪了'), show(e2, '小王', null, '好的亲，马上为您开')], null, 10_000).keys).toEqual(after);
    // Then the parcel buyer answered too: both drop (invoice first by its earlier deadline).
    const both = keys.assign([show(e0, '小李', 100, '在吗'), show(e1, '小王', null, '好的亲，马上为您开'), show(e2, '小王', null, '今天下午到')], null, 20_000).keys;
    expect(both).toEqual(['小李', invoice, parcel]);
  });

  it('a buyer’s own new message (content changed, matching no other buyer) keeps the element’s key', () => {
    const keys = new CardKeys(new TwinNumbers());
    const e0 = {};
    const e1 = {};
    const first = keys.assign([show(e0, '小王', 65, '可以开发票吗'), show(e1, '小王', 150, '我的快递到哪了')], null, 0).keys;
    expect(keys.assign([show(e0, '小王', 180, '还有一个问题'), show(e1, '小王', 149, '我的快递到哪了')], null, 1000).keys).toEqual(first);
  });
});
