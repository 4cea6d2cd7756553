// @vitest-environment happy-dom
// Round 68 (timers68 item 3): a shop suspicion less than a second old at a reload. Shop B's list replaced A's under A's
// unchanged header; the watcher filed B's 小王 under A at once (it files what it reads as it reads it), but the
// suspicion was found and told only by the once-a-second shop check (ShopFollower.check, SuspicionReporter.tick). The
// page reloaded before that check: the worker never heard of it, the reloaded page took B and asked to resume (nothing
// to resume), B's page filed 小王 again under B, and 小王 waited under both shops (late under A, where nobody answers).
// Now the page looks at its list and tells a suspicion found right before each filing (the watcher's beforeFiling), so
// the worker has it ahead of the records, joins them to it as it stores them (round 65), and the reload resumes it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import { ShopFollower } from '@/content/watcher/shop';
import { buyerHashes, SuspicionReporter } from '@/content/watcher/shop-suspect';
import { kuaishou } from '@/sites/kuaishou';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import type { FiledRef } from '@/utils/shop-suspect';
import { waitingItem } from '@/utils/waiting';
import { shopNamed } from '../support/shop-follower-clock';
import { workbenchChat, workbenchRow } from '../support/workbench-row';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const FROM = 'name:日本直邮馆';
const TO = 'name:日本直邮馆-大阪店';
const A_LIST = ['card:阿杰:a', 'card:老张:a', 'row:a1'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'row:b1'];
const B_BUYERS = buyerHashes(['card:小王', 'card:阿美']);
const tab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id, windowId: 1 }, frameId: 0 }) as never;
const waiting = async () => (await waitingItem.getValue())?.conversations.map((c) => c.conv).sort() ?? [];
const flush = () => new Promise((r) => setTimeout(r, 0));
const rowOf = (shop: string, label: string, buyer: string, id: string, ts: number): ChatEvent => ({
  site: 'kuaishou', conv: shopKey(shop, buyer), shop: label, id, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: buyer,
});
let n = 0;

/**
 * Tab 5's page on A (by its header's name), its shop checked each second as content/start.ts does (check, then the
 * reporter's tick), its watcher's filings sent to the real worker as chat-events; the worker's clock is the page's.
 */
function pageOnA() {
  let now = T0;
  let ids: readonly string[] = A_LIST;
  const deps = startBackground({ ledgerName: `suspect-68-${n++}`, now: () => now });
  const send = (m: ToBackground) => handleMessage(m, tab(5), deps);
  const follower = new ShopFollower(() => shopNamed('日本直邮馆'), () => now, 2000, 15_000, () => [...ids]);
  const filed: (FiledRef & { at: number })[] = [];
  const reporter = new SuspicionReporter(follower, (at) => filed.filter((r) => r.at >= at), send as never);
  return {
    follower,
    reporter,
    at: (t: number) => (now = t),
    list: (l: readonly string[]) => (ids = l),
    /** The once-a-second check up to `t`. */
    checkUntil: (t: number) => {
      while (now < t) {
        now = Math.min(t, now + 1000);
        follower.check();
        reporter.tick();
      }
    },
    /** The watcher files `event` under A (its shop), as its deliver does: `before` first (round 68's beforeFiling). */
    async file(event: ChatEvent, before?: () => void) {
      before?.();
      await send({ type: 'chat-events', events: [event] });
      filed.push({ conv: event.conv, id: event.id, kind: 'message', at: now });
      await flush();
    },
    send,
  };
}

