// The centre column: the buyer header (.TargetUserHeader) and the message rows (.ChatMessageList),
// plus the order panel on the right (#OrderListDom). Row markup follows the real workbench:
//
//   div#0_<buyerId>_<seq>
//     .kwaishop-cs-LayoutDefaultWrapper_lrWrapper + __notMe (buyer) | __isMine (agent)
//       .kwaishop-cs-LayoutDefaultWrapper_msgMain
//         .kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody   sender name + "M-D HH:mm:ss" (Beijing)
//         .kwaishop-cs-LayoutDefaultWrapper_msgBody         the bubble or card
//   div#0_<buyerId>_<seq>
//     .kwaishop-cs-LayoutMiddleWrapper > .kwaishop-cs-LayoutMiddleWrapper_msgBody   system rows, notices
//
// Switching conversation rebuilds every row (new elements), as the real page does.
import { avatar, h } from '../dom';
import { AGENT_NAME, PRODUCTS } from './data';
import type { ChatMessage, Conversation } from './model';
import { messageStamp } from './time';

const W = 'kwaishop-cs-LayoutDefaultWrapper';

function orderCard(conversation: Conversation, message: ChatMessage): HTMLElement {
  const order = message.order !== undefined ? conversation.orders[message.order] : undefined;
  const product = PRODUCTS[order?.product ?? conversation.persona.product]!;
  const card = h('div', 'kwaishop-cs-BizOrderCard');
  const head = h('div', 'kwaishop-cs-BizOrderCard-head');
  head.append(h('span', 'kwaishop-cs-BizOrderCard-label', '订单'), h('span', 'kwaishop-cs-BizOrderCard-state', order?.state ?? '待发货'));
  const body = h('div', 'kwaishop-cs-BizOrderCard-body');
  const thumb = h('span', 'kwaishop-cs-BizOrderCard-thumb', '商品');
  const info = h('div', 'kwaishop-cs-BizOrderCard-info');
  info.append(h('div', 'kwaishop-cs-BizOrderCard-title', product.title), h('div', 'kwaishop-cs-BizOrderCard-price', `实付 ¥${product.price}`));
  body.append(thumb, info);
  card.append(head, body, h('div', 'kwaishop-cs-BizOrderCard-oid', `订单编号：${order?.id ?? '—'}`));
  return card;
}

function middleBody(message: ChatMessage): HTMLElement {
  const body = h('div', 'kwaishop-cs-LayoutMiddleWrapper_msgBody');
  switch (message.kind) {
    case 'notice': {
      const card = h('div', 'kwaishop-cs-BizNoticeCard', message.text);
      body.append(card);
      break;
    }
    case 'buyerFrom':
      body.append(h('div', 'kwaishop-cs-bizBuyerFromCard', message.text));
      break;
    case 'invite': {
      const card = h('div', 'kwaishop-cs-BizTextCard kwaishop-cs-EvaluationInvite');
      card.append(h('div', 'kwaishop-cs-BizTextCard-title', '评价邀请'), h('div', 'kwaishop-cs-BizTextCard-content', '商家邀请您对本次服务做出评价'));
      body.append(card);
      break;
    }
    case 'rating':
      // Plain text 「用户已经评价：满意|一般|失望」, like the platform's latest-message title.
      body.classList.add('kwaishop-cs-EvaluationResult');
      body.textContent = message.text;
      break;
    default:
      body.textContent = message.text;
  }
  return body;
}

