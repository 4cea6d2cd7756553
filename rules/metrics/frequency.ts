// Rule 2.5 (骚扰): "频繁联系他人" — frequent contact. The lint rules judge a draft's words; this
// judges its rhythm: the shop has already sent N messages in the last M minutes without the
// buyer answering. The rule names no figure; 5 in 10 minutes is a conservative default.
import type { ChatMessage } from './events';

export interface FrequencyOptions {
  /** Unanswered shop messages that make the contact "frequent". Default 5. */
  maxMessages?: number;
  /** Look-back window in minutes. Default 10. */
  windowMinutes?: number;
}

export interface FrequencyCheck {
  /** Shop messages in (now − M, now] sent after the buyer's last message. */
  count: number;
  /** count >= N: sending more now looks like harassment. */
  frequent: boolean;
  /** When the oldest counted message leaves the window, or null when nothing is counted. */
  windowFreesAt: number | null;
}

export const DEFAULT_FREQUENCY = { maxMessages: 5, windowMinutes: 10 } as const;

/**
 * Check one conversation's messages at `now`. Messages after `now` are ignored; a shop message at
 * the same millisecond as the buyer's is taken as after it (the same tie rule as reply timing).
 */
export function checkFrequency(messages: Iterable<ChatMessage>, now: number, options: FrequencyOptions = {}): FrequencyCheck {
  const maxMessages = options.maxMessages ?? DEFAULT_FREQUENCY.maxMessages;
  const windowMs = (options.windowMinutes ?? DEFAULT_FREQUENCY.windowMinutes) * 60_000;
  const past: ChatMessage[] = [];
  let lastBuyer = -Infinity;
  const seen = new Set<string>();
  for (const message of messages) {
    if (seen.has(message.id)) continue; // a repeat counts once: the first occurrence wins
    seen.add(message.id);
    if (message.ts > now) continue;
    if (message.dir === 'in') lastBuyer = Math.max(lastBuyer, message.ts);
    else past.push(message);
  }
  let count = 0;
  let oldest = Infinity;
  for (const message of past) {
    // Window (now − M, now]; ties with the buyer's last message count as after it.
    if (message.ts >= lastBuyer && message.ts > now - windowMs) {
      count++;
      oldest = Math.min(oldest, message.ts);
    }
  }
  return { count, frequent: count >= maxMessages, windowFreesAt: count > 0 ? oldest + windowMs : null };
}
