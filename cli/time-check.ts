// Timestamps that parse but cannot be right: epoch SECONDS where milliseconds are meant (the commonest
// export mistake: it lands in January 1970), microseconds, times before 2000, or more than a day ahead.
// `stats` and `audit` still count such a line as given (the DESIGN contract takes any epoch ms, and
// dropping a line would change the figures behind the user's back) but say so on stderr, line by line,
// so the figures are never silently wrong.
import { formatBeijing } from '../rules/metrics/beijing-time';
import type { CliIO } from './io';
import { jsonLine } from './output';

const DAY_MS = 86_400_000;
/** 2000-01-01T00:00:00+08:00: no chat export of this platform is older. */
export const EARLIEST_MS = 946_656_000_000;

/** Why `ts` (epoch ms, parsed from `raw`) is suspect, or null. `latest` = the latest plausible time. */
export function suspectTime(raw: unknown, ts: number, latest: number): string | null {
  if (ts >= EARLIEST_MS && ts <= latest) return null; // the usual case, decided without formatting
  const when = formatBeijing(ts);
  const plausible = (ms: number) => ms >= EARLIEST_MS && ms <= latest;
  if (typeof raw === 'number' && ts < EARLIEST_MS && plausible(ts * 1000)) {
    return `ts ${raw} 像是以秒计的时间戳（按毫秒读是 ${when}，应为 ${formatBeijing(ts * 1000)}）：ts 须为毫秒，请乘以 1000 / ts ${raw} looks like epoch seconds (read as ms: ${when}); ts must be milliseconds, multiply by 1000`;
  }
  if (typeof raw === 'number' && ts > latest && plausible(ts / 1000)) {
    return `ts ${raw} 像是以微秒计的时间戳（按毫秒读是 ${when}）：ts 须为毫秒，请除以 1000 / ts ${raw} looks like epoch microseconds (read as ms: ${when}); ts must be milliseconds, divide by 1000`;
  }
  if (ts < EARLIEST_MS) return `ts 早于 2000 年（${when}），请检查时间 / ts is before 2000 (${when}); check the time`;
  if (ts > latest) return `ts 比现在晚一天以上（${when}），请检查时间 / ts is more than a day in the future (${when}); check the time`;
  return null;
}

/** At most this many suspect lines are listed one by one; the rest are counted in one last line. */
const LISTED = 20;

/** Reports suspect times on stderr as {"line": N, "warning": "…（仍按原值统计）"}. */
export function timeWarnings(io: CliIO, latestOf: () => number) {
  let count = 0;
  return {
    check(line: number, raw: unknown, ts: number): void {
      const why = suspectTime(raw, ts, latestOf() + DAY_MS);
      if (!why) return;
      if (++count <= LISTED) io.err(jsonLine({ line, warning: `${why}；本行仍按原值统计 / counted as given` }));
    },
    get count() {
      return count;
    },
    finish(): void {
      if (count > LISTED) {
        io.err(jsonLine({ warning: `另有 ${count - LISTED} 行时间可疑，未逐行列出（共 ${count} 行）/ ${count - LISTED} more lines with a suspect time (${count} in all)`, count }));
      }
    },
  };
}

/**
 * `--now` given in epoch seconds, or before 2000, or over a day ahead (round 51 red team F7: `--now $(date +%s)` made every
 * message 待定 silently): said on stderr as {"warning": "--now …"}; the value is still used as given.
 */
export function warnSuspectNow(io: CliIO, now: number, clockNow: number): void {
  const why = suspectTime(now, now, clockNow + DAY_MS);
  if (!why) return;
  const said = why.replace(/^ts /, '').replace(/ \/ ts /, ' / ').replace('ts 须为毫秒', '--now 须为毫秒').replace('ts must be milliseconds', '--now must be milliseconds');
  io.err(jsonLine({ warning: `--now: ${said}；仍按此时间判定 / used as given` }));
}
