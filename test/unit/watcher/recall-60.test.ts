// @vitest-environment happy-dom
// Round 60 (timers60): the agent's reply recalled (撤回) counted as the answer. A recalled reply is withdrawn: the
// buyer waits again from their own message (rule 3.1.1; DESIGN.md reply-rate semantics), late if that deadline passed.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { recalledReplies, type RecallRow } from '@/content/watcher/recall';
import { readRows } from '@/content/watcher/rows';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents } from '@/background/ledger/ingest';
import { todayFigures, waitingList } from '@/background/ledger/queries';
import { kuaishou } from '@/sites/kuaishou';
import { workbenchChat, workbenchRow } from '../../support/workbench-row';
import { bj } from '../../support/ledger-events';

const r = (id: string, kind: RecallRow['kind'], recall = false): RecallRow => (recall ? { id, kind, recall } : { id, kind });

describe('recalledReplies', () => {
  it('a reply whose own row now reads as the notice (same id)', () => {
    expect(recalledReplies([r('b1', 'in'), r('a1', 'out')], [r('b1', 'in'), r('a1', 'system', true)])).toEqual(['a1']);
  });

  it('a reply gone from between two rows still drawn, a notice in its place (also at the bottom)', () => {
    expect(recalledReplies([r('b1', 'in'), r('a1', 'out'), r('b2', 'in')], [r('b1', 'in'), r('n', 'system', true), r('b2', 'in')])).toEqual(['a1']);
    expect(recalledReplies([r('b1', 'in'), r('a1', 'out')], [r('b1', 'in'), r('n', 'system', true)])).toEqual(['a1']);
  });

  it('the buyer’s recalled message is kept (only the agent’s replies are withdrawn)', () => {
    expect(recalledReplies([r('b1', 'in'), r('b2', 'in')], [r('b1', 'in'), r('n', 'system', true)])).toEqual([]);
    expect(recalledReplies([r('b1', 'in')], [r('b1', 'system', true)])).toEqual([]);
  });

  it('rows gone without a notice (a list scrolled or trimmed), or more gone than notices came: nothing withdrawn', () => {
    expect(recalledReplies([r('b1', 'in'), r('a1', 'out'), r('b2', 'in')], [r('b2', 'in'), r('b3', 'in')])).toEqual([]);
    expect(recalledReplies([r('b1', 'in'), r('a1', 'out'), r('a2', 'out'), r('b2', 'in')], [r('b1', 'in'), r('n', 'system', true), r('b2', 'in')])).toEqual([]);
    // A notice on a pane never read before tells nothing of which row it replaced.
    expect(recalledReplies([], [r('b1', 'in'), r('n', 'system', true)])).toEqual([]);
    // Nothing drawn before on either side of it.
    expect(recalledReplies([r('a1', 'out')], [r('n', 'system', true), r('x', 'in')])).toEqual([]);
  });

  it('a notice of an earlier recall (drawn before) withdraws nothing more', () => {
    expect(recalledReplies([r('b1', 'in'), r('n', 'system', true), r('a2', 'out')], [r('b1', 'in'), r('n', 'system', true), r('a2', 'out')])).toEqual([]);
  });
});

describe('readRows: a recall notice is marked, as a middle row or in a bubble', () => {
  it('marks the notice rows only', () => {
    const { list } = workbenchChat('撤回买家');
    const middle = document.createElement('div');
    middle.className = 'kwaishop-cs-LayoutMiddleWrapper';
    middle.appendChild(document.createElement('div')).className = 'kwaishop-cs-LayoutMiddleWrapper_msgBody';
    middle.firstElementChild!.textContent = '你撤回了一条消息';
    list.append(workbenchRow('0_1_a', 'notMe', '12-6 14:59:00', '有现货吗'), middle, workbenchRow('0_1_c', 'isMine', '12-6 14:59:20', '你撤回了一条消息 重新编辑'), workbenchRow('0_1_d', 'isMine', '12-6 14:59:30', '我撤回了一条消息，发错了'));
    const rows = readRows(document, kuaishou, 'c', Date.parse('2026-12-06T15:00:00+08:00'));
    expect(rows.map((row) => [row.kind, !!row.recall])).toEqual([['in', false], ['system', true], ['system', true], ['out', false]]);
  });
});

