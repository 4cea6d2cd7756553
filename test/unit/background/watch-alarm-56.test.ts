// @vitest-environment node
// Round 56 (rt55 F12 with no workbench tab open): Chrome runs the worker's one alarm by elapsed time, so after the PC's
// clock jumped ahead it came minutes late and a buyer gone late got no alert until then. While a wake is pending, a
// periodic watch alarm now checks the mirrored state against the clock and recomputes when the wake is past.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { ALARM_NAME, WATCH_ALARM_NAME, watchFoundMissedWake } from '@/background/timers';
import type { ChatEvent } from '@/utils/messages';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
let clock = T0;
let n = 0;
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } } as never;
const buyer = (id: string, ts: number): ChatEvent => ({ site: 'kuaishou', conv: '张三', id, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: '张三' });
const reply = (id: string, ts: number): ChatEvent => ({ ...buyer(id, ts), dir: 'out' });
const fire = (name: string) => fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: clock, periodInMinutes: 0.5, persistAcrossSessions: true });
/** Until the worker's async work after an alarm has settled. */
const settle = async (until: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await until()); i++) await new Promise((r) => setTimeout(r, 5));
};

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});

describe('the watch alarm (no page open, a clock jump)', () => {
  it('runs every 30 s while a wake is pending, and is cleared once nothing waits', async () => {
    const deps = startBackground({ ledgerName: `watch-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 10 * S)] }, sender, deps);
    expect((await fakeBrowser.alarms.get(WATCH_ALARM_NAME))?.periodInMinutes).toBe(0.5);
    // Not re-created by a later refresh (that would push its next run back for ever).
    const first = (await fakeBrowser.alarms.get(WATCH_ALARM_NAME))!.scheduledTime;
    clock = T0 + 20 * S;
    await handleMessage({ type: 'chat-events', events: [buyer('m2', T0 + 15 * S)] }, sender, deps);
    expect((await fakeBrowser.alarms.get(WATCH_ALARM_NAME))!.scheduledTime).toBe(first);
    await handleMessage({ type: 'chat-events', events: [reply('m3', T0 + 20 * S)] }, sender, deps);
    expect(await fakeBrowser.alarms.get(ALARM_NAME)).toBeUndefined();
    expect(await fakeBrowser.alarms.get(WATCH_ALARM_NAME)).toBeUndefined();
  });

  it('before the wake it recomputes nothing; after a jump past it the buyer is alerted 「已超时」 though the one alarm never fired', async () => {
    const deps = startBackground({ ledgerName: `watch-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 200 * S)] }, sender, deps); // 3:20 waiting: first alert now
    await fakeBrowser.notifications.clear('replyguard|张三');
    const wake = (await waitingItem.getValue())!.nextWakeAt!;
    expect(wake).toBe(T0 + 40 * S); // 4:00
    clock = wake + 4 * S; // within MISSED_WAKE_MS: the alarm is only a little late
    expect(await watchFoundMissedWake(clock)).toBe(false);
    await fire(WATCH_ALARM_NAME);
    await new Promise((r) => setTimeout(r, 50));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    // The PC slept: its clock is now 5:30 after the message; the one alarm (elapsed time) is still ahead.
    clock = T0 + 130 * S;
    expect(await watchFoundMissedWake(clock)).toBe(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fire(WATCH_ALARM_NAME);
    await settle(async () => Object.keys(await fakeBrowser.notifications.getAll()).length > 0);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['replyguard|张三']);
    expect(create.mock.calls.map((c) => (c[1] as unknown as { title: string }).title)).toEqual([expect.stringContaining('已超时')]);
    expect((await waitingItem.getValue())!.conversations.map((c) => c.level)).toEqual(['breach']);
  });
});