describe('a shop suspicion under a second old when the page reloads', () => {
  beforeEach(() => fakeBrowser.reset());

  /** B's list shows under A's header at +10.3 s; B's 小王 filed under A at once; the page reloads at +10.6 s. */
  async function replacedThenReloaded(before: (p: ReturnType<typeof pageOnA>) => (() => void) | undefined) {
    const p = pageOnA();
    p.checkUntil(T0 + 5000);
    expect(p.follower.shop?.ref).toBe(FROM);
    await p.file(rowOf(FROM, '日本直邮馆', '阿杰', '0_7302_1', T0 + 4000)); // A's own buyer, waiting in A
    p.checkUntil(T0 + 10_000);
    p.at(T0 + 10_300);
    p.list(B_LIST);
    await p.file(rowOf(FROM, '日本直邮馆', '小王', '0_7301_1', T0 + 10_200), before(p));
    // The reload at +10.6 s: no check ran since B's list showed. The page loaded then names B and shows B's list.
    p.at(T0 + 13_000);
    const resumed = await p.send({ type: 'shop-resume', to: TO, label: '日本直邮馆-大阪店', buyers: B_BUYERS });
    // B's page files what it reads, under B.
    await p.send({ type: 'chat-events', events: [rowOf(TO, '日本直邮馆-大阪店', '小王', '0_7301_1', T0 + 10_200)] });
    return resumed;
  }

  it('reproduced as the page did before (told only at the next check): 小王 waits under A as well as under B', async () => {
    const resumed = await replacedThenReloaded(() => undefined);
    expect(resumed).toEqual({ ok: true, added: 0 }); // the worker had nothing to resume
    expect(await waiting()).toEqual([shopKey(FROM, '小王'), shopKey(FROM, '阿杰'), shopKey(TO, '小王')].sort());
  });

  it('told before the filing (beforeFiling): the reload resumes it, 小王 only under B, A’s 阿杰 stays A’s', async () => {
    // Before (old code): no beforeFiling, the same as the reproduction above.
    const resumed = await replacedThenReloaded((p) => () => p.reporter.beforeFiling());
    expect(resumed).toEqual({ ok: true, added: 1 });
    expect(await waiting()).toEqual([shopKey(FROM, '阿杰'), shopKey(TO, '小王')].sort());
  });

  it('beforeFiling decides nothing: the shop stays taken, and without a replacement nothing is told', async () => {
    const p = pageOnA();
    const sent: ToBackground[] = [];
    const reporter = new SuspicionReporter(p.follower, () => [], async (m) => (sent.push(m), { ok: true }));
    p.checkUntil(T0 + 10_000);
    p.at(T0 + 10_300);
    reporter.beforeFiling();
    await flush();
    expect(sent).toEqual([]);
    p.at(T0 + 10_500);
    p.list(B_LIST);
    reporter.beforeFiling();
    await flush();
    // Since the last look at A's list: the one beforeFiling took at +10.3 s.
    expect(sent).toEqual([{ type: 'shop-suspect', suspect: { from: FROM, since: T0 + 10_300, buyers: B_BUYERS, records: [] } }]);
    expect(p.follower.shop?.ref).toBe(FROM);
  });
});

describe('the watcher calls beforeFiling ahead of what it sends', () => {
  let controller: AbortController;
  const order: string[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    order.length = 0;
    controller = new AbortController();
    fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (message.type === 'focus-conversation') return undefined;
      order.push(message.type);
      sendResponse({ ok: true });
      return true;
    }) as never);
  });
  afterEach(() => controller.abort());

  it('once per filing, before the chat-events message; not while the shop is unsettled', async () => {
    const { list } = workbenchChat('小王');
    let settled = true;
    startWatcher(kuaishou, controller.signal, Date.now, new ServerClock(), () => shopNamed('日本直邮馆'), {
      settled: () => settled,
      beforeFiling: () => order.push('beforeFiling'),
    });
    list.append(workbenchRow('0_7301_1', 'notMe', '5-1 10:00:00', '在吗'));
    await expect.poll(() => order, { timeout: 3000 }).toContain('chat-events');
    // Before: ['chat-events'] (no hook).
    expect(order.slice(0, 2)).toEqual(['beforeFiling', 'chat-events']);
    settled = false;
    order.length = 0;
    list.append(workbenchRow('0_7301_2', 'notMe', '5-1 10:00:05', '有货吗'));
    await new Promise((r) => setTimeout(r, 400));
    expect(order).toEqual([]);
  });
});
