// @vitest-environment node
// The chunked import (background/ledger/transfer.ts) against the single-transaction import it
// replaced (kept below as the reference): the same result and the same ledger on small and large
// files and any batch size; nothing written for a file that is not an export; progress that only
// grows and ends at the total; and the live tracking's own writes get through during an import.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type LedgerDB } from '@/background/ledger/db';
import { invalidateDays } from '@/background/ledger/day-cache';
import { addChatEvents, addLintEvent, addRating, toLintRecord, toMessageRecord, toRatingRecord } from '@/background/ledger/ingest';
import type { LintRecord, MessageRecord, RatingRecord } from '@/background/ledger/schema';
import { checkLedgerExport, ImportError, importLedger, importProblem, type ImportList, type ImportProgress, type ImportResult } from '@/background/ledger/transfer';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const NOW = bj('2024-05-01 12:00:00');
const MIN = 60_000;
let n = 0;
const fresh = () => openLedger(`import-chunked-${n++}`);

/** The import as of cf157e1 (plus round 44's refusal of records dated more than a day ahead): validate, then everything in one transaction. */
async function referenceImport(db: LedgerDB, data: unknown, options: { now: number; storeText: boolean }): Promise<ImportResult> {
  const file = checkLedgerExport(data);
  const result: ImportResult = { added: { messages: 0, ratings: 0, lint: 0 }, duplicates: 0, invalid: 0, problems: [] };
  // Round 48: the wording of each refusal (which field, why) is importProblem's.
  const bad = (what: ImportList, i: number, future = false) => {
    result.invalid++;
    if (result.problems.length < 10) result.problems.push(importProblem(what, i, (file[what] ?? [])[i], future));
  };
  const future = (t: number) => t > options.now + 86_400_000;
  const messages: MessageRecord[] = [];
  (file.messages ?? []).forEach((m, i) => {
    const rec = toMessageRecord(m, typeof (m as MessageRecord)?.seenAt === 'number' ? (m as MessageRecord).seenAt : options.now, options.storeText);
    if (rec && future(rec.ts)) bad('messages', i, true);
    else if (rec) messages.push(rec);
    else bad('messages', i);
  });
  const ratings: RatingRecord[] = [];
  (file.ratings ?? []).forEach((r, i) => {
    const rec = toRatingRecord(r);
    if (rec && future(rec.at)) bad('ratings', i, true);
    else if (rec) ratings.push(rec);
    else bad('ratings', i);
  });
  const lint: LintRecord[] = [];
  (file.lint ?? []).forEach((l, i) => {
    const rec = toLintRecord(l, options.storeText);
    if (rec && future(rec.at)) bad('lint', i, true);
    else if (rec) lint.push(rec);
    else bad('lint', i);
  });
  const sig = (e: LintRecord) => [e.at, e.site, e.conv ?? '', e.action, e.clause, e.rule, e.severity].join('\u0001');
  const existingLint = new Map<string, number>();
  if (lint.length) {
    const ats = lint.map((l) => l.at);
    const inSpan = await db.getAllFromIndex('lint', 'at', IDBKeyRange.bound(Math.min(...ats), Math.max(...ats)));
    for (const e of inSpan) existingLint.set(sig(e), (existingLint.get(sig(e)) ?? 0) + 1);
  }
  const tx = db.transaction(['messages', 'ratings', 'lint', 'days'], 'readwrite');
  const added: MessageRecord[] = [];
  for (const m of messages) {
    if ((await tx.objectStore('messages').getKey([m.conv, m.id])) !== undefined) {
      result.duplicates++;
      continue;
    }
    await tx.objectStore('messages').put(m);
    result.added.messages++;
    added.push(m);
  }
  for (const r of ratings) {
    if ((await tx.objectStore('ratings').getKey([r.conv, r.id])) !== undefined) {
      result.duplicates++;
      continue;
    }
    await tx.objectStore('ratings').put(r);
    result.added.ratings++;
  }
  for (const l of lint) {
    const left = existingLint.get(sig(l)) ?? 0;
    if (left > 0) {
      existingLint.set(sig(l), left - 1);
      result.duplicates++;
      continue;
    }
    await tx.objectStore('lint').add(l);
    result.added.lint++;
  }
  await invalidateDays(tx.objectStore('days'), added, options.now);
  await tx.done;
  return result;
}

/**
 * An export of `size` records spread over the stores, with what a real file may hold: keys twice
 * in the file, records already in the ledger, malformed records, lint events repeated, messages
 * after `now`, and text.
 */
