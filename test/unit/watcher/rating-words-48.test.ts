// Round 48 (blind timers red team, finding 8): a negated 满意 in an evaluation row is not satisfied.
import { describe, expect, it } from 'vitest';
import { ratingFromText } from '@/content/watcher/rows';

describe('ratingFromText: negations (round 48)', () => {
  it.each(['不太满意', '不是很满意', '不怎么满意', '没那么满意', '不是太满意', '不大满意', '并不满意', '没有很满意', '不够满意'])('用户已经评价：%s → disappointed', (word) => {
    expect(ratingFromText('用户已经评价：' + word)).toBe('disappointed');
  });

  it.each<[string, string | undefined]>([
    ['用户已经评价：满意', 'satisfied'],
    ['用户已经评价：非常满意', 'satisfied'],
    ['用户已经评价：很满意', 'satisfied'],
    ['用户已经评价：不满意', 'disappointed'],
    ['用户已经评价：很不满意', 'disappointed'],
    ['用户已经评价：非常不满意', 'disappointed'],
    ['用户已经评价：一般', 'neutral'],
  ])('held: %s', (text, level) => expect(ratingFromText(text)).toBe(level));
});
