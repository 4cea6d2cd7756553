// Round 49: which buyer a session card showing the nickname cut short (「日本直邮爱好者小…」) is. Round 48 took it for the
// one full nickname the page showed that starts alike; but a cut name matching a full name does not prove it is that
// buyer. The card is that buyer's only when what it shows agrees with what the page knows of that chat.
import { untruncatedName } from '../../utils/buyer-key';
import type { CardWaiting } from './sessions';

/** What the page knows of a chat it showed (its rows as last read). */
export interface ChatState {
  /** The buyer's rows after the agent's last reply (their texts, oldest first): empty when answered. */
  unanswered: string[];
}

/** The chat state of rows in page order (system rows and replies shown as not sent answer nothing). */
export function chatStateOf(rows: readonly { kind: 'in' | 'out' | 'system'; text: string; failed?: boolean }[]): ChatState {
  let unanswered: string[] = [];
  for (const row of rows) {
    if (row.kind === 'in') unanswered.push(row.text);
    else if (row.kind === 'out' && !row.failed) unanswered = [];
  }
  return { unanswered };
}

const norm = (text: string) => text.replace(/\s+/g, '').replace(/(?:…|\.{3}|。。。)$/, '');

/** The card's preview may be one of these buyer messages (a preview cut short, or a placeholder like 「[图片]」, may be). */
export function previewFits(preview: string, texts: readonly string[]): boolean {
  const p = norm(preview);
  if (!p || /^\[[^\]]{1,8}\]/.test(p)) return true;
  return texts.some((t) => {
    const n = norm(t);
    return !n || n.includes(p) || p.includes(n);
  });
}

/** Whether the card may be that chat's buyer: counting while that chat waits on a message it may show, or not counting while it is answered. */
export function agreesWithChat(card: { waiting: CardWaiting; lastMessage: string }, state: ChatState): boolean {
  if (card.waiting.state === 'none') return state.unanswered.length === 0;
  return state.unanswered.length > 0 && previewFits(card.lastMessage, state.unanswered);
}

export interface CutCardInput {
  conv: string;
  waiting: CardWaiting;
  lastMessage: string;
}

/**
 * The full nickname the cut card `card` stands for, or null: it is another buyer (or unknown), kept under its cut name.
 * `known`: the full nicknames the page showed; `states`: what the page knows of their chats (by nickname);
 * `cards`: every card of the list (a full-named card of that buyer listed too means the cut one is someone else's);
 * `before`: what this card was taken for while it counted down (it keeps that when it stops, so its answer goes where
 * its countdown went).
 */
export function cutCardOwner(
  card: CutCardInput,
  known: readonly string[],
  states: ReadonlyMap<string, ChatState>,
  cards: readonly { conv: string }[],
  before?: string | null,
): string | null {
  const full = untruncatedName(card.conv, known);
  if (!full) return null;
  if (cards.some((c) => c.conv === full)) return null;
  // A card that stopped counting keeps what it was taken for while it counted.
  if (card.waiting.state === 'none' && before !== undefined) return before;
  // Waiting: that buyer's chat must have a buyer message unanswered, one the card's preview may show. Not counting:
  // that chat must not be waiting either (else the card would stop a waiting buyer's timer).
  const state = states.get(full);
  return state && agreesWithChat(card, state) ? full : null;
}
