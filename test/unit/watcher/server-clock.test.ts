// Round 45 (timers45a): the server − PC offset from proven bounds only; a wall-clock step keeps elapsed intervals.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ServerClock } from '../../../content/watcher/server-clock';
import { effectiveOffset, FAST_REPORT_TTL_MS, MAX_SKEW_MS } from '../../../utils/clock-offset';
import { toPcTime } from '../../../background/timers';

/** A PC whose wall clock is `skew` ms off the server's (server = real), with a monotonic clock that never steps. */
function pc(skew: number) {
  const t = { real: 1_760_000_000_000, skew };
  const clocks = { wall: () => t.real + t.skew, mono: () => t.real - 1_700_000_000_000 };
  return { t, clock: new ServerClock(clocks), wall: clocks.wall };
}

describe('ServerClock', () => {
  it('without evidence trusts the PC (0)', () => {
    expect(pc(180_000).clock.offset()).toBe(0);
  });

  it('finding 1: a PC 180 s fast is calibrated by the agent’s own send, never past the truth', () => {
    const { t, clock } = pc(180_000);
    clock.noteSend('亲，今天发货');
    t.real += 700; // the server stamps it 0.7 s later
    const printed = Math.floor(t.real / 1000) * 1000;
    t.real += 900; // the row comes back
    clock.noteOwnRow(printed, ' 亲，今天发货 ');
    const off = clock.offset();
    expect(off).toBeGreaterThanOrEqual(-180_000); // never more time than the buyer has
    expect(off).toBeLessThan(-178_000);
  });

  it('a late-delivered buyer row (looks like a fast clock) moves nothing; another own row not sent from here neither', () => {
    const { t, clock } = pc(0);
    clock.noteSeen(t.real - 60_000); // printed a minute before it was seen
    clock.noteOwnRow(Math.floor(t.real / 1000) * 1000 - 120_000, '别处发的'); // no send attempt with that text
    expect(clock.offset()).toBe(0);
    expect(clock.calibrated).toBe(false);
  });

  it('finding 2: a PC 240 s slow is proven by the buyer’s row; set right (a forward jump, like a sleep) the estimate is held until a send calibrates it', () => {
    const { t, clock } = pc(-240_000);
    const printed = Math.floor(t.real / 1000) * 1000;
    t.real += 300;
    clock.noteSeen(printed);
    expect(clock.offset()).toBeGreaterThanOrEqual(239_000);
    expect(clock.offset()).toBeLessThanOrEqual(240_000);
    t.real += 30_000;
    t.skew = 0; // NTP step forward — or the machine slept 240 s: the same to a page
    // Held: the deadline comes early (0:30 left instead of 4:30), never late; new rows are still dated in server time.
    expect(clock.offset()).toBeGreaterThanOrEqual(239_000);
    t.real += 40_000;
    clock.noteSend('亲，今天下午就发');
    t.real += 700;
    clock.noteOwnRow(Math.floor(t.real / 1000) * 1000, '亲，今天下午就发');
    expect(clock.offset()).toBeGreaterThanOrEqual(0); // calibrated afresh, never below the truth
    expect(clock.offset()).toBeLessThanOrEqual(1700); // the send's 0.7 s trip + the printed second's truncation
  });

  it('a fast PC set right (a backward jump): the elapsed wait keeps its real length at once', () => {
    const { t, clock } = pc(180_000);
    clock.noteSend('在的');
    t.real += 500;
    clock.noteOwnRow(Math.floor(t.real / 1000) * 1000, '在的');
    const asked = Math.floor(t.real / 1000) * 1000; // a buyer row printed now
    t.real += 30_000;
    t.skew = 0;
    const left = asked + 300_000 - clock.offset() - (t.real + t.skew);
    expect(left).toBeLessThanOrEqual(270_000);
    expect(left).toBeGreaterThan(268_000);
  });

  it('a machine that slept with a fast PC calibrated: the estimate does not fall (deadlines never later)', () => {
    const { t, clock } = pc(180_000);
    const mono = { at: 0 };
    const c = new (clock.constructor as typeof import('../../../content/watcher/server-clock').ServerClock)({ wall: () => t.real + t.skew, mono: () => t.real - mono.at });
    c.noteSend('在的');
    t.real += 500;
    c.noteOwnRow(Math.floor(t.real / 1000) * 1000, '在的');
    const before = c.offset();
    t.real += 3_600_000;
    mono.at += 3_600_000; // the monotonic clock stood still for the hour asleep
    expect(c.offset()).toBeGreaterThanOrEqual(before);
  });

  it('contradicting evidence falls to the side that shows less time; far-off stamps are ignored', () => {
    const { t, clock } = pc(-60_000);
    clock.noteSend('好的');
    const printed = Math.floor((t.real - 50_000) / 1000) * 1000; // a stamp the page drew from the PC's own clock
    clock.noteOwnRow(printed, '好的');
    clock.noteSeen(Math.floor(t.real / 1000) * 1000 - 1000);
    expect(clock.offset()).toBeGreaterThanOrEqual(58_000);
    clock.noteSeen(t.real + MAX_SKEW_MS + 120_000); // another zone, not a clock error
    expect(clock.offset()).toBeLessThanOrEqual(60_000);
  });
});

describe('effectiveOffset (the timers)', () => {
  const now = 1_760_000_000_000;
  it('keeps a slow-PC report, believes a fast-PC one only while renewed, clamps', () => {
    expect(effectiveOffset(null, now)).toBe(0);
    expect(effectiveOffset({ offset: 240_000, at: now - 86_400_000 }, now)).toBe(240_000);
    expect(effectiveOffset({ offset: -180_000, at: now - 1000 }, now)).toBe(-180_000);
    expect(effectiveOffset({ offset: -180_000, at: now - FAST_REPORT_TTL_MS - 1 }, now)).toBe(0);
    expect(effectiveOffset({ offset: -180_000, at: now + 60_000 }, now)).toBe(0); // dated ahead: the clock stepped back
    expect(effectiveOffset({ offset: 3_600_000, at: now }, now)).toBe(MAX_SKEW_MS);
  });
  it('toPcTime moves deadlines and the next wake by the skew', () => {
    const s = toPcTime({ computedAt: 10, nextWakeAt: 500, conversations: [{ anchorTs: 100, deadline: 400 } as never] }, 50);
    expect(s).toMatchObject({ computedAt: -40, nextWakeAt: 450, conversations: [{ anchorTs: 50, deadline: 350 }] });
  });
});
