// @vitest-environment node
// The ledger over fake-indexeddb: ingestion rules (dedupe, card observations, privacy), queries,
// export/import, pruning.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, addLintEvent, addRating, pruneLedger } from '@/background/ledger/ingest';
import { fillDays, refreshDays } from '@/background/day-upkeep';
import { beijingDayNumber } from '@/rules/metrics/beijing-time';
import {
  dailyFigures,
  guardActivity,
  lastDays,
  monthSatisfaction,
  todayFigures,
  totalOf,
  waitingList,
} from '@/background/ledger/queries';
import { exportLedger, ImportError, importLedger } from '@/background/ledger/transfer';
import type { ChatEvent } from '@/utils/messages';
import { bj, chatEvent } from '../../support/ledger-events';

const NOW = bj('2024-05-01 12:00:00');
let n = 0;
let db: LedgerDB;
beforeEach(async () => {
  db = await openLedger(`ledger-test-${n++}`);
});

const ev = chatEvent;
const add = (events: unknown[], now = NOW, storeText = false) => addChatEvents(db, events, { now, storeText });

describe('addChatEvents', () => {
  it('keeps the first sighting of a (conversation, id); a re-read row adds nothing', async () => {
    expect(await add([ev('a', 'm1', 'in', '2024-05-01 10:00:00')])).toMatchObject({ added: 1, ignored: 0 });
    expect(await add([ev('a', 'm1', 'in', '2024-05-01 10:00:09', { history: true })])).toMatchObject({ added: 0, ignored: 1 });
    expect(await db.getAll('messages')).toMatchObject([{ ts: bj('2024-05-01 10:00:00'), history: false }]);
  });

  // Round 43 (issue 4): a reply the page marks 发送失败 is withdrawn; sent again, it comes as a new event.
  it('a failed reply is withdrawn (the buyer waits again); a retraction stores nothing and never removes a buyer message', async () => {
    await add([ev('a', 'm1', 'in', '2024-05-01 10:00:00'), ev('a', 'r1', 'out', '2024-05-01 10:01:00')]);
    expect(await add([ev('a', 'r1', 'out', '2024-05-01 10:01:30', { failed: true })])).toMatchObject({ added: 1, conversations: ['a'] });
    expect((await db.getAll('messages')).map((m) => m.id)).toEqual(['m1']);
    // Nothing recorded under the id, or a buyer's message under it: nothing to withdraw.
    expect(await add([ev('a', 'r1', 'out', '2024-05-01 10:01:31', { failed: true }), ev('a', 'm1', 'out', '2024-05-01 10:01:31', { failed: true })])).toMatchObject({ added: 0, ignored: 2 });
    expect(await add([ev('a', 'r1', 'out', '2024-05-01 10:02:00')])).toMatchObject({ added: 1 });
    expect((await db.getAll('messages')).map((m) => [m.id, m.ts])).toEqual([
      ['m1', bj('2024-05-01 10:00:00')],
      ['r1', bj('2024-05-01 10:02:00')],
    ]);
  });

  it('drops malformed events and keeps the rest', async () => {
    const r = await add([{ conv: 'a' }, ev('a', '', 'in', '2024-05-01 10:00:00'), { ...ev('a', 'x', 'in', '2024-05-01 10:00:00'), ts: Number.NaN }, ev('a', 'ok', 'out', '2024-05-01 10:00:00'), null]);
    expect(r).toMatchObject({ added: 1, invalid: 4 });
  });

  it('stores no message text unless storeText is on', async () => {
    await add([ev('a', 'm1', 'in', '2024-05-01 10:00:00', { text: '我的手机号' })]);
    await add([ev('a', 'm2', 'in', '2024-05-01 10:00:01', { text: '在吗' })], NOW, true);
    const [m1, m2] = await db.getAll('messages');
    expect(m1!.text).toBeUndefined();
    expect(m2!.text).toBe('在吗');
  });

  it('a card observation is kept once per waiting episode, however many tabs report it', async () => {
    const card = (id: string, wall: string, dir: 'in' | 'out' = 'in') => ev('b', id, dir, wall, { source: 'card' });
    expect((await add([card('card:1', '2024-05-01 10:00:00')])).added).toBe(1);
    // Nine more tabs, each a second apart in its estimate: nobody new is waiting.
    for (let i = 1; i <= 9; i++) expect((await add([card(`card:${1 + i}`, `2024-05-01 10:00:0${i}`)])).added).toBe(0);
    // Answered from another device: the card stops; only the first report counts.
    expect((await add([card('card-reply:1', '2024-05-01 10:02:00', 'out')])).added).toBe(1);
    expect((await add([card('card-reply:2', '2024-05-01 10:02:01', 'out')])).added).toBe(0);
    // A card reply for a conversation nobody waits in adds nothing.
    expect((await add([ev('z', 'card-reply:3', 'out', '2024-05-01 10:02:00', { source: 'card' })])).added).toBe(0);
    expect(await db.count('messages')).toBe(2);
  });

  it('a card shown as answered stops a stale wait but is not a reply for the rate', async () => {
    await add([ev('s', '0_1', 'in', '2024-05-01 11:00:00')]);
    expect((await add([ev('s', 'card-answered:1', 'out', '2024-05-01 11:59:00', { source: 'card', tsSource: 'seen', history: true })])).added).toBe(1);
    expect(await waitingList(db, NOW)).toEqual([]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 1, late: 1 }); // no known reply
  });

  it('a card observation for a conversation whose row is already recorded adds nothing', async () => {
    await add([ev('c', '0_1', 'in', '2024-05-01 10:00:00')]);
    expect((await add([ev('c', 'card:9', 'in', '2024-05-01 10:00:00', { source: 'card' })])).added).toBe(0);
  });

  it('one buyer, one conversation: records under the nickname move to the buyer id; a later card goes there; alike names stay apart', async () => {
    // 买家小王's card was seen before the conversation was opened (no id known yet).
    await add([ev('买家小王', 'card:1', 'in', '2024-05-01 10:00:00', { source: 'card', buyerName: '买家小王' })]);
    // The rows then name the buyer (0_111_…): the card's record joins id:111, where the row supersedes it.
    await add([ev('id:111', '0_111_m1', 'in', '2024-05-01 10:00:01', { buyerName: '买家小王' })]);
    expect((await db.getAll('messages')).map((m) => [m.conv, m.id])).toEqual([
      ['id:111', '0_111_m1'],
      ['id:111', 'card:1'],
    ]);
    expect((await waitingList(db, bj('2024-05-01 10:01:00'))).map((w) => [w.conv, w.buyerName])).toEqual([['id:111', '买家小王']]);
    // Answered from another device (the card stops): filed under the buyer id.
    expect((await add([ev('买家小王', 'card-reply:1', 'out', '2024-05-01 10:02:00', { source: 'card', buyerName: '买家小王' })])).added).toBe(1);
    expect(await waitingList(db, bj('2024-05-01 10:03:00'))).toEqual([]);
    // A second buyer with the same nickname (id 222): a card of that name can no longer be told apart, and stays apart.
    await add([ev('id:222', '0_222_m1', 'in', '2024-05-01 10:05:00', { buyerName: '买家小王' })]);
    await add([ev('买家小王', 'card:2', 'in', '2024-05-01 10:06:00', { source: 'card', buyerName: '买家小王' })]);
    await add([ev('id:111', '0_111_m3', 'in', '2024-05-01 10:07:00', { buyerName: '买家小王' })]);
    const convs = (await db.getAll('messages')).map((m) => m.conv);
    expect(convs.filter((c) => c === '买家小王')).toHaveLength(1);
    expect((await waitingList(db, bj('2024-05-01 10:08:00'))).map((w) => w.conv).sort()).toEqual(['id:111', 'id:222', '买家小王']);
  });

  it('the name shown is the latest nickname, not the numeric id the header showed first', async () => {
    await add([ev('id:5', '0_5_m1', 'in', '2024-05-01 10:00:00', { buyerName: '5829301177' })]);
    expect((await waitingList(db, bj('2024-05-01 10:01:00')))[0]!.buyerName).toBe('5829301177');
    await add([ev('id:5', '0_5_m2', 'in', '2024-05-01 10:00:30', { buyerName: '买家小王' })]);
    await add([ev('id:5', '0_5_m3', 'in', '2024-05-01 10:00:40', { buyerName: '5829301177' })]);
    expect((await waitingList(db, bj('2024-05-01 10:01:00')))[0]!.buyerName).toBe('买家小王');
  });
});

