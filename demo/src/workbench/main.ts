// Wires the demo workbench together: state (model.ts), the simulated buyers (simulation.ts), the
// session list, chat pane, composer and status tag, the control panel, and `window.demo`.
import './workbench.css';
import type { Delta } from 'quill/core';
import { required } from '../dom';
import { AGENT_NAME, SHOP_NAME, SYSTEM_TEXTS, RATING_LABELS, type Rating } from './data';
import { ChatPane } from './chat-pane';
import { mountComposer, type Composer } from './composer';
import { groupOf, waitingSince, WorkbenchStore, type Conversation } from './model';
import { parseDemoParams } from './params';
import { SessionList } from './session-list';
import { addHistory, addOpeningScene, buyerAsks, nextQuestion, ratingText, Simulation } from './simulation';
import { StatusControl, type AgentStatus } from './status';
import { seededRandom } from './random';

const params = parseDemoParams(location.search);
const loadedAt = params.t0 ?? Date.now();
const store = new WorkbenchStore(params.seed);
const sentTexts: string[] = [];
const drafts = new Map<string, Delta>();

required<HTMLElement>(document, '#shop-name').textContent = SHOP_NAME;
required<HTMLElement>(document, '#agent-name').textContent = `客服 ${AGENT_NAME}`;
const status = new StatusControl(required(document, '#agent-status'));

// ---- initial scene --------------------------------------------------------------------------
for (let i = 0; i < params.buyers; i++) store.addBuyer(undefined, loadedAt);
if (params.history) for (const conversation of store.list()) addHistory(store, conversation, loadedAt);
if (params.auto) addOpeningScene(store, loadedAt);
for (const scripted of params.messages) {
  const conversation = store.findOrCreate(scripted.conv, loadedAt);
  store.add(conversation, { kind: 'text', side: scripted.side, text: scripted.text, ts: loadedAt - scripted.agoSeconds * 1000 });
}

// ---- views ----------------------------------------------------------------------------------
const chat = new ChatPane(
  {
    headerName: required(document, '#buyer-name'),
    headerSub: required(document, '#buyer-sub'),
    headerAvatar: required(document, '#buyer-avatar'),
    scroller: required(document, '#chat-scroller'),
    rows: required(document, '#chat-rows'),
    orders: required(document, '#OrderListDom'),
  },
  params.rowIds,
);
const composerHost = required<HTMLElement>(document, '#composer');
const simulation = new Simulation({ store, seed: params.seed });
let composer: Composer | null = null;

const sessions = new SessionList(
  required(document, '#sessions'),
  store,
  (conversation) => open(conversation),
  (total) => {
    required<HTMLElement>(document, '#session-total').textContent = `(${total})`;
  },
);

function refresh(now = Date.now()): void {
  sessions.render(now, chat.current?.id ?? null);
  const conversations = store.list();
  required<HTMLElement>(document, '#stat-received').textContent = String(conversations.filter((c) => c.messages.some((m) => m.side === 'buyer')).length);
  required<HTMLElement>(document, '#stat-waiting').textContent = String(conversations.filter((c) => groupOf(c, now) !== 'replied').length);
  // ?jank: the redraw's task goes on working, as a busy workbench's does: the texts just written wait that long to be read.
  const busyUntil = performance.now() + params.jankMs;
  while (performance.now() < busyUntil);
}

function send(text: string): boolean {
  const conversation = chat.current;
  if (!text.trim()) {
    toast('不能发送空白消息');
    return false;
  }
  if (!conversation) {
    toast('请先选择一个会话');
    return false;
  }
  sentTexts.push(text);
  store.add(conversation, { kind: 'text', side: 'agent', text, ts: Date.now(), viaComposer: true });
  simulation.agentReplied(conversation);
  return true;
}

function invite(conversation: Conversation | null = chat.current): void {
  if (conversation) store.add(conversation, { kind: 'invite', side: 'middle', text: '评价邀请', ts: Date.now() });
}

/** A fresh .SendBox with a fresh Quill, keeping the conversation's draft (the page re-renders it). */
function remountComposer(): void {
  if (composer && chat.current) drafts.set(chat.current.id, composer.draft());
  composer = mountComposer(composerHost, {
    onSend: send,
    onInviteRating: () => invite(),
    draft: chat.current ? drafts.get(chat.current.id) : undefined,
  });
}

