// Timestamps of chat events: epoch milliseconds or ISO-8601 text with any offset.
// Parsed by hand rather than with Date.parse, whose reading of a string without an offset
// depends on the machine's time zone. Here a string without an offset is read as BEIJING
// time (the platform's clock, and what Chinese chat exports print).
import { BEIJING_OFFSET_MS, daysFromCivil, daysInMonth, DAY_MS, HOUR_MS } from './beijing-time';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** ECMAScript's time range: ±100,000,000 days around 1970. */
export const MAX_EPOCH_MS = 8.64e15;

// 2024-05-01T08:00:00.000+08:00, with: space or T; seconds and fraction optional; '.' or ','
// as decimal mark; offset Z, ±HH:MM, ±HHMM, ±HH or none; a bare date means its midnight.
// Round 56 (rt56 F3): the offset's minus may be U+2212 「−」 (ISO 8601 writes it so; typeset and word-processed
// exports do too), and the basic format 20240501T100000+0800 / 20240501T020000Z is read as well (date and time both
// basic, as ISO 8601 asks; a T is required, since bare digits are epoch ms written as a string).
const EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+\-\u2212])(\d{2})(?::?(\d{2}))?)?)?$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+\-\u2212])(\d{2})(\d{2})?)?$/;

/** Either form's fields, in one order: year, month, day, hour, minute, second, fraction, Z, sign, offset hours, minutes. */
const matchIso = (text: string) => EXTENDED.exec(text) ?? BASIC.exec(text);

const show = (text: string) => JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text);

/** Parse ISO-8601 text to epoch ms. No offset = Beijing time; fractions beyond ms are truncated. */
export function parseIsoTimestamp(text: string): Parsed<number> {
  const m = matchIso(text.trim());
  if (!m) {
    return {
      ok: false,
      error: `不是 ISO-8601 时间（例如 2024-05-01T08:00:00+08:00） / not an ISO-8601 time (e.g. 2024-05-01T08:00:00+08:00): ${show(text)}`,
    };
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zulu, sign, oh, om = '0'] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  const hour = Number(h), minute = Number(mi), second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: `日期不存在 / no such date: ${show(text)}` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: `时刻超出范围（时 0–23，分、秒 0–59） / time of day out of range (hour 0–23, minute and second 0–59): ${show(text)}` };
  }
  let offsetMs = BEIJING_OFFSET_MS;
  if (zulu) offsetMs = 0;
  else if (sign) {
    const offH = Number(oh), offM = Number(om);
    if (offH > 23 || offM > 59) return { ok: false, error: `时区偏移超出范围 / UTC offset out of range: ${show(text)}` };
    offsetMs = (sign === '+' ? 1 : -1) * (offH * HOUR_MS + offM * 60_000);
  }
  const millis = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const ofDay = hour * HOUR_MS + minute * 60_000 + second * 1000 + millis;
  return { ok: true, value: daysFromCivil(year, month, day) * DAY_MS + ofDay - offsetMs };
}

/** A JSON `ts` value: a finite number of epoch ms, or ISO-8601 text. */
export function parseTimestamp(value: unknown): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, error: `时间戳不是有限数字 / timestamp is not a finite number` };
    if (Math.abs(value) > MAX_EPOCH_MS) return { ok: false, error: `时间戳超出范围 / timestamp out of range: ${value}` };
    return { ok: true, value };
  }
  if (typeof value === 'string') {
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
      return {
        ok: false,
        error: `毫秒时间戳须写成 JSON 数字而不是字符串 / epoch milliseconds must be a JSON number, not a string: ${show(value)}`,
      };
    }
    return parseIsoTimestamp(value);
  }
  return {
    ok: false,
    error: `时间须为毫秒数或 ISO-8601 字符串，收到 ${value === null ? 'null' : typeof value} / time must be epoch ms or an ISO-8601 string, got ${value === null ? 'null' : typeof value}`,
  };
}

/** A `--now` option: ISO-8601 text or digits of epoch ms. */
export function parseNowOption(text: string): Parsed<number> {
  if (/^-?\d+$/.test(text.trim())) return parseTimestamp(Number(text.trim()));
  // Neither form (1796460060000.5, 1.79646006e12, full-width digits, words): one wording that names both forms
  // (rt55 F10: a decimal was called only 「不是 ISO-8601」).
  if (!matchIso(text.trim())) return { ok: false, error: notNowTime(show(text)) };
  return parseIsoTimestamp(text);
}

/** Why a --now value is neither epoch ms nor ISO-8601 (`shown`: the value as echoed). */
export function notNowTime(shown: string): string {
  return `不是整数毫秒数，也不是 ISO-8601 时间（例如 1714521600000 或 2024-05-01T08:00:00+08:00） / neither whole epoch milliseconds nor an ISO-8601 time (e.g. 1714521600000 or 2024-05-01T08:00:00+08:00): ${shown}`;
}
