// Messages grouped by conversation, once, for every metric that asks "when did the shop answer?".
// Counting sort on the dense conversation index (O(n), no per-conversation allocation), then each
// conversation's reply times sorted so "first reply at or after t" is a binary search.
import type { ChatMessage } from './events';
import { asMessageLog, type MessageColumns, type MessageLog } from './message-log';

/** Segments of one flat array per conversation: conversation c owns [start[c], start[c + 1]). */
export interface ConversationIndex {
  columns: MessageColumns;
  conversations: number;
  /** Message indices of buyer messages, grouped by conversation, input order within. */
  buyer: Int32Array;
  buyerStart: Int32Array;
  /** Times of shop messages, grouped by conversation, ascending within. */
  replyTimes: Float64Array;
  replyStart: Int32Array;
}

/** Below this many replies a conversation's times are insertion-sorted (usually already in order). */
const INSERTION_SORT_MAX = 32;

export function indexConversations(messages: MessageLog | Iterable<ChatMessage>): ConversationIndex {
  const columns = asMessageLog(messages).columns();
  const { length: n, conv, ts, inbound } = columns;
  const count = columns.convIds.length;
  const buyerStart = new Int32Array(count + 1);
  const replyStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    if (inbound[i]) buyerStart[conv[i]! + 1]!++;
    else replyStart[conv[i]! + 1]!++;
  }
  for (let c = 0; c < count; c++) {
    buyerStart[c + 1]! += buyerStart[c]!;
    replyStart[c + 1]! += replyStart[c]!;
  }
  const buyerFill = buyerStart.slice(0, count);
  const replyFill = replyStart.slice(0, count);
  const buyer = new Int32Array(buyerStart[count]!);
  const replyTimes = new Float64Array(replyStart[count]!);
  for (let i = 0; i < n; i++) {
    if (inbound[i]) buyer[buyerFill[conv[i]!]!++] = i;
    else replyTimes[replyFill[conv[i]!]!++] = ts[i]!;
  }
  for (let c = 0; c < count; c++) sortSegment(replyTimes, replyStart[c]!, replyStart[c + 1]!);
  return { columns, conversations: count, buyer, buyerStart, replyTimes, replyStart };
}

function sortSegment(values: Float64Array, from: number, to: number): void {
  if (to - from > INSERTION_SORT_MAX) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
}

/** Index of the first value >= ts in the ascending range [from, to) (to when none). */
export function lowerBound(values: Float64Array, from: number, to: number, ts: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** When conversation c's shop first answered at or after ts (the same millisecond counts), or NaN. */
export function firstReplyAtOrAfter(index: ConversationIndex, c: number, ts: number): number {
  const to = index.replyStart[c + 1]!;
  const i = lowerBound(index.replyTimes, index.replyStart[c]!, to, ts);
  return i < to ? index.replyTimes[i]! : Number.NaN;
}
