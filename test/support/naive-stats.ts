// A deliberately naive reference for the chapter-3 metrics, written from DESIGN.md's
// "Reply-rate semantics" without reusing rules/metrics: O(n²) scans, Beijing dates through
// Date's UTC methods. Property tests compare the fast code to it; the benchmark uses it as the peer.

export interface NaiveMessage {
  conv: string;
  id: string;
  dir: 'in' | 'out';
  ts: number;
}

export interface NaiveRating {
  ts: number;
  rating: 'satisfied' | 'neutral' | 'disappointed';
}

const BEIJING = 8 * 3600 * 1000;

function beijingDate(ts: number): Date {
  return new Date(ts + BEIJING);
}

export function naiveUnique(messages: readonly NaiveMessage[]): NaiveMessage[] {
  const unique: NaiveMessage[] = [];
  for (const m of messages) {
    if (!unique.some((u) => u.conv === m.conv && u.id === m.id)) unique.push(m);
  }
  return unique;
}

export type NaiveStatus = 'onTime' | 'late' | 'pending';

export function naiveStatus(unique: readonly NaiveMessage[], buyer: NaiveMessage, now: number): NaiveStatus {
  let firstReply: number | null = null;
  for (const r of unique) {
    if (r.conv === buyer.conv && r.dir === 'out' && r.ts >= buyer.ts && (firstReply === null || r.ts < firstReply)) {
      firstReply = r.ts;
    }
  }
  if (firstReply !== null) return firstReply <= buyer.ts + 5 * 60 * 1000 ? 'onTime' : 'late';
  return now > buyer.ts + 5 * 60 * 1000 ? 'late' : 'pending';
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key]!;
  return sorted;
}

export function naiveDays(messages: readonly NaiveMessage[], now: number) {
  const unique = naiveUnique(messages);
  const days: Record<string, { eligible: number; onTime: number; late: number; pending: number; rate: number | null; compliant: boolean | null }> = {};
  for (const m of unique) {
    if (m.dir !== 'in') continue;
    const local = beijingDate(m.ts);
    const day = local.toISOString().slice(0, 10);
    days[day] ??= { eligible: 0, onTime: 0, late: 0, pending: 0, rate: null, compliant: null };
    if (local.getUTCHours() < 8) continue;
    const d = days[day];
    d.eligible += 1;
    d[naiveStatus(unique, m, now)] += 1;
  }
  for (const d of Object.values(days)) {
    if (d.onTime + d.late > 0) {
      d.rate = d.onTime / (d.onTime + d.late);
      d.compliant = d.rate >= 0.8;
    }
  }
  return sortKeys(days);
}

export function naiveMonths(ratings: readonly NaiveRating[]) {
  const months: Record<string, { satisfied: number; neutral: number; disappointed: number; rate: number | null; compliant: boolean | null }> = {};
  for (const r of ratings) {
    const month = beijingDate(r.ts).toISOString().slice(0, 7);
    months[month] ??= { satisfied: 0, neutral: 0, disappointed: 0, rate: null, compliant: null };
    months[month][r.rating] += 1;
  }
  for (const m of Object.values(months)) {
    const total = m.satisfied + m.neutral + m.disappointed;
    if (total > 0) {
      m.rate = m.satisfied / total;
      m.compliant = m.rate >= 0.8;
    }
  }
  return sortKeys(months);
}

export function naiveStats(messages: readonly NaiveMessage[], ratings: readonly NaiveRating[], now: number) {
  return { days: naiveDays(messages, now), months: naiveMonths(ratings) };
}
