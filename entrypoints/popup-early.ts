// Loaded by popup.html's head as a classic script, before the popup's modules: it opens the ledger
// and starts the popup's reads (background/ledger/popup-reads.ts) while the page parses and the
// modules load and run (tens of ms on a busy machine). The popup's module picks them up from
// globalThis; when this script failed or was not there, the popup does the same reads itself.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EARLY_GLOBAL, openExistingLedger, readPopupRecords, type EarlyLedger } from '../background/ledger/popup-reads';
import { LEDGER_DB_NAME, LEDGER_VERSION } from '../background/ledger/schema';

export default defineUnlistedScript(() => {
  performance.mark('rg:early');
  const now = Date.now();
  const db = openExistingLedger(LEDGER_DB_NAME, LEDGER_VERSION);
  const records = db.then((handle) => readPopupRecords(handle, now));
  // Failures are handled where the popup takes these over; not "uncaught" here.
  db.catch(() => undefined);
  records.catch(() => undefined);
  const early: EarlyLedger = { now, db, records };
  (globalThis as Record<string, unknown>)[EARLY_GLOBAL] = early;
});
