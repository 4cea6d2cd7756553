// Round 54 (rt53 F1, listfirst): shop B's list replaced A's a few seconds before the header named B, and what the
// watcher filed meanwhile went under A. Once the switch is decided (ShopFollower.refileSince), those records are
// asked to move to B (background/ledger/refile.ts), sent again until the background takes them (a worker stopped or
// restarting): the ledger keeps them meanwhile, so nothing is lost, and the move is idempotent.
import { isTaken, sendToBackground, type ChatEvent, type ToBackground } from '../../utils/messages';
import type { PageShop } from './shop';
import type { FiledRecord } from './index';
import type { Observed } from './tracker';
import { shopKey } from '../../utils/buyer-key';
import { normalizeBuyerName } from '../../sites/conversation';

const RETRY_MS = 2000;
const MAX_TRIES = 30;

export function refileUnder(from: PageShop, to: PageShop, since: number, records: readonly FiledRecord[], signal: AbortSignal): void {
  const mine = records.filter((r) => r.conv.startsWith('shop:'));
  if (!mine.length) return;
  const request: Extract<ToBackground, { type: 'refile-shop' }> = { type: 'refile-shop', from: from.ref, to: to.ref, label: to.label, since, records: [...mine] };
  let tries = 0;
  const attempt = async () => {
    if (signal.aborted) return;
    if (isTaken(await sendToBackground(request)) || ++tries >= MAX_TRIES) return;
    setTimeout(() => void attempt(), RETRY_MS);
  };
  void attempt();
}

/**
 * Round 55 (rt54 F3, header first): shop B's name showed a few seconds before its list, and what the page showed
 * meanwhile was still shop A's (its cards, its open chat). Of what the watcher held then, the events of buyers A's
 * cards showed and B's list does not (ShopFollower.keptBefore) are split off here, to be filed under A; the rest goes
 * on to B. A buyer both lists show stays with B (never move what B's list showed).
 */
export function splitKept(held: Observed | undefined, buyers: ReadonlySet<string>): { kept: Observed; rest: Observed | undefined } {
  const kept: Observed = { messages: [], ratings: [] };
  if (!held) return { kept, rest: held };
  const rest: Observed = { messages: [], ratings: [] };
  const shown = shownIn(buyers);
  for (const e of held.messages) (shown(e) ? kept : rest).messages.push(e);
  for (const e of held.ratings) (buyers.has(e.conv) ? kept : rest).ratings.push(e);
  return { kept, rest };
}

/** Whether an event is of a buyer of `buyers` (splitKept). The cards name buyers by nickname; a chat's rows may key them by buyer id, with the nickname alongside. */
export const shownIn =
  (buyers: ReadonlySet<string>) =>
  (e: Pick<ChatEvent, 'conv' | 'buyerName'>): boolean =>
    buyers.has(e.conv) || (!!e.buyerName && buyers.has(normalizeBuyerName(e.buyerName)));

/** Files `observed` (held by a watcher, keys without a shop) under `shop`, sent again until the background takes it. */
export function fileUnder(shop: PageShop, observed: Observed, signal: AbortSignal): void {
  const requests: ToBackground[] = [];
  if (observed.messages.length) requests.push({ type: 'chat-events', events: observed.messages.map((e) => ({ ...e, conv: shopKey(shop.ref, e.conv), shop: shop.label })) });
  for (const e of observed.ratings) requests.push({ type: 'rating', event: { ...e, conv: shopKey(shop.ref, e.conv) } });
  for (const request of requests) {
    let tries = 0;
    const attempt = async () => {
      if (signal.aborted) return;
      if (isTaken(await sendToBackground(request)) || ++tries >= MAX_TRIES) return;
      setTimeout(() => void attempt(), RETRY_MS);
    };
    void attempt();
  }
}
