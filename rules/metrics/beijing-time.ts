// Beijing time (UTC+8 all year, no DST) by plain arithmetic on epoch milliseconds.
// The rules count days, months and the 08:00–24:00 window in Beijing time whatever the
// agent's own time zone (import shops often have staff abroad), so nothing here reads the
// machine's zone: no `Date` local-time method, no Intl.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** Rule 3.1.1.2: only buyer messages sent in [08:00, 24:00) Beijing time count. */
export const WINDOW_START_MS_OF_DAY = 8 * HOUR_MS;
export const WINDOW_END_MS_OF_DAY = DAY_MS;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface BeijingParts extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Days since 1970-01-01 in Beijing time (the integer the aggregations group by). */
export function beijingDayNumber(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);
}

/** Milliseconds since Beijing midnight, in [0, DAY_MS). */
export function beijingMsOfDay(ms: number): number {
  const shifted = ms + BEIJING_OFFSET_MS;
  return shifted - Math.floor(shifted / DAY_MS) * DAY_MS;
}

export function beijingMinuteOfDay(ms: number): number {
  return Math.floor(beijingMsOfDay(ms) / 60_000);
}

/** Whether a buyer message sent at `ms` is counted by the 5-minute reply rate. */
export function isInReplyWindow(ms: number): boolean {
  const t = beijingMsOfDay(ms);
  return t >= WINDOW_START_MS_OF_DAY && t < WINDOW_END_MS_OF_DAY;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian arithmetic.
// (Date.UTC would map years 0–99 to 1900–1999.)

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const padYear = (n: number) => (n < 0 ? '-' + String(-n).padStart(4, '0') : String(n).padStart(4, '0'));

/** "YYYY-MM-DD" of a Beijing day number. */
export function dayKeyFromDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${padYear(year)}-${pad2(month)}-${pad2(day)}`;
}

/** "YYYY-MM-DD": the Beijing date of an instant. */
export function beijingDayKey(ms: number): string {
  return dayKeyFromDayNumber(beijingDayNumber(ms));
}

/** "YYYY-MM": the Beijing month of an instant. */
export function beijingMonthKey(ms: number): string {
  const { year, month } = civilFromDays(beijingDayNumber(ms));
  return `${padYear(year)}-${pad2(month)}`;
}

export function beijingParts(ms: number): BeijingParts {
  const dayNumber = beijingDayNumber(ms);
  const ofDay = Math.floor(beijingMsOfDay(ms));
  return {
    ...civilFromDays(dayNumber),
    hour: Math.floor(ofDay / HOUR_MS),
    minute: Math.floor(ofDay / 60_000) % 60,
    second: Math.floor(ofDay / 1000) % 60,
    millisecond: ofDay % 1000,
  };
}

/** The instant of a Beijing wall-clock time (fields are not range-checked here). */
export function epochFromBeijing(parts: BeijingParts): number {
  const ofDay = parts.hour * HOUR_MS + parts.minute * 60_000 + parts.second * 1000 + parts.millisecond;
  return daysFromCivil(parts.year, parts.month, parts.day) * DAY_MS + ofDay - BEIJING_OFFSET_MS;
}

/** "YYYY-MM-DD HH:mm:ss" in Beijing time, for messages and reports. */
export function formatBeijing(ms: number): string {
  const p = beijingParts(ms);
  return `${padYear(p.year)}-${pad2(p.month)}-${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
}
