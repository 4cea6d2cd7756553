// Round 53 (rt52 F1): what tells a shop switch from a decoration in the header is the conversation list: a switch
// replaces the session cards and the open chat's rows along with the name (content/watcher/shop.ts ShopFollower).
import type { SiteAdapter } from '../../sites/types';
import { findRows } from './rows';
import { hashText } from './message-id';
import { readSessionCards } from './sessions';

/** At most this many chat rows (the last ones): enough to tell, cheap on a 2,000-row chat read every second. */
const MAX_ROWS = 40;

/**
 * Ids of what the page shows: each session card (its buyer and a hash of its last message: a sister shop's card for
 * the same buyer differs) and the open chat's last rows (their ids, else a hash of their text). Only compared, kept
 * in memory for a few seconds, never stored.
 */
export function listIds(doc: ParentNode, adapter: SiteAdapter): string[] {
  const ids = readSessionCards(doc, adapter).map((c) => `card:${c.conv}:${c.lastMessageHash}`);
  if (adapter.chat) {
    for (const row of findRows(doc, adapter.chat).slice(-MAX_ROWS)) {
      ids.push(row.id ? `row:${row.id}` : `text:${hashText(row.textContent ?? '')}`);
    }
  }
  return ids;
}
