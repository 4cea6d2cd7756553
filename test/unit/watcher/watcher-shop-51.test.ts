// @vitest-environment happy-dom
// Round 51 (rt50-timers F1, timers51b): while the page's shop is changing (content/watcher/shop.ts ShopFollower), the
// watcher files nothing: its events wait, each with its own time, and go out under the shop the page settles on —
// the next watcher's (takeHeld → carried) when another shop is taken; round 52: when the name comes back to its own shop,
// what was held is dropped and the page read afresh (reread).
import { describe, expect, it } from 'vitest';
import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import type { PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';
import { shopKey } from '@/utils/buyer-key';

import { useFakeChatWorker } from '../../support/fake-chat-worker';
import { workbenchChat, workbenchRow as row } from '../../support/workbench-row';

const { received, signal } = useFakeChatWorker();
const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));

const shopA: PageShop = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' };
const shopB: PageShop = { ref: 'name:韩国美妆店', label: '韩国美妆店', source: 'name' };

describe('startWatcher while the page’s shop is changing', () => {
  it('files nothing meanwhile; the events go to the next watcher and out under its shop, with their own time, once', async () => {
    const { list, title } = workbenchChat('小王');
    list.append(row('0_6101_a', 'notMe', '12-5 09:30:00', '你好'));
    let settled = true;
    const first = signal();
    const a = startWatcher(kuaishou, first.signal, Date.now, new ServerClock(), () => shopA, { settled: () => settled });
    await tick();
    expect(received.map((e) => e.conv)).toEqual([shopKey('name:日本直邮馆', 'id:6101')]);
    received.length = 0;
    // The switch: header, list and chat of the other shop, before its name is taken.
    settled = false;
    title.textContent = '阿美';
    list.replaceChildren(row('0_6202_b', 'notMe', '12-5 09:59:00', '这个色号还有吗'));
    a.scan();
    await tick();
    expect(received).toEqual([]);
    // The new shop taken: the next watcher carries what this one held.
    const held = a.takeHeld();
    first.abort();
    expect(held.messages.map((e) => [e.conv, e.id])).toEqual([['id:6202', '0_6202_b']]);
    const ts = held.messages[0]!.ts;
    startWatcher(kuaishou, signal().signal, Date.now, new ServerClock(), () => shopB, { carried: held });
    await tick();
    const filed = received.filter((e) => e.id === '0_6202_b');
    expect(filed[0]).toMatchObject({ conv: shopKey('name:韩国美妆店', 'id:6202'), shop: '韩国美妆店', ts });
    expect(received.some((e) => e.conv.startsWith(shopKey('name:日本直邮馆', '')))).toBe(false);
  });

  it('the name back to its own shop: what was held is not filed under it; a fresh watcher reads the page again (round 52)', async () => {
    const { list } = workbenchChat('小王');
    let settled = false;
    let rereads = 0;
    const first = signal();
    const w = startWatcher(kuaishou, first.signal, Date.now, new ServerClock(), () => shopA, { settled: () => settled, reread: () => rereads++ });
    list.append(row('0_5901_a', 'notMe', '12-5 09:30:00', '在吗'));
    await tick();
    expect(received).toEqual([]);
    settled = true;
    w.release();
    await tick();
    expect(received).toEqual([]);
    expect(rereads).toBe(1);
    // Its own row, still shown, is read again by the fresh watcher and filed under it, once.
    const carried = w.takeUnsent();
    expect(w.takeHeld()).toEqual({ messages: [], ratings: [] });
    first.abort();
    startWatcher(kuaishou, signal().signal, Date.now, new ServerClock(), () => shopA, { carried });
    await tick();
    expect([...new Set(received.map((e) => `${e.conv} ${e.id}`))]).toEqual([`${shopKey('name:日本直邮馆', 'id:5901')} 0_5901_a`]);
  });
});
