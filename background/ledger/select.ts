// Which recorded messages the timers and the metrics read. Pure.
//
// - A session-card observation (a buyer waiting in a conversation that was not open) stands in for
//   the real message until the conversation's rows are read: a row-read buyer message near its
//   time supersedes it, so one message is never counted twice.
// - History whose time the page did not print (recorded at the moment it was first seen) is real
//   for the timers — an unanswered buyer message on screen is waiting — but its time is not known,
//   so the reply rate does not count it: no reply and no late is invented from a page load.
// - A card marked 「已超时」 (timeUnknown) is a buyer waiting since an unknown time: due now for the
//   timers, never counted for the rate.
import type { ChatMessage } from '../../rules/metrics/events';
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import type { MessageRecord } from './schema';

/** A row-read buyer message this close to a card observation is the message the card announced. */
export const CARD_SUPERSEDED_BEFORE_MS = 10 * 60_000;
export const CARD_SUPERSEDED_AFTER_MS = 30 * 60_000;
/**
 * How far back the live timers look: a buyer left unanswered for a day is history, not a waiting
 * customer (the platform has closed the session long before).
 */
export const WAITING_HORIZON_MS = 24 * 3_600_000;
/** Messages this far around a day are enough to decide that day's figures (5:00 replies, card matches). */
export const DAY_CONTEXT_MS = 30 * 60_000;

/** Whether a record's time is known well enough for the reply rate. */
export function countsForMetrics(record: Pick<MessageRecord, 'tsSource' | 'history' | 'timeUnknown'>): boolean {
  if (record.timeUnknown) return false;
  return record.tsSource === 'page' || !record.history;
}

/** Records minus card observations superseded by row-read buyer messages. Keeps input order. */
export function withoutSupersededCards<T extends Pick<MessageRecord, 'conv' | 'dir' | 'ts' | 'source'>>(records: readonly T[]): T[] {
  const rowBuyerTimes = new Map<string, number[]>();
  let anyCard = false;
  for (const r of records) {
    if (r.source === 'card') anyCard = true;
    else if (r.dir === 'in') {
      let times = rowBuyerTimes.get(r.conv);
      if (!times) rowBuyerTimes.set(r.conv, (times = []));
      times.push(r.ts);
    }
  }
  if (!anyCard) return [...records];
  for (const times of rowBuyerTimes.values()) times.sort((a, b) => a - b);
  return records.filter((r) => {
    if (r.source !== 'card' || r.dir !== 'in') return true;
    const times = rowBuyerTimes.get(r.conv);
    if (!times) return true;
    const from = r.ts - CARD_SUPERSEDED_BEFORE_MS;
    const to = r.ts + CARD_SUPERSEDED_AFTER_MS;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return !(lo < times.length && times[lo]! <= to);
  });
}

const toMessage = (r: MessageRecord): ChatMessage => ({ conv: r.conv, id: r.id, dir: r.dir, ts: r.ts });

/**
 * What the live timers read: every observation, cards stood in for by rows where read. Round 67 (timers67): not a reply
 * a recall notice may stand for (`maybeRecalled`): whether the buyer was answered is not known, so the buyer is taken as
 * waiting from their message (its time is known) — never as answered, which would hide a buyer who may be waiting.
 */
export function selectForTimers(records: readonly MessageRecord[]): ChatMessage[] {
  return withoutSupersededCards(records.filter((r) => !r.maybeRecalled)).map(toMessage);
}

/**
 * Round 67: per conversation, the time of its latest reply a recall notice may stand for. A conversation waiting since
 * at or before it would not be waiting if that reply was not the one recalled: whether it was answered is not known.
 */
export function repliesMaybeRecalledByConv(records: readonly Pick<MessageRecord, 'conv' | 'ts' | 'maybeRecalled'>[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const r of records) if (r.maybeRecalled && r.ts > (latest.get(r.conv) ?? -Infinity)) latest.set(r.conv, r.ts);
  return latest;
}

/**
 * Round 49: buyer messages whose first reply is one of unknown time (a reply in history printing no time, 「已读」
 * only; a card seen answered): whether it came within 5:00 is not known, so the message is left undecided — not
 * counted, as a buyer message of unknown time is not. Returns the records to leave out (none when no such reply).
 * Round 66: so is a reply a recall notice may stand for (`maybeRecalled`): whether it answered at all is not known.
 */
function answeredAtUnknownTime<T extends Pick<MessageRecord, 'conv' | 'dir' | 'ts' | 'tsSource' | 'history' | 'timeUnknown' | 'source' | 'maybeRecalled'>>(records: readonly T[]): Set<T> {
  const out = new Set<T>();
  // A row reply only: a card seen answered (card-answered) keeps its documented reading (no known reply).
  const unknownReply = (r: T) => r.dir === 'out' && r.source === 'row' && (!countsForMetrics(r) || r.maybeRecalled === true);
  if (!records.some(unknownReply)) return out;
  const byConv = new Map<string, T[]>();
  for (const r of records) {
    let list = byConv.get(r.conv);
    if (!list) byConv.set(r.conv, (list = []));
    list.push(r);
  }
  for (const list of byConv.values()) {
    if (!list.some(unknownReply)) continue;
    // Stable by time: page order within one time stays.
    const sorted = list.map((r, i) => [r, i] as const).sort((a, b) => a[0].ts - b[0].ts || a[1] - b[1]).map(([r]) => r);
    let nextReply: T | null = null;
    for (let i = sorted.length - 1; i >= 0; i--) {
      const r = sorted[i]!;
      if (r.dir === 'out') nextReply = r;
      // Only a reply the day's own read sees (day-cache.ts: the day and DAY_CONTEXT_MS around it): the same Beijing
      // day, or within that context — so a day's figures never depend on what lies beyond its read.
      else if (nextReply && unknownReply(nextReply) && countsForMetrics(r) && (beijingDayNumber(nextReply.ts) === beijingDayNumber(r.ts) || nextReply.ts - r.ts <= DAY_CONTEXT_MS)) out.add(r);
    }
  }
  return out;
}

/** What the reply rate reads (and what `stats` is given on export). */
export function selectForMetrics(records: readonly MessageRecord[]): ChatMessage[] {
  const kept = withoutSupersededCards(records);
  const undecided = answeredAtUnknownTime(kept);
  return kept.filter((r) => countsForMetrics(r) && !r.maybeRecalled && !undecided.has(r)).map(toMessage);
}
