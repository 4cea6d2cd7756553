// @vitest-environment node
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  beijingDayKey,
  beijingMinuteOfDay,
  beijingMonthKey,
  beijingParts,
  civilFromDays,
  daysFromCivil,
  epochFromBeijing,
  formatBeijing,
  isInReplyWindow,
} from '@/rules/metrics/beijing-time';

const at = (iso: string) => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(iso);
  return ms;
};

describe('reply window [08:00, 24:00) Beijing time', () => {
  it.each([
    ['2024-05-01T08:00:00.000+08:00', true],
    ['2024-05-01T07:59:59.999+08:00', false],
    ['2024-05-01T23:59:59.999+08:00', true],
    ['2024-05-02T00:00:00.000+08:00', false],
    ['2024-05-01T12:00:00.000+08:00', true],
    ['2024-05-01T03:00:00.000+08:00', false],
    // The same instants written in other zones.
    ['2024-05-01T00:00:00.000Z', true], // 08:00 Beijing
    ['2024-04-30T23:59:59.999Z', false], // 07:59:59.999 Beijing
    ['2024-05-01T15:59:59.999Z', true], // 23:59:59.999 Beijing
    ['2024-05-01T16:00:00.000Z', false], // 00:00 Beijing
    ['2024-05-01T09:00:00.000+09:00', true], // 08:00 Beijing
    ['2024-04-30T18:59:59.999-05:00', false], // 07:59:59.999 Beijing
    ['2024-04-30T19:00:00.000-05:00', true], // 08:00 Beijing
  ])('%s → %s', (iso, expected) => {
    expect(isInReplyWindow(at(iso))).toBe(expected);
  });
});

describe('day and month keys', () => {
  it.each([
    ['2024-05-01T23:59:59.999+08:00', '2024-05-01', '2024-05'],
    ['2024-05-01T16:00:00.000Z', '2024-05-02', '2024-05'], // UTC date 05-01, Beijing 05-02
    ['2024-04-30T16:00:00.000Z', '2024-05-01', '2024-05'], // month boundary: UTC April, Beijing May
    ['2024-04-30T15:59:59.999Z', '2024-04-30', '2024-04'],
    ['2024-12-31T16:00:00.000Z', '2025-01-01', '2025-01'], // year boundary
    ['2024-02-29T12:00:00.000+08:00', '2024-02-29', '2024-02'], // leap day
    ['2024-02-28T23:30:00.000-05:00', '2024-02-29', '2024-02'],
    ['1969-12-31T16:00:00.000Z', '1970-01-01', '1970-01'],
    ['1969-12-31T15:59:59.999Z', '1969-12-31', '1969-12'], // negative epoch
  ])('%s → %s, %s', (iso, day, month) => {
    expect(beijingDayKey(at(iso))).toBe(day);
    expect(beijingMonthKey(at(iso))).toBe(month);
  });

  it('minute of day and parts', () => {
    expect(beijingMinuteOfDay(at('2024-05-01T00:00:00Z'))).toBe(8 * 60);
    expect(beijingMinuteOfDay(at('2024-05-01T15:59:59.999Z'))).toBe(24 * 60 - 1);
    expect(beijingParts(at('2024-05-01T15:59:59.999Z'))).toEqual({ year: 2024, month: 5, day: 1, hour: 23, minute: 59, second: 59, millisecond: 999 });
    expect(formatBeijing(at('2024-04-30T16:00:00Z'))).toBe('2024-05-01 00:00:00');
  });

  it('round-trips wall time and agrees with Date in UTC+8 (years 0001–9999)', () => {
    const min = Date.UTC(1, 0, 1) - 8 * 3_600_000 + 86_400_000;
    const max = Date.UTC(9999, 11, 30);
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        const shifted = new Date(ms + 8 * 3_600_000).toISOString();
        expect(beijingDayKey(ms)).toBe(shifted.slice(0, 10));
        expect(beijingMonthKey(ms)).toBe(shifted.slice(0, 7));
        expect(epochFromBeijing(beijingParts(ms))).toBe(ms);
        expect(isInReplyWindow(ms)).toBe(new Date(ms + 8 * 3_600_000).getUTCHours() >= 8);
      }),
      { numRuns: 2000 },
    );
  });

  it('civil calendar arithmetic matches Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        const d = new Date(days * 86_400_000);
        expect([year, month, day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('independent of the machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'UTC'])('same answers with TZ=%s', (zone) => {
    process.env.TZ = zone;
    // Prove the zone switch took effect, so this test can fail if the code read local time.
    const localHour = new Date(Date.UTC(2024, 4, 1, 0, 0)).getHours();
    expect(localHour).toBe({ 'America/Los_Angeles': 17, 'Asia/Kolkata': 5, 'Pacific/Kiritimati': 14, UTC: 0 }[zone]);
    // 2024-05-01T16:30Z: UTC date 05-01, Beijing 05-02 00:30 (outside the window).
    const ms = Date.UTC(2024, 4, 1, 16, 30);
    expect(beijingDayKey(ms)).toBe('2024-05-02');
    expect(isInReplyWindow(ms)).toBe(false);
    expect(beijingMinuteOfDay(ms)).toBe(30);
  });
});
