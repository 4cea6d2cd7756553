// Round 63 (guard63): at exactly the deadline the chip was coloured as late (levelAt: breach from now >= deadline, as the badge and
// the notifications say) while its label read 「0:00」 and its accessible name 「剩余回复时间 0:00」. One truth now: from the deadline
// on, the chip says late (「超时 0:00」, 「已超时 0:00」); a millisecond before it, 0:00 is still time left.
// Round 64 (timers64): the ledger (DESIGN.md, reply-rate.ts) counts a reply at exactly 5:00 as on time, so the buyer is late
// from the deadline + 1 ms on: at the deadline itself the chip says 0:00 left, and turns late (colour, label, name) 1 ms later.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { TimerEntry } from '@/background/timer-state';
import { drawingAt, parkedDrawingAt, parkedUnchangedUntil, unchangedUntil } from '@/content/countdown/index';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const entry = { conv: 'c1', anchorTs: T0, deadline: T0 + 300_000, counted: true } as TimerEntry;
const LADDER = [180, 240, 300];

describe('round 63: the chip at the deadline', () => {
  it('a millisecond after the deadline: coloured late and saying late, in its label and its accessible name (round 64)', () => {
    const d = drawingAt(entry, LADDER, entry.deadline + 1);
    expect(d.level).toBe('breach');
    expect(d.label).toBe('超时 0:00');
    expect(d.name).toBe('已超时 0:00');
  });

  it('at the deadline itself and a millisecond before: 0:00 left, not yet late (round 64: a reply at 5:00 is on time)', () => {
    for (const now of [entry.deadline - 1, entry.deadline]) {
      const d = drawingAt(entry, LADDER, now);
      expect(d.level).toBe('urgent');
      expect(d.label).toBe('0:00');
      expect(d.name).toBe('剩余回复时间 0:00');
      expect(parkedDrawingAt(entry, LADDER, now).name).toMatch(/^回复截止 \d\d:\d\d:\d\d$/);
    }
  });

  it('every drawing from the deadline on says late exactly when it is coloured late, as the parked chip does', () => {
    for (let now = entry.deadline - 2_000; now <= entry.deadline + 2_000; now++) {
      const d = drawingAt(entry, LADDER, now);
      const late = d.level === 'breach';
      expect(d.label.startsWith('超时'), `label at ${now - entry.deadline} ms`).toBe(late);
      expect(d.name.startsWith('已超时'), `name at ${now - entry.deadline} ms`).toBe(late);
      expect(parkedDrawingAt(entry, LADDER, now).name.startsWith('已超时'), `parked at ${now - entry.deadline} ms`).toBe(late);
    }
  });

  it('the redraw at the deadline comes 1 ms after it, and the next when a whole second has passed', () => {
    expect(unchangedUntil(entry, LADDER, entry.deadline - 1)).toBe(entry.deadline + 1);
    expect(unchangedUntil(entry, LADDER, entry.deadline)).toBe(entry.deadline + 1);
    expect(parkedUnchangedUntil(entry, LADDER, entry.deadline)).toBe(entry.deadline + 1);
    const until = unchangedUntil(entry, LADDER, entry.deadline + 1);
    expect(until).toBe(entry.deadline + 1_000);
    expect(drawingAt(entry, LADDER, until - 1)).toEqual(drawingAt(entry, LADDER, entry.deadline + 1));
    expect(drawingAt(entry, LADDER, until).label).toBe('超时 0:01');
  });
});
