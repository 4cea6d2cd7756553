// The guard turned off, said where the agent looks (top of the popup and of the options page) for as long
// as it is off: a guard left off without knowing is the failure to prevent. The toolbar badge is not used:
// its contract (DESIGN.md) is the count of waiting buyers, coloured by urgency, and nothing else.
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

export function GuardOffNotice(props: { guard: Settings['guard']; now: number; onTurnOn: () => void }) {
  const { t } = useI18n();
  const g = props.guard;
  if (g.enabled) return null;
  const when = (ms: number) => clockLabel(ms, props.now, t('tomorrow'));
  const detail = g.offUntil ? t('guardOffUntil', { time: when(g.offUntil) }) : g.offSince ? t('guardOffForeverSince', { since: when(g.offSince) }) : t('guardOffForever');
  return (
    <div class="guard-off" role="alert" data-testid="guard-off">
      <p>
        <strong>{t('guardOffTitle')}</strong> <span data-testid="guard-off-detail">{detail}</span>
      </p>
      <button type="button" class="primary" data-testid="guard-turn-on" onClick={props.onTurnOn}>{t('guardTurnOn')}</button>
    </div>
  );
}
