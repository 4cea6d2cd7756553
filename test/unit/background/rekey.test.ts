// @vitest-environment node
// Round 44: a numeric header's conversation moved into the nickname's (background/ledger/rekey.ts), over WXT's
// fake browser and fake-indexeddb: one buyer, one countdown, badge 1, each buyer message counted once; idempotent;
// a worker stopped between the numeric rows and the nickname changes nothing; two buyers re-keyed at once stay apart.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { todayFigures, waitingList } from '@/background/ledger/queries';
import { rekeyConversation, toRekeyRequest } from '@/background/ledger/rekey';
import { handleMessage } from '@/background/router';
import { openLedger } from '@/background/ledger/db';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import type { MessageRecord } from '@/background/ledger/schema';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;
let clock = T0;
let n = 0;
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } } as never;
const row = (conv: string, id: string, dir: 'in' | 'out', ts: number, extra: Partial<ChatEvent> = {}): ChatEvent => ({
  site: 'kuaishou', conv, id, dir, ts, tsSource: 'page', history: false, source: 'row', buyerName: conv, ...extra,
});
const rec = (event: ChatEvent, seenAt: number): MessageRecord => ({ ...event, source: event.source ?? 'row', seenAt });
const rekey = (from: string, to: string, ids: [string, string][] = []): ToBackground => ({ type: 'rekey-conversation', from, to, ids });

beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
});

