// Round 54 (rt53 F1, listfirst): shop B's list replaced A's a few seconds before the header named B, and what the
// watcher filed meanwhile went under A. Once the switch is decided (ShopFollower.refileSince), those records are
// asked to move to B (background/ledger/refile.ts), sent again until the background takes them (a worker stopped or
// restarting): the ledger keeps them meanwhile, so nothing is lost, and the move is idempotent.
import { isTaken, sendToBackground, type ToBackground } from '../../utils/messages';
import type { PageShop } from './shop';
import type { FiledRecord } from './index';

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
