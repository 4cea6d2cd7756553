// Round 48 (blind timers red team, finding 7): the countdown chip has an accessible name.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chipAccessibleName } from '@/content/countdown/index';

describe('chipAccessibleName (round 48)', () => {
  const now = 1_000_000_000;
  it.each<[string, { deadline: number; counted: boolean; timeUnknown?: boolean }, string]>([
    ['time left', { deadline: now + 296_400, counted: true }, '剩余回复时间 4:56'],
    ['overdue', { deadline: now - 83_000, counted: true }, '已超时 1:23'],
    ['not counted', { deadline: now + 60_000, counted: false }, '剩余回复时间 1:00，不计入回复率'],
    ['time unknown', { deadline: now, counted: false, timeUnknown: true }, '可能已超时（买家何时发消息未知）'],
  ])('%s', (_, entry, name) => expect(chipAccessibleName(entry, now)).toBe(name));
});