describe('rekey-conversation', () => {
  it('the numeric key’s rows move to the nickname under their new ids: one waiting buyer, the reply answers it, counted once', async () => {
    const name = `rekey-${n++}`;
    const deps = startBackground({ ledgerName: name, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [row('5829301177', 'd:old1', 'in', T0)] }, sender, deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    clock = T0 + 4 * S;
    expect(await handleMessage(rekey('5829301177', '买家小王', [['d:old1', 'd:new1']]), sender, deps)).toEqual({ ok: true, added: 1 });
    const db = await deps.ledger();
    expect((await db.getAll('messages')).map((m) => [m.conv, m.id, m.ts])).toEqual([['买家小王', 'd:new1', T0]]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await waitingItem.getValue())?.conversations.map((c) => [c.conv, c.deadline])).toEqual([['买家小王', T0 + 300 * S]]);
    // The same rekey again (a retry the worker had taken), and the row told again under its new id: nothing more.
    expect(await handleMessage(rekey('5829301177', '买家小王', [['d:old1', 'd:new1']]), sender, deps)).toEqual({ ok: true, added: 0 });
    expect(await handleMessage({ type: 'chat-events', events: [row('买家小王', 'd:new1', 'in', T0)] }, sender, deps)).toEqual({ ok: true, added: 0 });
    clock = T0 + 60 * S;
    await handleMessage({ type: 'chat-events', events: [row('买家小王', 'd:r1', 'out', T0 + 60 * S)] }, sender, deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await todayFigures(db, clock)).toMatchObject({ eligible: 1, onTime: 1, late: 0, pending: 0 });
  });

  it('survives a worker stopped between the numeric rows and the nickname: the fresh worker moves them from IndexedDB alone', async () => {
    const name = `rekey-${n++}`;
    const first = startBackground({ ledgerName: name, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [row('5829301177', 'd:a', 'in', T0), row('5829301177', 'd:b', 'in', T0 + S)] }, sender, first);
    // The figures are computed (and cached) while the buyer is filed under the number.
    expect(await todayFigures(await first.ledger(), T0 + 2 * S)).toMatchObject({ eligible: 2, pending: 2 });
    (await first.ledger()).close();
    clock = T0 + 5 * S;
    const fresh = startBackground({ ledgerName: name, now: () => clock });
    await handleMessage(rekey('5829301177', '买家小王', [['d:a', 'd:A'], ['d:b', 'd:B']]), sender, fresh);
    await handleMessage({ type: 'chat-events', events: [row('买家小王', 'd:r', 'out', T0 + 30 * S)] }, sender, fresh);
    const db = await fresh.ledger();
    expect((await db.getAll('messages')).map((m) => `${m.conv}/${m.id}`).sort()).toEqual(['买家小王/d:A', '买家小王/d:B', '买家小王/d:r']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await todayFigures(db, T0 + 31 * S)).toMatchObject({ eligible: 2, onTime: 2, late: 0, pending: 0 });
  });

  it('a row the nickname key already holds (another tab, a reload) stays one record, its first sighting kept', async () => {
    const db = await openLedger(`rekey-${n++}`);
    const now = T0 + 10 * S;
    await db.put('messages', rec(row('买家小王', 'd:new', 'in', T0), T0 + 5 * S));
    await db.put('messages', rec(row('5829301177', 'd:old', 'in', T0), T0 + 2 * S));
    expect(await rekeyConversation(db, { from: '5829301177', to: '买家小王', ids: [['d:old', 'd:new']] }, now)).toEqual({ moved: 1 });
    const all = await db.getAll('messages');
    expect(all.map((m) => [m.conv, m.id, m.seenAt])).toEqual([['买家小王', 'd:new', T0 + 2 * S]]);
    expect((await waitingList(db, now)).map((w) => w.conv)).toEqual(['买家小王']);
  });

  it('a card that showed the number moves too (within the waiting horizon); old records of the number stay; ratings move', async () => {
    const db = await openLedger(`rekey-${n++}`);
    const now = T0 + 10 * S;
    await db.put('messages', rec(row('5829301177', 'card:1', 'in', T0 - 5 * S, { source: 'card' }), T0));
    await db.put('messages', rec(row('5829301177', 'd:x', 'in', T0), T0));
    await db.put('messages', rec(row('5829301177', 'd:week', 'in', T0 - 7 * 86_400_000), T0 - 7 * 86_400_000));
    await db.put('ratings', { conv: '5829301177', id: 'd:rate', at: T0, rating: 'satisfied', source: 'page', site: 'kuaishou' });
    await rekeyConversation(db, { from: '5829301177', to: '买家小王', ids: [['d:x', 'd:X'], ['d:rate', 'd:RATE']] }, now);
    expect((await db.getAll('messages')).map((m) => `${m.conv}/${m.id}`).sort()).toEqual(['5829301177/d:week', '买家小王/card:1', '买家小王/d:X']);
    expect((await db.getAll('ratings')).map((r) => `${r.conv}/${r.id}`)).toEqual(['买家小王/d:RATE']);
    // The card is superseded by the row: one buyer waiting.
    expect((await waitingList(db, now)).map((w) => [w.conv, w.anchorId])).toEqual([['买家小王', 'd:X']]);
  });

  it('two buyers whose numeric headers resolve at once: each number moves into its own nickname, never into the other', async () => {
    const name = `rekey-${n++}`;
    const deps = startBackground({ ledgerName: name, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [row('111', 'd:1', 'in', T0), row('222', 'd:2', 'in', T0 + S)] }, sender, deps);
    clock = T0 + 5 * S;
    await Promise.all([
      handleMessage(rekey('111', '甲', [['d:1', 'd:1a']]), sender, deps),
      handleMessage(rekey('222', '乙', [['d:2', 'd:2b']]), sender, deps),
    ]);
    const db = await deps.ledger();
    expect((await db.getAll('messages')).map((m) => `${m.conv}/${m.id}`).sort()).toEqual(['乙/d:2b', '甲/d:1a']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await handleMessage({ type: 'chat-events', events: [row('甲', 'd:r', 'out', T0 + 6 * S)] }, sender, deps);
    expect((await waitingList(db, clock)).map((w) => w.conv)).toEqual(['乙']);
  });

  it('only a numeric key moves, never into a number; a malformed request is refused and moves nothing', async () => {
    expect(toRekeyRequest({ from: '买家小王', to: '5829301177', ids: [] })).toBeNull();
    expect(toRekeyRequest({ from: '111', to: '222', ids: [] })).toBeNull();
    expect(toRekeyRequest({ from: '111', to: '111', ids: [] })).toBeNull();
    expect(toRekeyRequest({ from: '111', to: '甲', ids: [['a']] })).toBeNull();
    expect(toRekeyRequest({ from: '111', to: '甲' })).toBeNull();
    expect(toRekeyRequest({ from: '111', to: '甲', ids: [['a', 'b']] })).toEqual({ from: '111', to: '甲', ids: [['a', 'b']] });
    const deps = startBackground({ ledgerName: `rekey-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [row('甲', 'd:1', 'in', T0)] }, sender, deps);
    expect(await handleMessage(rekey('甲', '111'), sender, deps)).toEqual({ ok: false, error: 'invalid rekey' });
    expect((await (await deps.ledger()).getAll('messages')).map((m) => m.conv)).toEqual(['甲']);
  });

  it('an alert already shown for the number is not shown again for the nickname', async () => {
    const deps = startBackground({ ledgerName: `rekey-${n++}`, now: () => clock });
    await handleMessage({ type: 'chat-events', events: [row('111', 'd:1', 'in', T0)] }, sender, deps);
    clock = T0 + 181 * S;
    await handleMessage({ type: 'chat-events', events: [row('111', 'd:2', 'out', T0 - 600 * S)] }, sender, deps); // wakes the timers
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['replyguard|111']);
    await handleMessage(rekey('111', '甲', [['d:1', 'd:1a']]), sender, deps);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
