// @vitest-environment node
// Round 57 (timers57; rt54 F4): shop B's list replaced A's under A's header and the page was reloaded before the header
// named B: what was filed under A meanwhile (B's buyers) stayed under A as well as under B. The page tells the worker
// per tab what it suspects (since when, the new list's buyers hashed, the records filed since); a page of that tab
// taking another shop showing that list resumes the decision (the records move, as round 54 moves them live).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followShop } from '../support/shop-follower-clock';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { shopSuspectsItem } from '@/background/shop-suspects';
import { buyerHashes, SuspicionReporter } from '@/content/watcher/shop-suspect';
import type { PageShop } from '@/content/watcher/shop';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import { SUSPECT_RESUME_MS, toShopSuspect, type ShopSuspect } from '@/utils/shop-suspect';
import { waitingItem } from '@/utils/waiting';

const A_LIST = ['card:小王:a', 'card:阿杰:a', 'row:a1'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'row:b1'];

describe('ShopFollower.suspected', () => {
  it('B’s list under A’s unchanged name: suspected since the last look at A’s list, with B’s buyers; gone once B is taken', () => {
    const f = followShop(A_LIST);
    expect(f.follower.suspected).toBeNull();
    f.list(B_LIST);
    f.until(15_000);
    expect(f.follower.suspected).toEqual({ since: 10_000, buyers: new Set(['card:小王', 'card:阿美']) });
    f.show('日本直邮馆-大阪店');
    expect(f.until(30_000)).toBe(true);
    expect(f.follower.suspected).toBeNull();
  });

  it('a filter of A (only A’s buyers), or A’s own list back, is no suspicion', () => {
    const f = followShop(A_LIST);
    f.list(['card:小王:a', 'row:a1']);
    f.until(15_000);
    expect(f.follower.suspected).toBeNull();
    f.list(A_LIST);
    f.until(20_000);
    expect(f.follower.suspected).toBeNull();
  });

  it('ends ANCHOR_MAX_MS (60 s) after the replacement, as the live decision does', () => {
    const f = followShop(A_LIST);
    f.list(B_LIST);
    f.until(70_000);
    expect(f.follower.suspected).not.toBeNull();
    f.until(72_000);
    expect(f.follower.suspected).toBeNull();
  });
});

describe('SuspicionReporter (the page’s side)', () => {
  const A: PageShop = { ref: 'name:日本直邮馆', label: '日本直邮馆', source: 'name' };
  it('tells the worker when the suspicion starts and grows (keeping records past the watcher’s 30 s), and when it ends', async () => {
    const sent: ToBackground[] = [];
    const source = { shop: A as PageShop | null, suspected: null as { since: number; buyers: ReadonlySet<string> } | null };
    let filed = [{ conv: 'shop:name:日本直邮馆|id:7402', id: 'm5', kind: 'message' as const }];
    const reporter = new SuspicionReporter(source, () => filed, async (m) => (sent.push(m), { ok: true }));
    const flush = () => new Promise((r) => setTimeout(r, 0));
    reporter.tick();
    await flush();
    expect(sent).toEqual([]); // nothing suspected, nothing told
    source.suspected = { since: 10_000, buyers: new Set(['card:小王', 'card:阿美']) };
    reporter.tick();
    await flush();
    reporter.tick(); // unchanged: not told again
    await flush();
    expect(sent).toHaveLength(1);
    const first = (sent[0] as Extract<ToBackground, { type: 'shop-suspect' }>).suspect!;
    expect(first).toEqual({ from: A.ref, since: 10_000, buyers: buyerHashes(['card:小王', 'card:阿美']), records: filed });
    // Hashes only: no buyer name in what is stored.
    expect(JSON.stringify(first.buyers)).not.toMatch(/小王|阿美/);
    // The watcher forgot m5 (30 s) and filed m6: both are told.
    filed = [{ conv: 'shop:name:日本直邮馆|id:7301', id: 'm6', kind: 'message' }];
    reporter.tick();
    await flush();
    expect((sent[1] as Extract<ToBackground, { type: 'shop-suspect' }>).suspect!.records.map((r) => r.id)).toEqual(['m5', 'm6']);
    source.suspected = null;
    reporter.tick();
    await flush();
    expect(sent[2]).toEqual({ type: 'shop-suspect', suspect: null });
    reporter.resume(A, ['card:小王']);
    expect(sent[3]).toEqual({ type: 'shop-resume', to: A.ref, label: A.label, buyers: buyerHashes(['card:小王']) });
  });

  it('told again at the next check when the worker did not take it', async () => {
    let taken = false;
    const sent: ToBackground[] = [];
    const source = { shop: A as PageShop | null, suspected: { since: 1, buyers: new Set(['card:小王']) } as { since: number; buyers: ReadonlySet<string> } | null };
    const reporter = new SuspicionReporter(source, () => [], async (m) => (sent.push(m), taken ? { ok: true } : undefined));
    reporter.tick();
    await new Promise((r) => setTimeout(r, 0));
    taken = true;
    reporter.tick();
    await new Promise((r) => setTimeout(r, 0));
    reporter.tick();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toHaveLength(2);
  });
});

