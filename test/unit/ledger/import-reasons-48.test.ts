// Round 48 (blind timers red team, finding 6): a refused import record says which field and why, the Chinese half in Chinese.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLedger } from '@/background/ledger/db';
import { importLedger, importProblem } from '@/background/ledger/transfer';

const NOW = Date.parse('2026-12-05T12:00:00+08:00');
const msg = { conv: 'id:1', id: 'm1', dir: 'in', ts: NOW - 60_000, tsSource: 'page', history: false, source: 'row', site: 'kuaishou' };
const rating = { conv: 'id:1', id: 'r1', at: NOW - 60_000, rating: 'satisfied', source: 'page', site: 'kuaishou' };
const chinese = (p: string) => p.split(' / ')[0]!;

describe('import refusals (round 48)', () => {
  it.each<[string, unknown, RegExp]>([
    ['dir "IN"', { ...msg, dir: 'IN' }, /^消息第 2 条：方向应为 in 或 out，已跳过/],
    ['ts as an ISO string', { ...msg, ts: '2026-12-05T11:59:00+08:00' }, /^消息第 2 条：时间应为毫秒数字，不是日期文字/],
    ['empty conv', { ...msg, conv: '' }, /^消息第 2 条：会话为空或过长/],
    ['tsSource missing', { ...msg, tsSource: undefined }, /^消息第 2 条：时间来源应为 page 或 seen/],
    ['not an object', 'x', /^消息第 2 条：不是一条记录/],
  ])('messages: %s', (_, raw, expected) => {
    const p = importProblem('messages', 1, raw);
    expect(p).toMatch(expected);
    // The Chinese half carries no English words of the list's name or a generic "invalid".
    expect(chinese(p)).not.toMatch(/messages|invalid|skipped/);
    expect(p).toMatch(/ \/ messages #2: /);
  });

  it('a rating 「满意」 instead of satisfied says so', () => {
    const p = importProblem('ratings', 0, { ...rating, rating: '满意' });
    expect(p).toMatch(/^评价第 1 条：评价应为 satisfied（满意）、neutral（一般）或 disappointed（失望），已跳过/);
    expect(chinese(p)).not.toMatch(/ratings/);
  });

  it('the import reports them', async () => {
    const db = await openLedger('import-reasons-48');
    const r = await importLedger(db, { format: 'replyguard-ledger', version: 3, messages: [msg, { ...msg, id: 'm2', dir: 'IN' }], ratings: [{ ...rating, rating: '满意' }], lint: [] }, { now: NOW, storeText: false });
    expect(r.invalid).toBe(2);
    expect(r.problems.map(chinese)).toEqual(['消息第 2 条：方向应为 in 或 out，已跳过', '评价第 1 条：评价应为 satisfied（满意）、neutral（一般）或 disappointed（失望），已跳过']);
  });
});
