// Round 57 (rt54 F4), the page's side: while ShopFollower suspects its list was replaced under the taken shop's name,
// the worker is told (per tab, background/shop-suspects.ts) since when and what was filed meanwhile, so that a reload
// before the header decides does not forget it; the page that loads then, once it takes its shop, asks the worker to
// resume (utils/shop-suspect.ts). Hashes of the buyers only; records as keys, ids and kinds.
import { isTaken, sendToBackground } from '../../utils/messages';
import { MAX_SUSPECT_BUYERS, MAX_SUSPECT_RECORDS, type FiledRef, type PendingSuspect, type ShopSuspect } from '../../utils/shop-suspect';
import { hashText } from './message-id';
import type { PageShop } from './shop';

/** The buyers (card ids, `card:<buyer>`) as the worker compares them: hashed, sorted, bounded. */
export const buyerHashes = (buyers: Iterable<string>): string[] => [...new Set([...buyers].map(hashText))].sort().slice(0, MAX_SUSPECT_BUYERS);

export interface SuspicionSource {
  shop: PageShop | null;
  suspected: { since: number; buyers: ReadonlySet<string> } | null;
  /** Looks at the page's list now (ShopFollower.look), so that `suspected` is up to date. */
  look?(): void;
}

export class SuspicionReporter {
  /** The suspicion as last taken by the worker (its JSON), null: none told. */
  #told: string | null = null;
  #sending = false;
  /** Round 69: a tick came while a send was in flight: it is told (the latest) as soon as that send ends. */
  #owed = false;
  /** What was filed under the suspected shop since the replacement (the watcher remembers only 30 s of it). */
  #records = new Map<string, FiledRef>();
  #key: string | null = null;

  constructor(
    private readonly follower: SuspicionSource,
    private readonly filedSince: (at: number) => readonly FiledRef[],
    private readonly send: typeof sendToBackground = sendToBackground,
  ) {}

  /** Called every shop check (1 s) and before each filing: tells the worker when the suspicion starts, grows or ends. */
  tick(): void {
    const shop = this.follower.shop;
    const s = this.follower.suspected;
    let suspect: ShopSuspect | null = null;
    if (shop && s) {
      const key = `${shop.ref}\u0001${s.since}`;
      if (key !== this.#key) this.#records.clear();
      this.#key = key;
      for (const r of this.filedSince(s.since)) if (r.conv.startsWith('shop:') && this.#records.size < MAX_SUSPECT_RECORDS) this.#records.set(`${r.kind}\u0001${r.conv}\u0001${r.id}`, r);
      suspect = { from: shop.ref, since: s.since, buyers: buyerHashes(s.buyers), records: [...this.#records.values()] };
    } else {
      this.#key = null;
      this.#records.clear();
    }
    const json = suspect ? JSON.stringify(suspect) : null;
    // Round 69 (timers69): one send at a time (an older one must not land after a newer), but what a tick finds meanwhile
    // is owed, not dropped: skipped, it waited for the next check (a second), or for ever if the page unloaded first.
    if (this.#sending) {
      this.#owed = true;
      return;
    }
    if (json === this.#told) return;
    this.#sending = true;
    void this.send({ type: 'shop-suspect', suspect }).then((reply) => {
      this.#sending = false;
      if (isTaken(reply)) this.#told = json;
      if (this.#owed) {
        this.#owed = false;
        this.tick();
      }
    });
  }

  /**
   * Round 68 (timers68): right before the page files what it read (the watcher's beforeFiling): the list looked at
   * now and a suspicion found told at once, ahead of the records. The worker then joins those records to it as it
   * stores them (noteSuspectFiled), and a reload in the same second no longer leaves them under the old shop.
   */
  beforeFiling(): void {
    this.follower.look?.();
    this.tick();
  }

  /**
   * The page took its first shop since it loaded (a reload, perhaps mid-switch), or (round 58) another shop while
   * following a resumed suspicion: the worker may resume a suspicion. Resolves to the suspicion the page is to follow
   * when the worker kept it for this same shop (a header lagging after the reload), else null.
   */
  async resume(shop: PageShop, buyers: Iterable<string>): Promise<PendingSuspect | null> {
    const reply = await this.send({ type: 'shop-resume', to: shop.ref, label: shop.label, buyers: buyerHashes(buyers) });
    const pending = (reply as { pending?: PendingSuspect } | undefined)?.pending;
    return isTaken(reply) && pending && Number.isFinite(pending.since) && Number.isFinite(pending.until) ? { since: pending.since, until: pending.until } : null;
  }
}
