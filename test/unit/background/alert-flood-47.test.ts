// Round 47 (rt47-timers l-flood.mjs): 60 buyers reaching an alert step together were 60 desktop notifications at
// once, again at the next step. Now more than GROUP_ALERTS_OVER at one step are ONE notification 「N 位买家等待中，
// 最急：X 剩 m:ss」, updated at each step; its click opens the most urgent buyer. A few still get one each.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { GROUP_NOTIFICATION_ID, onNotificationClicked, refreshTimers } from '@/background/timers';
import type { ChatEvent } from '@/utils/messages';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
let clock = T0;
let n = 0;
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } } as never;
const buyer = (conv: string, ts: number): ChatEvent => ({ site: 'kuaishou', conv, id: `${conv}-m`, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: conv });

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});

describe('alert flood (round 47)', () => {
  it('60 buyers at one step: one grouped notification naming the most urgent, updated at the next step', async () => {
    const deps = startBackground({ ledgerName: `flood-${n++}`, now: () => clock });
    // 买家0 wrote first (the most urgent), the others a second apart after.
    const events = Array.from({ length: 60 }, (_, i) => buyer(`买家${i}`, T0 + i * 100));
    await handleMessage({ type: 'chat-events', events }, sender, deps);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    clock = T0 + 187 * S; // every one past the 3:00 step
    await refreshTimers(deps);
    expect(create).toHaveBeenCalledTimes(1);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([GROUP_NOTIFICATION_ID]);
    const [, options] = create.mock.calls[0]! as unknown as [string, { title: string; message: string }];
    expect(options.message).toContain('60 位买家等待中，最急：买家0 剩 1:53');
    clock = T0 + 247 * S; // the next step (4:00)
    await refreshTimers(deps);
    expect(create).toHaveBeenCalledTimes(2);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([GROUP_NOTIFICATION_ID]);
    expect((create.mock.calls[1]! as unknown as [string, { message: string }])[1].message).toContain('最急：买家0 剩 0:53');
  });

  it('clicking the grouped notification opens the most urgent buyer', async () => {
    const deps = startBackground({ ledgerName: `flood-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('小李', T0 + 2 * S), buyer('小张', T0), buyer('小王', T0 + S), buyer('小赵', T0 + 3 * S)] }, sender, deps);
    clock = T0 + 190 * S;
    await refreshTimers(deps);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([GROUP_NOTIFICATION_ID]);
    await fakeBrowser.tabs.create({ url: 'https://im.kwaixiaodian.com/workbench' });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    expect(await onNotificationClicked(GROUP_NOTIFICATION_ID)).toBe(true);
    expect(send.mock.calls[0]![1]).toMatchObject({ type: 'focus-conversation', conv: '小张' });
  });

  it('three buyers at one step still get one notification each', async () => {
    const deps = startBackground({ ledgerName: `flood-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [buyer('甲', T0), buyer('乙', T0), buyer('丙', T0)] }, sender, deps);
    clock = T0 + 181 * S;
    await refreshTimers(deps);
    expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual(['replyguard|丙', 'replyguard|乙', 'replyguard|甲'].sort());
  });
});
