// @vitest-environment happy-dom
// Round 66: the popup's reads overlap — the first open's (popup-early.js, on the PC's clock) may still be in the ledger
// when the worker's clock offset is known and a second read starts on the server's clock. Whichever finished LAST was
// drawn and saved as the next open's snapshot: the first open's read landing after the corrected one drew today's
// figures judged on the PC's clock (a PC 3 min slow just after Beijing midnight: yesterday's as today's) and saved them
// (fresh-clone CI: timers-unseen-63 waited 15 s for the corrected snapshot). A read that lands after a later-started one
// has been drawn is dropped.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DayFigures } from '@/background/ledger/queries';
import type { PopupFigures } from '@/components/popup/popup-data';
import { SNAPSHOT_KEY } from '@/components/popup/snapshot';
import { dayKeyFromDayNumber, beijingDayNumber } from '@/rules/metrics/beijing-time';

const SLOW = 180_000; // server − PC
const day = (n: number, onTime: number, late: number): DayFigures => {
  const rate = onTime + late ? onTime / (onTime + late) : null;
  return { day: dayKeyFromDayNumber(n), eligible: onTime + late, onTime, late, pending: 0, rate, compliant: rate === null ? null : rate >= 0.8 };
};
const figuresAt = (at: number, onTime: number): PopupFigures => {
  const n = beijingDayNumber(at);
  const today = day(n, onTime, 0);
  return {
    at,
    today,
    days: [...Array.from({ length: 29 }, (_, i) => day(n - 29 + i, 9, 1)), today],
    month: { month: '2026-12', satisfied: 0, neutral: 0, disappointed: 0, rate: null, compliant: null },
    activity: { day: today.day, total: 0, byAction: { block: 0, warn: 0, override: 0, fix: 0 }, byClause: {} },
  };
};

/** Each read the popup starts, with the clock it asked for, resolved by the test in the order it chooses. */
const reads: { at: number; resolve: (f: PopupFigures) => void }[] = [];
vi.mock('@/components/popup/popup-data', async (original) => ({
  ...(await original<typeof import('@/components/popup/popup-data')>()),
  takeEarlyFigures: () => null,
  popupFigures: (at: number) => new Promise<PopupFigures>((resolve) => reads.push({ at, resolve })),
  fillChartDays: () => new Promise<DayFigures[]>(() => undefined),
  tabGuard: async () => ({ kind: 'unsupported' }),
}));
const { PopupApp } = await import('@/components/popup/PopupApp');

let root: HTMLElement;
const settle = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
};
const saved = () => JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as { at: number; skew: number; today: DayFigures } | null;

beforeEach(async () => {
  fakeBrowser.reset();
  localStorage.clear();
  reads.length = 0;
  // The worker knows the PC is 3 min slow (nobody waiting): the popup reads again on the server's clock.
  await fakeBrowser.storage.local.set({ waiting: { conversations: [], skew: SLOW } });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup 66: overlapping reads — the later-started one is what is drawn and saved', () => {
  it('the corrected read lands first, the first open’s last: the corrected one stays drawn and saved', async () => {
    render(<PopupApp />, root);
    await settle(() => reads.length === 2);
    expect(reads).toHaveLength(2);
    const [first, corrected] = reads as [(typeof reads)[0], (typeof reads)[0]];
    expect(corrected.at - first.at).toBeGreaterThanOrEqual(SLOW - 1000);
    corrected.resolve(figuresAt(corrected.at, 7));
    await settle(() => saved()?.skew === SLOW);
    expect(saved()).toMatchObject({ at: corrected.at, skew: expect.closeTo(SLOW, -3) });
    first.resolve(figuresAt(first.at, 2));
    for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 0));
    // Before: the first open's figures (PC clock, skew 0, today 2 on time) replaced them, drawn and saved.
    expect(saved()).toMatchObject({ at: corrected.at, today: { onTime: 7 } });
    expect(saved()!.skew).toBeGreaterThan(SLOW - 1000);
  });

  it('in order: the first open’s figures are drawn, then the corrected read replaces them', async () => {
    render(<PopupApp />, root);
    await settle(() => reads.length === 2);
    const [first, corrected] = reads as [(typeof reads)[0], (typeof reads)[0]];
    first.resolve(figuresAt(first.at, 2));
    await settle(() => saved()?.today.onTime === 2);
    expect(saved()).toMatchObject({ at: first.at, today: { onTime: 2 } });
    corrected.resolve(figuresAt(corrected.at, 7));
    await settle(() => saved()?.today.onTime === 7);
    expect(saved()).toMatchObject({ at: corrected.at, today: { onTime: 7 } });
  });
});
