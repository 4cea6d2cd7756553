// The demo workbench's state: conversations and their messages, with no DOM. The view renders it;
// the simulation, the control panel, URL parameters and `window.demo` all change it through
// WorkbenchStore, which tells the view what changed.
import { PERSONAS, PRODUCTS, ORDER_STATES, type Persona, type Rating } from './data';
import { PLATFORM_REPLY_LIMIT_MS } from './time';
import { randomInt, seededRandom } from './random';

/**
 * What a row is. Only `text` rows are consultations (buyer) or replies (agent); every other kind
 * is a card or a system row that, like on the real platform, neither starts nor stops a countdown.
 */
export type MessageKind =
  | 'text' // a chat bubble, buyer or agent
  | 'order' // buyer sent an order card (kwaishop-cs-BizOrderCard)
  | 'textCard' // seller-side text card, e.g. an address check (kwaishop-cs-BizTextCard)
  | 'system' // middle row: [系统消息]…, 会话关闭…
  | 'notice' // middle row: 【防诈贴士】 (kwaishop-cs-BizNoticeCard)
  | 'buyerFrom' // middle row: 当前用户来自… (kwaishop-cs-bizBuyerFromCard)
  | 'invite' // middle row: 评价邀请 (kwaishop-cs-BizTextCard)
  | 'rating'; // middle row: 用户已经评价：满意|一般|失望

export type Side = 'buyer' | 'agent' | 'middle';

export interface ChatMessage {
  /** Unique on the page; the row id is `0_<buyerId>_<seq>`. */
  seq: number;
  kind: MessageKind;
  side: Side;
  text: string;
  /** Epoch ms. */
  ts: number;
  rating?: Rating;
  /** For `order` cards: index into the conversation's orders. */
  order?: number;
  /** Sent through the composer by the agent (what `demo.sent()` lists). */
  viaComposer?: boolean;
}

export interface Order {
  id: string;
  product: number;
  state: (typeof ORDER_STATES)[number];
  first: boolean;
  placedAt: number;
}

export interface Conversation {
  /** The buyer id (numeric string, like the real one). */
  id: string;
  name: string;
  persona: Persona;
  messages: ChatMessage[];
  orders: Order[];
  /** Next persona question the simulation will ask. */
  nextQuestion: number;
  unread: number;
  /** Creation order, 1-based: `?msg=2:…` addresses the second conversation. */
  index: number;
}

export type Group = 'pending' | 'timeout' | 'replied';

export const GROUP_NAMES: Record<Group, string> = {
  pending: '请在3分钟内回复',
  timeout: '已超时',
  replied: '已回复',
};

/** When the buyer started waiting: their oldest text after the agent's last text, or null. */
export function waitingSince(conversation: Conversation): number | null {
  let since: number | null = null;
  for (const message of conversation.messages) {
    if (message.kind !== 'text') continue;
    if (message.side === 'buyer') since ??= message.ts;
    else if (message.side === 'agent') since = null;
  }
  return since;
}

export function platformDeadline(conversation: Conversation): number | null {
  const since = waitingSince(conversation);
  return since === null ? null : since + PLATFORM_REPLY_LIMIT_MS;
}

export function groupOf(conversation: Conversation, now: number): Group {
  const deadline = platformDeadline(conversation);
  if (deadline === null) return 'replied';
  return deadline > now ? 'pending' : 'timeout';
}

export function lastMessage(conversation: Conversation): ChatMessage | undefined {
  return conversation.messages[conversation.messages.length - 1];
}

export function lastActivity(conversation: Conversation): number {
  return lastMessage(conversation)?.ts ?? 0;
}

/** The one-line preview on a session card. */
export function previewText(message: ChatMessage | undefined): string {
  if (!message) return '';
  switch (message.kind) {
    case 'text':
      return message.text.replace(/\s+/g, ' ');
    case 'order':
      return '[订单]';
    case 'textCard':
      return '[卡片消息]';
    case 'invite':
      return '[评价邀请]';
    case 'rating':
      return '[用户已经评价]';
    case 'notice':
      return '[防诈贴士]';
    case 'buyerFrom':
      return '[买家来源]';
    case 'system':
      return message.text.startsWith('[') ? message.text : `[系统消息] ${message.text}`;
  }
}