describe('the worker: a reload before the switch is decided', () => {
  const T0 = Date.parse('2024-05-01T10:00:00+08:00');
  const FROM = 'name:日本直邮馆';
  const TO = 'name:日本直邮馆-大阪店';
  let clock = T0;
  let n = 0;
  const tab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id, windowId: 1 }, frameId: 0 }) as never;
  const inA = (buyer: string, id: string, ts: number): ChatEvent => ({
    site: 'kuaishou', conv: shopKey(FROM, buyer), shop: '日本直邮馆', id, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', buyerName: buyer,
  });
  const waiting = async () => (await waitingItem.getValue())?.conversations.map((c) => c.conv).sort() ?? [];
  const B_BUYERS = buyerHashes(['card:小王', 'card:阿美']);

  beforeEach(() => {
    fakeBrowser.reset();
    clock = T0;
  });

  async function suspectedPage() {
    const deps = startBackground({ ledgerName: `suspect-57-${n++}`, now: () => clock });
    // A's 小王 asked before the replacement; after it (since T0 + 10 s), B's 阿美 was filed under A.
    await handleMessage({ type: 'chat-events', events: [inA('小王', 'a1', T0)] }, tab(5), deps);
    clock = T0 + 20_000;
    await handleMessage({ type: 'chat-events', events: [inA('阿美', 'b1', T0 + 15_000)] }, tab(5), deps);
    const suspect: ShopSuspect = { from: FROM, since: T0 + 10_000, buyers: B_BUYERS, records: [{ conv: shopKey(FROM, '阿美'), id: 'b1', kind: 'message' }] };
    expect(await handleMessage({ type: 'shop-suspect', suspect }, tab(5), deps)).toEqual({ ok: true });
    return deps;
  }

  it('the page loaded then takes B showing B’s list: B’s record leaves A for B; A’s 小王 stays in A', async () => {
    const deps = await suspectedPage();
    expect(await waiting()).toEqual([shopKey(FROM, '小王'), shopKey(FROM, '阿美')].sort());
    clock += 5000;
    expect(await handleMessage({ type: 'shop-resume', to: TO, label: '日本直邮馆-大阪店', buyers: B_BUYERS }, tab(5), deps)).toEqual({ ok: true, added: 1 });
    expect(await waiting()).toEqual([shopKey(FROM, '小王'), shopKey(TO, '阿美')].sort());
    expect(await shopSuspectsItem.getValue()).toEqual({});
  });

  it('resumes nothing: another tab, the same shop again (kept), another list, or too late', async () => {
    const deps = await suspectedPage();
    const resume = (id: number, to: string, buyers = B_BUYERS) => handleMessage({ type: 'shop-resume', to, label: 'x', buyers }, tab(id), deps);
    expect(await resume(6, TO)).toEqual({ ok: true, added: 0 });
    // Round 58: kept, and the page told to follow it (shop-suspect-58.test.ts).
    expect(await resume(5, FROM)).toMatchObject({ ok: true, added: 0, pending: { since: T0 + 10_000 } });
    expect(Object.keys(await shopSuspectsItem.getValue())).toEqual(['5']); // a header lagging after the reload
    expect(await resume(5, TO, buyerHashes(['card:老张', 'card:老刘']))).toEqual({ ok: true, added: 0 });
    expect(await shopSuspectsItem.getValue()).toEqual({});
    await handleMessage({ type: 'shop-suspect', suspect: { from: FROM, since: T0 + 10_000, buyers: B_BUYERS, records: [{ conv: shopKey(FROM, '阿美'), id: 'b1', kind: 'message' }] } }, tab(5), deps);
    clock += SUSPECT_RESUME_MS + 1;
    expect(await resume(5, TO)).toEqual({ ok: true, added: 0 });
    expect(await waiting()).toEqual([shopKey(FROM, '小王'), shopKey(FROM, '阿美')].sort());
  });

  it('a closed tab’s suspicion is forgotten; a cleared one too; malformed ones are refused', async () => {
    const deps = await suspectedPage();
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(await shopSuspectsItem.getValue()).toEqual({});
    expect(await handleMessage({ type: 'shop-suspect', suspect: { from: FROM, since: 1, buyers: ['x'], records: [{ conv: 'c', id: 'i', kind: 'text' }] } as never }, tab(5), deps)).toMatchObject({ ok: false });
    expect(toShopSuspect({ from: FROM, since: 1, buyers: [42], records: [] })).toBeNull();
    expect(await handleMessage({ type: 'shop-suspect', suspect: null }, tab(5), deps)).toEqual({ ok: true });
  });
});
