// Round 55 (timers55b; rt55 F12): after the PC's clock jumped ahead, the worker's one alarm fired minutes late (Chrome
// counts a pending alarm by elapsed time), and buyers gone late while the page showed nothing new got no alert. A page
// whose timer state is past its own next wake asks the worker to recompute, once per missed wake.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { askForMissedWake, MISSED_WAKE_MS } from '@/content/countdown/index';

describe('askForMissedWake', () => {
  const wake = 1_000_000;
  it('no state, nobody waiting, or the wake not yet (or only just) past: no need', () => {
    expect(askForMissedWake(null, wake + 60_000, null)).toBeNull();
    expect(askForMissedWake({ nextWakeAt: null }, wake + 60_000, null)).toBeNull();
    expect(askForMissedWake({ nextWakeAt: wake }, wake - 10_000, null)).toBeNull();
    expect(askForMissedWake({ nextWakeAt: wake }, wake + MISSED_WAKE_MS - 1, null)).toBeNull();
  });
  it('past its wake by 5 s (a clock jumped 5:30 ahead): asks once, again only after 30 s', () => {
    const asked = askForMissedWake({ nextWakeAt: wake }, wake + 330_000, null);
    expect(asked).toEqual({ wake, at: wake + 330_000 });
    expect(askForMissedWake({ nextWakeAt: wake }, wake + 331_000, asked)).toBeNull();
    expect(askForMissedWake({ nextWakeAt: wake }, wake + 360_000, asked)).toEqual({ wake, at: wake + 360_000 });
  });
  it('a new state with a wake missed again: asks at once', () => {
    const asked = { wake, at: wake + 330_000 };
    expect(askForMissedWake({ nextWakeAt: wake + 400_000 }, wake + 406_000, asked)).toEqual({ wake: wake + 400_000, at: wake + 406_000 });
  });
});
