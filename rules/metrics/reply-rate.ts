// Rule 3.1.1: the daily 5-minute reply rate, read per message (DESIGN.md, "Reply-rate semantics").
//   5分钟回复率 = 5分钟内被回复的用户咨询消息数量 / 用户咨询消息数总量 (3.1.1.1), ≥ 80% (3.1.1);
//   only messages the buyer sent 08:00–24:00 count (3.1.1.2).
// Every buyer message is its own consultation: a burst of three answered by one reply is three
// messages on time. A message belongs to its own Beijing date even when its deadline is after midnight.
import { beijingDayNumber, dayKeyFromDayNumber, isInReplyWindow } from './beijing-time';
import { firstReplyAtOrAfter, groupConversations, type Conversation } from './conversations';
import type { ChatMessage } from './events';

/** 5 minutes: a reply exactly 300 000 ms after the buyer's message is on time. */
export const REPLY_LIMIT_MS = 300_000;
/** Rule 3.1.1 and 3.1.2: both rates must be at least 80%. */
export const COMPLIANCE_THRESHOLD = 0.8;

export type ReplyStatus = 'onTime' | 'late' | 'pending';

export interface BuyerMessageOutcome {
  conv: string;
  id: string;
  ts: number;
  /** ts + 5 minutes. */
  deadline: number;
  /** The shop's first message at or after ts in this conversation, or null. */
  replyTs: number | null;
  /** Sent 08:00–24:00 Beijing time: counted by the rate. */
  eligible: boolean;
  /** Beijing date of the buyer's message, YYYY-MM-DD. */
  day: string;
  status: ReplyStatus;
}

export interface DayReplyStats {
  /** Buyer messages sent 08:00–24:00 this day (onTime + late + pending). */
  eligible: number;
  onTime: number;
  late: number;
  pending: number;
  /** onTime / (onTime + late); null while nothing is decided. */
  rate: number | null;
  /** rate >= 0.8; null while rate is null. */
  compliant: boolean | null;
}

/**
 * On time when the first reply came within 5:00 (inclusive); late when it came later, or when
 * there is none and `now` is past the deadline; otherwise still pending. A reply in the log
 * decides the message even if it is stamped after `now`.
 */
export function replyStatus(ts: number, replyTs: number | null, now: number): ReplyStatus {
  if (replyTs !== null) return replyTs - ts <= REPLY_LIMIT_MS ? 'onTime' : 'late';
  return now > ts + REPLY_LIMIT_MS ? 'late' : 'pending';
}

/** Share of decided messages answered on time, and whether it meets the 80% line. */
export function rateOf(good: number, bad: number): { rate: number | null; compliant: boolean | null } {
  const decided = good + bad;
  if (decided === 0) return { rate: null, compliant: null };
  const rate = good / decided;
  return { rate, compliant: rate >= COMPLIANCE_THRESHOLD };
}

type Visit = (message: ChatMessage, replyTs: number | null, status: ReplyStatus) => void;

function visitBuyerMessages(conversations: Map<string, Conversation>, now: number, visit: Visit): void {
  for (const conversation of conversations.values()) {
    for (const message of conversation.buyer) {
      const replyTs = firstReplyAtOrAfter(conversation, message.ts);
      visit(message, replyTs, replyStatus(message.ts, replyTs, now));
    }
  }
}

/** Every buyer message (repeats dropped) with its outcome, grouped by conversation. */
export function classifyBuyerMessages(messages: Iterable<ChatMessage>, now: number): BuyerMessageOutcome[] {
  const outcomes: BuyerMessageOutcome[] = [];
  visitBuyerMessages(groupConversations(messages), now, (message, replyTs, status) => {
    outcomes.push({
      conv: message.conv,
      id: message.id,
      ts: message.ts,
      deadline: message.ts + REPLY_LIMIT_MS,
      replyTs,
      eligible: isInReplyWindow(message.ts),
      day: dayKeyFromDayNumber(beijingDayNumber(message.ts)),
      status,
    });
  });
  return outcomes;
}

/**
 * Reply-rate stats per Beijing date, keys sorted. A day appears when it has at least one buyer
 * message (even one outside 08:00–24:00, which then shows eligible 0).
 */
export function dailyReplyStats(messages: Iterable<ChatMessage>, now: number): Record<string, DayReplyStats> {
  // Counts by day number in one flat array per day: [eligible, onTime, late, pending].
  const byDay = new Map<number, Int32Array>();
  visitBuyerMessages(groupConversations(messages), now, (message, _replyTs, status) => {
    const dayNumber = beijingDayNumber(message.ts);
    let counts = byDay.get(dayNumber);
    if (!counts) byDay.set(dayNumber, (counts = new Int32Array(4)));
    if (!isInReplyWindow(message.ts)) return;
    counts[0]!++;
    counts[status === 'onTime' ? 1 : status === 'late' ? 2 : 3]!++;
  });
  const days: Record<string, DayReplyStats> = {};
  for (const dayNumber of [...byDay.keys()].sort((a, b) => a - b)) {
    const [eligible, onTime, late, pending] = byDay.get(dayNumber)!;
    days[dayKeyFromDayNumber(dayNumber)] = { eligible: eligible!, onTime: onTime!, late: late!, pending: pending!, ...rateOf(onTime!, late!) };
  }
  return days;
}
