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

/** What the live timers read: every observation, cards stood in for by rows where read. */
export function selectForTimers(records: readonly MessageRecord[]): ChatMessage[] {
  return withoutSupersededCards(records).map(toMessage);
}

/** What the reply rate reads (and what `stats` is given on export). */
export function selectForMetrics(records: readonly MessageRecord[]): ChatMessage[] {
  return withoutSupersededCards(records).filter(countsForMetrics).map(toMessage);
}
