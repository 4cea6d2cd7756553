// The left column: session groups 「请在3分钟内回复」, 「已超时」, 「已回复」 with their cards, as on
// the real workbench (.SessionListGroup / .SessionListGroupItem / .SessionStarCard > .SessionBaseCard).
// Card elements persist and only their text changes each second, like a framework re-render;
// a card moves between groups when its buyer's state changes.
import { avatar, h } from '../dom';
import {
  GROUP_NAMES,
  groupOf,
  lastActivity,
  lastMessage,
  platformDeadline,
  previewText,
  waitingSince,
  type Conversation,
  type Group,
  type WorkbenchStore,
} from './model';
import { clockTime, platformCountdown } from './time';

const GROUP_ORDER: readonly Group[] = ['pending', 'timeout', 'replied'];

interface CardParts {
  star: HTMLElement;
  base: HTMLElement;
  name: HTMLElement;
  time: HTMLElement;
  last: HTMLElement;
  unread: HTMLElement;
}

interface GroupParts {
  section: HTMLElement;
  count: HTMLElement;
  cards: HTMLElement;
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

export class SessionList {
  private readonly cards = new Map<string, CardParts>();
  private readonly groups = {} as Record<Group, GroupParts>;
  /** Conversations in the order the list shows them, top first. */
  displayed: Conversation[] = [];

  constructor(
    container: HTMLElement,
    private readonly store: WorkbenchStore,
    private readonly onOpen: (conversation: Conversation) => void,
    private readonly onCount: (total: number) => void,
  ) {
    for (const group of GROUP_ORDER) {
      const section = h('div', 'SessionListGroup');
      section.dataset.group = group;
      const header = h('div', 'SessionListGroupItem');
      const title = h('div', 'SessionListGroupItem-title');
      title.tabIndex = 0;
      title.setAttribute('role', 'button');
      title.setAttribute('aria-expanded', 'true');
      const arrow = h('span', 'SessionListGroupItem-arrow', '▾');
      arrow.setAttribute('aria-hidden', 'true');
      const count = h('span', 'SessionListGroupItem-count', '(0)');
      title.append(arrow, h('span', 'SessionListGroupItem-groupName', GROUP_NAMES[group]), count);
      const toggle = (): void => {
        const collapsed = section.classList.toggle('collapsed');
        title.setAttribute('aria-expanded', String(!collapsed));
      };
      title.addEventListener('click', toggle);
      title.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle();
        }
      });
      header.append(title);
      const folder = h('div', 'SessionListGroup-FolderSessions');
      const cards = h('div', 'ant-checkbox-group');
      folder.append(cards);
      section.append(header, folder);
      container.append(section);
      this.groups[group] = { section, count, cards };
    }
  }

  private card(conversation: Conversation): CardParts {
    const existing = this.cards.get(conversation.id);
    if (existing) return existing;
    const star = h('div', 'SessionStarCard');
    const base = h('div', 'SessionBaseCard');
    base.tabIndex = 0;
    base.setAttribute('role', 'button');
    const content = h('div', 'SessionBaseCard-content');
    const top = h('div', 'SessionBaseCard-topHead');
    const name = h('span', 'SessionBaseCard-topHeadName', conversation.name);
    const time = h('span', 'SessionBaseCard-topHeadTime');
    top.append(name, time);
    const bottom = h('div', 'SessionBaseCard-bottom');
    const last = h('div', 'SessionBaseCard-lastMessage');
    const unread = h('span', 'SessionBaseCard-unread');
    bottom.append(last, unread);
    content.append(top, bottom);
    const tags = h('div', 'SessionStarCard-TagWrap');
    if (conversation.orders.length > 0) tags.append(h('span', 'SessionStarCard-tag', `下单数(${conversation.orders.length})`));
    base.append(avatar(conversation.name, 'SessionBaseCard-avatar'), content);
    star.append(base, tags);
    base.addEventListener('click', () => this.onOpen(conversation));
    base.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.onOpen(conversation);
      }
    });
    const parts = { star, base, name, time, last, unread };
    this.cards.set(conversation.id, parts);
    return parts;
  }

  /** Brings every card, count and countdown up to date for `now`. */
  render(now: number, activeId: string | null): void {
    const byGroup: Record<Group, Conversation[]> = { pending: [], timeout: [], replied: [] };
    for (const conversation of this.store.list()) byGroup[groupOf(conversation, now)].push(conversation);
    // Most urgent first while waiting; most recent first once answered.
    const since = (conversation: Conversation): number => waitingSince(conversation) ?? 0;
    byGroup.pending.sort((a, b) => since(a) - since(b));
    byGroup.timeout.sort((a, b) => since(a) - since(b));
    byGroup.replied.sort((a, b) => lastActivity(b) - lastActivity(a));

    this.displayed = GROUP_ORDER.flatMap((group) => byGroup[group]);
    for (const group of GROUP_ORDER) {
      const parts = this.groups[group];
      const conversations = byGroup[group];
      setText(parts.count, `(${conversations.length})`);
      parts.section.classList.toggle('empty', conversations.length === 0);
      const stars = conversations.map((conversation) => this.updateCard(conversation, group, now, activeId));
      const current = [...parts.cards.children];
      if (current.length !== stars.length || stars.some((star, i) => current[i] !== star)) parts.cards.replaceChildren(...stars);
    }
    this.onCount(this.store.conversations.size);
  }

  private updateCard(conversation: Conversation, group: Group, now: number, activeId: string | null): HTMLElement {
    const parts = this.card(conversation);
    const deadline = platformDeadline(conversation);
    const last = lastMessage(conversation);
    setText(parts.time, deadline !== null ? platformCountdown(deadline, now) : last ? clockTime(last.ts) : '');
    parts.time.classList.toggle('is-urgent', group !== 'replied');
    setText(parts.last, previewText(last));
    setText(parts.unread, conversation.unread > 0 ? String(conversation.unread) : '');
    parts.unread.hidden = conversation.unread === 0;
    const active = conversation.id === activeId;
    parts.base.classList.toggle('active', active);
    parts.base.classList.toggle('colorHighLight', group !== 'replied');
    parts.base.classList.toggle('colorLowLight', group === 'replied');
    parts.base.setAttribute('aria-current', String(active));
    return parts.star;
  }
}
