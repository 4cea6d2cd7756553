// Messages grouped by conversation, once, for every metric that asks "when did the shop answer?".
// The same (conv, id) seen twice is one message: the first occurrence wins (logs and exports
// overlap; a re-observed DOM row must not count twice).
import type { ChatMessage } from './events';

export interface Conversation {
  conv: string;
  /** The buyer's messages (first occurrences), in input order. */
  buyer: ChatMessage[];
  /** Times of the shop's messages, ascending. */
  replyTimes: Float64Array;
}

/** Group messages by conversation, dropping repeated (conv, id). O(n + r log r) per conversation. */
export function groupConversations(messages: Iterable<ChatMessage>): Map<string, Conversation> {
  const building = new Map<string, { seen: Set<string>; buyer: ChatMessage[]; replies: number[] }>();
  for (const message of messages) {
    let entry = building.get(message.conv);
    if (!entry) {
      entry = { seen: new Set(), buyer: [], replies: [] };
      building.set(message.conv, entry);
    }
    if (entry.seen.has(message.id)) continue;
    entry.seen.add(message.id);
    if (message.dir === 'in') entry.buyer.push(message);
    else entry.replies.push(message.ts);
  }
  const conversations = new Map<string, Conversation>();
  for (const [conv, entry] of building) {
    // A typed array sorts numerically and fast; input is usually already in time order.
    const replyTimes = Float64Array.from(entry.replies).sort();
    conversations.set(conv, { conv, buyer: entry.buyer, replyTimes });
  }
  return conversations;
}

/** The same messages without repeated (conv, id), first occurrence kept, input order kept. */
export function dedupeMessages(messages: Iterable<ChatMessage>): ChatMessage[] {
  const seen = new Map<string, Set<string>>();
  const unique: ChatMessage[] = [];
  for (const message of messages) {
    let ids = seen.get(message.conv);
    if (!ids) seen.set(message.conv, (ids = new Set()));
    if (ids.has(message.id)) continue;
    ids.add(message.id);
    unique.push(message);
  }
  return unique;
}

/** Index of the first time >= ts in ascending `times` (times.length when none). */
export function lowerBound(times: Float64Array, ts: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** When the shop first answered at or after `ts` (a reply at the same millisecond counts), or null. */
export function firstReplyAtOrAfter(conversation: Conversation, ts: number): number | null {
  const i = lowerBound(conversation.replyTimes, ts);
  return i < conversation.replyTimes.length ? conversation.replyTimes[i]! : null;
}