function makeExport(size: number, seed = 1): Record<string, unknown> {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const messages: unknown[] = [];
  const ratings: unknown[] = [];
  const lint: unknown[] = [];
  const start = bj('2024-04-20 08:00:00');
  for (let i = 0; i < size; i++) {
    const r = rnd();
    const ts = start + Math.floor(rnd() * 14 * 24 * 60) * MIN;
    if (r < 0.7) {
      const conv = `c${Math.floor(rnd() * 300)}`;
      const id = rnd() < 0.05 ? `m${Math.floor(rnd() * 20)}` : `m${i}`; // some keys twice
      if (rnd() < 0.02) messages.push({ conv, id, dir: 'sideways', ts });
      else messages.push({ site: 'kuaishou', conv, id, dir: rnd() < 0.5 ? 'in' : 'out', ts: rnd() < 0.01 ? NOW + 3 * 86_400_000 : ts, tsSource: 'page', history: false, source: 'row', seenAt: ts + 1000, text: '在吗' });
    } else if (r < 0.8) {
      ratings.push(rnd() < 0.03 ? { at: 'yesterday' } : { site: 'kuaishou', conv: `c${Math.floor(rnd() * 300)}`, id: `r${Math.floor(rnd() * size)}`, at: ts, rating: rnd() < 0.8 ? 'satisfied' : 'neutral', source: 'page' });
    } else {
      const at = start + Math.floor(rnd() * 50) * MIN; // few distinct times: repeated events
      lint.push(rnd() < 0.02 ? { at, action: 'explode' } : { at, site: 'kuaishou', action: rnd() < 0.5 ? 'block' : 'warn', clause: '2.3', rule: 'contact-wechat', severity: 'block' });
    }
  }
  // However small: a key twice (the second with another time), a malformed message, an event twice.
  const first = { site: 'kuaishou', conv: 'c0', id: 'dup', dir: 'in', ts: start, tsSource: 'page', history: false };
  messages.push(first, { ...first, ts: start + MIN }, { conv: 'c0' });
  lint.push(...Array.from({ length: 2 }, () => ({ at: start, site: 'kuaishou', action: 'fix', clause: '2.8', rule: 'r', severity: 'warn' })));
  return { format: 'replyguard-ledger', version: 3, exportedAt: NOW, messages, ratings, lint };
}

/** What the ledger holds, in a comparable shape (lint without its auto keys). */
async function contents(db: LedgerDB) {
  const lint = (await db.getAll('lint')).map(({ key: _k, ...rest }) => JSON.stringify(rest)).sort();
  // A dirty mark's seq counts how often it was set (once per chunk): bookkeeping, not content.
  const days = (await db.getAll('days')).map((d) => ('convs' in d ? { ...d, convs: [...(d.convs as string[])].sort(), ...('seq' in d ? { seq: 0 } : {}) } : d));
  return { messages: await db.getAll('messages'), ratings: await db.getAll('ratings'), lint, days };
}

/** A ledger with some of the file already in it, and some of its own. */
async function seeded(file: Record<string, unknown>): Promise<LedgerDB> {
  const db = await fresh();
  const messages = (file.messages as MessageRecord[]).filter((_, i) => i % 9 === 0);
  await addChatEvents(db, [...messages, { site: 'kuaishou', conv: 'own', id: 'x', dir: 'in', ts: bj('2024-04-25 10:00:00'), tsSource: 'page', history: false }], { now: NOW, storeText: false });
  for (const r of (file.ratings as unknown[]).filter((_, i) => i % 7 === 0)) await addRating(db, r);
  for (const l of (file.lint as unknown[]).filter((_, i) => i % 5 === 0)) await addLintEvent(db, l, false);
  return db;
}

describe('chunked import = the single-transaction import', () => {
  for (const [size, batchSizes] of [[40, [1, 7, 2000]], [6000, [250, 2000]]] as const) {
    it(`${size} records, into an empty ledger and into one that holds part of the file`, async () => {
      const file = makeExport(size, size);
      for (const storeText of [false, true]) {
        for (const seed of [false, true]) {
          const ref = seed ? await seeded(file) : await fresh();
          const expected = await referenceImport(ref, file, { now: NOW, storeText });
          expect(expected.added.messages).toBeGreaterThan(0);
          expect(expected.duplicates).toBeGreaterThan(0);
          expect(expected.invalid).toBeGreaterThan(0);
          for (const batchSize of batchSizes) {
            const db = seed ? await seeded(file) : await fresh();
            expect(await importLedger(db, file, { now: NOW, storeText, batchSize })).toEqual(expected);
            expect(await contents(db)).toEqual(await contents(ref));
          }
        }
      }
    }, 60_000);
  }

  it('150,000 lint events (the reference threw RangeError on Math.min(...) past ~125k in Node)', async () => {
    const at = bj('2024-04-21 09:00:00');
    const lint = Array.from({ length: 150_000 }, (_, i) => ({ at: at + (i % 1000), site: 'k', action: 'block', clause: '2.3', rule: 'r', severity: 'block' }));
    const db = await fresh();
    await expect(referenceImport(await fresh(), { format: 'replyguard-ledger', version: 3, lint }, { now: NOW, storeText: false })).rejects.toThrow(RangeError);
    const r = await importLedger(db, { format: 'replyguard-ledger', version: 3, lint }, { now: NOW, storeText: false, batchSize: 5000 });
    expect(r.added.lint).toBe(150_000);
  }, 60_000);
});

