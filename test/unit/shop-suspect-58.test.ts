// @vitest-environment node
// Round 58 (timers58; timers57 left): a page reloaded while a shop switch was suspected (B's list under A's header)
// whose header first names A again (lagging) and only later B. Before, the worker left the suspicion aside and the
// reloaded page, whose list had not changed since it loaded, folded B's name into A: B's records stayed under A. Now
// the worker keeps the suspicion for a page showing the suspected list under A and tells it so (pending), the page
// follows it (ShopFollower.resumeSuspicion), and the header naming B decides the switch; A's own list drops it.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followShop } from '../support/shop-follower-clock';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { shopSuspectsItem } from '@/background/shop-suspects';
import { buyerHashes, SuspicionReporter } from '@/content/watcher/shop-suspect';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import { SUSPECT_RESUME_MS, type ShopSuspect } from '@/utils/shop-suspect';
import { waitingItem } from '@/utils/waiting';

const A_LIST = ['card:小王:a', 'card:阿杰:a', 'row:a1'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'row:b1'];

describe('ShopFollower on a page reloaded mid-switch (B’s list, A’s header lagging)', () => {
  it('following the resumed suspicion, the header naming B takes B, with what was filed since the suspicion to move', () => {
    const f = followShop(B_LIST); // loaded on A's name with B's list: no replacement this page saw
    expect(f.follower.suspected).toBeNull();
    f.follower.resumeSuspicion('name:日本直邮馆', { since: -5000, until: 100_000 });
    expect(f.follower.suspected).toEqual({ since: -5000, buyers: new Set(['card:小王', 'card:阿美']) });
    f.show('日本直邮馆-大阪店');
    // Before: B's list was A's as far as this page knew, so the name was folded into A after 10 s, for good.
    expect(f.until(30_000)).toBe(true);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
    expect(f.follower.refileSince).toBe(-5000);
    expect(f.follower.resumedFrom?.ref).toBe('name:日本直邮馆');
    expect(f.follower.suspected).toBeNull();
  });

  it('without it (or once it expired) the header is decided as before: B’s name over the same list is folded', () => {
    const f = followShop(B_LIST);
    f.follower.resumeSuspicion('name:日本直邮馆', { since: -5000, until: 12_000 });
    f.until(13_000);
    expect(f.follower.suspected).toBeNull(); // expired: not prolonged by the reload
    f.show('日本直邮馆-大阪店');
    expect(f.until(30_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect(f.follower.resumedFrom).toBeNull();
  });

  it('A’s own list showing meanwhile decides it the other way: dropped, and a later name is decided by the lists alone', () => {
    const f = followShop(B_LIST);
    f.follower.resumeSuspicion('name:日本直邮馆', { since: -5000, until: 100_000 });
    f.list(A_LIST);
    f.until(12_000);
    // (A's list replacing B's is this page's own live suspicion, round 57's; the resumed one, since −5 s, is gone.)
    expect(f.follower.suspected?.since).not.toBe(-5000);
    f.list(B_LIST); // B's list again: the resumed suspicion does not come back
    f.until(14_000);
    expect(f.follower.suspected?.since).not.toBe(-5000);
  });

  it('is not followed for another shop, nor on a page whose cards name fewer than two buyers', () => {
    const f = followShop(B_LIST);
    f.follower.resumeSuspicion('name:别的店', { since: -5000, until: 100_000 });
    expect(f.follower.suspected).toBeNull();
    const g = followShop(['card:小王:b', 'row:b1']);
    g.follower.resumeSuspicion('name:日本直邮馆', { since: -5000, until: 100_000 });
    expect(g.follower.suspected).toBeNull();
  });
});

describe('the page asks, the worker keeps', () => {
  const T0 = Date.parse('2024-05-01T10:00:00+08:00');
  const FROM = 'name:日本直邮馆';
  const TO = 'name:日本直邮馆-大阪店';
  const B_BUYERS = buyerHashes(['card:小王', 'card:阿美']);
  let clock = T0;
  let n = 0;
  const tab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id, windowId: 1 }, frameId: 0 }) as never;
  const inA = (buyer: string, id: string, ts: number): ChatEvent => ({
    site: 'kuaishou', conv: shopKey(FROM, buyer), shop: '日本直邮馆', id, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: buyer,
  });
  const waiting = async () => (await waitingItem.getValue())?.conversations.map((c) => c.conv).sort() ?? [];
  const ref = (buyer: string, id: string) => ({ conv: shopKey(FROM, buyer), id, kind: 'message' as const });

  beforeEach(() => {
    fakeBrowser.reset();
    clock = T0;
  });

  /** A's 小王 asked; B's list replaced A's at T0 + 10 s and B's 阿美 (b1) was filed under A; the page was told of it at T0 + 20 s. */
  async function reloadedMidSwitch() {
    const deps = startBackground({ ledgerName: `suspect-58-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [inA('小王', 'a1', T0)] }, tab(5), deps);
    clock = T0 + 20_000;
    await handleMessage({ type: 'chat-events', events: [inA('阿美', 'b1', T0 + 15_000)] }, tab(5), deps);
    const suspect: ShopSuspect = { from: FROM, since: T0 + 10_000, buyers: B_BUYERS, records: [ref('阿美', 'b1')] };
    await handleMessage({ type: 'shop-suspect', suspect }, tab(5), deps);
    return deps;
  }

  it('A again over B’s list: kept and followed; the page’s own records join; B named later moves them all, A’s 小王 stays', async () => {
    const deps = await reloadedMidSwitch();
    clock += 5000;
    const resume = (to: string) => handleMessage({ type: 'shop-resume', to, label: to.slice(5), buyers: B_BUYERS }, tab(5), deps);
    // Before: { ok: true, added: 0 } and the page was never told to follow it.
    expect(await resume(FROM)).toEqual({ ok: true, added: 0, pending: { since: T0 + 10_000, until: T0 + 20_000 + SUSPECT_RESUME_MS } });
    // The reloaded page files B's new message (b2, 小王) under A, and tells it: merged, the expiry unchanged.
    await handleMessage({ type: 'chat-events', events: [inA('小王', 'b2', clock)] }, tab(5), deps);
    clock += 30_000;
    await handleMessage({ type: 'shop-suspect', suspect: { from: FROM, since: T0 + 10_000, buyers: B_BUYERS, records: [ref('小王', 'b2')] } }, tab(5), deps);
    const kept = (await shopSuspectsItem.getValue())['5']!;
    expect(kept.records.map((r) => r.id).sort()).toEqual(['b1', 'b2']);
    expect(kept.at).toBe(T0 + 20_000);
    clock += 10_000;
    expect(await resume(TO)).toEqual({ ok: true, added: 2 });
    expect(await waiting()).toEqual([shopKey(FROM, '小王'), shopKey(TO, '小王'), shopKey(TO, '阿美')].sort());
    expect(await shopSuspectsItem.getValue()).toEqual({});
  });

  it('A again over A’s own list: dropped, and B named later moves nothing', async () => {
    const deps = await reloadedMidSwitch();
    const resume = (to: string, buyers: string[]) => handleMessage({ type: 'shop-resume', to, label: 'x', buyers }, tab(5), deps);
    expect(await resume(FROM, buyerHashes(['card:小王', 'card:阿杰']))).toEqual({ ok: true, added: 0 });
    expect(await shopSuspectsItem.getValue()).toEqual({});
    expect(await resume(TO, B_BUYERS)).toEqual({ ok: true, added: 0 });
    expect(await waiting()).toEqual([shopKey(FROM, '小王'), shopKey(FROM, '阿美')].sort());
  });

  it('A again over B’s list, but past the expiry: dropped', async () => {
    const deps = await reloadedMidSwitch();
    clock += SUSPECT_RESUME_MS + 1;
    expect(await handleMessage({ type: 'shop-resume', to: FROM, label: 'x', buyers: B_BUYERS }, tab(5), deps)).toEqual({ ok: true, added: 0 });
    expect(await shopSuspectsItem.getValue()).toEqual({});
  });

  it('the reporter hands the worker’s pending answer to the page (only a well-formed one)', async () => {
    const A = { ref: FROM, label: '日本直邮馆', source: 'name' as const };
    const replies: unknown[] = [{ ok: true, added: 0, pending: { since: 5, until: 9 } }, { ok: true, added: 0 }, { ok: true, pending: { since: 'x' } }, undefined];
    const sent: ToBackground[] = [];
    const reporter = new SuspicionReporter({ shop: A, suspected: null }, () => [], async (m) => (sent.push(m), replies.shift()));
    expect(await reporter.resume(A, ['card:小王'])).toEqual({ since: 5, until: 9 });
    expect(await reporter.resume(A, ['card:小王'])).toBeNull();
    expect(await reporter.resume(A, ['card:小王'])).toBeNull();
    expect(await reporter.resume(A, ['card:小王'])).toBeNull();
    expect(sent[0]).toEqual({ type: 'shop-resume', to: FROM, label: '日本直邮馆', buyers: buyerHashes(['card:小王']) });
  });
});
