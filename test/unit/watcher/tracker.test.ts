// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PageTracker, type CardSnapshot, type RowSnapshot } from '@/content/watcher/tracker';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const T0 = bj('2024-05-01 10:00:00');
const S = 1000;

const stamp = (ts: number) => ({ ts, localTs: ts });
const buyer = (id: string, ts?: number, element?: object): RowSnapshot => ({ id, kind: 'in', stamp: ts === undefined ? null : stamp(ts), text: 'x', ...(element ? { element } : {}) });
const agent = (id: string, ts?: number): RowSnapshot => ({ id, kind: 'out', stamp: ts === undefined ? null : stamp(ts), text: 'y' });
const pick = (o: { messages: { id: string; ts: number; history: boolean; tsSource: string }[] }) => o.messages.map((m) => [m.id, m.ts, m.history, m.tsSource]);

describe('PageTracker: rows of the open conversation', () => {
  it('rows on screen at load are history with their printed times; later rows are live; nothing twice', () => {
    const t = new PageTracker({ site: 'kuaishou' });
    const history = [buyer('b1', T0 - 600 * S), agent('a1', T0 - 500 * S), buyer('b2', T0 - 60 * S)];
    expect(pick(t.observeConversation('张三', history, T0))).toEqual([
      ['b1', T0 - 600 * S, true, 'page'],
      ['a1', T0 - 500 * S, true, 'page'],
      ['b2', T0 - 60 * S, true, 'page'],
    ]);
    // A re-render 0.5 s later: nothing new.
    expect(t.observeConversation('张三', history, T0 + 500).messages).toEqual([]);
    // After the settle time a reply appears below: live.
    expect(pick(t.observeConversation('张三', [...history, agent('a2', T0 + 3 * S)], T0 + 3500))).toEqual([['a2', T0 + 3 * S, false, 'page']]);
  });

  it('rows scrolled back into view above known rows are history even after settling', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('c', [buyer('b2', T0 - 60 * S)], T0);
    const out = t.observeConversation('c', [buyer('b0', T0 - 3600 * S), agent('a0', T0 - 3500 * S), buyer('b2', T0 - 60 * S)], T0 + 10 * S);
    expect(pick(out)).toEqual([
      ['b0', T0 - 3600 * S, true, 'page'],
      ['a0', T0 - 3500 * S, true, 'page'],
    ]);
  });

  it('without printed times: history keeps its order just before now, live rows are stamped when seen', () => {
    const t = new PageTracker({ site: 'k' });
    expect(pick(t.observeConversation('c', [buyer('b1'), agent('a1'), buyer('b2')], T0))).toEqual([
      ['b1', T0 - 2, true, 'seen'],
      ['a1', T0 - 1, true, 'seen'],
      ['b2', T0, true, 'seen'],
    ]);
    expect(pick(t.observeConversation('c', [buyer('b1'), agent('a1'), buyer('b2'), agent('a2')], T0 + 5 * S))).toEqual([['a2', T0 + 5 * S, false, 'seen']]);
  });

  it('rows printed in the same second keep page order', () => {
    const t = new PageTracker({ site: 'k' });
    const out = t.observeConversation('c', [buyer('b1', T0), agent('a1', T0), buyer('b2', T0)], T0 + 500);
    expect(out.messages.map((m) => m.ts)).toEqual([T0, T0 + 1, T0 + 2]);
  });

  it('a printed time later than now (clock skew) is capped at now', () => {
    const t = new PageTracker({ site: 'k' });
    expect(t.observeConversation('c', [buyer('b1', T0 + 30 * S)], T0).messages[0]!.ts).toBe(T0);
  });

  it('rows first seen under another conversation are not taken for the new one (pane mid-switch)', () => {
    const t = new PageTracker({ site: 'k' });
    const el = {};
    t.observeConversation('张三', [buyer('b1', T0 - 10 * S, el)], T0);
    // The header already says 李四, the old row element is still there, plus 李四's row.
    const out = t.observeConversation('李四', [buyer('b1', T0 - 10 * S, el), buyer('x1', T0 - 5 * S, {})], T0 + 100);
    expect(out.messages.map((m) => [m.conv, m.id])).toEqual([['李四', 'x1']]);
  });

  it('switching conversations starts a new settle window: the new pane’s rows are history', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('张三', [buyer('b1', T0 - 10 * S)], T0);
    const out = t.observeConversation('李四', [buyer('x1')], T0 + 60 * S);
    expect(out.messages[0]).toMatchObject({ conv: '李四', history: true, tsSource: 'seen' });
  });

  it('a rating found in history is dated by the rows around it; with no printed time near it, it is left out (round 44)', () => {
    const t = new PageTracker({ site: 'k' });
    const rating = (id: string, level: 'satisfied' | 'disappointed'): RowSnapshot => ({ id, kind: 'system', stamp: null, text: '用户已经评价', rating: level });
    const now = bj('2024-12-04 10:00:00');
    const out = t.observeConversation(
      'c',
      [buyer('b1', bj('2024-11-30 23:50:00')), agent('a1', bj('2024-11-30 23:51:00')), rating('x1', 'disappointed'), buyer('b2', bj('2024-12-01 00:10:00')), rating('x2', 'satisfied')],
      now,
    );
    expect(out.ratings.map((r) => [r.id, r.at])).toEqual([
      ['x1', bj('2024-11-30 23:51:00') + 1],
      ['x2', bj('2024-12-01 00:10:00') + 1],
    ]);
    // Before any row with a time: dated by the next one; alone: unknown and not new, left out.
    const u = new PageTracker({ site: 'k' });
    expect(u.observeConversation('c', [rating('y1', 'satisfied'), buyer('b1', bj('2024-11-02 09:00:00'))], now).ratings.map((r) => r.at)).toEqual([bj('2024-11-02 09:00:00')]);
    expect(new PageTracker({ site: 'k' }).observeConversation('c', [rating('z1', 'satisfied')], now).ratings).toEqual([]);
    // A rating appearing live is dated when seen.
    const v = new PageTracker({ site: 'k' });
    v.observeConversation('c', [buyer('b1', now - 60 * S)], now);
    expect(v.observeConversation('c', [buyer('b1', now - 60 * S), rating('w1', 'satisfied')], now + 10 * S).ratings.map((r) => r.at)).toEqual([now + 10 * S]);
  });

  it('window-relative row ids (cs-common-message-list-item-N) seen under one buyer do not hide another buyer’s rows (round 44)', () => {
    const t = new PageTracker({ site: 'k' });
    const rel = (k: number) => `cs-common-message-list-item-${k}`;
    t.observeConversation('买家A', [buyer(rel(0), T0 - 600 * S, {}), agent(rel(1), T0 - 590 * S)], T0);
    // A clean switch: new elements, the same window-relative ids.
    const out = t.observeConversation('买家B', [buyer(rel(0), T0 - 900 * S, {}), { ...agent(rel(1), T0 - 880 * S), element: {} }, buyer(rel(2), T0 - 60 * S, {})], T0 + 30 * S);
    // Before: only cs-…-2 (the ids 0 and 1 were taken as 买家A's).
    expect(out.messages.map((m) => [m.conv, m.id, m.dir])).toEqual([
      ['买家B', rel(0), 'in'],
      ['买家B', rel(1), 'out'],
      ['买家B', rel(2), 'in'],
    ]);
  });

  it('ratings shown by system rows are emitted once', () => {
    const t = new PageTracker({ site: 'k' });
    const row: RowSnapshot = { id: 'r1', kind: 'system', stamp: stamp(T0 - S), text: '用户已经评价：满意', rating: 'satisfied' };
    expect(t.observeConversation('c', [row], T0).ratings).toEqual([{ site: 'k', conv: 'c', at: T0 - S, rating: 'satisfied', source: 'page', id: 'r1' }]);
    expect(t.observeConversation('c', [row], T0 + S).ratings).toEqual([]);
  });

  it('retry() hands back, unchanged, events the background did not take', () => {
    const t = new PageTracker({ site: 'k' });
    const first = t.observeConversation('c', [buyer('b1', T0)], T0);
    t.retry(first);
    expect(t.observeConversation('c', [buyer('b1', T0)], T0 + S).messages).toEqual([]);
    expect(t.drainRetries()).toEqual(first);
    expect(t.drainRetries()).toEqual({ messages: [], ratings: [] });
  });

  it('text is carried only when storeText is on', () => {
    const t = new PageTracker({ site: 'k' });
    expect(t.observeConversation('c', [buyer('b1', T0)], T0).messages[0]!.text).toBeUndefined();
    const u = new PageTracker({ site: 'k', storeText: true });
    expect(u.observeConversation('c', [buyer('b1', T0)], T0).messages[0]!.text).toBe('x');
  });

  it('a page printing the browser’s own zone is recognised from a live row and read in that zone', () => {
    const t = new PageTracker({ site: 'k' });
    // The agent is in New York (UTC−4 in May): a message sent now prints 22:00 of the day before,
    // which read as Beijing time would be 12 hours ago.
    const printedAsBeijing = T0 - 12 * 3600 * S;
    t.observeConversation('c', [], T0);
    const live = t.observeConversation('c', [{ id: 'b1', kind: 'in', stamp: { ts: printedAsBeijing, localTs: T0 }, text: '' }], T0 + 5 * S);
    expect(t.stampsAreLocal).toBe(true);
    expect(live.messages[0]!.ts).toBe(T0);
  });

  it('rows told as Beijing time before the page showed it prints the browser’s zone are told again, corrected (round 44)', () => {
    const t = new PageTracker({ site: 'k' });
    // Bangkok (UTC+7): a buyer wrote 60 s before the page opened; read as Beijing time it is an hour older.
    const H = 3600 * S;
    const open = t.observeConversation('c', [{ id: 'b1', kind: 'in', stamp: { ts: T0 - 60 * S - H, localTs: T0 - 60 * S }, text: '' }], T0);
    expect(open.messages).toMatchObject([{ id: 'b1', ts: T0 - 60 * S - H, history: true }]);
    const b1 = { id: 'b1', kind: 'in' as const, stamp: { ts: T0 - 60 * S - H, localTs: T0 - 60 * S }, text: '' };
    const live = t.observeConversation('c', [b1, { id: 'b2', kind: 'in', stamp: { ts: T0 + 5 * S - H, localTs: T0 + 5 * S }, text: '' }], T0 + 5 * S);
    expect(t.stampsAreLocal).toBe(true);
    expect(live.messages.map((m) => [m.id, m.ts, m.history, m.corrects ?? false])).toEqual([
      ['b1', T0 - 60 * S, true, true],
      ['b2', T0 + 5 * S, false, false],
    ]);
    // Once.
    expect(t.observeConversation('c', [b1], T0 + 9 * S).messages).toEqual([]);
  });

  it('Beijing stamps stay Beijing when the browser zone differs but the rows agree with Beijing', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('c', [], T0);
    t.observeConversation('c', [{ id: 'b1', kind: 'in', stamp: { ts: T0 + 2 * S, localTs: T0 + 12 * 3600 * S }, text: '' }], T0 + 5 * S);
    expect(t.stampsAreLocal).toBe(false);
  });

  it('a pane re-keyed from the nickname to the buyer id goes on as the same view (a live row stays live)', () => {
    const t = new PageTracker({ site: 'k' });
    const el = {};
    expect(t.observeConversation('买家小王', [], T0).messages).toEqual([]);
    t.rekeyView('买家小王', 'id:111');
    const live = t.observeConversation('id:111', [buyer('0_111_m1', T0 + 5 * S, el)], T0 + 5 * S, '买家小王');
    expect(live.messages).toMatchObject([{ conv: 'id:111', id: '0_111_m1', history: false, buyerName: '买家小王' }]);
    // The header turns from the id to the nickname: the same key, nothing twice, the reply answers the same buyer.
    const reply = t.observeConversation('id:111', [buyer('0_111_m1', T0 + 5 * S, el), agent('0_111_m2', T0 + 9 * S)], T0 + 9 * S, '买家小王');
    expect(reply.messages).toMatchObject([{ conv: 'id:111', id: '0_111_m2', dir: 'out', history: false }]);
    // Another buyer of the same nickname opened later, keyed by the nickname until its rows name it: its rows are its own.
    expect(pick(t.observeConversation('买家小王', [buyer('d:other', T0 + 20 * S)], T0 + 20 * S))).toEqual([['d:other', T0 + 20 * S, true, 'page']]);
  });
});

