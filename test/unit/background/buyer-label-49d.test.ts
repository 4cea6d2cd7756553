// Round 49 (rt49b-timers finding 4, timers49d): two waiting buyers sharing a nickname are told apart in the popup and alerts.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buyerLabel, twinKey } from '../../../utils/buyer-key';
import { alertText, type TimerEntry } from '../../../background/timer-state';

describe('buyerLabel', () => {
  const all = [{ conv: '小王' }, { conv: twinKey('小王', 2) }, { conv: '小李' }];
  it('numbers the buyers of a shared nickname: 小王（1）, 小王（2）', () => {
    expect(buyerLabel('小王', '小王', all)).toBe('小王（1）');
    expect(buyerLabel('小王', twinKey('小王', 2), all)).toBe('小王（2）');
  });
  it('leaves a nickname no other waiting buyer shares as it is', () => {
    expect(buyerLabel('小李', '小李', all)).toBe('小李');
    expect(buyerLabel('小王', '小王', [{ conv: '小王' }])).toBe('小王');
  });
  it('a twin alone still shows its number (the first 小王 may be waiting elsewhere)', () => {
    expect(buyerLabel('小王', twinKey('小王', 3), [])).toBe('小王（3）');
  });
});

describe('alerts for a twin', () => {
  it('name 小王（2）', () => {
    const entry = { conv: twinKey('小王', 2), buyerName: '小王', anchorTs: 0, deadline: 300_000 } as unknown as TimerEntry;
    expect(alertText(entry, 180_000, 'zh').title).toContain('小王（2）');
  });
});
