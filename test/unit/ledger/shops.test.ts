// @vitest-environment node
// Round 46 (rt46-timers, timers46a): the ledger keeps one buyer's conversations with two shops apart, and takes in the
// records stored before conversations were keyed by shop (buyer key alone) without losing or doubling any.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, addRating } from '@/background/ledger/ingest';
import { monthSatisfaction, todayFigures, waitingList } from '@/background/ledger/queries';
import { rekeyConversation, toRekeyRequest } from '@/background/ledger/rekey';
import { shopKey } from '@/utils/buyer-key';
import type { ChatEvent } from '@/utils/messages';
import { bj, chatEvent } from '../../support/ledger-events';

const NOW = bj('2024-05-01 12:00:00');
let n = 0;
let db: LedgerDB;
beforeEach(async () => {
  db = await openLedger(`ledger-shops-${n++}`);
});
const ev = chatEvent;
const add = (events: unknown[], now = NOW) => addChatEvents(db, events, { now, storeText: false });
const A = shopKey('id:111', 'id:7777');
const B = shopKey('id:222', 'id:7777');

describe('one buyer, two shops', () => {
  it('a reply in shop A leaves shop B’s message waiting; the badge list has shop B’s buyer, labelled', async () => {
    await add([ev(A, '0_7777_a1', 'in', '2024-05-01 11:58:00', { buyerName: '小王', shop: '海淘优选旗舰店' })]);
    await add([ev(B, '0_7777_b1', 'in', '2024-05-01 11:58:10', { buyerName: '小王', shop: '日本直邮馆' })]);
    await add([ev(A, '0_7777_a2', 'out', '2024-05-01 11:59:00', { shop: '海淘优选旗舰店' })]);
    const waiting = await waitingList(db, NOW);
    expect(waiting.map((w) => [w.conv, w.shop, w.buyerName, w.unanswered])).toEqual([[B, '日本直邮馆', '小王', 1]]);
  });
  it('the daily reply rate counts each shop’s messages apart (per message)', async () => {
    await add([
      ev(A, '0_7777_a1', 'in', '2024-05-01 10:00:00'),
      ev(B, '0_7777_b1', 'in', '2024-05-01 10:00:30'),
      ev(A, '0_7777_a2', 'out', '2024-05-01 10:01:00'),
      ev(B, '0_7777_b2', 'out', '2024-05-01 10:20:00'),
    ]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 2, onTime: 1, late: 1, pending: 0 });
  });
  it('a session card’s nickname joins the buyer-id conversation of its own shop only', async () => {
    await add([ev(A, '0_7777_a1', 'out', '2024-05-01 11:50:00', { buyerName: '小王' })]);
    await add([ev(shopKey('id:222', '小王'), 'card:1', 'in', '2024-05-01 11:58:00', { source: 'card', buyerName: '小王' })]);
    const waiting = await waitingList(db, NOW);
    expect(waiting.map((w) => w.conv)).toEqual([shopKey('id:222', '小王')]);
    // In shop A the card joins shop A's id conversation.
    await add([ev(shopKey('id:111', '小王'), 'card:2', 'in', '2024-05-01 11:58:30', { source: 'card', buyerName: '小王' })]);
    expect((await waitingList(db, NOW)).map((w) => w.conv).sort()).toEqual([A, shopKey('id:222', '小王')].sort());
  });
  it('a numeric header re-keys within its shop only', () => {
    expect(toRekeyRequest({ from: shopKey('id:111', '5829'), to: shopKey('id:111', '小王'), ids: [] })).not.toBeNull();
    expect(toRekeyRequest({ from: shopKey('id:111', '5829'), to: shopKey('id:222', '小王'), ids: [] })).toBeNull();
    expect(toRekeyRequest({ from: shopKey('id:111', '5829'), to: '小王', ids: [] })).toBeNull();
  });
  it('rekeys a shop’s numeric conversation into its nickname', async () => {
    await add([ev(shopKey('id:111', '5829'), 'd:x', 'in', '2024-05-01 11:58:00')]);
    expect(await rekeyConversation(db, { from: shopKey('id:111', '5829'), to: shopKey('id:111', '小王'), ids: [['d:x', 'd:X']] }, NOW)).toEqual({ moved: 1 });
    expect((await waitingList(db, NOW)).map((w) => [w.conv, w.anchorId])).toEqual([[shopKey('id:111', '小王'), 'd:X']]);
  });
});

describe('records stored before the change (the buyer key alone)', () => {
  const legacy = async () => {
    await add([
      ev('id:7777', '0_7777_1', 'in', '2024-05-01 11:50:00', { buyerName: '小王' }),
      ev('id:7777', '0_7777_2', 'out', '2024-05-01 11:51:00'),
      ev('id:7777', '0_7777_3', 'in', '2024-05-01 11:58:00', { buyerName: '小王' }),
    ], bj('2024-05-01 11:58:01'));
  };
  it('keep working: still waiting, counted, without a shop', async () => {
    await legacy();
    expect((await waitingList(db, NOW)).map((w) => [w.conv, w.unanswered])).toEqual([['id:7777', 1]]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 2, onTime: 1, pending: 1 });
  });
  it('move into the shop whose page shows them (same message id), as first seen: no duplicate, no lost record, no extra late', async () => {
    await legacy();
    const result = await add([
      ev(A, '0_7777_1', 'in', '2024-05-01 11:50:00', { history: true, buyerName: '小王' }),
      ev(A, '0_7777_2', 'out', '2024-05-01 11:51:00', { history: true }),
      ev(A, '0_7777_3', 'in', '2024-05-01 11:58:00', { history: true, buyerName: '小王', shop: '海淘优选旗舰店' }),
    ]);
    expect(result.adopted).toEqual([['id:7777', A]]);
    expect(result.added).toBe(0);
    const all = await db.getAll('messages');
    expect(all.map((m) => [m.conv, m.id, m.history])).toEqual([
      [A, '0_7777_1', false],
      [A, '0_7777_2', false],
      [A, '0_7777_3', false],
    ]);
    expect((await waitingList(db, NOW)).map((w) => [w.conv, w.unanswered, w.shop])).toEqual([[A, 1, '海淘优选旗舰店']]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 2, onTime: 1, pending: 1, late: 0 });
  });
  it('a message mixed into one conversation by the old keying goes to the shop that shows it', async () => {
    // Before the change: shop A's question and shop B's reply were filed as one conversation (answered).
    await add([ev('id:7777', '0_7777_a1', 'in', '2024-05-01 11:57:00'), ev('id:7777', '0_7777_b2', 'out', '2024-05-01 11:58:00')]);
    expect(await waitingList(db, NOW)).toEqual([]);
    await add([ev(A, '0_7777_a1', 'in', '2024-05-01 11:57:00', { history: true })]);
    await add([ev(B, '0_7777_b2', 'out', '2024-05-01 11:58:00', { history: true })]);
    expect((await waitingList(db, NOW)).map((w) => w.conv)).toEqual([A]);
    expect(await db.count('messages')).toBe(2);
  });
  it('a rating stored before the change counts once when a shop’s page shows it again', async () => {
    expect(await addRating(db, { site: 'kuaishou', conv: 'id:7777', id: '0_7777_r', at: NOW - 1000, rating: 'satisfied', source: 'page' })).toBe(true);
    expect(await addRating(db, { site: 'kuaishou', conv: A, id: '0_7777_r', at: NOW - 1000, rating: 'satisfied', source: 'page' })).toBe(false);
    expect(await monthSatisfaction(db, NOW)).toMatchObject({ satisfied: 1 });
  });
});
