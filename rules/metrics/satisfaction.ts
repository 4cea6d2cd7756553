// Rule 3.1.2: monthly service satisfaction.
//   店铺服务满意度 = 满意 / (满意 + 一般 + 失望) (3.1.2.1), ≥ 80%, per natural month (3.1.2.2),
//   counting buyer-initiated, shop-invited and system-pushed ratings alike.
// Months are Beijing months: a rating at 2024-04-30T23:30:00Z belongs to 2024-05.
import { beijingMonthKey } from './beijing-time';
import type { Rating, RatingLevel } from './events';
import { rateOf } from './reply-rate';

export interface MonthSatisfaction {
  satisfied: number;
  neutral: number;
  disappointed: number;
  /** satisfied / all ratings; null when the month has none. */
  rate: number | null;
  /** rate >= 0.8; null while rate is null. */
  compliant: boolean | null;
}

export type RatingCounts = Record<RatingLevel, number>;

/** Satisfaction of one month's counts (a month without ratings has rate null). */
export function satisfactionOf(counts: RatingCounts): MonthSatisfaction {
  const { satisfied, neutral, disappointed } = counts;
  return { satisfied, neutral, disappointed, ...rateOf(satisfied, neutral + disappointed) };
}

/** Satisfaction per Beijing month, keys sorted. A month appears when it has at least one rating. */
export function monthlySatisfaction(ratings: Iterable<Rating>): Record<string, MonthSatisfaction> {
  const byMonth = new Map<string, RatingCounts>();
  for (const { ts, rating } of ratings) {
    const key = beijingMonthKey(ts);
    let counts = byMonth.get(key);
    if (!counts) byMonth.set(key, (counts = { satisfied: 0, neutral: 0, disappointed: 0 }));
    counts[rating]++;
  }
  const months: Record<string, MonthSatisfaction> = {};
  for (const key of [...byMonth.keys()].sort()) months[key] = satisfactionOf(byMonth.get(key)!);
  return months;
}