describe('PageTracker: session cards', () => {
  const card = (conv: string, waiting: CardSnapshot['waiting'], last = 'h1', ignored = false): CardSnapshot => ({ conv, waiting, lastMessageHash: last, lastMessageIgnored: ignored });

  it('a countdown over 3:00 is the platform’s 5-minute one; a buyer’s message is never dated after it was seen (round 44)', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeCards([card('甲', { state: 'none' })], T0);
    // "4分50秒后超时": 10 s after the message on a 5-minute platform (before: read as 3:00, dated 1:50 in the future).
    const [e] = t.observeCards([card('甲', { state: 'countdown', remainingMs: 290_000 }, 'h2')], T0 + 10 * S);
    expect(e).toMatchObject({ dir: 'in', ts: T0 - S });
    // From then on this page's cards count 5:00: "2分30秒后超时" is 2:30 after the message.
    const [f] = t.observeCards([card('甲', { state: 'countdown', remainingMs: 280_000 }, 'h2'), card('乙', { state: 'countdown', remainingMs: 150_000 })], T0 + 20 * S);
    expect(f).toMatchObject({ conv: '乙', ts: T0 + 20 * S - 150 * S - S });
    // Never in the future, whatever the countdown says.
    const u = new PageTracker({ site: 'k' });
    u.observeCards([], T0);
    const [g] = u.observeCards([card('丙', { state: 'countdown', remainingMs: 600_000 })], T0 + 10 * S);
    expect(g!.ts).toBeLessThanOrEqual(T0 + 10 * S);
  });

  it('a card starting the platform countdown is a buyer waiting since 3:00 minus what is left (1 s early: never more time than the truth)', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeCards([card('张三', { state: 'none' })], T0);
    // "2分50秒后超时" read 10.4 s after the message: up to a second rounded up and drawn a moment before the read.
    const [e] = t.observeCards([card('张三', { state: 'countdown', remainingMs: 170_000 }, 'h2')], T0 + 10_400);
    expect(e).toMatchObject({ conv: '张三', dir: 'in', ts: T0 - S, tsSource: 'page', history: false, source: 'card' });
    expect(e!.ts + 300 * S).toBeLessThanOrEqual(T0 + 300 * S);
    expect(t.observeCards([card('张三', { state: 'countdown', remainingMs: 169_000 }, 'h2')], T0 + 11 * S)).toEqual([]);
    expect(t.observeCards([card('张三', { state: 'overdue' }, 'h2')], T0 + 200 * S)).toEqual([]);
  });

  it('a card that stops waiting with a new preview was answered; a system notice is not an answer', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeCards([card('a', { state: 'overdue' }, 'h1'), card('b', { state: 'overdue' }, 'h1')], T0);
    const out = t.observeCards([card('a', { state: 'none' }, 'h2'), card('b', { state: 'none' }, 'h3', true)], T0 + 10 * S);
    expect(out.map((e) => [e.conv, e.dir, e.ts])).toEqual([['a', 'out', T0 + 10 * S]]);
  });

  it('a card first seen showing an answered time stops a stale timer, as history (never a reply in the rate)', () => {
    const t = new PageTracker({ site: 'k' });
    const answered = { ...card('a', { state: 'none' }), showsAnswered: true };
    expect(t.observeCards([answered, card('b', { state: 'none' })], T0)).toEqual([
      { site: 'k', conv: 'a', id: `card-answered:${T0}`, dir: 'out', ts: T0, tsSource: 'seen', history: true, source: 'card', buyerName: 'a' },
    ]);
    expect(t.observeCards([answered], T0 + 10 * S)).toEqual([]); // once per page
  });

  it('overdue cards (已超时, time unknown) are due at once: deadline now, time unknown, never counted', () => {
    // At load and later alike: the buyer may be 3:01 or an hour late, so no time is left.
    const t = new PageTracker({ site: 'k' });
    const [e] = t.observeCards([card('a', { state: 'overdue' })], T0);
    expect(e).toMatchObject({ dir: 'in', ts: T0 - 300 * S, tsSource: 'seen', history: true, timeUnknown: true });
    const [later] = t.observeCards([card('a', { state: 'overdue' }), card('b', { state: 'overdue' })], T0 + 60 * S);
    expect(later).toMatchObject({ conv: 'b', ts: T0 + 60 * S - 300 * S, history: true, timeUnknown: true });
  });

  it('countdown cards keep their exact time and carry no timeUnknown', () => {
    const t = new PageTracker({ site: 'k' });
    const [e] = t.observeCards([card('a', { state: 'countdown', remainingMs: 100 * S })], T0);
    expect(e).toMatchObject({ ts: T0 - 81 * S, tsSource: 'page' });
    expect(e).not.toHaveProperty('timeUnknown');
  });
});

