// @vitest-environment node
// Round 65 (timers65): round 64's card held back for its countdown's next write (PageTracker) met round 57's
// suspicion kept across a reload (background/shop-suspects.ts). Traced in timers-unseen-57 F4 / -58: B's list shown
// under A's header; B's row filed under A at once and told in the page's next suspicion report; B's card 阿美 held 2 s,
// filed under A just before the agent reloaded, after the page's last report (one a second): the worker never heard
// of it, the reloaded page's own sighting of it was kept as the same wait (not a record of its own), and when the
// switch was decided 阿美 stayed under A as well as B. The worker now joins what it stores from a suspecting tab to
// that tab's suspicion; a card read before the replacement (its first sighting, `seenAt`, before `since`) stays A's.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { buyerHashes } from '@/content/watcher/shop-suspect';
import { COUNTDOWN_WRITE_WAIT_MS, PageTracker } from '@/content/watcher/tracker';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent } from '@/utils/messages';
import type { ShopSuspect } from '@/utils/shop-suspect';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const FROM = 'name:日本直邮馆';
const TO = 'name:日本直邮馆-大阪店';
const B_BUYERS = buyerHashes(['card:小王', 'card:阿美']);
const tab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id, windowId: 1 }, frameId: 0 }) as never;
const underA = (e: ChatEvent): ChatEvent => ({ ...e, conv: shopKey(FROM, e.conv), shop: '日本直邮馆' });
const waiting = async () => (await waitingItem.getValue())?.conversations.map((c) => c.conv).sort() ?? [];
let n = 0;

describe('a card held for its countdown’s write, filed after the page’s last suspicion report, then a reload', () => {
  let clock = T0;
  beforeEach(() => {
    fakeBrowser.reset();
    clock = T0;
  });

  /** B's list under A's header since T0 + 10 s: B's 小王 row filed and told; the tracker holds B's 阿美 card. */
  async function suspected() {
    const deps = startBackground({ ledgerName: `suspect-65-${n++}`, now: () => clock });
    const page = new PageTracker({ site: 'kuaishou' });
    page.observeCards([], T0); // the page's cards read since T0: what follows is live
    clock = T0 + 10_100;
    const row: ChatEvent = { site: 'kuaishou', conv: 'id:7301', id: '0_7301_m4', dir: 'in', ts: T0 + 9000, tsSource: 'page', history: false, source: 'row', buyerName: '小王' };
    await handleMessage({ type: 'chat-events', events: [underA(row)] }, tab(5), deps);
    const heldCard = { conv: '阿美', waiting: { state: 'countdown', remainingMs: 290_000 }, lastMessageHash: 'b', lastMessageIgnored: false, countdownWrittenAt: null } as const;
    expect(page.observeCards([heldCard], clock)).toEqual([]);
    const suspect: ShopSuspect = { from: FROM, since: T0 + 10_000, buyers: B_BUYERS, records: [{ conv: shopKey(FROM, 'id:7301'), id: '0_7301_m4', kind: 'message' }] };
    clock = T0 + 10_900;
    expect(await handleMessage({ type: 'shop-suspect', suspect }, tab(5), deps)).toEqual({ ok: true });
    return { deps, page, heldCard };
  }

  it('the held card filed under A after the last report moves to B with the rest when the reloaded page takes B', async () => {
    const { deps, page, heldCard } = await suspected();
    // The hold ends (no write came, a page not rewriting its countdown): filed under A, 50 ms before the reload.
    clock = T0 + 10_100 + COUNTDOWN_WRITE_WAIT_MS;
    const [card] = page.observeCards([heldCard], clock);
    expect(card).toMatchObject({ conv: '阿美', source: 'card' });
    await handleMessage({ type: 'chat-events', events: [underA(card!)] }, tab(5), deps);
    expect(await waiting()).toEqual([shopKey(FROM, 'id:7301'), shopKey(FROM, '阿美')].sort());
    // The reload: no report after the card. The page loaded then takes B showing B's list.
    clock += 2500;
    const reply = await handleMessage({ type: 'shop-resume', to: TO, label: '日本直邮馆-大阪店', buyers: B_BUYERS }, tab(5), deps);
    expect(reply).toEqual({ ok: true, added: 2 });
    // Before: { ok: true, added: 1 }, and 阿美 waited under A as well once B's page filed her card.
    expect(await waiting()).toEqual([shopKey(TO, 'id:7301'), shopKey(TO, '阿美')].sort());
  });

  it('A’s own card read before B’s list showed, filed after the suspicion was told: stays A’s', async () => {
    const { deps } = await suspected();
    // A's 阿杰 was read at T0 + 9.5 s (A's list still shown), held, and filed only now (gone from the list).
    clock = T0 + 11_000;
    const own: ChatEvent = { site: 'kuaishou', conv: '阿杰', id: 'card:1714528500', dir: 'in', ts: T0 - 1000, tsSource: 'page', history: false, source: 'card', buyerName: '阿杰', seenAt: T0 + 9500 };
    await handleMessage({ type: 'chat-events', events: [underA(own)] }, tab(5), deps);
    clock += 2500;
    expect(await handleMessage({ type: 'shop-resume', to: TO, label: '日本直邮馆-大阪店', buyers: B_BUYERS }, tab(5), deps)).toEqual({ ok: true, added: 1 });
    expect(await waiting()).toEqual([shopKey(FROM, '阿杰'), shopKey(TO, 'id:7301')].sort());
  });
});
