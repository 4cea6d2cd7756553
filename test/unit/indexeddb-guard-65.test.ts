// Round 65 (testtime65): fake IndexedDB is no longer loaded into every unit test file, only into the files that import it
// (`import 'fake-indexeddb/auto';` at their top). A file that uses IndexedDB without that import must fail, by name, never pass
// on a missing database (test/support/indexeddb-guard.ts, vitest's setup file). This file has no such import on purpose.
import { describe, expect, it } from 'vitest';
import { openLedger } from '@/background/ledger/db';
import { NO_INDEXEDDB_IMPORT } from '../support/indexeddb-guard';

describe('IndexedDB in a unit test file that did not import fake-indexeddb', () => {
  it('indexedDB and the IDB classes throw the guard’s error (Chinese first), naming what was reached for', () => {
    expect(() => indexedDB).toThrow(`${NO_INDEXEDDB_IMPORT} (indexedDB)`);
    expect(() => IDBKeyRange.only(1)).toThrow(`${NO_INDEXEDDB_IMPORT} (IDBKeyRange)`);
    expect(() => typeof indexedDB).toThrow(NO_INDEXEDDB_IMPORT); // not even a typeof check reads it as absent
    expect(NO_INDEXEDDB_IMPORT).toMatch(/^这个测试文件用到了 IndexedDB/);
  });

  it('opening the ledger fails with it, not with an empty database', async () => {
    await expect(openLedger('indexeddb-guard-65')).rejects.toThrow(NO_INDEXEDDB_IMPORT);
  });
});
