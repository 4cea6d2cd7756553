// @vitest-environment happy-dom
// Round 62 (guard62): of 500 session cards' chips only a few dozen are near the viewport, yet every chip's time and
// accessible name were written each second (500 + 500 writes a second, each a style invalidation of a 2,000-row page).
// The hosts are `content-visibility: auto`: the browser tells (`contentvisibilityautostatechange`) when it skips a
// chip's rendering. Such a chip is parked: it shows what stays true with no redraw (the deadline as a time of day, the
// level), and is drawn live again in the event's task, as soon as it is rendered. Checked here: the parked drawing is
// the same until the moment it says it changes, its level is always the live one, it names the deadline; on the page,
// parked chips are not written each second and a chip rendered again shows the time left at once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerEntry, TimerState } from '@/background/timer-state';
import { deadlineClock, drawingAt, parkedDrawingAt, parkedUnchangedUntil, startCountdown } from '@/content/countdown/index';
import { kuaishou } from '@/sites/kuaishou';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const LADDER = [180, 240, 300];

const entry = (over: Partial<TimerEntry> = {}): TimerEntry => ({
  conv: '买家', site: 'kuaishou', anchorId: 'm', anchorTs: T0, deadline: T0 + 300_000, unanswered: 1, counted: true, level: null, step: 0, ...over,
});

