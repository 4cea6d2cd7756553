// Round 62 (guard62): each change of the mirrored waiting state (500 buyers, ~100 KB) reached every storage listener,
// and each one stringified the new and the old state to tell whether anything changed (utils/local-item.ts): two
// 100-KB JSON strings per change per listener, though the state's `computedAt` differs at every refresh. Now compared
// in place, stopping at the first difference. Counted here: no JSON.stringify / JSON.parse per change; and what counts
// as a change is what the JSON comparison said (equal values rewritten are not news, a change deep inside is).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerState } from '@/background/timer-state';
import { localItem, sameStoredValue } from '@/utils/local-item';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');

const state = (computedAt: number, n = 500): TimerState => ({
  computedAt,
  nextWakeAt: T0 + 180_000,
  conversations: Array.from({ length: n }, (_, i) => ({
    conv: `买家${i}`, site: 'kuaishou', buyerName: `买家${i}`, anchorId: `m${i}`, anchorTs: T0 - i * 100, deadline: T0 + 300_000 - i * 100,
    unanswered: 1, counted: true, level: null, step: -1,
  })),
});

describe('storage watch: a change is compared without stringifying the state (round 62)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('a new waiting state of 500 buyers reaches the watcher with no JSON.stringify or JSON.parse of ours', async () => {
    const seen: TimerState[] = [];
    const unwatch = waitingItem.watch((s) => void seen.push(s!));
    await fakeBrowser.storage.local.set({ waiting: state(T0) });
    const stringify = vi.spyOn(JSON, 'stringify');
    const parse = vi.spyOn(JSON, 'parse');
    await fakeBrowser.storage.local.set({ waiting: state(T0 + 1000) });
    expect(seen.map((s) => s.computedAt)).toEqual([T0, T0 + 1000]);
    // The fake storage clones what is set through JSON (as Chrome serializes it): one stringify and one parse per set,
    // nothing beyond it (the old comparison added two stringifies of the whole state per listener).
    expect({ stringify: stringify.mock.calls.length, parse: parse.mock.calls.length }).toEqual({ stringify: 1, parse: 1 });
    unwatch();
  });

  it('an equal value rewritten is not news; a change anywhere inside is', async () => {
    const calls: number[] = [];
    const unwatch = localItem<{ a: number; list: { x: number; y?: string }[] } | null>('item62', null).watch((v) => void calls.push(v?.a ?? -1));
    await fakeBrowser.storage.local.set({ item62: { a: 1, list: [{ x: 1, y: 'y' }] } });
    await fakeBrowser.storage.local.set({ item62: { list: [{ y: 'y', x: 1 }], a: 1 } }); // equal, keys in another order
    expect(calls).toEqual([1]);
    await fakeBrowser.storage.local.set({ item62: { a: 1, list: [{ x: 1, y: 'z' }] } });
    await fakeBrowser.storage.local.set({ item62: { a: 1, list: [{ x: 1, y: 'z' }, { x: 2 }] } });
    await fakeBrowser.storage.local.set({ item62: { a: 2, list: [{ x: 1, y: 'z' }, { x: 2 }] } });
    expect(calls).toEqual([1, 1, 1, 2]);
    unwatch();
  });
});

describe('sameStoredValue: equal exactly when the JSON of the two values is equal (key order aside)', () => {
  const pairs: [unknown, unknown][] = [
    [null, null], [null, undefined], [undefined, undefined], [0, 0], [0, -0], [1, '1'], ['a', 'a'], ['a', 'b'], [true, true], [true, false],
    [[], []], [[], {}], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1], [1, 2]], [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: 2 }], [{ a: 1, b: undefined }, { a: 1 }], [{ a: { b: [1, { c: null }] } }, { a: { b: [1, { c: null }] } }],
    [{ a: { b: [1, { c: null }] } }, { a: { b: [1, { c: 0 }] } }], [{ a: null }, { a: {} }], [{ a: [] }, { a: null }], [{ a: 1 }, null],
  ];
  for (const [a, b] of pairs) {
    it(`${JSON.stringify(a) ?? 'undefined'} vs ${JSON.stringify(b) ?? 'undefined'}`, () => {
      expect(sameStoredValue(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      expect(sameStoredValue(b, a)).toBe(sameStoredValue(a, b));
    });
  }
});
