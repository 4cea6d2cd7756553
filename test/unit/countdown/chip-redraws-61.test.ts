// @vitest-environment happy-dom
// Round 61 (chips61): a chip's 250-ms redraw skips the chip while what it shows cannot have changed (`unchangedUntil`):
// checked here millisecond by millisecond against the drawing itself (never later than the real change: a chip is
// never wrong about a deadline), and on the page: the time, colour and accessible name turn at the right redraw, and a
// clock stepped back is drawn again at once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerEntry, TimerState } from '@/background/timer-state';
import { drawingAt, startCountdown, unchangedUntil } from '@/content/countdown/index';
import { kuaishou } from '@/sites/kuaishou';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const LADDER = [180, 240, 300];

const entry = (over: Partial<TimerEntry> = {}): TimerEntry => ({
  conv: '买家', site: 'kuaishou', anchorId: 'm', anchorTs: T0, deadline: T0 + 300_000, unanswered: 1, counted: true, level: null, step: 0, ...over,
});

describe('unchangedUntil: the drawing is the same over [now, until) and changes at until', () => {
  // Moments around every boundary a chip has: the anchor, each ladder step, the deadline, a clock ahead of the anchor
  // (more than 5:00 left: the label is clamped, the accessible name is not), whole seconds ± 1 ms, and odd offsets.
  const offsets = [-5_000, -1, 0, 1, 999, 1_000, 1_001, 179_999, 180_000, 180_001, 239_500, 299_998, 299_999, 300_000, 300_001, 300_999, 301_000, 425_321, 3_600_000];
  const cases: [string, TimerEntry, readonly number[]][] = [
    ['counted', entry(), LADDER],
    ['not counted, deadline off the whole second', entry({ counted: false, anchorTs: T0 + 437, deadline: T0 + 300_437 }), LADDER],
    ['a ladder with an odd step and a repeat', entry(), [10, 95, 95, 300]],
    ['an empty ladder', entry(), []],
  ];
  for (const [what, e, ladder] of cases) {
    it(what, () => {
      for (const offset of offsets) {
        const now = T0 + offset;
        const until = unchangedUntil(e, ladder, now);
        expect(until).toBeGreaterThan(now);
        expect(until - now).toBeLessThanOrEqual(1_000);
        const shown = drawingAt(e, ladder, now);
        for (let t = now; t < until; t++) expect(drawingAt(e, ladder, t), `${what} at ${offset} + ${t - now} ms`).toEqual(shown);
        expect(drawingAt(e, ladder, until), `${what}: changes at ${offset} + ${until - now} ms`).not.toEqual(shown);
      }
    });
  }

  it('a buyer of unknown time: nothing shown depends on the time', () => {
    const e = entry({ timeUnknown: true, deadline: T0, anchorTs: T0 - 300_000, counted: false });
    expect(unchangedUntil(e, LADDER, T0 - 5_000)).toBe(Number.POSITIVE_INFINITY);
    expect(drawingAt(e, LADDER, T0 + 3_600_000)).toEqual(drawingAt(e, LADDER, T0 - 5_000));
  });
});

describe('startCountdown: redraws that skip unchanged chips still turn each one at the right redraw', () => {
  let now = T0;
  let controller: AbortController;
  const host = () => document.querySelector<HTMLElement>('[data-replyguard="countdown"]')!;
  const chip = () => host().shadowRoot!.querySelector('.chip')!;
  const redraw = () => new Promise((r) => setTimeout(r, 300)); // past one 250-ms redraw, before the 1-s sync is needed

  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    const card = document.body.appendChild(document.createElement('div'));
    card.className = 'SessionBaseCard';
    card.innerHTML = '<div class=SessionBaseCard-topHeadName>买家</div>';
    const state: TimerState = { computedAt: T0, nextWakeAt: null, conversations: [entry({ deadline: T0 + 300_000 })] };
    await waitingItem.setValue(state);
    now = T0 + 178_500;
    controller = new AbortController();
    startCountdown(kuaishou, controller.signal, () => now).sync();
    await new Promise((r) => setTimeout(r, 20));
  });
  afterEach(() => controller.abort());

  it('the second, the colour (the 3:00 step) and the name turn at the first redraw after the moment; a clock set back is drawn at once', async () => {
    expect(chip().textContent).toBe('2:01');
    now = T0 + 179_000; // 2:01.000 left: still 2:01
    await redraw();
    expect(chip().textContent).toBe('2:01');
    now = T0 + 179_001; // 2:00.999 left
    await redraw();
    expect(chip().textContent).toBe('2:00');
    expect(chip().getAttribute('aria-label')).toBe('剩余回复时间 2:00');
    expect(host().dataset.level).toBe('waiting');
    now = T0 + 180_000; // the ladder's 3:00 step, in the same shown second: the colour turns alone
    await redraw();
    expect(chip().textContent).toBe('2:00');
    expect(host().dataset.level).toBe('warn');
    expect(chip().className).toBe('chip warn');
    now = T0 + 300_001; // past the deadline by 1 ms
    await redraw();
    expect(chip().textContent).toBe('超时 0:00');
    expect(host().dataset.level).toBe('breach');
    now = T0 + 100_000; // the PC clock set back: drawn again, not kept as last drawn
    await redraw();
    expect(chip().textContent).toBe('3:20');
    expect(host().dataset.level).toBe('waiting');
  });

  it('the worker rewrites the state: the same deadlines keep the chip as drawn; a deadline moved (the buyer re-anchored) is drawn at the next redraw', async () => {
    expect(chip().textContent).toBe('2:01');
    await waitingItem.setValue({ computedAt: T0 + 1, nextWakeAt: null, conversations: [entry({ deadline: T0 + 300_000 })] });
    await redraw();
    expect(chip().textContent).toBe('2:01');
    await waitingItem.setValue({ computedAt: T0 + 2, nextWakeAt: null, conversations: [entry({ anchorTs: T0 + 60_000, deadline: T0 + 360_000 })] });
    await redraw();
    expect(chip().textContent).toBe('3:01');
    await waitingItem.setValue({ computedAt: T0 + 3, nextWakeAt: null, conversations: [entry({ anchorTs: T0 + 60_000, deadline: T0 + 360_000, counted: false })] });
    await redraw();
    expect(chip().textContent).toBe('3:01 · 不计入');
  });
});
