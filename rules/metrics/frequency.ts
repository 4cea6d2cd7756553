// Rule 2.5 (骚扰): "频繁联系他人" — frequent contact. The lint rules judge a draft's words; this
// judges its rhythm: the shop keeps contacting a buyer who does not answer. The rule names no
// figure; N messages in M minutes (default 5 in 10) is a conservative default.
//
// What counts is unanswered OUTREACH, not service: the burst of messages that answers the buyer's
// last message (an ordinary multi-line answer, each line within ANSWER_GAP_MS of the one before,
// all within ANSWER_SPAN_MS of the first) is the reply the buyer asked for and never counts. Every
// shop message after that burst (after a quiet gap), or any shop message when the buyer has not
// written at all, is outreach: N of those inside M minutes is frequent contact.
import type { ChatMessage } from './events';

export interface FrequencyOptions {
  /** Unanswered outreach messages that make the contact "frequent". Default 5. */
  maxMessages?: number;
  /** Look-back window in minutes. Default 10. */
  windowMinutes?: number;
}

export interface FrequencyCheck {
  /** Outreach in (now − M, now]: shop messages after the buyer's last message, minus the answer burst. */
  count: number;
  /** count >= N: sending more now looks like harassment. */
  frequent: boolean;
  /** When the oldest counted message leaves the window, or null when nothing is counted. */
  windowFreesAt: number | null;
  /** Shop messages taken as the answer to the buyer's last message (not counted). */
  answer: number;
}

export const DEFAULT_FREQUENCY = { maxMessages: 5, windowMinutes: 10 } as const;
/** Lines of one answer follow each other within this gap (typing the next short line). */
export const ANSWER_GAP_MS = 45_000;
/** …and all come within this time of the answer's first line. */
export const ANSWER_SPAN_MS = 3 * 60_000;

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
  // Shop messages since the buyer last wrote (ties count as after), oldest first.
  const since = past.filter((m) => m.ts >= lastBuyer).sort((a, b) => a.ts - b.ts);
  // The answer: the first burst after a buyer message.
  let answer = 0;
  if (lastBuyer > -Infinity && since.length) {
    const first = since[0]!.ts;
    answer = 1;
    while (answer < since.length && since[answer]!.ts - since[answer - 1]!.ts <= ANSWER_GAP_MS && since[answer]!.ts - first <= ANSWER_SPAN_MS) answer++;
  }
  let count = 0;
  let oldest = Infinity;
  for (const message of since.slice(answer)) {
    // Window (now − M, now].
    if (message.ts > now - windowMs) {
      count++;
      oldest = Math.min(oldest, message.ts);
    }
  }
  return { count, frequent: count >= maxMessages, windowFreesAt: count > 0 ? oldest + windowMs : null, answer };
}
