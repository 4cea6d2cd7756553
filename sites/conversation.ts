// Which conversation the open chat pane is, as the page shows it: DOM reads only. The timers' watcher keys its
// conversations by these reads (content/watcher, utils/buyer-key.ts); the send guard ties a 仍要发送 or a shown
// warning to the conversation it was given in (round 51, guard finding 5), by the same reads where the site adapter
// names the chat, else by the chat header around the composer (chatHeaderKey).
import { buyerIdOfRows } from '../utils/buyer-key';
import type { SiteAdapter } from './types';

/** The open conversation: the header's buyer name and the buyer id its rows name (either may be unknown). */
export interface OpenConversation {
  name: string | null;
  id: string | null;
}

export function normalizeBuyerName(text: string): string {
  return text
    .replace(/下单数\s*[(（]\s*\d+\s*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The open conversation's key: the buyer's name in the chat header (the session cards show the same name). */
export function readCurrentConversation(doc: ParentNode, adapter: SiteAdapter): string | null {
  if (!adapter.chat) return null;
  const el = doc.querySelector(adapter.chat.currentBuyer);
  const name = el ? normalizeBuyerName(el.textContent ?? '') : '';
  return name || null;
}

/** How many of the last rows are read for the buyer id: the newest name the pane's buyer as well as 2,000 would. */
const ID_ROWS = 40;

/**
 * The open pane's conversation where the adapter names the chat: the header's name and the buyer id its rows carry
 * (utils/buyer-key.ts buyerIdOfRows, of the last ID_ROWS rows). Null when it names neither.
 */
export function siteConversation(doc: ParentNode, adapter: SiteAdapter): OpenConversation | null {
  const chat = adapter.chat;
  if (!chat) return null;
  const name = readCurrentConversation(doc, adapter);
  const rows = doc.querySelectorAll(chat.row);
  const read: { id: string; kind: string }[] = [];
  for (let i = rows.length - 1; i >= 0 && read.length < ID_ROWS; i--) {
    const row = rows[i]!;
    if (!row.id || row.closest('[data-replyguard]')) continue;
    read.push({ id: row.id, kind: row.matches(chat.notMe) || row.querySelector(chat.notMe) ? 'in' : 'out' });
  }
  const id = buyerIdOfRows(read);
  return name === null && id === null ? null : { name, id };
}

/** What marks a chat pane's header: the box above the messages naming whom the agent talks to. */
const HEADER_SELECTOR = 'header, [role="banner"], h1, h2, h3, h4, [role="heading"], [class*="header" i]';
/** How far above the composer the header's box may be (the pane, short of <body>). */
const HEADER_DEPTH = 10;
/** A running clock or countdown in a header (12:05, 2分30秒, 3 min) changes while the conversation does not. */
const CLOCK = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d+\s*(?:秒|分钟?|小时|天|s\b|sec|min|h\b)/gi;

/**
 * Where the adapter names no chat (or what it names is not on the page): the text of the chat header nearest the
 * composer — the first header-like element before it in the smallest box above it that has one (its pane). A page
 * that shows one composer for every buyer changes that header when the agent switches buyers. Null when there is none.
 */
export function chatHeaderKey(editor: Element): string | null {
  let box = editor.parentElement;
  for (let depth = 0; box && depth < HEADER_DEPTH; depth++, box = box.parentElement) {
    if (box === editor.ownerDocument.body || box === editor.ownerDocument.documentElement) return null;
    for (const el of box.querySelectorAll(HEADER_SELECTOR)) {
      if (el.contains(editor) || !(el.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (el.closest('[data-replyguard]')) continue;
      const text = (el.textContent ?? '').replace(CLOCK, '').replace(/\s+/g, ' ').trim().slice(0, 120);
      if (text) return text;
    }
  }
  return null;
}

/** The conversation a composer sends to: the adapter's reading, else the chat header around it (name only). */
export function conversationOf(doc: Document, adapter: SiteAdapter | null, editor: Element): OpenConversation | null {
  const site = adapter ? siteConversation(doc, adapter) : null;
  if (site) return site;
  const header = chatHeaderKey(editor);
  return header === null ? null : { name: header, id: null };
}

/**
 * Whether two readings are the same conversation: by buyer id when both rows named one (a header may show the id before the
 * nickname loads), else by name; two pages naming nothing are the same (the guard then forgets on a new composer).
 */
export function sameConversation(a: OpenConversation | null, b: OpenConversation | null): boolean {
  if (a?.id && b?.id) return a.id === b.id;
  return (a?.name ?? null) === (b?.name ?? null);
}
