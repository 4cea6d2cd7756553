// @vitest-environment happy-dom
// Round 66 (timers66): a session card's record is named by its moment (`card:<s>`, the countdown read back to the
// buyer's message), so a second sighting of the same card (another tab, the page reloaded, a watcher replaced) carries
// another id. The ledger keeps one record a wait and ignored the second sighting as that wait, but the page noted its
// own id as filed: what it reported later (a shop switch decided, content/watcher/refile.ts; a suspicion) named no
// record, and the card stayed under the old shop (round 65 saw it in timers-unseen-58's "lags on A"). Now the ledger
// answers which record the sighting is (IngestResult.filedAs), and the page notes that one. Two real waits are never
// merged: a card read while the buyer waits from a chat row's message is no other sighting's.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { refileShop } from '@/background/ledger/refile';
import { waitingList } from '@/background/ledger/queries';
import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import type { PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent, ToBackground } from '@/utils/messages';

const T0 = Date.parse('2026-12-07T10:00:00+08:00');
const S = 1000;
const A = 'name:日本直邮馆';
const B = 'name:日本直邮馆-大阪店';
const inA = shopKey(A, '阿美');
const cardEvent = (id: string, ts: number, extra: Partial<ChatEvent> = {}): ChatEvent => ({ site: 'kuaishou', conv: inA, id, dir: 'in', ts, tsSource: 'page', history: false, source: 'card', buyerName: '阿美', shop: '日本直邮馆', ...extra });
let n = 0;

describe('the ledger: a second sighting of a card names the record of the wait', () => {
  let db: LedgerDB;
  beforeEach(async () => {
    db = await openLedger(`card-same-wait-66-${n++}`);
  });
  const add = (events: unknown[], now: number) => addChatEvents(db, events, { now, storeText: false });

  it('read again 2 s later (dated a second apart): ignored as the same wait, and named as the first; a refile by that name moves it', async () => {
    const first = await add([cardEvent(`card:${T0 / S}`, T0)], T0 + 10 * S);
    expect(first).toMatchObject({ added: 1, filedAs: [] });
    const again = await add([cardEvent(`card:${T0 / S - 1}`, T0 - S)], T0 + 12 * S);
    expect(again).toMatchObject({ added: 0, ignored: 1 });
    // Before: nothing said which record the second sighting is; the page kept its own id, naming no record.
    expect(again.filedAs).toEqual([{ conv: inA, id: `card:${T0 / S - 1}`, as: { conv: inA, id: `card:${T0 / S}` } }]);
    // The switch decided later: what the page reports (the named record) moves to B; its own id moved nothing.
    const refile = (id: string) => refileShop(db, { from: A, to: B, label: '日本直邮馆-大阪店', since: T0, records: [{ conv: inA, id, kind: 'message' }] }, T0 + 20 * S);
    expect(await refile(`card:${T0 / S - 1}`)).toMatchObject({ moved: 0 });
    expect(await refile(again.filedAs[0]!.as.id)).toMatchObject({ moved: 1 });
    expect((await waitingList(db, T0 + 20 * S)).map((w) => w.conv)).toEqual([shopKey(B, '阿美')]);
  });

  it('never two real waits: a card read while the buyer waits from a chat row is no card sighting’s (nothing named)', async () => {
    await add([{ site: 'kuaishou', conv: inA, id: '0_7401_m1', dir: 'in', ts: T0, tsSource: 'page', history: false, source: 'row', buyerName: '阿美' }], T0 + S);
    const card = await add([cardEvent(`card:${T0 / S + 30}`, T0 + 30 * S)], T0 + 40 * S);
    expect(card).toMatchObject({ added: 0, ignored: 1, filedAs: [] });
  });
});

describe('the watcher notes the record the ledger names', () => {
  let controllers: AbortController[];
  beforeEach(() => {
    fakeBrowser.reset();
    controllers = [];
  });
  afterEach(() => controllers.forEach((c) => c.abort()));

  it('filedSince reports the first sighting’s record, not the page’s own card id', async () => {
    const shop: PageShop = { ref: A, label: '日本直邮馆', source: 'name' };
    let sent: ChatEvent[] = [];
    fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (message.type !== 'chat-events') return undefined;
      sent = message.events;
      // The ledger already holds this wait from another tab's sighting, a second earlier.
      sendResponse({ ok: true, added: 0, filedAs: message.events.map((e) => ({ conv: e.conv, id: e.id, as: { conv: e.conv, id: 'card:1796600000' } })) });
      return true;
    }) as never);
    // A card counting down whose write the page sees (no hold).
    document.body.innerHTML = `<div class="SessionBaseCard"><span class="SessionBaseCard-topHeadName">阿美</span><span class="SessionBaseCard-topHeadTime">4分30秒后超时</span><div class="SessionBaseCard-lastMessage">在吗</div></div>`;
    const c = new AbortController();
    controllers.push(c);
    const watcher = startWatcher(kuaishou, c.signal, Date.now, new ServerClock(), () => shop);
    await new Promise((r) => setTimeout(r, 2600));
    expect(sent.map((e) => e.source)).toEqual(['card']);
    expect(sent[0]!.id).not.toBe('card:1796600000');
    // Before: [{ conv, id: <the page's own card id> }].
    expect(watcher.filedSince(0)).toEqual([{ conv: inA, id: 'card:1796600000', kind: 'message' }]);
  });
});
