// Rule 3.1.1: the daily 5-minute reply rate, read per message (DESIGN.md, "Reply-rate semantics").
//   5分钟回复率 = 5分钟内被回复的用户咨询消息数量 / 用户咨询消息数总量 (3.1.1.1), ≥ 80% (3.1.1);
//   only messages the buyer sent 08:00–24:00 count (3.1.1.2).
// Every buyer message is its own consultation: a burst of three answered by one reply is three
// messages on time. A message belongs to its own Beijing date even when its deadline is after midnight.
import { beijingDayNumber, dayKeyFromDayNumber, isInReplyWindow } from './beijing-time';
import { firstReplyAtOrAfter, indexConversations, type ConversationIndex } from './conversations';
import type { ChatMessage } from './events';
import type { MessageLog } from './message-log';

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
 * Round 64 (timers64): whether a buyer is late at `now` for this deadline: from the deadline + 1 ms on, a reply at exactly
 * 5:00 being on time. Every live surface (chip, badge, alerts, popup rows) asks this, so none calls a buyer late a
 * millisecond before the ledger does.
 */
export const isPastDeadline = (deadline: number, now: number): boolean => now > deadline;

const ON_TIME = 0;
const LATE = 1;
const PENDING = 2;
const STATUS_NAMES: readonly ReplyStatus[] = ['onTime', 'late', 'pending'];

/**
 * On time when the first reply came within 5:00 (inclusive); late when it came later, or when
 * there is none and `now` is past the deadline; otherwise still pending. A reply in the log
 * decides the message even if it is stamped after `now`. (`replyTs` NaN = no reply; codes for the hot loop.)
 */
function statusCode(ts: number, replyTs: number, now: number): number {
  // Round 65: the reply is judged by the very test the live surfaces use (late from the deadline + 1 ms), on the same
  // deadline (ts + 5:00): `replyTs - ts <= 5:00` rounded otherwise where ts + 5:00 crosses a float binade.
  if (!Number.isNaN(replyTs)) return isPastDeadline(ts + REPLY_LIMIT_MS, replyTs) ? LATE : ON_TIME;
  return isPastDeadline(ts + REPLY_LIMIT_MS, now) ? LATE : PENDING;
}

export function replyStatus(ts: number, replyTs: number | null, now: number): ReplyStatus {
  return STATUS_NAMES[statusCode(ts, replyTs ?? Number.NaN, now)]!;
}

/** Share of decided messages answered on time, and whether it meets the 80% line. */
export function rateOf(good: number, bad: number): { rate: number | null; compliant: boolean | null } {
  const decided = good + bad;
  if (decided === 0) return { rate: null, compliant: null };
  const rate = good / decided;
  return { rate, compliant: rate >= COMPLIANCE_THRESHOLD };
}

/** Status code and first reply time (NaN when none) of every buyer message, aligned with index.buyer. */
function decideAll(index: ConversationIndex, now: number): { status: Uint8Array; replyTs: Float64Array } {
  const { buyer, buyerStart } = index;
  const { ts } = index.columns;
  const status = new Uint8Array(buyer.length);
  const replyTs = new Float64Array(buyer.length);
  for (let c = 0; c < index.conversations; c++) {
    for (let k = buyerStart[c]!; k < buyerStart[c + 1]!; k++) {
      const sent = ts[buyer[k]!]!;
      replyTs[k] = firstReplyAtOrAfter(index, c, sent);
      status[k] = statusCode(sent, replyTs[k]!, now);
    }
  }
  return { status, replyTs };
}

/** Every buyer message (repeats dropped) with its outcome, grouped by conversation, input order within. */
export function classifyBuyerMessages(messages: MessageLog | Iterable<ChatMessage>, now: number): BuyerMessageOutcome[] {
  const index = indexConversations(messages);
  const { status, replyTs } = decideAll(index, now);
  const { ts, ids, convIds } = index.columns;
  const outcomes: BuyerMessageOutcome[] = [];
  for (let c = 0; c < index.conversations; c++) {
    for (let k = index.buyerStart[c]!; k < index.buyerStart[c + 1]!; k++) {
      const i = index.buyer[k]!;
      const reply = replyTs[k]!;
      outcomes.push({
        conv: convIds[c]!,
        id: ids[i]!,
        ts: ts[i]!,
        deadline: ts[i]! + REPLY_LIMIT_MS,
        replyTs: Number.isNaN(reply) ? null : reply,
        eligible: isInReplyWindow(ts[i]!),
        day: dayKeyFromDayNumber(beijingDayNumber(ts[i]!)),
        status: STATUS_NAMES[status[k]!]!,
      });
    }
  }
  return outcomes;
}

/**
 * Reply-rate stats per Beijing date, keys sorted. A day appears when it has at least one buyer
 * message (even one outside 08:00–24:00, which then shows eligible 0).
 */
export function dailyReplyStats(messages: MessageLog | Iterable<ChatMessage>, now: number): Record<string, DayReplyStats> {
  const index = indexConversations(messages);
  const { status } = decideAll(index, now);
  const { ts } = index.columns;
  // Per day number: [eligible, onTime, late, pending]. Messages of a conversation mostly share a
  // day, so the last day's counts are kept at hand.
  const byDay = new Map<number, Int32Array>();
  let lastDay = Number.NaN;
  let counts: Int32Array = new Int32Array(4);
  for (let k = 0; k < index.buyer.length; k++) {
    const sent = ts[index.buyer[k]!]!;
    const dayNumber = beijingDayNumber(sent);
    if (dayNumber !== lastDay) {
      lastDay = dayNumber;
      const known = byDay.get(dayNumber);
      if (known) counts = known;
      else byDay.set(dayNumber, (counts = new Int32Array(4)));
    }
    if (!isInReplyWindow(sent)) continue;
    counts[0]!++;
    counts[1 + status[k]!]!++;
  }
  const days: Record<string, DayReplyStats> = {};
  for (const dayNumber of [...byDay.keys()].sort((a, b) => a - b)) {
    const [eligible, onTime, late, pending] = byDay.get(dayNumber)!;
    days[dayKeyFromDayNumber(dayNumber)] = { eligible: eligible!, onTime: onTime!, late: late!, pending: pending!, ...rateOf(onTime!, late!) };
  }
  return days;
}
