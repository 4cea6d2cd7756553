import { describe, expect, it } from 'vitest';
import { clearSnapshot, readSnapshot, saveSnapshot, SNAPSHOT_KEY } from '../../../components/popup/snapshot';

class MemoryStore {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

const day = (d: string, onTime: number) => ({ day: d, eligible: onTime + 1, onTime, late: 1, pending: 0, rate: onTime / (onTime + 1), compliant: onTime / (onTime + 1) >= 0.8 });
// 10:00 and 23:59 Beijing on 2024-05-20, 00:01 the next day.
const MORNING = Date.parse('2024-05-20T10:00:00+08:00');
const EVENING = Date.parse('2024-05-20T23:59:00+08:00');
const NEXT_DAY = Date.parse('2024-05-21T00:01:00+08:00');
const snapshot = (at: number) => ({
  at,
  today: day('2024-05-20', 9),
  days: [day('2024-05-19', 3), day('2024-05-20', 9)],
  month: { month: '2024-05', satisfied: 2, neutral: 1, disappointed: 0, rate: 2 / 3, compliant: false },
  activity: { day: '2024-05-20', total: 1, byAction: { block: 1, warn: 0, override: 0, fix: 0 }, byClause: { '2.3': { block: 1, warn: 0, override: 0, fix: 0 } } },
});

describe('popup snapshot', () => {
  it('round-trips within the same Beijing day', () => {
    const s = new MemoryStore();
    saveSnapshot(snapshot(MORNING), s);
    expect(readSnapshot(EVENING, s)).toEqual({ v: 1, ...snapshot(MORNING) });
  });
  it("is never used on another day (yesterday's today is not today's)", () => {
    const s = new MemoryStore();
    saveSnapshot(snapshot(EVENING), s);
    expect(readSnapshot(NEXT_DAY, s)).toBeNull();
  });
  it('is not used when the clock went back before it was taken', () => {
    const s = new MemoryStore();
    saveSnapshot(snapshot(EVENING), s);
    expect(readSnapshot(MORNING, s)).toBeNull();
  });
  it('ignores corrupt, foreign-version and malformed entries, and a cleared one', () => {
    const s = new MemoryStore();
    s.setItem(SNAPSHOT_KEY, '{not json');
    expect(readSnapshot(EVENING, s)).toBeNull();
    s.setItem(SNAPSHOT_KEY, JSON.stringify({ ...snapshot(MORNING), v: 0 }));
    expect(readSnapshot(EVENING, s)).toBeNull();
    s.setItem(SNAPSHOT_KEY, JSON.stringify({ v: 1, ...snapshot(MORNING), days: [{ day: '2024-05-20' }] }));
    expect(readSnapshot(EVENING, s)).toBeNull();
    saveSnapshot(snapshot(MORNING), s);
    expect(readSnapshot(EVENING, s)).not.toBeNull();
    clearSnapshot(s);
    expect(readSnapshot(EVENING, s)).toBeNull();
  });
  it('without storage there is simply no snapshot', () => {
    saveSnapshot(snapshot(MORNING), null);
    expect(readSnapshot(EVENING, null)).toBeNull();
  });
});
