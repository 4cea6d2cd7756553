// The time printed on a chat row, read as Beijing time (the platform's clock) whatever the
// agent's own zone. The workbench prints "M-D HH:mm:ss" after the sender's name ("测试顾客2-22
// 18:55:20"), without a year; some tools print a full date or only the time of day. Pure: the
// caller passes `now`, nothing here reads the machine's clock or zone.
import { beijingParts, DAY_MS, epochFromBeijing } from '../../rules/metrics/beijing-time';

// Date-time at the END of the text (the sender's name comes first). Year optional; '-', '/' or
// '.' between month and day, or 月/日; seconds optional.
const DATE_TIME =
  /(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;
const TIME_ONLY = /(?:^|[^\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;
const YESTERDAY = /(昨天|昨日)\s*$/;
// Round 47: a relative label (「刚刚」, 「3分钟前」, 「1小时前」, 「半小时前」) some pages print instead of a time. Digits
// greedy: a name ending in a digit before 「3分钟前」 reads as more minutes, the early side (see RELATIVE_UNIT_MS).
const RELATIVE = /(?:(刚刚|刚才|just now)|(半|\d{1,4})\s*(秒钟?|分钟|小时|个小时|天)(?:以|之)?前)\s*$/i;
/** A label that looks like a relative time the reader cannot place (「几分钟前」, 「不久前」): `unreadableTimeLabel`. */
const RELATIVE_LIKE = /(?:前|刚刚|刚才)\s*$/;
const RELATIVE_UNIT_MS: Record<string, number> = { 秒: 1000, 秒钟: 1000, 分钟: 60_000, 小时: 3_600_000, 个小时: 3_600_000, 天: 86_400_000 };

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface RowStamp {
  /** Epoch ms of the printed Beijing time. */
  ts: number;
  /** The printed wall-clock time (year inferred), for reading it in another zone. */
  wall: WallTime;
  /** The matched stamp text, e.g. "2-22 18:55:20" (part of a derived message id). */
  text: string;
  /** The stamp prints seconds (only then does it tell the server's clock closely enough to calibrate against, server-clock.ts). */
  seconds?: boolean;
  /**
   * Round 47: a relative label (「3分钟前」): `ts` is the EARLY end of what it allows (see resolveStamp), `text` is ''
   * (the label is re-rendered every minute and must not make the row another message), `wall` is `ts` in Beijing time
   * (no zone to read it in). `fresh`: the label says less than a unit ago (「刚刚」, 「0分钟前」).
   */
  relative?: { fresh: boolean };
  /**
   * Round 49: the time was read from a centred separator (「14:27」, 「昨天 14:27」) above a row that prints none: a group's
   * time, known to the minute and perhaps earlier than this row. `text` is '' (not part of the row's id).
   */
  separator?: boolean;
}

/**
 * Round 49: what a date divider or time separator between rows says (「昨天」, 「星期三」, 「12月4日」, 「2026-12-04」,
 * 「今天」, 「14:27」, 「昨天 14:27」): the day of the rows below it, and the time when it prints one.
 */
export type DividerText =
  | {
      day: { daysAgo: number } | { weekday: number } | { year: number | null; month: number; day: number } | null;
      time: { hour: number; minute: number; second: number } | null;
    }
  | null;

const DIVIDER_TIME = /(?:^|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DIVIDER_RELATIVE_DAY: Record<string, number> = { 今天: 0, 今日: 0, 昨天: 1, 昨日: 1, 前天: 2 };
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const DIVIDER_WEEKDAY = /^(?:星期|周|礼拜)([日天一二三四五六])$/;
const DIVIDER_DATE = /^(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?(?:\s*(?:星期|周)[日天一二三四五六])?$/;

/** Reads a divider's whole text (a short element between rows); null when it is not a divider. */
export function readDividerText(text: string): DividerText {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 24) return null;
  let rest = clean;
  let time: { hour: number; minute: number; second: number } | null = null;
  const t = DIVIDER_TIME.exec(clean);
  if (t) {
    const hour = Number(t[1]), minute = Number(t[2]), second = Number(t[3] ?? 0);
    if (hour > 23 || minute > 59 || second > 59) return null;
    time = { hour, minute, second };
    rest = clean.slice(0, t.index).trim();
  }
  if (!rest) return time ? { day: null, time } : null;
  if (rest in DIVIDER_RELATIVE_DAY) return { day: { daysAgo: DIVIDER_RELATIVE_DAY[rest]! }, time };
  const w = DIVIDER_WEEKDAY.exec(rest);
  if (w) return { day: { weekday: WEEKDAYS[w[1]!]! }, time };
  const d = DIVIDER_DATE.exec(rest);
  if (d) {
    const month = Number(d[2]), day = Number(d[3]);
    if (!valid(month, day, 0, 0, 0)) return null;
    return { day: { year: d[1] ? Number(d[1]) : null, month, day }, time };
  }
  return null;
}

/** The Beijing date a divider's day names, read against `now`; null: today (no day, or 今天). */
export function dividerDate(divider: NonNullable<DividerText>, now: number): { year: number; month: number; day: number } | null {
  const day = divider.day;
  if (!day) return null;
  const today = beijingParts(now);
  const noon = epochFromBeijing({ ...today, hour: 12, minute: 0, second: 0, millisecond: 0 });
  const back = (n: number) => {
    const p = beijingParts(noon - n * DAY_MS);
    return { year: p.year, month: p.month, day: p.day };
  };
  if ('daysAgo' in day) return day.daysAgo ? back(day.daysAgo) : null;
  if ('weekday' in day) {
    // A weekday divider names a day of the past week (today is printed 今天 or not at all).
    const todayWeekday = new Date(noon).getUTCDay();
    const n = (todayWeekday - day.weekday + 7) % 7 || 7;
    return back(n);
  }
  const year = day.year ?? inferYear(day.month, day.day, 0, 0, 0, now);
  return { year, month: day.month, day: day.day };
}

function valid(month: number, day: number, hour: number, minute: number, second: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * A printed date without a year is the nearest such date not more than a day in the future: a
 * stamp "12-31 23:59" read on 1 January belongs to last year, "1-1 00:00" read on 31 December to next year.
 */
function inferYear(month: number, day: number, hour: number, minute: number, second: number, now: number): number {
  const year = beijingParts(now).year;
  // Round 48: the year that puts the time nearest to now (not more than a day ahead) — a live 「1-1 00:00:06」 seen
  // while the PC still says 12-31 23:59:36 is next year's, not eleven months ago.
  let best = year;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const ts = epochFromBeijing({ year: y, month, day, hour, minute, second, millisecond: 0 });
    if (ts - now > DAY_MS) continue;
    const gap = Math.abs(ts - now);
    if (gap < bestGap) (best = y), (bestGap = gap);
  }
  return best;
}

/**
 * What a stamp's text says before it is read against a clock: the text work (regexes, numbers), which
 * depends on the text alone, so a row's reading can be kept while the row lives (rows.ts) and only
 * `resolveStamp`'s arithmetic runs again on each read. null: the text holds no stamp.
 */
export type StampText =
  | {
      form: 'date';
      /** The matched stamp text, e.g. "2-22 18:55:20". */
      text: string;
      /** The printed year, or null when the year is to be inferred from `now`. */
      year: number | null;
      /** The month readings that make a valid date-time ("12-22" after a name ending in 1 may be 2-22). */
      months: number[];
      day: number;
      hour: number;
      minute: number;
      second: number;
      seconds?: boolean;
    }
  | { form: 'time'; text: string; hour: number; minute: number; second: number; yesterday: boolean; seconds?: boolean }
  | { form: 'relative'; text: ''; ago: number; unit: number }
  | null;

/** Whether a stamp element's text ends in what looks like a relative time that `readStampText` cannot read (「几分钟前」). */
export function unreadableTimeLabel(text: string): boolean {
  const clean = text.replace(/\s+/g, ' ').trim();
  return RELATIVE_LIKE.test(clean) && readStampText(clean) === null;
}

/**
 * Round 60 (timers60): a read receipt after the agent's row's time (「12-7 14:59:20 未读」, 「已读」, 「对方已读」): the
 * patterns read the time at the header's end, so the reply read as printing no time and was dated when first seen
 * (a scan or more late): a buyer's next message printed before that moment was taken as answered by it.
 */
const READ_RECEIPT = /\s*[(（\[【]?(?:对方)?(?:已读|未读|已阅|已送达|送达|read|unread|delivered|seen)[)）\]】]?$/i;

/** Reads a row header's text (see `parseRowStamp`), without a clock. */
export function readStampText(text: string): StampText {
  const clean = text.replace(/\s+/g, ' ').trim().replace(READ_RECEIPT, '');
  const m = DATE_TIME.exec(clean);
  if (m) {
    const [whole, y, mo, d, h, mi, s = '0'] = m;
    const seconds = m[6] !== undefined;
    const hour = Number(h), minute = Number(mi), second = Number(s), day = Number(d);
    const months = (mo!.length === 2 && !y ? [mo!, mo!.slice(1)] : [mo!])
      .map(Number)
      .filter((month) => valid(month, day, hour, minute, second));
    // A date that does not exist is not a stamp, and not a bare time of day either.
    if (!months.length) return null;
    return { form: 'date', text: whole.trim(), year: y ? Number(y) : null, months, day, hour, minute, second, seconds };
  }
  const r = RELATIVE.exec(clean);
  if (r) {
    if (r[1]) return { form: 'relative', text: '', ago: 0, unit: 60_000 };
    const unit = RELATIVE_UNIT_MS[r[3]!.replace(/^个/, '')] ?? RELATIVE_UNIT_MS[r[3]!]!;
    const ago = r[2] === '半' ? 0.5 : Number(r[2]);
    return { form: 'relative', text: '', ago, unit };
  }
  const t = TIME_ONLY.exec(clean);
  if (t) {
    const [, h, mi, s = '0'] = t;
    const seconds = t[3] !== undefined;
    const hour = Number(h), minute = Number(mi), second = Number(s);
    if (hour > 23 || minute > 59 || second > 59) return null;
    const yesterday = YESTERDAY.test(clean.slice(0, t.index + 1));
    return { form: 'time', text: t[0].replace(/^[^\d]/, '').trim(), hour, minute, second, yesterday, seconds };
  }
  return null;
}

/** A stamp's text read against `now` (Beijing time): the year of a date without one, the day of a time of day. */
export function resolveStamp(stamp: StampText, now: number, divider: DividerText = null): RowStamp | null {
  if (!stamp) {
    // Round 49: a row printing no time under a separator that does (「14:27」, 「昨天 14:27」) is dated by it.
    if (!divider?.time) return null;
    const date = dividerDate(divider, now);
    const { hour, minute, second } = divider.time;
    const resolved = resolveStamp({ form: 'time', text: '', hour, minute, second, yesterday: false }, now, date ? divider : null);
    return resolved && { ...resolved, text: '', seconds: false, separator: true };
  }
  if (stamp.form === 'relative') {
    // 「N分钟前」 is printed for a message sent between N and N+1 minutes ago (a floored count; a rounded one allows
    // N−½ to N+½, inside it). The EARLY end is taken: sent (N+1) units ago, 「刚刚」 one minute ago, 「半小时前」 as
    // 30 minutes + 1. The deadline is then never shown later than it is — early by less than one unit, as a
    // 「HH:mm」 stamp without seconds is early by less than a minute (the contract errs toward earlier warnings).
    // What this costs — a 「4分钟前」 buyer shown due up to a minute early — stays out of the reply rate: the
    // tracker dates such history rows as 'seen' (not counted), so no late is ever recorded from a relative label.
    const ts = Math.floor((now - (stamp.ago + (stamp.ago === 0.5 ? 0 : 1)) * stamp.unit - (stamp.ago === 0.5 ? 60_000 : 0)) / 1000) * 1000;
    const p = beijingParts(ts);
    return {
      ts,
      wall: { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second },
      text: '',
      seconds: false,
      relative: { fresh: stamp.ago === 0 || stamp.ago * stamp.unit < 60_000 },
    };
  }
  const { hour, minute, second } = stamp;
  if (stamp.form === 'date') {
    const { day } = stamp;
    const readings: { ts: number; wall: WallTime }[] = [];
    for (const month of stamp.months) {
      const year = stamp.year ?? inferYear(month, day, hour, minute, second, now);
      const ts = epochFromBeijing({ year, month, day, hour, minute, second, millisecond: 0 });
      // A day of the month past its end (2-30) rolls into the next month in the arithmetic: reject it.
      if (beijingParts(ts).day !== day) continue;
      readings.push({ ts, wall: { year, month, day, hour, minute, second } });
    }
    if (!readings.length) return null;
    const notFuture = readings.filter((r) => r.ts <= now + DAY_MS);
    const pool = notFuture.length ? notFuture : readings;
    const best = pool.reduce((a, b) => (Math.abs(b.ts - now) < Math.abs(a.ts - now) ? b : a));
    return { ...best, text: stamp.text, seconds: !!stamp.seconds };
  }
  // Round 49: a time of day under a date divider (昨天, 星期三, 12月4日) is of that day, not today.
  const date = !stamp.yesterday && divider ? dividerDate(divider, now) : null;
  if (date) {
    const ts = epochFromBeijing({ ...date, hour, minute, second, millisecond: 0 });
    return { ts, wall: { ...date, hour, minute, second }, text: stamp.text, seconds: !!stamp.seconds };
  }
  const today = beijingParts(now);
  let ts = epochFromBeijing({ ...today, hour, minute, second, millisecond: 0 });
  // A time of day later than now (beyond a little clock skew) was yesterday's.
  if (stamp.yesterday || ts - now > 5 * 60_000) ts -= DAY_MS;
  const { year, month, day } = beijingParts(ts);
  return { ts, wall: { year, month, day, hour, minute, second }, text: stamp.text, seconds: !!stamp.seconds };
}

/**
 * Parse the stamp at the end of a row's header text. Returns null when there is none.
 * A sender name ending in digits ("买家1" + "2-22 …") is ambiguous with a two-digit month: the
 * reading closest to `now` (and not in the future) wins.
 */
export function parseRowStamp(text: string, now: number): RowStamp | null {
  return resolveStamp(readStampText(text), now);
}