// Round 43 (issue 4): a reply the page marks 发送失败 is no answer; sent again, it answers from then.
describe('PageTracker: failed sends', () => {
  const failedAgent = (id: string, ts: number, failed: boolean): RowSnapshot => ({ id, kind: 'out', stamp: stamp(ts), text: 'y', ...(failed ? { failed } : {}) });
  const events = (o: { messages: { id: string; dir: string; ts: number; failed?: boolean }[] }) => o.messages.map((m) => [m.id, m.dir, m.ts, !!m.failed]);

  it('a reply told as the answer, then marked failed, is withdrawn; its mark gone (sent again), it answers at that moment', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('c', [], T0);
    const q = buyer('b1', T0 + 2 * S);
    expect(events(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, false)], T0 + 5 * S))).toEqual([
      ['b1', 'in', T0 + 2 * S, false],
      ['a1', 'out', T0 + 5 * S, false],
    ]);
    expect(events(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, true)], T0 + 20 * S))).toEqual([['a1', 'out', T0 + 20 * S, true]]);
    expect(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, true)], T0 + 21 * S).messages).toEqual([]);
    expect(events(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, false)], T0 + 90 * S))).toEqual([['a1', 'out', T0 + 90 * S, false]]);
  });

  it('a reply failed when first seen is never told; nor one followed by a failure notice', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('c', [], T0);
    const q = buyer('b1', T0 + 2 * S);
    expect(events(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, true)], T0 + 5 * S))).toEqual([['b1', 'in', T0 + 2 * S, false]]);
    const notice: RowSnapshot = { id: 's1', kind: 'system', stamp: null, text: '[系统消息] 消息发送失败，请重试' };
    expect(events(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, true), agent('a2', T0 + 9 * S), notice], T0 + 9 * S))).toEqual([]);
    // Sent again as a new row that goes through: the answer.
    expect(events(t.observeConversation('c', [q, failedAgent('a1', T0 + 5 * S, true), agent('a2', T0 + 9 * S), notice, agent('a3', T0 + 30 * S)], T0 + 30 * S))).toEqual([['a3', 'out', T0 + 30 * S, false]]);
  });
});