describe('refused whole', () => {
  let db: LedgerDB;
  beforeEach(async () => {
    db = await seeded(makeExport(200, 3));
  });

  it('a file that is not an export, or whose fields are not arrays, writes nothing and reports no write progress', async () => {
    const before = await contents(db);
    const good = makeExport(3000, 4);
    for (const bad of [{ ...good, format: 'other' }, { ...good, version: 99 }, { ...good, lint: { a: 1 } }, 'messages,ts\r\n1,2', null]) {
      const events: ImportProgress[] = [];
      await expect(importLedger(db, bad, { now: NOW, storeText: false, batchSize: 100, onProgress: (p) => events.push(p) })).rejects.toThrow(ImportError);
      expect(events.filter((e) => e.phase === 'write')).toEqual([]);
    }
    expect(await contents(db)).toEqual(before);
  });

  it('every record is checked before the first write transaction opens', async () => {
    const file = makeExport(5000, 5);
    const events: ImportProgress[] = [];
    let writesOpenedAfter: ImportProgress | undefined | null = null;
    const spy = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'transaction') {
          return (stores: never, mode?: IDBTransactionMode) => {
            if (mode === 'readwrite' && writesOpenedAfter === null) writesOpenedAfter = events.at(-1);
            return target.transaction(stores, mode);
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    await importLedger(spy, file, { now: NOW, storeText: false, batchSize: 300, onProgress: (p) => events.push(p) });
    const total = (file.messages as unknown[]).length + (file.ratings as unknown[]).length + (file.lint as unknown[]).length;
    expect(writesOpenedAfter).toEqual({ phase: 'write', done: 0, total: expect.any(Number) });
    const lastCheck = events.filter((e) => e.phase === 'check').at(-1);
    expect(lastCheck).toEqual({ phase: 'check', done: total, total });
  });
});

describe('progress', () => {
  it('only grows within each phase, checks every record, then writes every valid one, in steps of the batch size', async () => {
    const file = makeExport(7000, 6);
    const db = await seeded(file);
    const events: ImportProgress[] = [];
    const r = await importLedger(db, file, { now: NOW, storeText: false, batchSize: 500, onProgress: (p) => events.push(p) });
    const check = events.filter((e) => e.phase === 'check');
    const write = events.filter((e) => e.phase === 'write');
    expect(events.indexOf(write[0]!)).toBe(check.length); // all checking comes first
    const fileTotal = (file.messages as unknown[]).length + (file.ratings as unknown[]).length + (file.lint as unknown[]).length;
    const valid = r.added.messages + r.added.ratings + r.added.lint + r.duplicates;
    expect(valid).toBe(fileTotal - r.invalid);
    for (const [list, total] of [[check, fileTotal], [write, valid]] as const) {
      expect(list.every((e) => e.total === total)).toBe(true);
      for (let i = 1; i < list.length; i++) {
        expect(list[i]!.done).toBeGreaterThan(list[i - 1]!.done);
        expect(list[i]!.done - list[i - 1]!.done).toBeLessThanOrEqual(500);
      }
      expect(list.at(-1)!.done).toBe(total);
    }
    expect(write[0]!.done).toBe(0);
  });

  it('an empty export reports a total of 0', async () => {
    const events: ImportProgress[] = [];
    await importLedger(await fresh(), { format: 'replyguard-ledger', version: 3 }, { now: NOW, storeText: false, onProgress: (p) => events.push(p) });
    expect(events).toEqual([{ phase: 'check', done: 0, total: 0 }, { phase: 'write', done: 0, total: 0 }]);
  });
});

describe('live tracking during an import', () => {
  it("the worker's own message write completes while a large import is still running (it waited for the whole file before)", async () => {
    const file = makeExport(20_000, 7);
    const liveEvent = { site: 'kuaishou', conv: 'live', id: 'now', dir: 'in', ts: NOW, tsSource: 'page', history: false } as const;
    const race = async (run: (db: LedgerDB) => Promise<unknown>) => {
      const db = await fresh();
      const order: string[] = [];
      let started!: () => void;
      const firstWrite = new Promise<void>((resolve) => (started = resolve));
      const importing = run(db).then(() => order.push('import'));
      // As soon as the import has opened its first write transaction, a live message arrives.
      const poll = async () => {
        while ((await db.count('messages')) === 0 && order.length === 0) await new Promise((r) => setTimeout(r, 0));
        started();
      };
      void poll();
      await firstWrite;
      const live = addChatEvents(db, [liveEvent], { now: NOW, storeText: false }).then(() => order.push('live'));
      await Promise.all([importing, live]);
      return order;
    };
    expect(await race((db) => referenceImport(db, file, { now: NOW, storeText: false }))).toEqual(['import', 'live']);
    expect(await race((db) => importLedger(db, file, { now: NOW, storeText: false, batchSize: 1000 }))).toEqual(['live', 'import']);
  }, 60_000);
});
