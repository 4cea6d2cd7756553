// Opens the ledger. The service worker and extension pages (popup, options) open the same
// database of the extension's origin; content scripts never do (theirs would be the page's).
import { openDB, type IDBPDatabase } from 'idb';
import { LEDGER_DB_NAME, LEDGER_VERSION, MIGRATIONS, type LedgerSchema } from './schema';

export type LedgerDB = IDBPDatabase<LedgerSchema>;

/** Open (creating or upgrading) the ledger; `version` is for migration tests only. */
export async function openLedger(name: string = LEDGER_DB_NAME, version: number = LEDGER_VERSION): Promise<LedgerDB> {
  let handle: LedgerDB | undefined;
  handle = await openDB<LedgerSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(db, tx);
    },
    // A newer version is being opened elsewhere (an updated worker): let it upgrade.
    blocking() {
      handle?.close();
    },
  });
  return handle;
}