function open(conversation: Conversation | null): void {
  if (composer && chat.current) drafts.set(chat.current.id, composer.draft());
  if (conversation) conversation.unread = 0;
  chat.show(conversation);
  composer = null; // the old draft is saved above; do not save it again under the new conversation
  remountComposer();
  chat.scrollToEnd(); // after the composer took its height
  refresh();
  syncControls();
}

// ---- store → views --------------------------------------------------------------------------
store.subscribe((event) => {
  if (event.type === 'message') {
    const { conversation, message } = event;
    if (conversation === chat.current) chat.insert(conversation, message);
    else if (message.side === 'buyer') conversation.unread++;
  } else {
    syncControls();
    if (!chat.current) open(event.conversation);
  }
  refresh();
});

// ---- toast ----------------------------------------------------------------------------------
function toast(text: string): void {
  const box = document.createElement('div');
  box.className = 'ant-message';
  box.setAttribute('role', 'status');
  box.textContent = text;
  document.body.append(box);
  setTimeout(() => box.remove(), 2000);
}

// ---- control panel --------------------------------------------------------------------------
const controls = required<HTMLDetailsElement>(document, '#demo-controls');
const form = required<HTMLFormElement>(document, '#demo-form');
const convSelect = required<HTMLSelectElement>(document, '#demo-conv');
const textInput = required<HTMLInputElement>(document, '#demo-text');
const agoInput = required<HTMLInputElement>(document, '#demo-ago');
const ratingSelect = required<HTMLSelectElement>(document, '#demo-rating');
const autoCheck = required<HTMLInputElement>(document, '#demo-auto');
controls.open = params.panel;
const panelRandom = seededRandom(params.seed * 3 + 1);

function syncControls(): void {
  const selected = convSelect.value || chat.current?.id || '';
  convSelect.replaceChildren(
    ...store.list().map((conversation) => {
      const option = document.createElement('option');
      option.value = conversation.id;
      option.textContent = `${conversation.index}. ${conversation.name}`;
      return option;
    }),
  );
  convSelect.value = chat.current && !convSelect.dataset.touched ? chat.current.id : selected;
  autoCheck.checked = simulation.running;
}
convSelect.addEventListener('change', () => (convSelect.dataset.touched = '1'));

function chosen(): Conversation | undefined {
  return store.find(convSelect.value);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const conversation = chosen();
  if (!conversation) return;
  const text = textInput.value.trim() || nextQuestion(conversation, panelRandom);
  demo.buyerSays(conversation.id, text, { agoSeconds: Number(agoInput.value) || 0 });
  textInput.value = '';
});
form.addEventListener('click', (event) => {
  const action = (event.target as HTMLElement).closest<HTMLElement>('button[data-action]')?.dataset.action;
  const conversation = chosen();
  switch (action) {
    case 'new-buyer': {
      const id = demo.newBuyer();
      const fresh = store.find(id)!;
      buyerAsks(store, fresh, nextQuestion(fresh, panelRandom), Date.now());
      convSelect.value = id;
      break;
    }
    case 'system':
      if (conversation) demo.system(conversation.id, textInput.value.trim() || SYSTEM_TEXTS.accepted);
      break;
    case 'order':
      if (conversation) demo.card(conversation.id, 'order');
      break;
    case 'invite':
      if (conversation) invite(conversation);
      break;
    case 'rate':
      if (conversation) demo.rate(conversation.id, ratingSelect.value as Rating);
      break;
    case 'rerender':
      demo.rerenderComposer();
      break;
  }
});
autoCheck.addEventListener('change', () => demo.auto(autoCheck.checked));

// ---- page-world API for tests and demos -----------------------------------------------------
type ConversationRef = string | number;
type CardKind = 'order' | 'textCard' | 'notice' | 'buyerFrom' | 'system';

function resolve(ref: ConversationRef): Conversation {
  const conversation = store.find(ref);
  if (!conversation) throw new Error(`没有这个会话 / no conversation: ${String(ref)}`);
  return conversation;
}

function rowId(conversation: Conversation, seq: number): string {
  return `0_${conversation.id}_${seq}`;
}

