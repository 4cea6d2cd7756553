// Live reply timers, derived from the message log on every read (never stored as "seconds left",
// since an MV3 service worker and its timers die when idle).
// A conversation waits from its OLDEST unanswered buyer message (the buyer's point of view, as
// Zendesk's next-reply time and Front do); its deadline is that message + 5 minutes.
import { isInReplyWindow } from './beijing-time';
import { indexConversations } from './conversations';
import type { ChatMessage } from './events';
import type { MessageLog } from './message-log';
import { REPLY_LIMIT_MS } from './reply-rate';

export interface WaitingConversation {
  conv: string;
  /** The oldest buyer message the shop has not answered yet. */
  anchorId: string;
  anchorTs: number;
  /** anchorTs + 5 minutes. */
  deadline: number;
  /** Buyer messages waiting for an answer in this conversation. */
  unanswered: number;
  /** The anchor was sent 08:00–24:00 Beijing time, so it counts for the rate; otherwise show "not counted". */
  counted: boolean;
  /** Deadline of the oldest waiting message that counts, or null when none does (e.g. all before 08:00). */
  countedDeadline: number | null;
}

/**
 * Conversations with a buyer message awaiting an answer, most urgent (earliest deadline) first.
 * A shop message answers every buyer message at or before its time.
 */
export function waitingConversations(messages: MessageLog | Iterable<ChatMessage>): WaitingConversation[] {
  const index = indexConversations(messages);
  const { ts, ids, convIds } = index.columns;
  const waiting: WaitingConversation[] = [];
  for (let c = 0; c < index.conversations; c++) {
    const repliesTo = index.replyStart[c + 1]!;
    const lastReply = repliesTo > index.replyStart[c]! ? index.replyTimes[repliesTo - 1]! : -Infinity;
    let anchor = -1;
    let oldestCounted = Infinity;
    let unanswered = 0;
    for (let k = index.buyerStart[c]!; k < index.buyerStart[c + 1]!; k++) {
      const i = index.buyer[k]!;
      if (ts[i]! <= lastReply) continue;
      unanswered++;
      if (anchor < 0 || ts[i]! < ts[anchor]!) anchor = i;
      if (isInReplyWindow(ts[i]!)) oldestCounted = Math.min(oldestCounted, ts[i]!);
    }
    if (anchor < 0) continue;
    waiting.push({
      conv: convIds[c]!,
      anchorId: ids[anchor]!,
      anchorTs: ts[anchor]!,
      deadline: ts[anchor]! + REPLY_LIMIT_MS,
      unanswered,
      counted: isInReplyWindow(ts[anchor]!),
      countedDeadline: oldestCounted === Infinity ? null : oldestCounted + REPLY_LIMIT_MS,
    });
  }
  return waiting.sort((a, b) => a.deadline - b.deadline || (a.conv < b.conv ? -1 : a.conv > b.conv ? 1 : 0));
}

export type AlertLevel = 'warn' | 'urgent' | 'breach';

export interface AlertStep {
  level: AlertLevel;
  /** Milliseconds after the buyer's message. */
  afterMs: number;
}

/**
 * Warn at 3:00 (when the platform's own list already says 「已超时」), urgent at 4:00, breach at 5:00.
 */
export const DEFAULT_ALERT_LADDER: readonly AlertStep[] = [
  { level: 'warn', afterMs: 180_000 },
  { level: 'urgent', afterMs: 240_000 },
  { level: 'breach', afterMs: REPLY_LIMIT_MS },
];

export interface ScheduledAlert extends AlertStep {
  /** Epoch ms when this step is due. */
  at: number;
}

export interface AlertSchedule {
  /** Steps whose time has come (at <= now), in ladder order. */
  due: ScheduledAlert[];
  /** The next step still ahead, or null when all are due. */
  next: ScheduledAlert | null;
  /** The most severe due level, or null when none is due yet. */
  level: AlertLevel | null;
}

/**
 * When a ladder step falls due for a message sent at `sentAt`. A step at 5:00 says late, and late starts 1 ms after the
 * deadline (reply-rate.ts isPastDeadline: a reply at exactly 5:00 is on time): it falls due then, not at the deadline.
 */
export function stepDueAt(sentAt: number, afterMs: number): number {
  return afterMs >= REPLY_LIMIT_MS ? Math.max(sentAt + afterMs, sentAt + REPLY_LIMIT_MS + 1) : sentAt + afterMs;
}

/** Which alert steps are due for a message with this deadline, and when the next one is. */
export function alertSchedule(deadline: number, now: number, ladder: readonly AlertStep[] = DEFAULT_ALERT_LADDER): AlertSchedule {
  const sentAt = deadline - REPLY_LIMIT_MS;
  const steps = ladder.map((step) => ({ ...step, at: stepDueAt(sentAt, step.afterMs) })).sort((a, b) => a.at - b.at);
  const due = steps.filter((step) => step.at <= now);
  return { due, next: steps.find((step) => step.at > now) ?? null, level: due.at(-1)?.level ?? null };
}
