// Rule 2.5 (骚扰 / harassment: 频繁联系他人), the rhythm side: before a send, warn when the agent has
// already sent N messages of unanswered outreach in this conversation within M minutes (default 5
// in 10 minutes, settings.timers.frequency); a multi-line answer to the buyer's own message is
// service and never counts (rules/metrics/frequency.ts). The guard's send hook asks this; it never
// blocks on its own — a warning holds the first send and the agent can send again.
import { checkFrequency } from '../../rules/metrics/frequency';
import type { Settings } from '../../utils/settings-schema';
import type { ConversationView } from './index';

export interface FrequencyWarning {
  clause: '2.5';
  rule: 'contact-frequency';
  severity: 'warn';
  conv: string;
  /** Agent messages already sent without a buyer reply inside the window. */
  count: number;
  windowMinutes: number;
  /** When sending would no longer be "frequent" (the oldest counted message leaves the window). */
  freesAt: number | null;
  message: string;
}

/** The warning for sending one more message now, or null when the rhythm is fine. Pure. */
export function frequencyWarning(
  view: ConversationView | null,
  now: number,
  limits: Settings['timers']['frequency'],
): FrequencyWarning | null {
  if (!view) return null;
  const result = checkFrequency(view.messages, now, limits);
  if (!result.frequent) return null;
  const { windowMinutes } = limits;
  return {
    clause: '2.5',
    rule: 'contact-frequency',
    severity: 'warn',
    conv: view.conv,
    count: result.count,
    windowMinutes,
    freesAt: result.windowFreesAt,
    message: result.answer
      ? `频繁联系提醒（规则 2.5）：回答买家之后，${windowMinutes} 分钟内又发了 ${result.count} 条消息，买家尚未回复，继续发送可能被认定为骚扰。` +
        ` / Frequent contact (rule 2.5): after answering the buyer, ${result.count} more messages in ${windowMinutes} min without a reply; more may count as harassment.`
      : `频繁联系提醒（规则 2.5）：${windowMinutes} 分钟内已连续发送 ${result.count} 条消息，买家尚未回复，继续发送可能被认定为骚扰。` +
        ` / Frequent contact (rule 2.5): ${result.count} messages in ${windowMinutes} min without a reply from the buyer; more may count as harassment.`,
  };
}

/**
 * The adapter for the guard's send hook (content/guard/send-checks.ts `registerSendCheck`, whose
 * checks get `{ text, site, now }` right before a send): `current` is the watcher's view of the
 * open conversation, `limits` the live settings.
 *
 *   registerSendCheck(createFrequencySendCheck(watcher.current, () => settings.timers.frequency), signal);
 */
export function createFrequencySendCheck(
  current: () => ConversationView | null,
  limits: () => Settings['timers']['frequency'],
  clock: () => number = Date.now,
): (ctx?: { now?: number }) => FrequencyWarning | null {
  return (ctx) => frequencyWarning(current(), ctx?.now ?? clock(), limits());
}