const demo = {
  /** A buyer message; an unknown nickname becomes a new buyer. Returns the row id. */
  buyerSays(conv: ConversationRef, text: string, options: { agoSeconds?: number } = {}): string {
    const conversation = store.findOrCreate(conv);
    const message = store.add(conversation, { kind: 'text', side: 'buyer', text, ts: Date.now() - (options.agoSeconds ?? 0) * 1000 });
    return rowId(conversation, message.seq);
  },
  /** An agent message that did NOT come from this composer (e.g. the agent's phone). */
  agentSays(conv: ConversationRef, text: string, options: { agoSeconds?: number } = {}): string {
    const conversation = resolve(conv);
    const message = store.add(conversation, { kind: 'text', side: 'agent', text, ts: Date.now() - (options.agoSeconds ?? 0) * 1000 });
    return rowId(conversation, message.seq);
  },
  /** A system (middle) row, e.g. 「[系统消息] …」 or 「客服超时未回复，会话关闭」. */
  system(conv: ConversationRef, text: string = SYSTEM_TEXTS.accepted): string {
    const conversation = resolve(conv);
    return rowId(conversation, store.add(conversation, { kind: 'system', side: 'middle', text, ts: Date.now() }).seq);
  },
  /** A card row: buyer order card, seller text card, 防诈贴士 notice, buyer-from card, or system. */
  card(conv: ConversationRef, kind: CardKind, text?: string): string {
    const conversation = resolve(conv);
    const side = kind === 'order' ? 'buyer' : kind === 'textCard' ? 'agent' : 'middle';
    const defaults: Record<CardKind, string> = {
      order: '[订单]',
      textCard: '收货人：张** 电话：138****0000 地址：浙江省杭州市***',
      notice: SYSTEM_TEXTS.antiFraud,
      buyerFrom: `当前用户来自${conversation.persona.from}`,
      system: SYSTEM_TEXTS.accepted,
    };
    const message = store.add(conversation, {
      kind,
      side,
      text: text ?? defaults[kind],
      ts: Date.now(),
      ...(kind === 'order' ? { order: 0 } : {}),
    });
    return rowId(conversation, message.seq);
  },
  /** The 评价邀请 row. */
  invite(conv: ConversationRef): string {
    const conversation = resolve(conv);
    return rowId(conversation, store.add(conversation, { kind: 'invite', side: 'middle', text: '评价邀请', ts: Date.now() }).seq);
  },
  /** The buyer's rating row: 「用户已经评价：满意」 / 一般 / 失望. */
  rate(conv: ConversationRef, rating: Rating, options: { agoSeconds?: number } = {}): string {
    if (!(rating in RATING_LABELS)) throw new Error(`评价只能是 satisfied / neutral / disappointed，收到 ${String(rating)}`);
    const conversation = resolve(conv);
    const ts = Date.now() - (options.agoSeconds ?? 0) * 1000;
    return rowId(conversation, store.add(conversation, { kind: 'rating', side: 'middle', text: ratingText(rating), rating, ts }).seq);
  },
  /** A new buyer (nickname optional). Returns the buyer id. */
  newBuyer(name?: string): string {
    return store.addBuyer(name).id;
  },
  open(conv: ConversationRef): void {
    open(resolve(conv));
  },
  /** The open conversation's buyer id, or null. */
  current(): string | null {
    return chat.current?.id ?? null;
  },
  conversations(): { id: string; index: number; name: string; group: string; waitingSince: number | null; rows: number; unread: number }[] {
    const now = Date.now();
    return store.list().map((c) => ({
      id: c.id,
      index: c.index,
      name: c.name,
      group: groupOf(c, now),
      waitingSince: waitingSince(c),
      rows: c.messages.length,
      unread: c.unread,
    }));
  },
  /** Throws away the .SendBox and mounts a fresh Quill, keeping the draft. */
  rerenderComposer(): void {
    remountComposer();
  },
  /** Texts the agent actually sent through the composer, in order. */
  sent(): string[] {
    return [...sentTexts];
  },
  /** The composer's current text. */
  draft(): string {
    return composer ? composer.quill.getText().replace(/\n+$/, '') : '';
  },
  setStatus(value: AgentStatus): void {
    status.set(value);
  },
  status(): AgentStatus {
    return status.status;
  },
  /** Turns the simulated buyers on or off; returns whether they run. */
  auto(on?: boolean): boolean {
    if (on === true) simulation.start();
    if (on === false) simulation.stop();
    autoCheck.checked = simulation.running;
    return simulation.running;
  },
  /** One simulated event right now (whatever the schedule). */
  step(): void {
    simulation.step(Date.now());
  },
};

declare global {
  interface Window {
    demo: typeof demo;
  }
}
window.demo = demo;

// ---- go -------------------------------------------------------------------------------------
const requested = params.open !== null ? store.find(params.open) : undefined;
refresh(loadedAt);
open(requested ?? sessions.displayed[0] ?? null);
if (params.auto) simulation.start();
syncControls();
setInterval(() => refresh(), 1000);
document.documentElement.dataset.demoReady = '1';