const T0 = bj('2024-05-01 10:00:00');
const S = 1000;
const row = (id: string, kind: RowSnapshot['kind'], ts: number, recall = false): RowSnapshot => ({ id, kind, stamp: { ts, localTs: ts }, text: 'x', ...(recall ? { recall } : {}) });
const told = (o: { messages: { id: string; dir: string; failed?: boolean; recalled?: boolean }[] }) => o.messages.map((m) => `${m.id} ${m.dir}${m.failed ? ' withdrawn' : ''}${m.recalled ? ' recalled' : ''}`);

describe('PageTracker: a recalled reply is withdrawn once', () => {
  it('same row turned into the notice; then a new reply is told as new', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('c', [row('0_1_b1', 'in', T0)], T0 + 2 * S);
    expect(told(t.observeConversation('c', [row('0_1_b1', 'in', T0), row('0_1_a1', 'out', T0 + 60 * S)], T0 + 61 * S))).toEqual(['0_1_a1 out']);
    const recalled = [row('0_1_b1', 'in', T0), row('0_1_a1', 'system', T0 + 60 * S, true)];
    expect(told(t.observeConversation('c', recalled, T0 + 90 * S))).toEqual(['0_1_a1 out withdrawn recalled']);
    expect(told(t.observeConversation('c', recalled, T0 + 91 * S))).toEqual([]);
    expect(told(t.observeConversation('c', [...recalled, row('0_1_a2', 'out', T0 + 100 * S)], T0 + 100 * S))).toEqual(['0_1_a2 out']);
  });

  it('row replaced by an id-less notice row (a derived id)', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('c', [row('d:b1', 'in', T0), row('d:a1', 'out', T0 + 60 * S), row('d:b2', 'in', T0 + 70 * S)], T0 + 80 * S);
    const out = t.observeConversation('c', [row('d:b1', 'in', T0), row('d:n1', 'system', T0 + 60 * S, true), row('d:b2', 'in', T0 + 70 * S)], T0 + 90 * S);
    expect(told(out)).toEqual(['d:a1 out withdrawn recalled']);
  });

  it('a pane opened on a notice under a workbench message id: withdrawn (a reply filed before a reload); a derived id tells its place (round 61)', () => {
    const t = new PageTracker({ site: 'k' });
    const out = t.observeConversation('c', [row('0_1_b1', 'in', T0), row('0_1_a1', 'system', T0 + 60 * S, true), row('d:n2', 'system', T0 + 70 * S, true)], T0 + 80 * S);
    // Round 61 (timers61, recall-61.test.ts): the derived id names nothing stored; its place (after 0_1_b1, the pane's
    // end, two notices there) lets the ledger find the reply that stood there.
    expect(told(out)).toEqual(['0_1_a1 out withdrawn recalled', '0_1_b1 in', 'd:n2 out withdrawn recalled']);
    expect(out.messages[2]!.recallPlace).toEqual({ after: '0_1_b1', before: null, notices: 2, drawn: ['0_1_b1', '0_1_a1', 'd:n2'] });
  });
});

describe('the ledger after a recall: the buyer waits from their own message', () => {
  let db: LedgerDB;
  let n = 0;
  beforeEach(async () => {
    db = await openLedger(`recall-60-${n++}`);
  });
  const ev = (id: string, dir: 'in' | 'out', ts: number, extra: object = {}) => ({ site: 'k', conv: 'c', id, dir, ts, tsSource: 'page', history: false, source: 'row', ...extra });

  it('answered on time, then recalled after the deadline: late, waiting with the first message’s deadline', async () => {
    await addChatEvents(db, [ev('b1', 'in', T0), ev('a1', 'out', T0 + 60 * S)], { now: T0 + 61 * S, storeText: false });
    expect(await todayFigures(db, T0 + 400 * S)).toMatchObject({ onTime: 1, late: 0 });
    expect(await waitingList(db, T0 + 400 * S)).toEqual([]);
    await addChatEvents(db, [ev('a1', 'out', T0 + 400 * S, { failed: true, recalled: true })], { now: T0 + 400 * S, storeText: false });
    expect(await todayFigures(db, T0 + 400 * S)).toMatchObject({ onTime: 0, late: 1 });
    expect((await waitingList(db, T0 + 400 * S)).map((w) => [w.conv, w.deadline])).toEqual([['c', T0 + 300 * S]]);
  });
});
