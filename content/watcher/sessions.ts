// Reads the session list: one card per buyer with the platform's own reply countdown
// ("X分Y秒后超时", "N秒后超时", "已超时"). The workbench counts 3 minutes from the buyer's message
// (../shared/notes/workbench-and-metrics.md §4), so a card that shows a countdown tells when a buyer
// of a conversation that is not open started waiting.
import type { SiteAdapter } from '../../sites/types';
import { hashText } from './message-id';
import { normalizeBuyerName } from './rows';

/** The platform's own deadline: 3 minutes after the buyer's message. */
export const PLATFORM_LIMIT_MS = 180_000;

export type CardWaiting =
  /** "X分Y秒后超时": the platform's deadline is known to the second. */
  | { state: 'countdown'; remainingMs: number }
  /** "已超时": past the platform's 3 minutes, by an unknown amount. */
  | { state: 'overdue' }
  | { state: 'none' };

export interface SessionCard {
  element: Element;
  conv: string;
  waiting: CardWaiting;
  /** Round 64: the element showing the countdown and its text as read (countdown-writes.ts tells when it was written). */
  timeout: Element | null;
  timeoutText: string;
  /** Hash of the last-message preview: a change tells that something new was said. */
  lastMessageHash: string;
  /** The last-message preview (kept on the page only: it tells which buyer a card cut short is, cut-cards.ts). */
  lastMessage: string;
  /** The preview is a system notice (e.g. 「客服超时未回复，会话关闭」), not anybody's message. */
  lastMessageIgnored: boolean;
  /** No countdown, and the time slot shows something else (the last message's "HH:mm"): answered. */
  showsAnswered: boolean;
  active: boolean;
}

const COUNTDOWN = /(?:(\d+)\s*分(?:钟)?)?\s*(?:(\d+)\s*秒)?\s*后超时/;

export function parseTimeoutText(text: string): CardWaiting {
  const clean = text.replace(/\s+/g, '');
  if (clean.includes('已超时')) return { state: 'overdue' };
  const m = COUNTDOWN.exec(clean);
  if (m && (m[1] !== undefined || m[2] !== undefined)) {
    return { state: 'countdown', remainingMs: (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000 };
  }
  return { state: 'none' };
}

export function readSessionCards(doc: ParentNode, adapter: SiteAdapter): SessionCard[] {
  const s = adapter.sessions;
  if (!s) return [];
  const cards: SessionCard[] = [];
  const active = new Set(doc.querySelectorAll(s.active));
  for (const element of doc.querySelectorAll(s.card)) {
    if (element.closest('[data-replyguard]')) continue;
    const nameEl = element.querySelector(s.name);
    const conv = normalizeBuyerName(nameEl?.textContent ?? '');
    if (!conv) continue;
    const timeoutElement = element.querySelector(s.timeout);
    const timeout = timeoutElement?.textContent ?? '';
    const last = (element.querySelector(s.lastMessage)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Round 62: parsed once (it was parsed again for `showsAnswered`: 1,000 parses a read of 500 cards, two reads a second).
    const waiting = parseTimeoutText(timeout);
    cards.push({
      element,
      conv,
      waiting,
      timeout: timeoutElement,
      timeoutText: timeout,
      lastMessageHash: hashText(last),
      lastMessage: last,
      lastMessageIgnored: !!adapter.ignoredTexts?.some((t) => last.includes(t)),
      showsAnswered: waiting.state === 'none' && /\d{1,2}:\d{2}/.test(timeout),
      active: active.has(element) || element.classList.contains('active'),
    });
  }
  return cards;
}
