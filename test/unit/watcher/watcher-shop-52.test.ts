// @vitest-environment happy-dom
// Round 52 (rt51 F1; timers52a): a glance under 2 s at shop B in the header's switcher (B's buyer 阿美 seen, then back
// to shop A) filed 阿美 under A: late 1, alerts naming A, a phantom wait after she was answered in B. Now what the
// watcher saw while the page named B is never filed under A: dropped when the name comes back (the page read afresh),
// carried to B's watcher when B is taken; what the background had not taken of A stays A's.
import { describe, expect, it } from 'vitest';
import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import type { PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';
import { shopKey } from '@/utils/buyer-key';

import { useFakeChatWorker } from '../../support/fake-chat-worker';
import { workbenchChat, workbenchRow as row } from '../../support/workbench-row';

const worker = useFakeChatWorker();
const { received, signal } = worker;
const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));

const shopA: PageShop = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' };
const shopB: PageShop = { ref: 'name:韩国美妆店', label: '韩国美妆店', source: 'name' };
const filed = () => [...new Set(received.map((e) => `${decodeURIComponent(e.conv)} ${e.id}`))].sort();

describe('a glance at another shop', () => {
  it('B’s buyer seen while the page named B, then the name back to A: nothing of her under A, ever', async () => {
    const { list, title } = workbenchChat('小王');
    list.append(row('0_7301_a', 'notMe', '12-5 09:30:00', '在吗'));
    let settled = true;
    let rereads = 0;
    const first = signal();
    const a = startWatcher(kuaishou, first.signal, Date.now, new ServerClock(), () => shopA, { settled: () => settled, reread: () => rereads++ });
    await tick();
    expect(filed()).toEqual(['shop:name:日本直邮馆|id:7301 0_7301_a']);
    // The glance: B's header, list and chat, 1.5 s.
    settled = false;
    title.textContent = '阿美';
    list.replaceChildren(row('0_7401_b', 'notMe', '12-5 09:59:30', '有货吗'));
    a.scan();
    await tick();
    // Back to A.
    settled = true;
    title.textContent = '小王';
    list.replaceChildren(row('0_7301_a', 'notMe', '12-5 09:30:00', '在吗'));
    a.release();
    await tick();
    expect(rereads).toBe(1);
    expect(filed()).toEqual(['shop:name:日本直邮馆|id:7301 0_7301_a']);
    // The fresh watcher of A (content/start.ts) reads A's page: still nothing of 阿美 under A.
    const carried = a.takeUnsent();
    first.abort();
    const second = signal();
    startWatcher(kuaishou, second.signal, Date.now, new ServerClock(), () => shopA, { settled: () => settled, carried });
    await tick();
    expect(filed()).toEqual(['shop:name:日本直邮馆|id:7301 0_7301_a']);
    // B taken for good later: 阿美 under B, from her printed time.
    second.abort();
    title.textContent = '阿美';
    list.replaceChildren(row('0_7401_b', 'notMe', '12-5 09:59:30', '有货吗'));
    startWatcher(kuaishou, signal().signal, Date.now, new ServerClock(), () => shopB);
    await tick();
    expect(filed()).toEqual(['shop:name:日本直邮馆|id:7301 0_7301_a', 'shop:name:韩国美妆店|id:7401 0_7401_b']);
  });

  it('what the background had not taken of A stays A’s through a switch’s hold: never carried to B, handed on for A', async () => {
    const { list, title } = workbenchChat('小王');
    let settled = true;
    const a = startWatcher(kuaishou, signal().signal, Date.now, new ServerClock(), () => shopA, { settled: () => settled, reread: () => undefined });
    worker.refuse = true; // the worker does not take it (stopped, reloading)
    list.append(row('0_7301_a', 'notMe', '12-5 09:30:00', '在吗'));
    await tick(400);
    expect(received).toEqual([]);
    settled = false;
    title.textContent = '阿美';
    list.replaceChildren(row('0_7401_b', 'notMe', '12-5 09:59:30', '有货吗'));
    a.scan();
    await tick();
    expect(a.takeHeld().messages.map((e) => e.id)).toEqual(['0_7401_b']);
    expect(a.takeUnsent().messages.map((e) => [e.conv, e.id])).toEqual([['id:7301', '0_7301_a']]);
  });
});

it('control: without a glance (settled throughout) the watcher never asks for a fresh read', async () => {
  const { list } = workbenchChat('小王');
  let rereads = 0;
  startWatcher(kuaishou, signal().signal, Date.now, new ServerClock(), () => shopA, { reread: () => rereads++ });
  list.append(row('0_7301_a', 'notMe', '12-5 09:30:00', '在吗'));
  await tick();
  list.append(row('0_7301_b', 'notMe', '12-5 09:31:00', '还在吗'));
  await tick();
  expect(rereads).toBe(0);
  expect(filed()).toEqual([shopKey('name:日本直邮馆', 'id:7301'), shopKey('name:日本直邮馆', 'id:7301')].map((k, i) => `${decodeURIComponent(k)} 0_7301_${'ab'[i]}`));
});
