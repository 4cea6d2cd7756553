// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRowStamp } from '@/content/watcher/stamp';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');

describe('parseRowStamp (Beijing time, year inferred)', () => {
  const now = bj('2024-05-01 10:00:00');
  it.each<[string, string, number | null]>([
    ['sender name then M-D HH:mm:ss', '测试顾客2-22 18:55:20', bj('2024-02-22 18:55:20')],
    ['with a space', '测试顾客 4-30 23:59:59', bj('2024-04-30 23:59:59')],
    ['seconds optional', '客服小王 5-1 09:58', bj('2024-05-01 09:58:00')],
    ['full date', '客服 2023-12-31 23:00:00', bj('2023-12-31 23:00:00')],
    ['slashes', '顾客 2024/4/30 08:00:01', bj('2024-04-30 08:00:01')],
    ['月日', '顾客 4月30日 08:00', bj('2024-04-30 08:00:00')],
    ['time of day only = today', '顾客 09:59:30', bj('2024-05-01 09:59:30')],
    ['time of day later than now = yesterday', '顾客 23:10:00', bj('2024-04-30 23:10:00')],
    ['昨天', '顾客 昨天 09:00', bj('2024-04-30 09:00:00')],
    ['no stamp', '测试顾客', null],
    ['impossible date 2-30', '顾客 2-30 10:00:00', null],
    ['hour 24 is not a time', '顾客 5-1 24:00:00', null],
  ])('%s', (_name, text, expected) => {
    expect(parseRowStamp(text, now)?.ts ?? null).toBe(expected);
  });

  it('a date more than a day ahead is last year', () => {
    expect(parseRowStamp('顾客12-31 23:59:00', bj('2025-01-01 00:10:00'))?.ts).toBe(bj('2024-12-31 23:59:00'));
    // Within a day ahead (clock skew): still this year.
    expect(parseRowStamp('顾客1-1 00:20:00', bj('2025-01-01 00:10:00'))?.ts).toBe(bj('2025-01-01 00:20:00'));
  });

  it('a leap day is inferred into a leap year', () => {
    expect(parseRowStamp('顾客2-29 12:00:00', bj('2024-03-01 09:00:00'))?.ts).toBe(bj('2024-02-29 12:00:00'));
  });

  it('a name ending in a digit: the reading nearest now wins', () => {
    // "买家1" + "2-22 …" vs "买家" + "12-22 …": on 2024-02-23, 2-22 is yesterday, 12-22 two months ago.
    expect(parseRowStamp('买家12-22 18:55:20', bj('2024-02-23 10:00:00'))?.ts).toBe(bj('2024-02-22 18:55:20'));
    expect(parseRowStamp('买家12-22 18:55:20', bj('2024-12-23 10:00:00'))?.ts).toBe(bj('2024-12-22 18:55:20'));
  });

  it('does not depend on the machine zone: returns the printed wall time too', () => {
    const s = parseRowStamp('顾客2-22 18:55:20', now)!;
    expect(s.wall).toEqual({ year: 2024, month: 2, day: 22, hour: 18, minute: 55, second: 20 });
    expect(s.text).toBe('2-22 18:55:20');
  });
});