/** A buyer id that depends only on the seed and the buyer's position. */
export function buyerIdFor(seed: number, index: number, nickname?: string): string {
  // A buyer named by the script keeps one id in every tab, whatever its place in the list (as a real
  // buyer does); two named differently never share one (the extension keys conversations by it).
  let named = 0;
  for (const ch of nickname ?? '') named = (Math.imul(named, 31) + ch.charCodeAt(0)) >>> 0;
  const random = seededRandom(nickname ? seed * 7919 + 1_000_003 + (named % 1_000_000_007) : seed * 7919 + index);
  return String(randomInt(random, 2_100_000_000, 2_199_999_999));
}

export type StoreEvent =
  | { type: 'conversation'; conversation: Conversation }
  | { type: 'message'; conversation: Conversation; message: ChatMessage };

export class WorkbenchStore {
  readonly conversations = new Map<string, Conversation>();
  private seq = 0;
  private readonly listeners = new Set<(event: StoreEvent) => void>();

  constructor(readonly seed: number) {}

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StoreEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  list(): Conversation[] {
    return [...this.conversations.values()];
  }

  /** A new buyer; a persona from the script unless a nickname is given. */
  addBuyer(nickname?: string, now = Date.now()): Conversation {
    const index = this.conversations.size + 1;
    const persona: Persona = PERSONAS[(index - 1) % PERSONAS.length]!;
    const random = seededRandom(this.seed * 31 + index);
    const conversation: Conversation = {
      id: buyerIdFor(this.seed, index, nickname),
      name: nickname ?? (index > PERSONAS.length ? `${persona.nickname}${index}` : persona.nickname),
      persona,
      messages: [],
      orders: [],
      nextQuestion: 0,
      unread: 0,
      index,
    };
    const orderCount = randomInt(random, 0, 2);
    for (let n = 0; n < orderCount; n++) {
      conversation.orders.push({
        id: `24${String(randomInt(random, 10_000_000, 99_999_999))}${String(randomInt(random, 100_000, 999_999))}`,
        product: n === 0 ? persona.product : randomInt(random, 0, PRODUCTS.length - 1),
        state: ORDER_STATES[randomInt(random, 0, ORDER_STATES.length - 1)]!,
        first: n === orderCount - 1,
        placedAt: now - randomInt(random, 1, 20) * 86_400_000 - randomInt(random, 0, 86_399) * 1000,
      });
    }
    this.conversations.set(conversation.id, conversation);
    this.emit({ type: 'conversation', conversation });
    return conversation;
  }

  /**
   * Finds a conversation by buyer id, exact nickname, or 1-based position ("2"), in that order.
   * Returns undefined when nothing matches.
   */
  find(ref: string | number): Conversation | undefined {
    const key = String(ref).trim();
    const byId = this.conversations.get(key);
    if (byId) return byId;
    const list = this.list();
    const byName = list.find((conversation) => conversation.name === key);
    if (byName) return byName;
    if (/^\d{1,3}$/.test(key)) return list.find((conversation) => conversation.index === Number(key));
    return undefined;
  }

  /** Like find(), but an unknown nickname becomes a new buyer (so scripts can name buyers freely). */
  findOrCreate(ref: string | number, now = Date.now()): Conversation {
    const found = this.find(ref);
    if (found) return found;
    const name = String(ref).trim();
    if (!name || /^\d{1,3}$/.test(name)) throw new Error(`没有第 ${name} 个会话 / no conversation #${name}`);
    return this.addBuyer(name, now);
  }

  add(conversation: Conversation, message: Omit<ChatMessage, 'seq'>): ChatMessage {
    const full: ChatMessage = { ...message, seq: ++this.seq };
    // Keep rows in time order: a message "N seconds ago" lands where it belongs.
    let at = conversation.messages.length;
    while (at > 0 && conversation.messages[at - 1]!.ts > full.ts) at--;
    conversation.messages.splice(at, 0, full);
    this.emit({ type: 'message', conversation, message: full });
    return full;
  }
}
