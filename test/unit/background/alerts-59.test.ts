// Round 59 (timers59 probe): deadlines in the same second, and a PC asleep past every step. Each buyer's alert is
// shown or merged as designed (round 47: more than GROUP_ALERTS_OVER at one recompute are one notification), none
// lost, none doubled: after a sleep, one alert per buyer (its highest step), never one per step missed.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { GROUP_NOTIFICATION_ID, refreshTimers } from '@/background/timers';
import type { ChatEvent } from '@/utils/messages';

const T0 = Date.parse('2026-12-06T10:00:00+08:00');
const S = 1000;
let clock = T0;
let n = 0;
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } } as never;
const buyer = (conv: string, ts: number): ChatEvent => ({ site: 'kuaishou', conv, id: `${conv}-m`, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: conv });
type Created = { title: string; message: string };
/** What each notification created said: `id title message` (Chinese first). */
const created = (create: ReturnType<typeof vi.spyOn>): string[] =>
  create.mock.calls.map((c: unknown[]) => {
    const [id, options] = c as unknown as [string, Created];
    return `${id} ${options.title} ${options.message}`;
  });
/** The notifications created naming `mark` (a recompute of an earlier test's worker may still be finishing), id and Chinese title. */
const titles = (create: ReturnType<typeof vi.spyOn>, mark: string): string[] =>
  created(create).filter((t) => t.includes(mark)).map((t) => t.split(' / ')[0]!);

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});
afterEach(() => vi.restoreAllMocks());

describe('deadlines in the same second', () => {
  it('two buyers due in the same ms: two 已超时 alerts, one each, none repeated at the next recompute', async () => {
    const deps = startBackground({ ledgerName: `same-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('同秒甲', T0), buyer('同秒乙', T0)] }, sender, deps);
    clock = T0 + 250 * S; // past 3:00 and 4:00 (seen first now): one alert each, the highest step
    await refreshTimers(deps);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    clock = T0 + 300 * S; // both deadlines, the same ms: not late yet (round 64: a reply at exactly 5:00 is on time)
    await refreshTimers(deps);
    expect(titles(create, '同秒')).toEqual([]);
    clock += 1; // late from the deadline + 1 ms
    await refreshTimers(deps);
    expect(titles(create, '同秒').sort()).toEqual(['replyguard|同秒乙 已超时：同秒乙', 'replyguard|同秒甲 已超时：同秒甲']);
    clock += 500;
    await refreshTimers(deps);
    expect(titles(create, '同秒')).toHaveLength(2);
  });

  it('four due in the same second: one grouped notification (each one’s own folded into it)', async () => {
    const deps = startBackground({ ledgerName: `same-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: ['甲', '乙', '丙', '丁'].map((c, i) => buyer(c, T0 + i * 200)) }, sender, deps);
    clock = T0 + 250 * S;
    await refreshTimers(deps);
    clock = T0 + 301 * S;
    await refreshTimers(deps);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([GROUP_NOTIFICATION_ID]);
  });
});

describe('asleep past every step', () => {
  it('two buyers, 10 min asleep: one 已超时 alert each (not warn, urgent and breach), nothing more after', async () => {
    const deps = startBackground({ ledgerName: `sleep-${n++}`, now: () => clock });
    clock = T0 + 30 * S;
    await handleMessage({ type: 'chat-events', events: [buyer('睡甲', T0), buyer('睡乙', T0 + 30 * S)] }, sender, deps);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    clock = T0 + 630 * S;
    await refreshTimers(deps);
    expect(titles(create, '睡').sort()).toEqual(['replyguard|睡乙 已超时：睡乙', 'replyguard|睡甲 已超时：睡甲']);
    await refreshTimers(deps);
    clock += 30 * S; // the watch alarm, the page's ask, the late alarm: each a recompute
    await refreshTimers(deps);
    expect(titles(create, '睡')).toHaveLength(2);
  });

  it('six buyers, asleep: one grouped notification, the most urgent named, not six', async () => {
    const deps = startBackground({ ledgerName: `sleep-${n++}`, now: () => clock });
    clock = T0 + 60 * S; // all six written by then (a message dated ahead of now is moved back)
    await handleMessage({ type: 'chat-events', events: Array.from({ length: 6 }, (_, i) => buyer(`眠买家${i}`, T0 + i * 10 * S)) }, sender, deps);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    clock = T0 + 900 * S;
    await refreshTimers(deps);
    expect(titles(create, '眠买家')).toEqual(['replyguard-group 6 位买家等待中']);
    expect(created(create).find((m) => m.includes('眠买家'))).toContain('6 位买家等待中，最急：眠买家0 已超时 10:00');
  });
});