export function renderRow(conversation: Conversation, message: ChatMessage, withId: boolean): HTMLElement {
  const row = h('div', 'ChatMessageList-item');
  if (withId) row.id = `0_${conversation.id}_${message.seq}`;
  if (message.side === 'middle') {
    const wrapper = h('div', 'kwaishop-cs-LayoutMiddleWrapper');
    wrapper.append(middleBody(message));
    row.append(wrapper);
    return row;
  }
  const mine = message.side === 'agent';
  const wrapper = h('div', `${W}_lrWrapper ${mine ? `${W}__isMine` : `${W}__notMe`}`);
  const sender = mine ? AGENT_NAME : conversation.name;
  const main = h('div', `${W}_msgMain`);
  const before = h('div', `${W}_beforeMsgBody`);
  before.append(h('span', `${W}_nickName`, sender), h('span', `${W}_time`, messageStamp(message.ts)));
  const body = h('div', `${W}_msgBody`);
  if (message.kind === 'order') body.append(orderCard(conversation, message));
  else if (message.kind === 'textCard') {
    const card = h('div', 'kwaishop-cs-BizTextCard');
    card.append(h('div', 'kwaishop-cs-BizTextCard-title', '请核对收货信息'), h('div', 'kwaishop-cs-BizTextCard-content', message.text));
    body.append(card);
  } else body.append(h('div', 'kwaishop-cs-TextMessage', message.text));
  main.append(before, body);
  if (mine) main.append(h('div', `${W}_afterMsgBody`, '已读'));
  wrapper.append(avatar(mine ? AGENT_NAME : conversation.name, `${W}_avatar`), main);
  row.append(wrapper);
  return row;
}

export interface ChatPaneElements {
  headerName: HTMLElement;
  headerSub: HTMLElement;
  headerAvatar: HTMLElement;
  scroller: HTMLElement;
  rows: HTMLElement;
  orders: HTMLElement;
}

export class ChatPane {
  current: Conversation | null = null;

  constructor(
    private readonly elements: ChatPaneElements,
    private readonly withIds: boolean,
  ) {}

  show(conversation: Conversation | null): void {
    this.current = conversation;
    const { headerName, headerSub, headerAvatar, rows } = this.elements;
    headerName.textContent = conversation?.name ?? '暂无会话';
    headerSub.textContent = conversation
      ? `买家ID ${conversation.id} · 来自${conversation.persona.from}${conversation.orders.length ? ` · 下单数(${conversation.orders.length})` : ''}`
      : '';
    headerAvatar.replaceChildren(conversation ? avatar(conversation.name, 'LoginUserInfo-avatarText') : '');
    const more = h('div', 'ChatMessageList-more', conversation?.messages.length ? '— 以上为历史消息 —' : '暂无消息');
    rows.replaceChildren(more, ...(conversation?.messages.map((message) => renderRow(conversation, message, this.withIds)) ?? []));
    this.renderOrders(conversation);
    this.scrollToEnd();
  }

  /** A new message in the open conversation: inserted where its time belongs. */
  insert(conversation: Conversation, message: ChatMessage): void {
    if (conversation !== this.current) return;
    const { scroller, rows } = this.elements;
    const nearEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
    const row = renderRow(conversation, message, this.withIds);
    const index = conversation.messages.indexOf(message);
    // rows.children[0] is the "history" line, so the row now at index + 1 is the next message's.
    rows.insertBefore(row, rows.children[index + 1] ?? null);
    if (nearEnd || message.side === 'agent') this.scrollToEnd();
  }

  scrollToEnd(): void {
    const { scroller } = this.elements;
    scroller.scrollTop = scroller.scrollHeight;
  }

  private renderOrders(conversation: Conversation | null): void {
    const list = h('div', 'list');
    if (!conversation || conversation.orders.length === 0) list.append(h('div', 'OrderList-empty', '该买家暂无订单'));
    for (const order of conversation?.orders ?? []) {
      const product = PRODUCTS[order.product]!;
      const card = h('div', 'OrderCard');
      const top = h('div', 'OrderCard-top');
      top.append(h('span', 'oid', `订单号 ${order.id}`));
      if (order.first) top.append(h('span', 'tag-first', '首单'));
      const item = h('div', 'OrderCard-item');
      item.append(h('span', 'OrderCard-thumb', '商品'), h('div', 'itemTitle', product.title));
      const bottom = h('div', 'OrderCard-bottom');
      bottom.append(h('span', 'pay-tag', `已支付 ¥${product.price}`), h('span', 'order-tag', order.state));
      card.append(top, item, bottom);
      list.append(card);
    }
    this.elements.orders.replaceChildren(list);
  }
}
