// Round 59 (rt59 F2): the guard's resume time is said in Beijing time, named so, whatever the PC's zone; an agent
// abroad read an unmarked local 08:00 as Beijing 08:00 right after choosing 「今天（到北京时间 24:00）」.
import { describe, expect, it } from 'vitest';
import { beijingClockLabel } from '../../../components/GuardOffNotice';
import { translator } from '../../../utils/i18n';
import { endOfBeijingDay } from '../../../utils/settings-schema';

const zh = translator('zh');
const en = translator('en');
const NOW = Date.parse('2026-12-06T15:48:00+08:00'); // 23:48 the day before in Los Angeles
const LA = -8 * 60; // minutes east of UTC, as -getTimezoneOffset() gives it
const BEIJING = 8 * 60;

describe('beijingClockLabel', () => {
  it('the end of the Beijing day reads 北京时间 24:00, as the choice said, not a bare local 08:00', () => {
    const until = endOfBeijingDay(NOW);
    expect(beijingClockLabel(until, NOW, zh, { localOffsetMinutes: BEIJING })).toBe('北京时间 24:00');
    expect(beijingClockLabel(until, NOW, en, { localOffsetMinutes: BEIJING })).toBe('24:00 Beijing time');
    // Abroad: Beijing first, the PC's own time after it, marked as such.
    const abroad = beijingClockLabel(until, NOW, zh, { localOffsetMinutes: LA });
    expect(abroad).toMatch(/^北京时间 24:00（本机时间 .*\d\d:\d\d）$/);
    expect(beijingClockLabel(until, NOW, en, { localOffsetMinutes: LA })).toMatch(/^24:00 Beijing time \(.*\d\d:\d\d on this PC\)$/);
  });

  it('the 1-hour choice and later days are in Beijing time too', () => {
    expect(beijingClockLabel(NOW + 3_600_000, NOW, zh, { localOffsetMinutes: BEIJING })).toBe('北京时间 16:48');
    const late = Date.parse('2026-12-06T23:30:00+08:00');
    expect(beijingClockLabel(late + 3_600_000, late, zh, { localOffsetMinutes: BEIJING })).toBe('北京时间明天 00:30');
    expect(beijingClockLabel(late + 3_600_000, late, en, { localOffsetMinutes: BEIJING })).toBe('tomorrow 00:30 Beijing time');
    expect(beijingClockLabel(Date.parse('2026-12-09T09:05:00+08:00'), NOW, zh, { localOffsetMinutes: BEIJING })).toBe('北京时间 12/9 09:05');
  });

  it('the Beijing day, not the PC day, decides 今天 / 明天', () => {
    // 07:00 Beijing on the 7th is still the 6th in Los Angeles: in Beijing time it is tomorrow.
    const morning = Date.parse('2026-12-07T07:00:00+08:00');
    expect(beijingClockLabel(morning, NOW, zh, { local: false })).toBe('北京时间明天 07:00');
  });
});