describe('queries', () => {
  it('today’s figures: on time, late, pending; history without printed time is not counted', async () => {
    await add([
      ev('a', 'm1', 'in', '2024-05-01 10:00:00'),
      ev('a', 'm2', 'out', '2024-05-01 10:05:00'), // exactly 5:00: on time
      ev('b', 'm1', 'in', '2024-05-01 10:00:00'),
      ev('b', 'm2', 'out', '2024-05-01 10:05:01'), // late
      ev('c', 'm1', 'in', '2024-05-01 11:58:00'), // pending at 12:00
      ev('d', 'm1', 'in', '2024-05-01 07:59:59'), // before 08:00: not counted
      ev('e', 'm1', 'in', '2024-05-01 11:00:00', { tsSource: 'seen', history: true }), // time unknown
    ]);
    expect(await todayFigures(db, NOW)).toEqual({ day: '2024-05-01', eligible: 3, onTime: 1, late: 1, pending: 1, rate: 0.5, compliant: false });
  });

  it('a row whose printed time was misread (a page printing the browser’s zone) is corrected; a card or a seen time never moves (round 44)', async () => {
    // Read as Beijing time on open (an hour early, Bangkok): late; the page then shows it prints local time.
    await add([ev('a', 'm1', 'in', '2024-05-01 10:00:00'), ev('a', 'm2', 'out', '2024-05-01 11:02:00'), ev('b', 'm1', 'in', '2024-05-01 10:00:00', { tsSource: 'seen' })]);
    expect(await todayFigures(db, NOW)).toMatchObject({ onTime: 0, late: 2 });
    await add([
      ev('a', 'm1', 'in', '2024-05-01 11:00:00', { corrects: true }),
      ev('b', 'm1', 'in', '2024-05-01 11:00:00', { corrects: true }), // a time first seen: not a printed time to correct
      ev('c', 'm1', 'in', '2024-05-01 11:59:00', { corrects: true }), // nothing recorded yet: recorded
    ]);
    const ts = Object.fromEntries((await db.getAll('messages')).map((m) => [`${m.conv}/${m.id}`, m.ts]));
    expect(ts).toEqual({ 'a/m1': bj('2024-05-01 11:00:00'), 'a/m2': bj('2024-05-01 11:02:00'), 'b/m1': bj('2024-05-01 10:00:00'), 'c/m1': bj('2024-05-01 11:59:00') });
    expect(await todayFigures(db, NOW)).toMatchObject({ onTime: 1, late: 1, pending: 1 });
  });

  it('a card observation is superseded by the row read later: one message, not two', async () => {
    await add([ev('a', 'card:1', 'in', '2024-05-01 10:00:00', { source: 'card' })]);
    await add([ev('a', '0_1_x', 'in', '2024-05-01 10:00:01'), ev('a', '0_1_y', 'out', '2024-05-01 10:06:00')]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 1, late: 1 });
    expect(await waitingList(db, NOW)).toEqual([]);
  });

  it('a 已超时 card (time unknown): waiting and possibly late at once, never counted; the rows then give the real time', async () => {
    // Seen at 12:00: the tracker sets ts = now − 5:00 and timeUnknown (history: true like at load, or false).
    for (const history of [true, false]) {
      const conv = `late-${history}`;
      await add([ev(conv, 'card:1', 'in', '2024-05-01 11:55:00', { source: 'card', tsSource: 'seen', history, timeUnknown: true })]);
    }
    expect((await db.getAll('messages')).every((m) => m.timeUnknown === true)).toBe(true);
    const waiting = await waitingList(db, NOW);
    expect(waiting.map((w) => [w.conv, w.timeUnknown, w.counted, w.deadline <= NOW])).toEqual([
      ['late-false', true, false, true],
      ['late-true', true, false, true],
    ]);
    // Answered within a minute: still not an on-time reply (and not a late one either): not counted.
    await add([ev('late-false', 'r', 'out', '2024-05-01 11:59:30')]);
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 0, onTime: 0, late: 0 });
    // Opening the other conversation: its row (printed 11:45) supersedes the card and is counted, late.
    await add([ev('late-true', '0_1', 'in', '2024-05-01 11:45:00')]);
    const [w] = await waitingList(db, NOW);
    expect(w).toMatchObject({ conv: 'late-true', anchorId: '0_1', counted: true, deadline: bj('2024-05-01 11:50:00') });
    expect(w!.timeUnknown).toBeUndefined();
    expect(await todayFigures(db, NOW)).toMatchObject({ eligible: 1, late: 1 });
  });

  it('last N days, in order, with zeros for quiet days; a late insert invalidates the cached day', async () => {
    await add([ev('a', 'm1', 'in', '2024-04-29 23:58:00'), ev('a', 'm2', 'out', '2024-04-30 00:02:00')]);
    const days = await lastDays(db, 3, NOW);
    expect(days.map((d) => [d.day, d.eligible, d.onTime])).toEqual([
      ['2024-04-29', 1, 1],
      ['2024-04-30', 0, 0],
      ['2024-05-01', 0, 0],
    ]);
    expect(await db.count('days')).toBe(3); // finished days cached for good, today until something changes
    await add([ev('b', 'm1', 'in', '2024-04-29 20:00:00')]);
    expect((await lastDays(db, 3, NOW))[0]).toMatchObject({ eligible: 2, onTime: 1, late: 1 });
    expect(totalOf(await lastDays(db, 3, NOW))).toEqual({ eligible: 2, onTime: 1, late: 1, pending: 0, rate: 0.5, compliant: false });
  });

  it('waiting list: oldest unanswered buyer message per conversation, most urgent first', async () => {
    await add([
      ev('a', 'm1', 'in', '2024-05-01 11:57:00', { buyerName: '张三' }),
      ev('b', 'm1', 'in', '2024-05-01 11:55:00'),
      ev('b', 'm2', 'in', '2024-05-01 11:56:00'),
      ev('c', 'm1', 'in', '2024-05-01 11:50:00'),
      ev('c', 'm2', 'out', '2024-05-01 11:51:00'),
      ev('old', 'm1', 'in', '2024-04-29 11:00:00'), // more than a day ago: not waiting any more
    ]);
    const waiting = await waitingList(db, NOW);
    expect(waiting.map((w) => [w.conv, w.anchorId, w.unanswered, w.deadline])).toEqual([
      ['b', 'm1', 2, bj('2024-05-01 12:00:00')],
      ['a', 'm1', 1, bj('2024-05-01 12:02:00')],
    ]);
    expect(waiting[1]!.buyerName).toBe('张三');
  });

  it('month satisfaction counts each rating once (page re-renders) and by Beijing month', async () => {
    expect(await addRating(db, { site: 'k', conv: 'a', at: bj('2024-05-01 09:00:00'), rating: 'satisfied', source: 'page', id: 'r1' })).toBe(true);
    expect(await addRating(db, { site: 'k', conv: 'a', at: bj('2024-05-01 09:00:00'), rating: 'satisfied', source: 'page', id: 'r1' })).toBe(false);
    await addRating(db, { site: 'k', conv: 'b', at: bj('2024-05-01 00:30:00'), rating: 'neutral', source: 'manual' });
    await addRating(db, { site: 'k', conv: 'c', at: bj('2024-04-30 23:59:59'), rating: 'disappointed', source: 'page', id: 'r2' });
    expect(await addRating(db, { at: 1, rating: 'great', source: 'page' })).toBeNull();
    expect(await monthSatisfaction(db, NOW)).toEqual({ month: '2024-05', satisfied: 1, neutral: 1, disappointed: 0, rate: 0.5, compliant: false });
  });

  it('guard activity of today by clause and action; no draft text unless storeText', async () => {
    const lint = (action: string, clause: string, wall: string, text?: string) => ({ at: bj(wall), site: 'k', action, clause, rule: 'r', severity: 'block', ...(text ? { text } : {}) });
    await addLintEvent(db, lint('block', '2.3', '2024-05-01 09:00:00', '加我微信'), false);
    await addLintEvent(db, lint('override', '2.3', '2024-05-01 09:01:00'), false);
    await addLintEvent(db, lint('warn', '2.8', '2024-05-01 10:00:00'), false);
    await addLintEvent(db, lint('block', '2.3', '2024-04-30 23:00:00'), false);
    expect(await addLintEvent(db, { at: 1, action: 'explode' }, false)).toBe(false);
    const a = await guardActivity(db, NOW);
    expect(a.total).toBe(3);
    expect(a.byAction).toEqual({ block: 1, warn: 1, override: 1, fix: 0 });
    expect(a.byClause['2.3']).toEqual({ block: 1, warn: 0, override: 1, fix: 0 });
    expect((await db.getAll('lint')).every((l) => l.text === undefined)).toBe(true);
  });
});

