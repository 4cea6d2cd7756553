// @vitest-environment happy-dom
// Round 61 (ux61): every re-read of an open popup (a day newly cached, a worker message, the clock correction, a rating
// entered by hand) whose chart days were not all in the cache set the chart back to 「正在计算…」 until the worker had
// computed them: the chart blinked away and back. The drawn days stay until the computed ones replace them in one step;
// a first load with nothing drawn still says it is computing. The snapshot's 「正在更新」 note does not come back either.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DayFigures } from '@/background/ledger/queries';
import type { PopupFigures } from '@/components/popup/popup-data';
import { dayKeyFromDayNumber, beijingDayNumber } from '@/rules/metrics/beijing-time';

const AT = Date.parse('2026-12-06T12:00:00+08:00');
const TODAY = beijingDayNumber(AT);
const day = (n: number, onTime: number, late: number): DayFigures => {
  const rate = onTime + late ? onTime / (onTime + late) : null;
  return { day: dayKeyFromDayNumber(n), eligible: onTime + late, onTime, late, pending: 0, rate, compliant: rate === null ? null : rate >= 0.8 };
};
/** 30 days ending today (`todayN`), each with 9 on time and 1 late, except today's `today`. */
const window30 = (todayN: number, today: DayFigures, late = 1) => [...Array.from({ length: 29 }, (_, i) => day(todayN - 29 + i, 9, late)), today];
const figures = (at: number, days: DayFigures[] | null, today: DayFigures): PopupFigures => ({
  at,
  today,
  days,
  month: { month: '2026-12', satisfied: 0, neutral: 0, disappointed: 0, rate: null, compliant: null },
  activity: { day: today.day, total: 0, byAction: { block: 0, warn: 0, override: 0, fix: 0 }, byClause: {} },
});

const reads: PopupFigures[] = [];
let fill: { resolve: (days: DayFigures[]) => void } | null = null;
vi.mock('@/components/popup/popup-data', async (original) => ({
  ...(await original<typeof import('@/components/popup/popup-data')>()),
  takeEarlyFigures: () => null,
  popupFigures: async () => reads.shift()!,
  fillChartDays: () => new Promise<DayFigures[]>((resolve) => (fill = { resolve })),
  tabGuard: async () => ({ kind: 'unsupported' }),
  addManualRating: async () => true,
}));
const { PopupApp } = await import('@/components/popup/PopupApp');

let root: HTMLElement;
const settle = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
};
const q = (sel: string) => root.querySelector<HTMLElement>(sel);
const summary = () => q('[data-testid="chart-summary"]')?.textContent ?? null;
/** Every time the chart's pending state entered the page (a MutationObserver sees it even if it lasts no frame). */
let pendingSeen = 0;
let observer: MutationObserver;

beforeEach(() => {
  reads.length = 0;
  fill = null;
  pendingSeen = 0;
  root = document.createElement('div');
  document.body.append(root);
  observer = new MutationObserver(() => void (q('section[aria-busy="true"]') && pendingSeen++));
  observer.observe(root, { childList: true, subtree: true });
});
afterEach(() => {
  observer.disconnect();
  render(null, root);
  root.remove();
});

describe('popup 61: a re-read keeps the drawn chart until its days are computed', () => {
  it('a re-read whose days are not cached: the drawn days stay (today from the new read), then are replaced in one step', async () => {
    const today1 = day(TODAY, 4, 0);
    reads.push(figures(AT, window30(TODAY, today1), today1));
    render(<PopupApp />, root);
    await settle(() => summary() !== null);
    const first = summary();
    expect(first).toContain('30 天有数据，30 天达标');

    // A rating entered by hand reads again; a day of the window is missing from the cache (days: null).
    const today2 = day(TODAY, 4, 3);
    reads.push(figures(AT + 60_000, null, today2));
    (q('button[data-rating="satisfied"]') as HTMLButtonElement).click();
    await settle(() => fill !== null);
    await settle(() => summary() !== first);
    expect(pendingSeen).toBe(0);
    expect(q('section[aria-busy="true"]')).toBeNull();
    // The drawn 29 days, and today as the new read counts it (4 of 7: below 80%).
    expect(summary()).toContain('30 天有数据，29 天达标、1 天未达标');

    // The worker's days come: all replaced at once (here: 3 late a day).
    fill!.resolve(window30(TODAY, today2, 3));
    await settle(() => summary()!.includes('0 天达标'));
    expect(summary()).toContain('30 天有数据，0 天达标、30 天未达标');
    expect(pendingSeen).toBe(0);
  });

  it('a first load with days to compute still says so, and draws them when they come', async () => {
    const today1 = day(TODAY, 4, 0);
    reads.push(figures(AT, null, today1));
    render(<PopupApp />, root);
    await settle(() => q('section[aria-busy="true"]') !== null);
    expect(q('section[aria-busy="true"]')!.textContent).toContain('正在计算近 30 天的数据');
    await settle(() => fill !== null);
    fill!.resolve(window30(TODAY, today1));
    await settle(() => summary() !== null);
    expect(q('section[aria-busy="true"]')).toBeNull();
  });

  it('the popup left open past Beijing midnight: the drawn days move one day on; the snapshot note does not come back', async () => {
    const today1 = day(TODAY, 4, 0);
    const snapshot = figures(AT - 3_600_000, window30(TODAY, today1), today1);
    reads.push(figures(AT, window30(TODAY, today1), today1));
    render(<PopupApp snapshot={snapshot as never} />, root);
    await settle(() => q('[data-testid="snapshot-note"]') === null);
    const tomorrow = day(TODAY + 1, 0, 1);
    reads.push(figures(AT + 12 * 3_600_000, null, tomorrow));
    (q('button[data-rating="neutral"]') as HTMLButtonElement).click();
    await settle(() => fill !== null);
    await settle(() => summary()!.includes('1 天未达标'));
    expect(pendingSeen).toBe(0);
    expect(q('[data-testid="snapshot-note"]')).toBeNull();
    // The 29 drawn days after the first one, and the new day's 0 of 1.
    expect(summary()).toContain('30 天有数据，29 天达标、1 天未达标');
  });
});
