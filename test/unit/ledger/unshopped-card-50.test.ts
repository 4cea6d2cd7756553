// @vitest-environment node
// Round 50 (rt50-timers s32, timers50a): a 「已超时」 card seen before the page's shop was known is filed under the
// nickname alone, with an id of its moment of sight; the shop's sighting of the same card has another id. The shop's
// record of that buyer takes it in, so the answer in the shop's conversation clears every record of him; a buyer of
// the same name another shop has shown keeps the shop-less card (it may be that shop's).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { waitingList } from '@/background/ledger/queries';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent } from '@/utils/messages';
import { bj, chatEvent as ev } from '../../support/ledger-events';

const NOW = bj('2024-05-01 12:00:00');
let n = 0;
let db: LedgerDB;
beforeEach(async () => {
  db = await openLedger(`ledger-unshopped-card-${n++}`);
});
const add = (events: unknown[], now = NOW) => addChatEvents(db, events, { now, storeText: false });
const S = 'name:日本直邮馆';
const card = (conv: string, id: string, wall: string, extra: Partial<ChatEvent> = {}) =>
  ev(conv, id, 'in', wall, { source: 'card', tsSource: 'seen', history: true, timeUnknown: true, buyerName: '阿杰', ...extra });

describe('a card seen before the shop was known', () => {
  it('moves into the shop’s conversation; the answer in the buyer-id chat clears it', async () => {
    await add([card('阿杰', 'card:1', '2024-05-01 11:55:00')]);
    const r = await add([card(shopKey(S, '阿杰'), 'card:2', '2024-05-01 11:55:02', { shop: '日本直邮馆' })]);
    expect(r.adopted).toEqual([['阿杰', shopKey(S, '阿杰')]]);
    expect((await waitingList(db, NOW)).map((w) => [w.conv, w.timeUnknown, w.shop])).toEqual([[shopKey(S, '阿杰'), true, '日本直邮馆']]);
    const id = shopKey(S, 'id:5502');
    await add([ev(id, '0_5502_m1', 'in', '2024-05-01 11:56:40', { buyerName: '阿杰', shop: '日本直邮馆' })]);
    expect((await waitingList(db, NOW)).map((w) => [w.conv, !!w.timeUnknown])).toEqual([[id, false]]);
    await add([ev(id, '0_5502_m2', 'out', '2024-05-01 11:59:00', { shop: '日本直邮馆' })]);
    expect(await waitingList(db, NOW)).toEqual([]);
  });

  it('is taken in by the buyer-id chat of that nickname directly (no shop card seen)', async () => {
    await add([card('阿杰', 'card:1', '2024-05-01 11:55:00')]);
    const id = shopKey(S, 'id:5502');
    await add([ev(id, '0_5502_m1', 'in', '2024-05-01 11:56:40', { buyerName: '阿杰', shop: '日本直邮馆' }), ev(id, '0_5502_m2', 'out', '2024-05-01 11:59:00', { shop: '日本直邮馆' })]);
    expect(await waitingList(db, NOW)).toEqual([]);
  });

  it('stays when another shop has shown a buyer of that name (it may be that shop’s buyer)', async () => {
    const other = shopKey('name:海淘优选旗舰店', 'id:9001');
    await add([ev(other, '0_9001_m1', 'in', '2024-05-01 11:50:00', { buyerName: '阿杰', shop: '海淘优选旗舰店' })]);
    await add([card('阿杰', 'card:1', '2024-05-01 11:55:00')]);
    const id = shopKey(S, 'id:5502');
    await add([ev(id, '0_5502_m1', 'in', '2024-05-01 11:56:40', { buyerName: '阿杰', shop: '日本直邮馆' }), ev(id, '0_5502_m2', 'out', '2024-05-01 11:59:00', { shop: '日本直邮馆' })]);
    expect((await waitingList(db, NOW)).map((w) => w.conv).sort()).toEqual(['阿杰', other].sort());
  });

  it('leaves rows and other buyers’ shop-less cards alone', async () => {
    await add([card('小王', 'card:1', '2024-05-01 11:55:00', { buyerName: '小王' }), ev('阿杰', 'd:row', 'in', '2024-05-01 11:55:00', { buyerName: '阿杰' })]);
    await add([card(shopKey(S, '阿杰'), 'card:2', '2024-05-01 11:56:00', { shop: '日本直邮馆' })]);
    expect((await waitingList(db, NOW)).map((w) => w.conv).sort()).toEqual(['小王', '阿杰', shopKey(S, '阿杰')].sort());
  });
});
