// @vitest-environment node
// The worker's wiring over WXT's fake browser: messages → ledger → badge, mirror, one alarm;
// the alarm → notification; a restarted worker recomputes from storage and IndexedDB alone.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { dailyFigures } from '@/background/ledger/queries';
import { handleMessage } from '@/background/router';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import { ALARM_NAME, onNotificationClicked, refreshTimers } from '@/background/timers';
import { saveSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import type { ChatEvent } from '@/utils/messages';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
let clock = T0;
let n = 0;
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } } as never;
const buyer = (id: string, ts: number): ChatEvent => ({ site: 'kuaishou', conv: '张三', id, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: '张三' });
const reply = (id: string, ts: number): ChatEvent => ({ ...buyer(id, ts), dir: 'out' });

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});

const boot = () => startBackground({ ledgerName: `bg-${n++}`, now: () => clock });

describe('background', () => {
  it('a buyer message → badge 1, mirrored deadline, one alarm at the first alert step', async () => {
    const deps = boot();
    expect(await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 10 * S)] }, sender, deps)).toEqual({ ok: true, added: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const state = await waitingItem.getValue();
    expect(state?.conversations.map((c) => [c.conv, c.deadline])).toEqual([['张三', T0 + 290 * S]]);
    const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
    expect(alarm?.scheduledTime).toBe(T0 + 170 * S); // 3:00 after the message
    // The same rows again (another tab): nothing added, nothing recomputed.
    expect(await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 10 * S)] }, sender, deps)).toEqual({ ok: true, added: 0 });
  });

  it('the alarm fires after a worker restart: state comes from storage and IndexedDB, the alert shows once', async () => {
    const name = `bg-${n++}`;
    const deps = startBackground({ ledgerName: name, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0)] }, sender, deps);
    // The worker is stopped; 3:01 later the alarm wakes a fresh one.
    clock = T0 + 181 * S;
    const fresh = startBackground({ ledgerName: name, now: () => clock });
    await refreshTimers(fresh);
    const notes = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notes)).toEqual(['replyguard|张三']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + 240 * S);
    await fakeBrowser.notifications.clear('replyguard|张三');
    await refreshTimers(fresh); // woken again at the same step: no second alert
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('an alert that could not be shown is not recorded as shown: the next wake shows it', async () => {
    const name = `bg-${n++}`;
    const deps = startBackground({ ledgerName: name, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0)] }, sender, deps);
    clock = T0 + 181 * S;
    // The worker is stopped (or Chrome refuses the notification) between deciding and showing.
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('stopped'));
    await expect(refreshTimers(deps)).rejects.toThrow('stopped');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    create.mockRestore();
    await refreshTimers(startBackground({ ledgerName: name, now: () => clock }));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['replyguard|张三']);
  });

  it('the agent’s reply clears the badge, the alarm and the alert', async () => {
    const deps = boot();
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 200 * S)] }, sender, deps);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    await handleMessage({ type: 'chat-events', events: [reply('m2', T0)] }, sender, deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(ALARM_NAME)).toBeUndefined();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect((await waitingItem.getValue())?.conversations).toEqual([]);
  });

  it('notifications off: badge still counts, no alert', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, timers: { ...DEFAULT_SETTINGS.timers, notifications: false } });
    const deps = boot();
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 200 * S)] }, sender, deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('ratings and lint events are stored; malformed ones are refused', async () => {
    const deps = boot();
    expect(await handleMessage({ type: 'rating', event: { site: 'k', conv: '张三', at: T0, rating: 'satisfied', source: 'manual' } }, sender, deps)).toEqual({ ok: true, added: 1 });
    expect((await handleMessage({ type: 'rating', event: { at: T0, rating: 'meh' } as never }, sender, deps)).ok).toBe(false);
    expect(await handleMessage({ type: 'lint-event', event: { at: T0, site: 'k', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' } }, sender, deps)).toEqual({ ok: true, added: 1 });
    expect((await handleMessage({ type: 'nope' } as never, sender, deps)).ok).toBe(false);
  });

  it('a notification click asks the tabs, focuses the one that has the conversation', async () => {
    const deps = boot();
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 200 * S)] }, sender, deps);
    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/workbench' });
    const asked: unknown[] = [];
    const activated: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (id: number, message: unknown) => (asked.push(message), id === tab.id)) as never;
    fakeBrowser.tabs.update = (async (id: number, props: unknown) => (activated.push([id, props]), {})) as never;
    expect(await onNotificationClicked('replyguard|张三')).toBe(true);
    expect(asked).toContainEqual({ type: 'focus-conversation', conv: '张三' });
    expect(activated).toEqual([[tab.id, { active: true }]]);
    // No tab has it (all answer false): nothing is focused.
    fakeBrowser.tabs.sendMessage = (async () => false) as never;
    expect(await onNotificationClicked('replyguard|李四')).toBe(false);
    expect(await onNotificationClicked('other|x')).toBe(false);
  });

  it('an ingested batch leaves the popup\'s days cached (today recomputed by the worker, not the popup)', async () => {
    await fakeBrowser.storage.local.set({ 'last-prune': clock }); // no purge (and its upkeep) at this start
    const deps = boot();
    await handleMessage({ type: 'chat-events', events: [buyer('m1', T0 - 100 * S), reply('r1', T0 - 40 * S)] }, sender, deps);
    const db = await deps.ledger();
    const today = beijingDayNumber(clock);
    const cached = () => dailyFigures(db, today - 29, today, clock, { cachedOnly: true });
    // The upkeep runs on its own after the reply…
    await vi.waitFor(async () => expect((await cached()).every((d) => d !== null)).toBe(true));
    expect((await cached()).at(-1)).toMatchObject({ eligible: 1, onTime: 1 });
    // …and on request (the popup, the options page after an import).
    await db.clear('days');
    expect(await handleMessage({ type: 'refresh-days' }, sender, deps)).toEqual({ ok: true });
    expect((await cached()).every((d) => d !== null)).toBe(true);
  });
});
