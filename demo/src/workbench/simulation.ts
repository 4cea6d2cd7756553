// Simulated buyers: older history at load, an opening scene with buyers already waiting, and a
// seeded schedule of new questions, nudges and new buyers. Same seed, same story.
import { NUDGES, PRODUCTS, RATING_LABELS, SYSTEM_TEXTS, THANKS, type Rating } from './data';
import type { Conversation, WorkbenchStore } from './model';
import { groupOf, waitingSince } from './model';
import { pick, randomInt, seededRandom, type Random } from './random';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const MAX_SIMULATED_BUYERS = 12;

export function buyerFromText(conversation: Conversation): string {
  const product = PRODUCTS[conversation.persona.product]!;
  return `当前用户来自${conversation.persona.from}：${product.title}`;
}

export function ratingText(rating: Rating): string {
  return `用户已经评价：${RATING_LABELS[rating]}`;
}

/** The rows a buyer's visit starts with: where they came from and the anti-fraud notice. */
export function addVisitStart(store: WorkbenchStore, conversation: Conversation, ts: number): void {
  store.add(conversation, { kind: 'buyerFrom', side: 'middle', text: buyerFromText(conversation), ts });
  store.add(conversation, { kind: 'notice', side: 'middle', text: SYSTEM_TEXTS.antiFraud, ts: ts + 1 });
}

/** Older rows, all answered: what the agent sees when scrolling back. */
export function addHistory(store: WorkbenchStore, conversation: Conversation, now: number): void {
  const random = seededRandom(store.seed * 101 + conversation.index);
  let t = now - randomInt(random, 90, 3 * 24 * 60) * MINUTE;
  addVisitStart(store, conversation, t);
  t += 2 * SECOND;
  store.add(conversation, { kind: 'system', side: 'middle', text: SYSTEM_TEXTS.accepted, ts: t });
  const firstOrder = conversation.orders.findIndex((order) => order.placedAt < t);
  if (firstOrder >= 0) {
    t += randomInt(random, 5, 40) * SECOND;
    store.add(conversation, { kind: 'order', side: 'buyer', text: '[订单]', order: firstOrder, ts: t });
  }
  for (const [question, answer] of conversation.persona.history) {
    t += randomInt(random, 10, 90) * SECOND;
    store.add(conversation, { kind: 'text', side: 'buyer', text: question, ts: t });
    t += randomInt(random, 15, 170) * SECOND;
    store.add(conversation, { kind: 'text', side: 'agent', text: answer, ts: t });
  }
  if (conversation.persona.history.length > 0) {
    t += randomInt(random, 30, 120) * SECOND;
    store.add(conversation, { kind: 'invite', side: 'middle', text: '评价邀请', ts: t });
    if (random() < 0.7) {
      t += randomInt(random, 20, 300) * SECOND;
      const rating: Rating = random() < 0.8 ? 'satisfied' : random() < 0.5 ? 'neutral' : 'disappointed';
      store.add(conversation, { kind: 'rating', side: 'middle', text: ratingText(rating), rating, ts: t });
    }
  }
}

/** The persona's next question, or a nudge once the script is used up. */
export function nextQuestion(conversation: Conversation, random: Random): string {
  const question = conversation.persona.questions[conversation.nextQuestion];
  if (question === undefined) return pick(random, NUDGES);
  conversation.nextQuestion++;
  return question;
}

/** A buyer asks (the visit-start rows come first when this is their first visit). */
export function buyerAsks(store: WorkbenchStore, conversation: Conversation, text: string, ts: number): void {
  if (conversation.messages.length === 0) addVisitStart(store, conversation, ts - 2 * SECOND);
  store.add(conversation, { kind: 'text', side: 'buyer', text, ts });
}

/** At load: a few buyers already waiting, at different points of the platform's 3 minutes. */
export function addOpeningScene(store: WorkbenchStore, now: number): void {
  const random = seededRandom(store.seed * 977);
  const waits = [35, 130, 215]; // seconds: fresh, nearly due, past the platform's 3 minutes
  store.list().slice(0, waits.length).forEach((conversation, i) => {
    buyerAsks(store, conversation, nextQuestion(conversation, random), now - waits[i]! * SECOND);
  });
}

export interface SimulationOptions {
  store: WorkbenchStore;
  seed: number;
  /** Called when the simulation adds a buyer (so the view can select it if nothing is open). */
  onNewBuyer?: (conversation: Conversation) => void;
}

/** Buyers writing on their own, on a seeded schedule. */
export class Simulation {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly random: Random;
  private followUps: ReturnType<typeof setTimeout>[] = [];
  running = false;

  constructor(private readonly options: SimulationOptions) {
    this.random = seededRandom(options.seed * 13 + 5);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.scheduleNext();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.followUps.forEach(clearTimeout);
    this.followUps = [];
  }

  /** After the agent answers, the buyer sometimes replies. */
  agentReplied(conversation: Conversation): void {
    if (!this.running || this.random() > 0.35) return;
    const delay = randomInt(this.random, 15, 45) * SECOND;
    this.followUps.push(
      setTimeout(() => {
        if (this.running) buyerAsks(this.options.store, conversation, pick(this.random, THANKS), Date.now());
      }, delay),
    );
  }

  private scheduleNext(): void {
    const delay = randomInt(this.random, 20, 55) * SECOND;
    this.timer = setTimeout(() => {
      if (!this.running) return;
      this.step(Date.now());
      this.scheduleNext();
    }, delay);
  }

  /** One simulated event. */
  step(now: number): void {
    const { store } = this.options;
    const conversations = store.list();
    if (conversations.length < MAX_SIMULATED_BUYERS && (conversations.length === 0 || this.random() < 0.15)) {
      const conversation = store.addBuyer(undefined, now);
      buyerAsks(store, conversation, nextQuestion(conversation, this.random), now);
      this.options.onNewBuyer?.(conversation);
      return;
    }
    const conversation = pick(this.random, conversations);
    if (waitingSince(conversation) !== null) {
      // Waiting buyers get impatient, more so once the platform shows 已超时.
      const impatience = groupOf(conversation, now) === 'timeout' ? 0.6 : 0.3;
      if (this.random() < impatience) buyerAsks(store, conversation, pick(this.random, NUDGES), now);
      return;
    }
    buyerAsks(store, conversation, nextQuestion(conversation, this.random), now);
  }
}
