// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Rating, RatingLevel } from '@/rules/metrics/events';
import { monthlySatisfaction, satisfactionOf } from '@/rules/metrics/satisfaction';

const r = (iso: string, rating: RatingLevel): Rating => ({ ts: Date.parse(iso), rating });
const repeat = (n: number, iso: string, rating: RatingLevel) => Array.from({ length: n }, () => r(iso, rating));

describe('monthlySatisfaction', () => {
  it.each<[string, Rating[], ReturnType<typeof monthlySatisfaction>]>([
    ['no ratings, no months', [], {}],
    [
      '4 satisfied of 5: 0.8 is compliant',
      [...repeat(4, '2024-05-10T12:00:00+08:00', 'satisfied'), r('2024-05-11T12:00:00+08:00', 'disappointed')],
      { '2024-05': { satisfied: 4, neutral: 0, disappointed: 1, rate: 0.8, compliant: true } },
    ],
    [
      'neutral counts against the rate (一般 is in the denominator)',
      [...repeat(3, '2024-05-10T12:00:00+08:00', 'satisfied'), r('2024-05-11T12:00:00+08:00', 'neutral')],
      { '2024-05': { satisfied: 3, neutral: 1, disappointed: 0, rate: 0.75, compliant: false } },
    ],
    [
      'month boundary in Beijing time: 2024-04-30T16:00Z is May',
      [r('2024-04-30T16:00:00.000Z', 'satisfied'), r('2024-04-30T15:59:59.999Z', 'neutral')],
      {
        '2024-04': { satisfied: 0, neutral: 1, disappointed: 0, rate: 0, compliant: false },
        '2024-05': { satisfied: 1, neutral: 0, disappointed: 0, rate: 1, compliant: true },
      },
    ],
    [
      'offsets -05:00 and +09:00 land in the Beijing month',
      [r('2024-05-31T11:00:00-05:00', 'satisfied'), r('2024-06-01T00:30:00+09:00', 'disappointed')],
      {
        '2024-05': { satisfied: 0, neutral: 0, disappointed: 1, rate: 0, compliant: false },
        '2024-06': { satisfied: 1, neutral: 0, disappointed: 0, rate: 1, compliant: true },
      },
    ],
    [
      'months come out sorted',
      [r('2025-01-02T00:00:00+08:00', 'satisfied'), r('2024-12-31T23:59:59+08:00', 'satisfied')],
      {
        '2024-12': { satisfied: 1, neutral: 0, disappointed: 0, rate: 1, compliant: true },
        '2025-01': { satisfied: 1, neutral: 0, disappointed: 0, rate: 1, compliant: true },
      },
    ],
  ])('%s', (_name, ratings, expected) => {
    const months = monthlySatisfaction(ratings);
    expect(months).toEqual(expected);
    expect(Object.keys(months)).toEqual(Object.keys(expected).sort());
  });

  it('a month without ratings has rate and compliant null', () => {
    expect(satisfactionOf({ satisfied: 0, neutral: 0, disappointed: 0 })).toEqual({ satisfied: 0, neutral: 0, disappointed: 0, rate: null, compliant: null });
  });
});
