// @vitest-environment node
// Round 54 (rt53 F1 listfirst; timers54): shop B's list showed under A's header a few seconds, and what the watcher
// filed then went under A. Once the switch is decided the page asks those records to move to B (refile-shop): the
// ledger must end as if the header had changed with the list — no double count, nothing lost, idempotent.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, addRating } from '@/background/ledger/ingest';
import { todayFigures, waitingList } from '@/background/ledger/queries';
import { refileShop, toRefileRequest } from '@/background/ledger/refile';
import { shopKey } from '@/utils/buyer-key';
import { bj, chatEvent as ev } from '../../support/ledger-events';

const NOW = bj('2024-05-01 12:00:00');
const A = 'name:日本直邮馆';
const B = 'name:日本直邮馆-大阪店';
const inA = shopKey(A, 'id:7301');
const inB = shopKey(B, 'id:7301');
let n = 0;
let db: LedgerDB;
beforeEach(async () => {
  db = await openLedger(`ledger-refile-${n++}`);
});
const add = (events: unknown[], now: number) => addChatEvents(db, events, { now, storeText: false });
const all = async () => (await db.getAll('messages')).map((m) => `${m.conv}#${m.id}#${m.shop ?? ''}`).sort();
/** A's 小王 asked at 11:57:00 (seen then); B's list showed under A's header from 11:59:40: his B message and its answer went under A. */
async function listFirst(): Promise<number> {
  await add([ev(inA, '0_7301_a1', 'in', '2024-05-01 11:57:00', { buyerName: '小王', shop: '日本直邮馆' })], bj('2024-05-01 11:57:00'));
  const since = bj('2024-05-01 11:59:40');
  await add([ev(inA, '0_7301_b1', 'in', '2024-05-01 11:59:30', { buyerName: '小王', shop: '日本直邮馆' })], bj('2024-05-01 11:59:41'));
  await add([ev(inA, '0_7301_b2', 'out', '2024-05-01 11:59:43', { shop: '日本直邮馆' })], bj('2024-05-01 11:59:44'));
  return since;
}
const request = (since: number, ids = ['0_7301_b1', '0_7301_b2']) => ({
  from: A,
  to: B,
  label: '日本直邮馆（大阪店）',
  since,
  records: ids.map((id) => ({ conv: inA, id, kind: 'message' as const })),
});

describe('refile-shop: records filed under A since the list showed B move to B', () => {
  it('A’s 小王 waits again (B’s answer no longer clears him), B’s question answered under B, each once', async () => {
    const since = await listFirst();
    expect((await waitingList(db, NOW)).map((w) => w.conv)).toEqual([]); // the bug: B's answer cleared A's wait
    expect(await refileShop(db, request(since), NOW)).toMatchObject({ moved: 2, convs: [[inA, inB]] });
    expect((await waitingList(db, NOW)).map((w) => [w.conv, w.shop, w.unanswered])).toEqual([[inA, '日本直邮馆', 1]]);
    expect(await all()).toEqual([`${inA}#0_7301_a1#日本直邮馆`, `${inB}#0_7301_b1#日本直邮馆（大阪店）`, `${inB}#0_7301_b2#日本直邮馆（大阪店）`].sort());
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 2, onTime: 1, pending: 1 });
  });
  it('idempotent (sent again after a worker restart): nothing moves twice', async () => {
    const since = await listFirst();
    await refileShop(db, request(since), NOW);
    const once = await all();
    expect(await refileShop(db, request(since), NOW)).toMatchObject({ moved: 0 });
    expect(await all()).toEqual(once);
  });
  it('B’s watcher already filed the same message under B: kept once, its first sighting (time seen) winning', async () => {
    const since = await listFirst();
    await add([ev(inB, '0_7301_b1', 'in', '2024-05-01 11:59:30', { buyerName: '小王', shop: '日本直邮馆（大阪店）' })], bj('2024-05-01 11:59:50'));
    await refileShop(db, request(since), NOW);
    const b1 = (await db.getAll('messages')).filter((m) => m.id === '0_7301_b1');
    expect(b1.map((m) => [m.conv, m.seenAt])).toEqual([[inB, bj('2024-05-01 11:59:41')]]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 2 });
  });
  it('a session card B’s watcher filed too (dated a few seconds apart): one wait, the first sighting kept', async () => {
    const since = await listFirst();
    const amei = (shop: string) => shopKey(shop, '阿美');
    await add([ev(amei(A), 'card:1714535990', 'in', '2024-05-01 11:59:50', { source: 'card', buyerName: '阿美', shop: '日本直邮馆' })], bj('2024-05-01 11:59:50'));
    await add([ev(amei(B), 'card:1714535993', 'in', '2024-05-01 11:59:53', { source: 'card', buyerName: '阿美', shop: '日本直邮馆（大阪店）' })], bj('2024-05-01 11:59:55'));
    await refileShop(db, { ...request(since), records: [...request(since).records, { conv: amei(A), id: 'card:1714535990', kind: 'message' }] }, NOW);
    const cards = (await db.getAll('messages')).filter((m) => m.source === 'card');
    expect(cards.map((m) => [m.conv, m.id])).toEqual([[amei(B), 'card:1714535990']]);
    expect((await waitingList(db, NOW)).map((w) => [w.conv, w.unanswered]).sort()).toEqual([[inA, 1], [amei(B), 1]].sort());
  });
  it('a record A held before the list was replaced stays A’s, even when named', async () => {
    const since = await listFirst();
    await refileShop(db, request(since, ['0_7301_a1', '0_7301_b1', '0_7301_b2']), NOW);
    expect((await all()).filter((r) => r.startsWith(inA))).toEqual([`${inA}#0_7301_a1#日本直邮馆`]);
  });
  it('a rating shown since then moves too', async () => {
    const since = await listFirst();
    await addRating(db, { site: 'kuaishou', conv: inA, at: bj('2024-05-01 11:59:45'), rating: 'satisfied', source: 'page', id: 'r1' });
    await refileShop(db, { ...request(since), records: [{ conv: inA, id: 'r1', kind: 'rating' }] }, NOW);
    expect((await db.getAll('ratings')).map((r) => r.conv)).toEqual([inB]);
  });
  it('refuses a malformed request: same shop, a record of another shop, no time', () => {
    expect(toRefileRequest(request(1))).not.toBeNull();
    expect(toRefileRequest({ ...request(1), to: A })).toBeNull();
    expect(toRefileRequest({ ...request(1), records: [{ conv: shopKey('name:别的店', 'id:1'), id: 'x', kind: 'message' }] })).toBeNull();
    expect(toRefileRequest({ ...request(1), since: undefined })).toBeNull();
    expect(toRefileRequest({ ...request(1), records: [{ conv: inA, id: 'x', kind: 'other' }] })).toBeNull();
  });
});
