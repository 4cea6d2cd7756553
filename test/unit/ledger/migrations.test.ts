// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLedger } from '@/background/ledger/db';
import { LEDGER_VERSION } from '@/background/ledger/schema';

let n = 0;
const freshName = () => `migrations-${Date.now()}-${n++}`;
const message = { conv: '张三', id: '0_1_a', dir: 'in', ts: 1714528800000, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: 1714528801000 };

describe('ledger migrations', () => {
  it('a new ledger has every store at the latest version', async () => {
    const db = await openLedger(freshName());
    expect(db.version).toBe(LEDGER_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'lint', 'messages', 'ratings']);
    db.close();
  });

  it('v1 → latest: messages and lint untouched, ratings re-keyed by (conversation, id) with nothing lost', async () => {
    const name = freshName();
    const v1 = await openLedger(name, 1);
    await v1.put('messages', message as never);
    const raw = v1 as unknown as { add(store: string, value: unknown): Promise<unknown> };
    await raw.add('ratings', { conv: '张三', at: 1714528900000, rating: 'satisfied', source: 'manual', site: '' });
    await raw.add('ratings', { at: 1714529000000, rating: 'neutral', source: 'manual', site: '' }); // no conversation
    await raw.add('lint', { at: 1714529100000, site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' });
    v1.close();

    const db = await openLedger(name);
    expect(await db.getAll('messages')).toEqual([message]);
    expect(await db.getAll('ratings')).toEqual([
      { conv: '', id: 'legacy:2', at: 1714529000000, rating: 'neutral', source: 'manual', site: '' },
      { conv: '张三', id: 'legacy:1', at: 1714528900000, rating: 'satisfied', source: 'manual', site: '' },
    ]);
    expect(await db.getAllFromIndex('ratings', 'at')).toHaveLength(2);
    expect(await db.count('lint')).toBe(1);
    // The natural key now dedupes: the same rating row seen again is one record.
    await db.put('ratings', { conv: '张三', id: 'legacy:1', at: 1714528900000, rating: 'satisfied', source: 'manual', site: '' });
    expect(await db.count('ratings')).toBe(2);
    db.close();
  });

  it('v2 → v3 adds the day cache without touching data', async () => {
    const name = freshName();
    const v2 = await openLedger(name, 2);
    await v2.put('messages', message as never);
    v2.close();
    const db = await openLedger(name);
    expect(db.objectStoreNames.contains('days')).toBe(true);
    expect(await db.count('messages')).toBe(1);
    db.close();
  });

  it('an open older handle lets a newer version upgrade (blocking → close)', async () => {
    const name = freshName();
    const old = await openLedger(name, 2);
    const db = await openLedger(name);
    expect(db.version).toBe(LEDGER_VERSION);
    db.close();
    // The old handle was closed for the upgrade.
    await expect(old.get('messages', ['x', 'y'])).rejects.toThrow();
  });
});
