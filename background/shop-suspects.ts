// Round 57 (rt54 F4): a page reloaded before a shop switch was decided (B's list shown under A's header, B's records
// filed under A meanwhile) left B's records under A as well as under B. Each tab's page tells the worker what it
// suspects (utils/shop-suspect.ts); kept here per tab in storage.session (gone with the browser; keys, ids, hashes
// and times only). When a page of that tab takes ANOTHER shop whose list shows as good as the same buyers, the
// switch the reload cut short is decided: the records filed under the old shop since the replacement move to the new
// one (ledger/refile.ts, as round 54 does live). A page taking the same shop again leaves it (its header may lag).
import { sessionItem } from '../utils/local-item';
import { serialQueue } from '../utils/serial-queue';
import { sameList, SUSPECT_RESUME_MS, toShopSuspect, type ShopSuspect } from '../utils/shop-suspect';
import type { LedgerDB } from './ledger/db';
import { refileShop, type RefileResult } from './ledger/refile';

export const shopSuspectsItem = sessionItem<Record<string, ShopSuspect & { at: number }>>('shop-suspects', {});

// Read-modify-write: one at a time.
const serially = serialQueue();

/** `tabId`'s page suspects `raw` (null: nothing any more). False: malformed. */
export function recordShopSuspect(tabId: number, raw: unknown, now: number): Promise<boolean> {
  const suspect = raw === null ? null : toShopSuspect(raw);
  if (raw !== null && !suspect) return Promise.resolve(false);
  return serially(async () => {
    const all = { ...(await shopSuspectsItem.getValue()) };
    const tab = String(tabId);
    if (suspect) all[tab] = { ...suspect, at: now };
    else if (tab in all) delete all[tab];
    else return true;
    await shopSuspectsItem.setValue(all);
    return true;
  });
}

/**
 * `tabId`'s page took shop `to` showing `buyers`: the tab's suspicion, if it names another shop, is recent and shows
 * that same list, is decided (its records move to `to`) and forgotten. Null: nothing to resume.
 */
export function resumeShopSuspect(db: LedgerDB, tabId: number, to: string, label: string, buyers: readonly string[], now: number): Promise<RefileResult | null> {
  return serially(async () => {
    const all = { ...(await shopSuspectsItem.getValue()) };
    const tab = String(tabId);
    const suspect = all[tab];
    if (!suspect || suspect.from === to) return null;
    delete all[tab];
    await shopSuspectsItem.setValue(all);
    if (now - suspect.at > SUSPECT_RESUME_MS || !sameList(new Set(suspect.buyers), new Set(buyers))) return null;
    return refileShop(db, { from: suspect.from, to, label, since: suspect.since, records: suspect.records }, now);
  });
}

export function forgetShopSuspect(tabId: number): Promise<void> {
  return serially(async () => {
    const all = { ...(await shopSuspectsItem.getValue()) };
    if (!(String(tabId) in all)) return;
    delete all[String(tabId)];
    await shopSuspectsItem.setValue(all);
  });
}
