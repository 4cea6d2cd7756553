// Round 57 (rt54 F4): shop B's conversation list replaced A's under A's unchanged header, and the watcher filed B's
// records under A until the header named B (round 54 moves them then, content/watcher/refile.ts). A page reloaded
// before that decision forgot it, so B's records stayed under A as well as under B. The page now tells the worker, per
// tab, what it suspects (a 'shop-suspect' message: the shop taken, since when, hashes of the new list's buyers, the
// records filed since: keys, ids and times, never message text), kept in storage.session (background/shop-suspects.ts);
// a page of that tab that takes another shop showing that same list resumes the decision ('shop-resume').

/** Buyer hashes and filed records are bounded (a list of hundreds of cards; what 30 s of filing can hold). */
export const MAX_SUSPECT_BUYERS = 500;
export const MAX_SUSPECT_RECORDS = 2000;
/** How long after the page last told it a suspicion may be resumed (a workbench reloading on a loaded PC). */
export const SUSPECT_RESUME_MS = 120_000;

export interface FiledRef {
  conv: string;
  id: string;
  kind: 'message' | 'rating';
}

/** What a page suspects: its list replaced under the taken shop's name since `since` (Date.now ms). */
export interface ShopSuspect {
  from: string;
  since: number;
  /** Hashes of the buyers the new list shows. */
  buyers: string[];
  /** What the page filed under `from` since then (its keys as filed, shop included). */
  records: FiledRef[];
}

/**
 * Round 58 (timers57 left): a reloaded page took the suspected shop again while showing the suspected list (its header
 * lags): the worker keeps the suspicion, and the page follows it from `since` until `until` (Date.now ms; the saved
 * suspicion's own expiry, not prolonged by the reload), so that the header naming another shop later decides it.
 */
export interface PendingSuspect {
  since: number;
  until: number;
}

/**
 * Round 55 (rt55 F1/F2): `a` and `b` show as good as the same buyers: most of each is on the other (a list that
 * gained or lost a card meanwhile is still the same list; a search showing one or two of them is not).
 */
export function sameList(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (!a.size || !b.size) return false;
  const shared = [...a].filter((x) => b.has(x)).length;
  return shared * 2 > a.size && shared * 2 > b.size;
}

const isText = (v: unknown, max = 300): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isHashes = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_SUSPECT_BUYERS && v.every((h) => isText(h, 40));

/** A well-formed suspicion from a content script, or null. */
export function toShopSuspect(raw: unknown): ShopSuspect | null {
  const s = raw as Partial<ShopSuspect> | null;
  if (!s || typeof s !== 'object' || !isText(s.from) || typeof s.since !== 'number' || !Number.isFinite(s.since) || !isHashes(s.buyers)) return null;
  if (!Array.isArray(s.records) || s.records.length > MAX_SUSPECT_RECORDS) return null;
  const records = s.records.filter((r): r is FiledRef => !!r && isText(r.conv) && isText(r.id) && (r.kind === 'message' || r.kind === 'rating'));
  if (records.length !== s.records.length) return null;
  return { from: s.from, since: s.since, buyers: [...s.buyers], records: records.map(({ conv, id, kind }) => ({ conv, id, kind })) };
}
