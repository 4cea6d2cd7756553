import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearSnapshot, readSnapshot, rememberClockSkew, saveSnapshot, SNAPSHOT_KEY } from '../../../components/popup/snapshot';

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
const snapshot = (at: number, skew = 0) => ({
  at,
  skew,
  today: day('2024-05-20', 9),
  days: [day('2024-05-19', 3), day('2024-05-20', 9)],
  month: { month: '2024-05', satisfied: 2, neutral: 1, disappointed: 0, rate: 2 / 3, compliant: false },
  activity: { day: '2024-05-20', total: 1, byAction: { block: 1, warn: 0, override: 0, fix: 0 }, byClause: { '2.3': { block: 1, warn: 0, override: 0, fix: 0 } } },
});

describe('popup snapshot', () => {
  it('round-trips within the same Beijing day', () => {
    const s = new MemoryStore();
    saveSnapshot(snapshot(MORNING), s);
    expect(readSnapshot(EVENING, s)).toEqual({ v: 2, ...snapshot(MORNING) });
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
    s.setItem(SNAPSHOT_KEY, JSON.stringify({ v: 2, ...snapshot(MORNING), days: [{ day: '2024-05-20' }] }));
    // Round 63: a snapshot of before (v 1: stamped with the PC's clock, no skew) is not used.
    s.setItem(SNAPSHOT_KEY, JSON.stringify({ v: 1, ...snapshot(MORNING) }));
    expect(readSnapshot(EVENING, s)).toBeNull();
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

  // Round 63: the popup stamps its snapshot with its own clock, server time (PC + the worker's skew), and judges it so.
  describe('judged on the popup’s clock, not the PC’s alone', () => {
    const SLOW = 3 * 60_000; // server − PC: the PC 3 min slow
    it('a PC 3 min slow: figures read at 23:56 server time are not today’s at 00:01:30 server time (the PC still shows 23:58:30)', () => {
      const s = new MemoryStore();
      saveSnapshot(snapshot(Date.parse('2024-05-20T23:56:00+08:00'), SLOW), s);
      // Before: judged on the PC's 23:58:30, the same day: yesterday's figures drawn as today's.
      expect(readSnapshot(Date.parse('2024-05-20T23:58:30+08:00'), s)).toBeNull();
      // Still the same day on the server: used.
      expect(readSnapshot(Date.parse('2024-05-20T23:56:30+08:00'), s)).not.toBeNull();
    });
    it('a PC 3 min fast: used while both clocks show the day; not once the PC’s shows the next (its skew may have been set right since)', () => {
      const s = new MemoryStore();
      saveSnapshot(snapshot(Date.parse('2024-05-20T23:50:00+08:00'), -SLOW), s);
      expect(readSnapshot(Date.parse('2024-05-20T23:56:00+08:00'), s)).not.toBeNull();
      // The PC already in the next day: the skew may have been set right since; not used.
      expect(readSnapshot(Date.parse('2024-05-21T00:01:00+08:00'), s)).toBeNull();
    });
    it('a snapshot read before the skew was known (on the PC’s clock) is judged by the skew the popup learned after it', () => {
      const s = new MemoryStore();
      saveSnapshot(snapshot(Date.parse('2024-05-20T23:56:00+08:00'), 0), s);
      expect(readSnapshot(Date.parse('2024-05-20T23:58:30+08:00'), s)).not.toBeNull();
      rememberClockSkew(SLOW, s);
      expect(readSnapshot(Date.parse('2024-05-20T23:58:30+08:00'), s)).toBeNull();
      expect(readSnapshot(Date.parse('2024-05-20T23:56:30+08:00'), s)).not.toBeNull();
    });
  });
});
