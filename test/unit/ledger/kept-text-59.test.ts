// Round 59 (rt59 F1): texts kept while 「保存消息原文」 was on are counted and deleted on the agent's word, and the full
// export leaves them out while the box is off. Deleting takes only the text: every key, time and figure stays.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { addChatEvents, addLintEvent, addRating } from '@/background/ledger/ingest';
import { countKeptTexts, stripKeptTexts } from '@/background/ledger/kept-text';
import { lastDays, monthSatisfaction, guardActivity } from '@/background/ledger/queries';
import { exportLedger } from '@/background/ledger/transfer';
import { bj, chatEvent } from '../../support/ledger-events';

const NOW = bj('2024-05-01 22:00:00');
const PHONE = '13912345678';
let n = 0;
let db: LedgerDB;
beforeEach(async () => {
  db = await openLedger(`kept-text-59-${n++}`);
});

/** A shop's day: buyers and replies (every other one kept with text), ratings and guard events. */
async function fill(conversations: number) {
  const events = [];
  for (let c = 0; c < conversations; c++) {
    const extra = (t: string) => (c % 2 === 0 ? { text: t } : {});
    events.push(chatEvent(`c${c}`, `m${c}a`, 'in', `2024-05-01 ${String(8 + (c % 12)).padStart(2, '0')}:00:00`, extra(`我的手机号${PHONE}`)));
    events.push(chatEvent(`c${c}`, `m${c}b`, 'out', `2024-05-01 ${String(8 + (c % 12)).padStart(2, '0')}:0${c % 3 === 0 ? 7 : 2}:00`, extra('好的，已记下')));
  }
  await addChatEvents(db, events, { now: NOW, storeText: true });
  await addRating(db, { at: bj('2024-05-01 09:00:00'), rating: 'satisfied', source: 'manual', conv: 'c0' });
  await addRating(db, { at: bj('2024-05-01 10:00:00'), rating: 'disappointed', source: 'manual', conv: 'c1' });
  for (let i = 0; i < 5; i++) {
    await addLintEvent(db, { at: bj('2024-05-01 11:00:00') + i, site: 'kuaishou', conv: 'c0', action: 'override', clause: '2.3', rule: 'contact-wechat', severity: 'block', text: `加我微信 ${PHONE}` }, i < 3);
  }
}

const figures = async () => ({
  days: await lastDays(db, 3, NOW),
  month: await monthSatisfaction(db, NOW),
  guard: await guardActivity(db, NOW),
});

describe('kept texts', () => {
  it('counts the records holding a text, in batches', async () => {
    await fill(25);
    expect(await countKeptTexts(db, { batchSize: 7 })).toEqual({ messages: 26, lint: 3 });
    expect(await countKeptTexts(db)).toEqual({ messages: 26, lint: 3 });
  });

  it('deletes every text and nothing else: the same records, keys and figures', async () => {
    await fill(25);
    const before = { messages: await db.getAll('messages'), lint: await db.getAll('lint'), ratings: await db.getAll('ratings'), figures: await figures() };
    const seen: number[] = [];
    const r = await stripKeptTexts(db, { batchSize: 7, onProgress: (done, total) => seen.push(done) && expect(total).toBe(55) });
    expect(r).toMatchObject({ messages: 26, lint: 3 });
    expect(seen.at(-1)).toBe(55);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await countKeptTexts(db)).toEqual({ messages: 0, lint: 0 });
    const strip = <T extends { text?: string }>(list: T[]) => list.map(({ text: _t, ...rest }) => rest);
    expect(await db.getAll('messages')).toEqual(strip(before.messages));
    expect(await db.getAll('lint')).toEqual(strip(before.lint));
    expect(await db.getAll('ratings')).toEqual(before.ratings);
    expect(await figures()).toEqual(before.figures);
    expect(JSON.stringify(await exportLedger(db, NOW))).not.toContain(PHONE);
    // Nothing left: a second run changes nothing.
    expect(await stripKeptTexts(db)).toMatchObject({ messages: 0, lint: 0 });
  });

  it('the export leaves the texts out while the box is off, and keeps them while it is on', async () => {
    await fill(4);
    const on = await exportLedger(db, NOW);
    expect(JSON.stringify(on)).toContain(PHONE);
    const off = await exportLedger(db, NOW, { withText: false });
    expect(JSON.stringify(off)).not.toContain(PHONE);
    expect(JSON.stringify(off)).not.toContain('"text"');
    // The same records otherwise.
    expect(off.messages.map((m) => [m.conv, m.id, m.ts, m.dir])).toEqual(on.messages.map((m) => [m.conv, m.id, m.ts, m.dir]));
    expect(off.lint).toHaveLength(on.lint.length);
  });

  it('a live write between batches is neither lost nor blocked until the end', async () => {
    await fill(30);
    let injected = false;
    await stripKeptTexts(db, {
      batchSize: 10,
      pause: async () => {
        if (injected) return;
        injected = true;
        // A buyer writes while the texts are being deleted (the box is off by now: no text).
        await addChatEvents(db, [chatEvent('late', 'x1', 'in', '2024-05-01 21:59:00')], { now: NOW, storeText: false });
      },
    });
    expect(await db.get('messages', ['late', 'x1'])).toMatchObject({ conv: 'late', id: 'x1', dir: 'in' });
    expect(await countKeptTexts(db)).toEqual({ messages: 0, lint: 0 });
  });
});
