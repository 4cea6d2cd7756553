// The guard turned off, said where the agent looks (top of the popup and of the options page) for as long
// as it is off: a guard left off without knowing is the failure to prevent. The toolbar badge is not used:
// its contract (DESIGN.md) is the count of waiting buyers, coloured by urgency, and nothing else.
import { beijingDayNumber, beijingParts, BEIJING_OFFSET_MS, DAY_MS } from '../rules/metrics/beijing-time';
import type { Translate } from '../utils/i18n';
import type { Settings } from '../utils/settings-schema';
import { useI18n } from './i18n';

const two = (n: number) => String(n).padStart(2, '0');

/** A moment on the agent's own clock: HH:MM today, 明天 HH:MM, or M/D HH:MM. */
export function clockLabel(at: number, now: number, tomorrow: string): string {
  const d = new Date(at);
  const time = `${two(d.getHours())}:${two(d.getMinutes())}`;
  const day = (ms: number) => new Date(ms).toDateString();
  if (day(at) === day(now)) return time;
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  if (day(at) === next.toDateString()) return `${tomorrow} ${time}`;
  return `${d.getMonth() + 1}/${d.getDate()} ${time}`;
}

/**
 * Round 59 (rt59 F2): a resume or pause time in Beijing time, named so, as the 「今天（到北京时间 24:00）」 choice is:
 * an agent abroad read an unmarked local 08:00 as Beijing 08:00. The end of a Beijing day reads 24:00 (as the choice
 * says), not 00:00 of the next. When the PC's clock is in another zone its own time follows in brackets.
 */
export function beijingClockLabel(at: number, now: number, t: Translate, options: { local?: boolean; localOffsetMinutes?: number } = {}): string {
  const { local = true, localOffsetMinutes = -new Date(at).getTimezoneOffset() } = options;
  // 00:00 is shown as 24:00 of the day it ends.
  const midnight = (at + BEIJING_OFFSET_MS) % DAY_MS === 0;
  const p = beijingParts(midnight ? at - 1 : at);
  const time = midnight ? '24:00' : `${two(p.hour)}:${two(p.minute)}`;
  const days = beijingDayNumber(midnight ? at - 1 : at) - beijingDayNumber(now);
  const beijing = days === 0 ? t('beijingAt', { time }) : days === 1 ? t('beijingAtTomorrow', { time }) : t('beijingAtDate', { date: `${p.month}/${p.day}`, time });
  if (!local || localOffsetMinutes * 60_000 === BEIJING_OFFSET_MS) return beijing;
  return beijing + t('localAtToo', { time: clockLabel(at, now, t('tomorrow')) });
}

export function GuardOffNotice(props: { guard: Settings['guard']; now: number; onTurnOn: () => void }) {
  const { t } = useI18n();
  const g = props.guard;
  if (g.enabled) return null;
  // Both times in Beijing time, and on the PC's clock after it when the PC is in another zone. Round 63: the moment it
  // was turned off was in Beijing time only, while the resume time beside it (and the options page) gave both.
  const detail = g.offUntil
    ? t('guardOffUntil', { time: beijingClockLabel(g.offUntil, props.now, t) })
    : g.offSince
      ? t('guardOffForeverSince', { since: beijingClockLabel(g.offSince, props.now, t) })
      : t('guardOffForever');
  return (
    <div class="guard-off" role="alert" data-testid="guard-off">
      <p>
        <strong>{t('guardOffTitle')}</strong> <span data-testid="guard-off-detail">{detail}</span>
      </p>
      <button type="button" class="primary" data-testid="guard-turn-on" onClick={props.onTurnOn}>{t('guardTurnOn')}</button>
    </div>
  );
}
