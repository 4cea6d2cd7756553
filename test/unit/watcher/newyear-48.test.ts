// Round 48 (blind timers red team, finding 2, narrow): a stamp just past New Year's midnight read while the clock
// still shows 31 December is next year's, not a year ago.
import { describe, expect, it } from 'vitest';
import { parseRowStamp } from '@/content/watcher/stamp';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');

describe('year of a stamp without one, around New Year (round 48)', () => {
  it('「1-1 00:00:06」 seen at 12-31 23:59:36 is next year', () => {
    expect(parseRowStamp('小王1-1 00:00:06', bj('2026-12-31 23:59:36'))?.ts).toBe(bj('2027-01-01 00:00:06'));
  });
  it.each<[string, string, string]>([
    ['12-31 23:59:50', '2027-01-01 00:00:26', '2026-12-31 23:59:50'],
    ['12-31 23:59:50', '2026-12-31 23:59:55', '2026-12-31 23:59:50'],
    ['1-1 00:00:06', '2027-01-01 00:00:30', '2027-01-01 00:00:06'],
    ['6-1 10:00:00', '2026-12-31 23:59:36', '2026-06-01 10:00:00'],
    ['12-30 10:00:00', '2027-01-02 10:00:00', '2026-12-30 10:00:00'],
  ])('held: %s seen at %s → %s', (stamp, now, expected) => {
    expect(parseRowStamp('小王' + stamp, bj(now))?.ts).toBe(bj(expected));
  });
});
