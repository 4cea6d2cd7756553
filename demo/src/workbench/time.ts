// Times as the real workbench prints them. Beijing is UTC+8 all year (no DST), and the workbench
// shows Beijing wall-clock time whatever the browser's own zone, so formatting never uses the
// local-zone Date getters.

export const BEIJING_OFFSET_MS = 8 * 3600_000;
/** The platform's own reply countdown: 3 minutes (stricter than rule 3.1.1's 5 minutes). */
export const PLATFORM_REPLY_LIMIT_MS = 180_000;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function beijingParts(ts: number): Date {
  // A Date shifted by +8 h whose UTC fields are the Beijing wall clock.
  return new Date(ts + BEIJING_OFFSET_MS);
}

/** Message stamp "M-D HH:mm:ss" (no year, month and day not padded), e.g. "2-22 18:55:20". */
export function messageStamp(ts: number): string {
  const d = beijingParts(ts);
  return `${d.getUTCMonth() + 1}-${d.getUTCDate()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** Short "HH:mm" shown on a session card whose buyer is not waiting. */
export function clockTime(ts: number): string {
  const d = beijingParts(ts);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/**
 * The session card's countdown: "X分Y秒后超时", "N秒后超时" under a minute, "已超时" once the
 * platform's 3 minutes are over. Seconds are rounded up, so it reads "1秒后超时" until the end.
 */
export function platformCountdown(deadline: number, now: number): string {
  const left = Math.ceil((deadline - now) / 1000);
  if (left <= 0) return '已超时';
  if (left < 60) return `${left}秒后超时`;
  return `${Math.floor(left / 60)}分${left % 60}秒后超时`;
}