describe('export and import', () => {
  it('round-trips, and importing the same file again adds nothing', async () => {
    await add([ev('a', 'm1', 'in', '2024-05-01 10:00:00'), ev('a', 'm2', 'out', '2024-05-01 10:01:00')]);
    await addRating(db, { site: 'k', conv: 'a', at: bj('2024-05-01 10:02:00'), rating: 'satisfied', source: 'page', id: 'r' });
    await addLintEvent(db, { at: bj('2024-05-01 10:00:30'), site: 'k', action: 'warn', clause: '2.8', rule: 'r', severity: 'warn' }, false);
    await addLintEvent(db, { at: bj('2024-05-01 10:00:30'), site: 'k', action: 'warn', clause: '2.8', rule: 'r', severity: 'warn' }, false);
    const file = JSON.parse(JSON.stringify(await exportLedger(db, NOW)));

    const other = await openLedger(`ledger-import-${n++}`);
    const first = await importLedger(other, file, { now: NOW, storeText: false });
    expect(first).toMatchObject({ added: { messages: 2, ratings: 1, lint: 2 }, duplicates: 0, invalid: 0 });
    const again = await importLedger(other, file, { now: NOW, storeText: false });
    expect(again).toMatchObject({ added: { messages: 0, ratings: 0, lint: 0 }, duplicates: 5 });
    expect(await todayFigures(other, NOW)).toEqual(await todayFigures(db, NOW));
  });

  it('never overwrites: an imported record with an existing key leaves the existing one', async () => {
    await add([ev('a', 'm1', 'in', '2024-05-01 10:00:00')]);
    const file = { format: 'replyguard-ledger', version: 1, exportedAt: NOW, messages: [{ ...ev('a', 'm1', 'in', '2024-05-01 11:00:00'), seenAt: 1 }], ratings: [], lint: [] };
    expect((await importLedger(db, file, { now: NOW, storeText: false })).duplicates).toBe(1);
    expect((await db.getAll('messages'))[0]!.ts).toBe(bj('2024-05-01 10:00:00'));
  });

  it('refuses what is not an export, with a Chinese-first message; skips single bad records', async () => {
    await expect(importLedger(db, { hello: 1 }, { now: NOW, storeText: false })).rejects.toThrow(ImportError);
    await expect(importLedger(db, { format: 'replyguard-ledger', version: 99 }, { now: NOW, storeText: false })).rejects.toThrow(/^导出文件的版本/);
    await expect(importLedger(db, { format: 'replyguard-ledger', version: 1, messages: 'x' }, { now: NOW, storeText: false })).rejects.toThrow(/须为数组/);
    const r = await importLedger(db, { format: 'replyguard-ledger', version: 3, messages: [{ conv: 1 }, ev('a', 'm', 'in', '2024-05-01 10:00:00')] }, { now: NOW, storeText: false });
    expect(r).toMatchObject({ added: { messages: 1 }, invalid: 1 });
    expect(r.problems[0]).toMatch(/^消息第 1 条：会话为空或过长，已跳过 \/ messages #1: conv is empty/);
  });

  it('refuses records dated more than a day ahead, saying so (round 44)', async () => {
    const file = {
      format: 'replyguard-ledger',
      version: 3,
      messages: [ev('a', 'm1', 'in', '2024-05-01 10:00:00'), ev('a', 'm2', 'in', '2024-05-02 11:00:00'), ev('a', 'm3', 'in', '2024-05-03 12:00:01')],
      ratings: [{ site: 'k', conv: 'a', id: 'r1', at: bj('2024-06-01 10:00:00'), rating: 'satisfied', source: 'page' }],
      lint: [],
    };
    const r = await importLedger(db, file, { now: NOW, storeText: false });
    expect(r).toMatchObject({ added: { messages: 2, ratings: 0 }, invalid: 2 });
    expect(r.problems).toEqual([expect.stringMatching(/^消息第 3 条的时间在未来/), expect.stringMatching(/^评价第 1 条的时间在未来/)]);
    expect((await db.getAll('messages')).map((m) => m.id)).toEqual(['m1', 'm2']);
  });
});

describe('pruneLedger', () => {
  it('removes what is older than the retention period', async () => {
    await add([ev('a', 'old', 'in', '2024-01-01 10:00:00'), ev('a', 'new', 'in', '2024-04-30 10:00:00')]);
    await addRating(db, { site: 'k', conv: 'a', at: bj('2024-01-01 10:00:00'), rating: 'satisfied', source: 'manual' });
    await lastDays(db, 200, NOW); // fills the day cache far back
    const removed = await pruneLedger(db, NOW, 90);
    expect(removed).toBe(2);
    expect((await db.getAll('messages')).map((m) => m.id)).toEqual(['new']);
    expect(await db.count('days')).toBeLessThanOrEqual(91);
  });
});

describe('day cache upkeep', () => {
  const dayOf = (wall: string) => beijingDayNumber(bj(wall));

  it('an expired day record recomputes only the conversations whose pending message turned late', async () => {
    await add([ev('a', 'q', 'in', '2024-05-01 11:58:00'), ev('b', 'q', 'in', '2024-05-01 11:00:00'), ev('b', 'r', 'out', '2024-05-01 11:02:00')]);
    expect(await todayFigures(db, NOW)).toMatchObject({ onTime: 1, late: 0, pending: 1 });
    // 'a' turns late at 12:03; nothing new arrived, so the record is patched, not rebuilt from the day.
    const later = bj('2024-05-01 12:10:00');
    const read: string[] = [];
    const spy = db.getAll.bind(db);
    db.getAll = ((store: string, query?: IDBKeyRange) => (read.push(`${store}:${JSON.stringify(query?.lower ?? null)}`), spy(store as never, query))) as typeof db.getAll;
    const patched = await todayFigures(db, later);
    db.getAll = spy;
    expect(patched).toMatchObject({ onTime: 1, late: 1, pending: 0 });
    expect(read.filter((r) => r.startsWith('messages'))).toEqual(['messages:["a"]']);
    // The same figures as computed from scratch on an empty cache.
    await db.clear('days');
    expect(await todayFigures(db, later)).toEqual(patched);
  });

  it('cachedOnly: days without a usable record come back null and nothing is computed', async () => {
    await add([ev('a', 'q', 'in', '2024-04-29 10:00:00'), ev('a', 'r', 'out', '2024-04-29 10:01:00')]);
    const from = dayOf('2024-04-28 12:00:00');
    const to = dayOf('2024-04-30 12:00:00');
    expect(await dailyFigures(db, from, to, NOW, { cachedOnly: true })).toEqual([null, null, null]);
    expect(await db.count('days')).toBeLessThanOrEqual(3); // only the dirty marks of ingestion
    const full = await dailyFigures(db, from, to, NOW);
    expect(await dailyFigures(db, from, to, NOW, { cachedOnly: true })).toEqual(full);
  });

  it('the worker fills the popup\'s days after ingestion, an import, and on request', async () => {
    const deps = { ledger: () => Promise.resolve(db), now: () => NOW };
    await add([ev('a', 'q', 'in', '2024-04-20 10:00:00'), ev('a', 'r', 'out', '2024-04-20 10:09:00')]);
    const today = beijingDayNumber(NOW);
    expect((await dailyFigures(db, today - 29, today, NOW, { cachedOnly: true })).some((d) => d === null)).toBe(true);
    await refreshDays(deps);
    const cached = await dailyFigures(db, today - 29, today, NOW, { cachedOnly: true });
    expect(cached.every((d) => d !== null)).toBe(true);
    expect(cached.find((d) => d?.day === '2024-04-20')).toMatchObject({ late: 1 });
    // A range as of another clock (the popup's), validated.
    await fillDays(deps, { fromDay: dayOf('2023-01-01 12:00:00'), toDay: dayOf('2023-01-03 12:00:00'), now: bj('2023-01-03 12:00:00') });
    expect((await dailyFigures(db, dayOf('2023-01-01 12:00:00'), dayOf('2023-01-03 12:00:00'), bj('2023-01-03 12:00:00'), { cachedOnly: true })).every((d) => d !== null)).toBe(true);
    await expect(fillDays(deps, { fromDay: 'x', toDay: 1e9, now: NaN })).resolves.toBeUndefined();
  });
});