describe('parkedDrawingAt: true at every moment, the same until parkedUnchangedUntil', () => {
  const cases: [string, TimerEntry, readonly number[]][] = [
    ['counted', entry(), LADDER],
    ['not counted, deadline off the whole second', entry({ counted: false, anchorTs: T0 + 437, deadline: T0 + 300_437 }), LADDER],
    ['a ladder with an odd step', entry(), [10, 95, 300]],
    ['an empty ladder', entry(), []],
  ];
  for (const [what, e, ladder] of cases) {
    it(what, () => {
      // Every second (off the whole second by a few ms) from 10 s before the anchor to 10 s past the deadline, and ± 1 ms around every boundary.
      const moments = new Set<number>();
      for (let t = e.anchorTs - 10_000; t <= e.deadline + 10_000; t += 1000) moments.add(t + (t % 7));
      for (const at of [e.anchorTs, e.deadline, ...ladder.map((s) => e.anchorTs + s * 1000)]) for (const d of [-1, 0, 1]) moments.add(at + d);
      for (const now of [...moments].sort((a, b) => a - b)) {
        const shown = parkedDrawingAt(e, ladder, now);
        const live = drawingAt(e, ladder, now);
        // Never a wrong colour or level; the deadline itself, not a time left that goes stale.
        expect(shown.className, `${what} at ${now - T0}`).toBe(live.className);
        expect(shown.level).toBe(live.level);
        expect(shown.label).toBe(`截止 ${deadlineClock(e.deadline)}`);
        expect(shown.name).toBe((now > e.deadline ? '已超时，' : '') // late from the deadline + 1 ms (round 64)
           + `回复截止 ${deadlineClock(e.deadline)}` + (e.counted ? '' : '，不计入回复率'));
        const until = parkedUnchangedUntil(e, ladder, now);
        expect(until).toBeGreaterThan(now);
        // Unchanged over [now, until): at 16 moments across it (every moment is some other start's `now` above).
        const end = Math.min(until, e.deadline + 20_000);
        for (let k = 0; k < 16; k++) {
          const t = now + Math.floor(((end - now) * k) / 16);
          expect(parkedDrawingAt(e, ladder, t), `${what} at ${now - T0} + ${t - now}`).toEqual(shown);
        }
        if (Number.isFinite(until)) {
          expect(parkedDrawingAt(e, ladder, until - 1)).toEqual(shown);
          expect(parkedDrawingAt(e, ladder, until), `${what}: changes at ${until - T0}`).not.toEqual(shown);
        }
      }
    }, 30_000);
  }

  it('the deadline as the PC clock shows it', () => {
    const d = new Date(2024, 4, 1, 9, 5, 7, 999).getTime();
    expect(deadlineClock(d)).toBe('09:05:07');
  });

  it('a buyer of unknown time shows as live (nothing in it depends on the time)', () => {
    const e = entry({ timeUnknown: true, deadline: T0, anchorTs: T0 - 300_000, counted: false });
    expect(parkedDrawingAt(e, LADDER, T0 + 5_000)).toEqual(drawingAt(e, LADDER, T0 + 5_000));
    expect(parkedUnchangedUntil(e, LADDER, T0 + 5_000)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('startCountdown: chips whose rendering the browser skips are not redrawn each second', () => {
  let now = T0;
  let controller: AbortController;
  const N = 20;
  const hosts = () => [...document.querySelectorAll<HTMLElement>('[data-replyguard="countdown"]')];
  const chipOf = (host: HTMLElement) => host.shadowRoot!.querySelector('.chip')!;
  const tick = () => new Promise((r) => setTimeout(r, 300)); // past one 250-ms redraw
  const renderingSkipped = (host: HTMLElement, skipped: boolean) =>
    host.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped }));

  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    const conversations: TimerEntry[] = [];
    for (let i = 0; i < N; i++) {
      const card = document.body.appendChild(document.createElement('div'));
      card.className = 'SessionBaseCard';
      card.innerHTML = '<div class=SessionBaseCard-topHeadName></div>';
      card.firstElementChild!.textContent = `买家${i}`;
      conversations.push(entry({ conv: `买家${i}`, anchorTs: T0 + i * 1000, deadline: T0 + 300_000 + i * 1000 }));
    }
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: null, conversations } satisfies TimerState);
    now = T0 + 10_000;
    controller = new AbortController();
    startCountdown(kuaishou, controller.signal, () => now).sync();
    await new Promise((r) => setTimeout(r, 20));
  });
  afterEach(() => controller.abort());

  it('half the chips off screen: those are written once as they park, then not for 4 s; the others each second', async () => {
    expect(hosts()).toHaveLength(N);
    const off = hosts().slice(N / 2);
    for (const host of off) renderingSkipped(host, true);
    const writes = new Map<HTMLElement, number>();
    const observers = hosts().map((host) => {
      const o = new MutationObserver((records) => writes.set(host, (writes.get(host) ?? 0) + records.length));
      o.observe(host.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      return o;
    });
    for (let s = 0; s < 4; s++) {
      now += 1000;
      await tick();
    }
    observers.forEach((o) => o.disconnect());
    for (const host of hosts().slice(0, N / 2)) expect(writes.get(host) ?? 0, 'a chip on screen').toBeGreaterThanOrEqual(8); // time + name, 4 times
    for (const host of off) expect(writes.get(host) ?? 0, 'a parked chip').toBe(0);
    // What a parked chip shows is the deadline, true whenever it is seen.
    const parked = chipOf(off[0]!);
    const deadline = T0 + 300_000 + (N / 2) * 1000;
    expect(parked.textContent).toBe(`截止 ${deadlineClock(deadline)}`);
    expect(parked.getAttribute('aria-label')).toBe(`回复截止 ${deadlineClock(deadline)}`);
  });

  it('a parked chip rendered again shows the time left at once (in the event’s task), and counts down again', async () => {
    const host = hosts()[3]!;
    renderingSkipped(host, true);
    now += 7_000;
    await tick();
    expect(chipOf(host).textContent).toBe(`截止 ${deadlineClock(T0 + 303_000)}`);
    renderingSkipped(host, false);
    expect(chipOf(host).textContent).toBe('4:46'); // the deadline T0 + 303 s at T0 + 17 s
    expect(chipOf(host).getAttribute('aria-label')).toBe('剩余回复时间 4:46');
    now += 1000;
    await tick();
    expect(chipOf(host).textContent).toBe('4:45');
  });

  it('a parked chip still turns colour at the ladder’s step and says it is overdue past the deadline', async () => {
    const host = hosts()[0]!; // deadline T0 + 300 s, the 3:00 step at T0 + 180 s
    renderingSkipped(host, true);
    now = T0 + 180_000;
    await tick();
    expect(host.dataset.level).toBe('warn');
    now = T0 + 300_000; // the deadline itself: not late yet (round 64)
    await tick();
    expect(host.dataset.level).toBe('urgent');
    expect(chipOf(host).getAttribute('aria-label')).toBe(`回复截止 ${deadlineClock(T0 + 300_000)}`);
    now = T0 + 300_001;
    await tick();
    expect(host.dataset.level).toBe('breach');
    expect(chipOf(host).getAttribute('aria-label')).toBe(`已超时，回复截止 ${deadlineClock(T0 + 300_000)}`);
  });
});

describe('startCountdown: a parked chip put back on the page is live until the browser says otherwise', () => {
  let controller: AbortController;
  afterEach(() => controller.abort());

  it('the page re-renders the card in place: the chip is attached again and draws the time left', async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    const card = document.body.appendChild(document.createElement('div'));
    card.className = 'SessionBaseCard';
    card.innerHTML = '<div class=SessionBaseCard-topHeadName>买家</div>';
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: null, conversations: [entry()] });
    let now = T0 + 10_000;
    controller = new AbortController();
    const countdown = startCountdown(kuaishou, controller.signal, () => now);
    countdown.sync();
    await new Promise((r) => setTimeout(r, 20));
    const host = document.querySelector<HTMLElement>('[data-replyguard="countdown"]')!;
    host.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped: true }));
    expect(host.shadowRoot!.querySelector('.time')!.textContent).toMatch(/^截止 /);
    host.remove(); // the page took the chip out (a re-render of the card's contents)
    now += 2_000;
    countdown.sync();
    expect(host.isConnected).toBe(true);
    expect(host.shadowRoot!.querySelector('.time')!.textContent).toBe('4:48');
  });
});
