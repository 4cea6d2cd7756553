// Round 57 (rt54 F4): a page reloaded before a shop switch was decided (B's list shown under A's header, B's records
// filed under A meanwhile) left B's records under A as well as under B. Each tab's page tells the worker what it
// suspects (utils/shop-suspect.ts); kept here per tab in storage.session (gone with the browser; keys, ids, hashes
// and times only). When a page of that tab takes ANOTHER shop whose list shows as good as the same buyers, the
// switch the reload cut short is decided: the records filed under the old shop since the replacement move to the new
// one (ledger/refile.ts, as round 54 does live). Round 58: a page taking the same shop again keeps it while it shows the
// suspected list (its header lags: the page follows it, ShopFollower.resumeSuspicion, and resumes once the header
// names the other shop); showing another list (the shop's own), the page really is that shop: the suspicion is dropped.
import { sessionItem } from '../utils/local-item';
import { serialQueue } from '../utils/serial-queue';
import { splitShopKey } from '../utils/buyer-key';
import { MAX_SUSPECT_RECORDS, sameList, SUSPECT_RESUME_MS, toShopSuspect, type FiledRef, type PendingSuspect, type ShopSuspect } from '../utils/shop-suspect';
import type { LedgerDB } from './ledger/db';
import { refileShop, type RefileResult } from './ledger/refile';

/** `at`: when the page last told it; `resumed`: kept for a reloaded page (round 58), whose telling does not prolong it. */
export const shopSuspectsItem = sessionItem<Record<string, ShopSuspect & { at: number; resumed?: boolean }>>('shop-suspects', {});

// Read-modify-write: one at a time.
const serially = serialQueue();

/** `tabId`'s page suspects `raw` (null: nothing any more). False: malformed. */
export function recordShopSuspect(tabId: number, raw: unknown, now: number): Promise<boolean> {
  const suspect = raw === null ? null : toShopSuspect(raw);
  if (raw !== null && !suspect) return Promise.resolve(false);
  return serially(async () => {
    const all = { ...(await shopSuspectsItem.getValue()) };
    const tab = String(tabId);
    const saved = all[tab];
    if (suspect && saved && saved.from === suspect.from && saved.since === suspect.since) {
      // Round 58: the reloaded page tells what it filed since; what the page before it told stays, and so does the expiry.
      // Round 65: so do the records the worker noted as it filed them (noteSuspectFiled), whatever page told last.
      const records = mergedRecords(saved.records, suspect.records);
      all[tab] = saved.resumed ? { ...suspect, records, at: saved.at, resumed: true } : { ...suspect, records, at: now };
    } else if (suspect) all[tab] = { ...suspect, at: now };
    else if (tab in all) delete all[tab];
    else return true;
    await shopSuspectsItem.setValue(all);
    return true;
  });
}

const mergedRecords = (kept: readonly FiledRef[], added: readonly FiledRef[]): FiledRef[] =>
  [...new Map([...kept, ...added].map((r) => [`${r.kind}\u0001${r.conv}\u0001${r.id}`, r])).values()].slice(0, MAX_SUSPECT_RECORDS);

/**
 * Round 65 (timers65): records the worker just stored from `tabId`'s page under the shop that tab's suspicion is
 * from join its records as they are stored. The page tells its records once a second (content/watcher/shop-suspect.ts):
 * what it filed in the second before a reload was never told, and stayed under the old shop once the reloaded page
 * decided the switch (a session card held back for its countdown's next write, countdown-writes.ts, was filed just
 * then, and the reloaded page's own sighting of it was kept as the same wait, not as a record of its own).
 */
export function noteSuspectFiled(tabId: number, stored: readonly FiledRef[]): Promise<void> {
  if (!stored.length) return Promise.resolve();
  return serially(async () => {
    const all = { ...(await shopSuspectsItem.getValue()) };
    const tab = String(tabId);
    const saved = all[tab];
    const filed = saved ? stored.filter((r) => splitShopKey(r.conv).shop === saved.from) : [];
    if (!saved || !filed.length) return;
    all[tab] = { ...saved, records: mergedRecords(saved.records, filed) };
    await shopSuspectsItem.setValue(all);
  });
}

/**
 * `tabId`'s page took shop `to` showing `buyers`: the tab's suspicion, if it names another shop, is recent and shows
 * that same list, is decided (its records move to `to`) and forgotten. Round 58: naming the same shop, recent and
 * showing that same list (the header lags after the reload), it is kept and `pending` tells the page to follow it;
 * otherwise forgotten (the page shows the shop's own list). Null: nothing to resume.
 */
export function resumeShopSuspect(
  db: LedgerDB,
  tabId: number,
  to: string,
  label: string,
  buyers: readonly string[],
  now: number,
): Promise<{ refiled: RefileResult | null } | { pending: PendingSuspect } | null> {
  return serially(async () => {
    const all = { ...(await shopSuspectsItem.getValue()) };
    const tab = String(tabId);
    const suspect = all[tab];
    if (!suspect) return null;
    const until = suspect.at + SUSPECT_RESUME_MS;
    const shown = now <= until && sameList(new Set(suspect.buyers), new Set(buyers));
    if (suspect.from === to && shown) {
      all[tab] = { ...suspect, resumed: true };
      await shopSuspectsItem.setValue(all);
      return { pending: { since: suspect.since, until } };
    }
    delete all[tab];
    await shopSuspectsItem.setValue(all);
    if (suspect.from === to || !shown) return null;
    return { refiled: await refileShop(db, { from: suspect.from, to, label, since: suspect.since, records: suspect.records }, now) };
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
