// Reads the open conversation's message rows through a site adapter: who sent each row (buyer,
// agent, or a system row / card that is neither a consultation nor a reply), its id, its printed
// time, and a satisfaction result when the row shows one. DOM reading only; no timers, no storage.
import type { RatingLevel } from '../../rules/metrics/events';
import type { ChatSelectors, SiteAdapter } from '../../sites/types';
import { derivedMessageId, hashText } from './message-id';
import { readDividerText, readStampText, resolveStamp, unreadableTimeLabel, type DividerText, type RowStamp, type StampText } from './stamp';
import { isFailureMark } from './send-failure';
import { isRecallNotice } from './recall';
import { buyerIdOfRowId } from '../../utils/buyer-key';

export type RowKind = 'in' | 'out' | 'system';

export interface ObservedRow {
  element: Element;
  conv: string;
  id: string;
  kind: RowKind;
  /** The printed time, or null when the row shows none. */
  stamp: RowStamp | null;
  /** The row's text, for the caller that may store it (settings.storeText) — never stored by default. */
  text: string;
  /** A satisfaction result shown by this (system) row, e.g. 「用户已经评价：满意」. */
  rating?: RatingLevel;
  /** The agent's row carries a failed-send mark (发送失败 / 重新发送; send-failure.ts). */
  failed?: boolean;
  /** Round 47: the row prints a time label that cannot be read (「几分钟前」): its time is unknown, not "now". */
  stampUnread?: boolean;
  /** Round 60: the row is a recall notice (「你撤回了一条消息」, recall.ts): a system row standing where a message was. */
  recall?: boolean;
  /** What the row shows, whatever the conversation's key: side, printed stamp, text hash, occurrence (tells the same rows under a new header). */
  signature: string;
}

/** Everything a host element of ours adds must stay out of what we read. */
const OURS = '[data-replyguard]';

// The header's buyer name is read where the send guard reads it too (round 51): sites/conversation.ts.
import { readCurrentConversation } from '../../sites/conversation';
export { normalizeBuyerName, readCurrentConversation } from '../../sites/conversation';

function matchesOrContains(row: Element, selector: string): boolean {
  return row.matches(selector) || row.querySelector(selector) !== null;
}

/** What every failed-send caption holds (send-failure.ts): a cheap test before reading a row's elements one by one. */
const FAILURE_WORD = /发送失败|重新发送|重发/;

/** The row's words, and with its images' sources (which tell two images apart). */
function bodyText(row: Element, chat: ChatSelectors): { text: string; words: string } {
  const body = row.querySelector(chat.body);
  const el = body ?? row;
  let text = el.textContent ?? '';
  if (!body) {
    const stamp = row.querySelector(chat.stamp);
    if (stamp?.textContent) text = text.replace(stamp.textContent, '');
    // A failed-send caption is not the message's words (it comes and goes on the same message). Every such caption
    // holds one of these words, so a row without them skips the walk over its elements.
    if (FAILURE_WORD.test(text.replace(/\s+/g, ''))) for (const leaf of row.querySelectorAll('*')) {
      const caption = leaf.childElementCount === 0 ? (leaf.textContent ?? '') : '';
      if (caption && isFailureMark(caption)) text = text.replace(caption, '');
    }
  }
  // Images and stickers have no text: their sources tell two of them apart.
  const sources = [...el.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '').join(' ');
  return { text: (text + (sources ? ' ' + sources : '')).replace(/\s+/g, ' ').trim(), words: text.replace(/\s+/g, ' ').trim() };
}

/** An element of the row outside the message's own words whose label or caption says the send failed (send-failure.ts). */
export function hasFailureMark(row: Element, chat: ChatSelectors): boolean {
  const body = row.querySelector(chat.body);
  for (const el of row.querySelectorAll('*')) {
    if (body && (body === el || body.contains(el))) continue;
    const label = el.getAttribute('aria-label') ?? '';
    const title = el.getAttribute('title') ?? '';
    if ((label && isFailureMark(label)) || (title && isFailureMark(title))) return true;
    if (el.childElementCount === 0 && isFailureMark(el.textContent ?? '')) return true;
  }
  return false;
}

const RATING_DONE = /已评价|已经评价|评价结果|完成了评价|评价了/;
// 不满意 before 满意: the longer word wins where both match.
const RATING_WORDS: readonly [RegExp, RatingLevel][] = [
  [/非常满意|很满意|满意(?!度)/, 'satisfied'],
  [/一般/, 'neutral'],
  [/失望|不满意|非常不满意|差评/, 'disappointed'],
];

const NEGATED_SATISFIED = /(?:非常|很|十分|特别)?(?:不是?|没有?|并不|并没有?)(?:太|很|大|怎么|那么|特别|十分|非常|够|是很|是太|是那么|有那么|有很|有多)?满意(?!度)/g;

/** The level a 「用户已经评价」 row shows, or undefined when it shows none or several. */
export function ratingFromText(text: string): RatingLevel | undefined {
  if (!RATING_DONE.test(text)) return undefined;
  // Round 48: a negated 满意 (不太满意, 不是很满意, 不怎么满意, 没那么满意, 并不满意 …) is not satisfied: read as 失望.
  const withoutNegated = text.replace(NEGATED_SATISFIED, '失望');
  const found = new Set<RatingLevel>();
  for (const [pattern, level] of RATING_WORDS) if (pattern.test(withoutNegated)) found.add(level);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A buyer's bubble whose only system-looking parts are cards the buyer sent (an order or product card,
 * `chat.buyerCard`): the buyer's message. Not the agent's bubble, nor a middle (system) row.
 */
function buyerCardOnly(row: Element, chat: ChatSelectors): boolean {
  if (!chat.buyerCard || row.matches(chat.system) || !matchesOrContains(row, chat.notMe) || matchesOrContains(row, chat.mine)) return false;
  const hits = row.querySelectorAll(chat.system);
  if (!hits.length) return false;
  for (const el of hits) if (!el.closest(chat.buyerCard) || !row.contains(el.closest(chat.buyerCard))) return false;
  return true;
}

/** Round 49: an ignored text about evaluations (「用户已经评价」, 「评价邀请」): the platform's, never in a buyer's own bubble. */
const EVALUATION_NOTICE = /评价/;

/**
 * The row's side. `centre`: a system row of the page's own (a middle row, a card, a row on neither side), the only
 * rows an evaluation is read from; a bubble on the buyer's or the agent's side made a system row by an ignored text
 * is not one.
 */
function classify(row: Element, text: string, adapter: SiteAdapter, chat: ChatSelectors): { kind: RowKind; centre: boolean } {
  const buyerCard = buyerCardOnly(row, chat);
  if (!buyerCard && matchesOrContains(row, chat.system)) return { kind: 'system', centre: true };
  const whole = row.textContent ?? '';
  const mine = matchesOrContains(row, chat.mine);
  const buyers = !mine && matchesOrContains(row, chat.notMe);
  // Round 59: a recall notice in a bubble (「你撤回了一条消息」) is the page's, not a reply or a consultation (recall.ts).
  if (isRecallNotice(text)) return { kind: 'system', centre: false };
  const ignored = adapter.ignoredTexts?.filter((t) => whole.includes(t) || text.includes(t)) ?? [];
  // Round 49: a buyer's own bubble reading 「用户已经评价：满意」 is the buyer's message (a consultation, timed), not an
  // evaluation: the evaluation notices are ignored only outside the buyer's bubbles.
  if (ignored.length && !(buyers && ignored.every((t) => EVALUATION_NOTICE.test(t)))) return { kind: 'system', centre: false };
  if (mine) return { kind: 'out', centre: false };
  if (buyers) return { kind: 'in', centre: false };
  return { kind: 'system', centre: true };
}

/** Row elements in page order: the adapter's row selector, plus rows found from their parts. */
export function findRows(doc: ParentNode, chat: ChatSelectors): Element[] {
  const matched = [...doc.querySelectorAll(chat.row)].filter((el) => !el.closest(OURS));
  // Only the outermost row: selectors like div[id^="0_"] may also match a row's inner parts. An
  // ancestor walk per row (not a pairwise test) keeps a 2,000-row chat linear.
  const matchedSet = new Set(matched);
  const isInner = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (matchedSet.has(p)) return true;
    return false;
  };
  const rows = new Set(matched.filter((el) => !isInner(el)));
  let foundFromParts = false;
  if (chat.rowPart) {
    for (const part of doc.querySelectorAll(chat.rowPart)) {
      if (part.closest(OURS) || part.closest(chat.row)) continue;
      const container = part.parentElement?.closest(chat.list);
      let row: Element = part;
      while (container && row.parentElement && row.parentElement !== container) row = row.parentElement;
      if (rows.has(row)) continue;
      rows.add(row);
      foundFromParts = true;
    }
  }
  // querySelectorAll lists in page order already: only rows found from their parts need placing among them
  // (2,000 rows sorted by compareDocumentPosition cost every read ~20,000 DOM calls).
  if (!foundFromParts) return [...rows];
  return [...rows].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** What reading a row element finds; its printed time is read against `now` on every read (resolveStamp). */
interface RowContent {
  text: string;
  textHash: string;
  /** A hash of the words alone (without image sources): a lazily loaded image leaves it unchanged. */
  wordsHash: string;
  kind: RowKind;
  /** What the stamp element's text says, or null when the row shows no stamp. */
  stamp: StampText;
  stampUnread?: boolean;
  rating?: RatingLevel;
  failed?: boolean;
  recall?: boolean;
  /** Round 49: a system row that is a date divider or time separator (「昨天」, 「14:27」): what it says. */
  divider?: DividerText;
}

/**
 * What each row element was read as, kept while nothing inside it changes: a new message in a 2,000-row chat
 * then costs one row's read, not 2,000 (texts, hashes, selector tests). The caller forgets the rows that
 * mutations touched (`forget`) and everything on a full read (`clear`).
 */
export class RowContents {
  #byRow = new WeakMap<Element, RowContent>();
  /** Rows read from the DOM (not from here) since creation: what the tests count. */
  reads = 0;

  get(row: Element): RowContent | undefined {
    return this.#byRow.get(row);
  }

  set(row: Element, content: RowContent): void {
    this.reads++;
    this.#byRow.set(row, content);
  }

  /** Drops each row that holds a mutation's target (a row's own child list or text changed). */
  forget(records: readonly MutationRecord[]): void {
    for (const r of records) {
      for (let el = r.target instanceof Element ? r.target : r.target.parentElement; el; el = el.parentElement) {
        if (this.#byRow.delete(el)) break;
      }
    }
  }

  clear(): void {
    this.#byRow = new WeakMap();
  }
}

const isTimeClass = (c: string) => /(?:^|[_-])(?:time|stamp|date)(?:$|[_-])/i.test(c) || /[a-z](?:Time|Stamp)$/.test(c);
const NAME_PART = /nick|name/i;

/**
 * Round 48: the part of a row's header that may date it — never the sender's nickname. A header holding a time
 * element (class …_time) is read by that element alone; one holding a name element (…_nickName) without its text;
 * a plain header ("测试顾客2-22 18:55:20") without the header's buyer name in front (a buyer row only). A row that
 * prints no time then reads as none, whatever its sender's name holds (「阿杰08:00」, 「5分钟前」, 「10-1 09:00」).
 */
export function stampTextOf(stampEl: Element, kind: RowKind, buyerName: string | null): string {
  const parts = [...stampEl.querySelectorAll('*')].filter((el) => !el.closest(OURS));
  const classOf = (el: Element) => (typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '');
  const timeEl = parts.find((el) => classOf(el).split(/\s+/).some(isTimeClass) && !NAME_PART.test(classOf(el)));
  if (timeEl) return timeEl.textContent ?? '';
  let text = stampEl.textContent ?? '';
  // A wrapper whose class names the time as well (…_nameTime) holds both: it is not the name (rt48b-timers).
  const nameEls = parts.filter((el) => NAME_PART.test(classOf(el)) && !classOf(el).split(/\s+/).some(isTimeClass));
  for (const el of nameEls) if (!nameEls.some((o) => o !== el && o.contains(el)) && el.textContent) text = text.replace(el.textContent, ' ');
  if (nameEls.length || kind !== 'in' || !buyerName) return text;
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.startsWith(buyerName) ? clean.slice(buyerName.length) : text;
}

function readContent(element: Element, adapter: SiteAdapter, chat: ChatSelectors, buyerName: string | null = null): RowContent {
  const { text, words } = bodyText(element, chat);
  const { kind, centre } = classify(element, text, adapter, chat);
  const stampEl = element.querySelector(chat.stamp);
  const stampText = stampEl ? stampTextOf(stampEl, kind, buyerName) : '';
  const content: RowContent = { text, textHash: hashText(text), wordsHash: hashText(words), kind, stamp: stampEl ? readStampText(stampText) : null };
  if (stampEl && !content.stamp && unreadableTimeLabel(stampText)) content.stampUnread = true;
  if (kind === 'system' && centre) {
    const rating = ratingFromText(text);
    if (rating) content.rating = rating;
    const divider = text.length <= 40 ? readDividerText(text) : null;
    if (divider) content.divider = divider;
  }
  if (kind === 'out' && hasFailureMark(element, chat)) content.failed = true;
  // Round 60: a middle row or a bubble alike (classify makes both system rows).
  if (kind === 'system' && isRecallNotice(words)) content.recall = true;
  return content;
}

interface Identity {
  own: string;
  kind: RowKind;
  /** The printed stamp's text, '' when none. */
  stamp: string;
  wordsHash: string;
  id: string;
}

/**
 * Whether a row read now shows the same message as `prev`: the same own id and side, and the same printed time;
 * where either shows no time (a time drawn once sent, or only on a group's first row), the same words.
 */
function sameMessage(prev: Identity, own: string, kind: RowKind, stamp: string, wordsHash: string): boolean {
  if (prev.own !== own || prev.kind !== kind) return false;
  if (prev.stamp && stamp && prev.stamp !== stamp) {
    // Round 49: the same message redrawn with less of its time (「12-4 14:22:05」 → 「14:22」 under 昨天) or more: the
    // same clock time to the minute and the same words.
    const a = timeOfDay(prev.stamp);
    return a !== null && a === timeOfDay(stamp) && prev.wordsHash === wordsHash;
  }
  return prev.stamp && stamp ? true : prev.wordsHash === wordsHash;
}

/** The 「HH:mm」 a stamp text ends in (hours without a leading zero), or null. */
function timeOfDay(stamp: string): string | null {
  const m = /(\d{1,2}):(\d{2})(?::\d{2})?\s*$/.exec(stamp);
  return m ? `${Number(m[1])}:${m[2]}` : null;
}

/**
 * Which message each row element shows. An id of the workbench's message-id form (`0_<buyerId>_<messageId>`)
 * names one message for good, whatever element shows it. Otherwise: a list that recycles its row elements (a
 * virtual list, rows keyed by index) writes another message into an element it already showed, or gives its
 * window-relative ids (cs-common-message-list-item-3) to other messages as the window moves, so an element or
 * an id is the same message only while it shows the same id, side and printed time (`sameMessage`: an image
 * loading into a row does not make it a new message). A message already seen (same side, time, words and
 * occurrence) keeps its id wherever it shows up again. Else the row's own id when no other message had it
 * first, else an id derived from its content (message-id.ts).
 */
export class RowIdentities {
  #byElement = new WeakMap<Element, Identity>();
  readonly #convs = new Map<string, { bySignature: Map<string, string>; byOwn: Map<string, Identity> }>();

  /**
   * The header's names `a` and `b` are the same buyer's pane (a numeric id header that turned into the nickname, or
   * back): from now on both read as one, rows already seen under either keeping their ids (those of `a` first).
   */
  link(a: string, b: string): void {
    if (a === b) return;
    const first = this.#convs.get(a);
    const second = this.#convs.get(b);
    if (first === second) return;
    const state = first ?? second ?? { bySignature: new Map<string, string>(), byOwn: new Map<string, Identity>() };
    const other = state === first ? second : undefined;
    if (other) {
      for (const [k, v] of other.bySignature) if (!state.bySignature.has(k)) state.bySignature.set(k, v);
      for (const [k, v] of other.byOwn) if (!state.byOwn.has(k)) state.byOwn.set(k, v);
    }
    for (const [name, s] of this.#convs) if (s === first || s === second) this.#convs.set(name, state);
    this.#convs.set(a, state);
    this.#convs.set(b, state);
  }

  /** The id a row showing `signature` (ObservedRow.signature) has under the header's name `conv`, if one was seen. */
  idOf(conv: string, signature: string): string | undefined {
    return this.#convs.get(conv)?.bySignature.get(signature);
  }

  /** Forget which message these elements showed: the next read resolves them from their content again. */
  forget(elements: readonly Element[]): void {
    for (const element of elements) this.#byElement.delete(element);
  }

  /**
   * `anchor`: where an evaluation row printing no time stands (readRows), in place of its time in the derived id.
   * `alsoAt` (round 49, timers49d): that row's place told from its other side ("before the row after it", with its
   * occurrence there) when both neighbours are drawn: a row seen at either place is the same row, so a window that
   * no longer draws the row before it (or newly draws it) never gives it a second id.
   */
  resolve(conv: string, element: Element, own: string, kind: RowKind, stamp: string, textHash: string, wordsHash: string, occurrence: number, anchor?: string, alsoAt?: { anchor: string; occurrence: number }): string {
    if (own && buyerIdOfRowId(own) !== null) return own;
    const cached = this.#byElement.get(element);
    let state = this.#convs.get(conv);
    if (!state) this.#convs.set(conv, (state = { bySignature: new Map(), byOwn: new Map() }));
    const signature = `${kind}\u0001${anchor ?? stamp}\u0001${textHash}\u0001${occurrence}`;
    const altSignature = alsoAt ? `${kind}\u0001${alsoAt.anchor}\u0001${textHash}\u0001${alsoAt.occurrence}` : null;
    if (cached && sameMessage(cached, own, kind, stamp, wordsHash)) {
      if (altSignature !== null && !state.bySignature.has(altSignature)) state.bySignature.set(altSignature, cached.id);
      if (anchor !== undefined && !state.bySignature.has(signature)) state.bySignature.set(signature, cached.id);
      return cached.id;
    }
    let id = state.bySignature.get(signature) ?? (altSignature !== null ? state.bySignature.get(altSignature) : undefined);
    const prev = own ? state.byOwn.get(own) : undefined;
    if (id === undefined && prev && sameMessage(prev, own, kind, stamp, wordsHash)) id = prev.id;
    if (id === undefined && own && !prev) id = own;
    id ??= derivedMessageId({ conv, dir: kind, stamp: anchor ?? stamp, textHash, occurrence });
    if (!state.bySignature.has(signature)) state.bySignature.set(signature, id);
    if (altSignature !== null && !state.bySignature.has(altSignature)) state.bySignature.set(altSignature, id);
    const identity: Identity = { own, kind, stamp, wordsHash, id };
    if (own && !prev) state.byOwn.set(own, identity);
    this.#byElement.set(element, identity);
    return id;
  }
}

/**
 * The rows of the open conversation in page order. `identities` keeps which message each row element and
 * id showed (RowIdentities); `contents`, when given, keeps what each row was read as (see RowContents).
 */
export function readRows(
  doc: ParentNode,
  adapter: SiteAdapter,
  conv: string,
  now: number,
  identities: RowIdentities = new RowIdentities(),
  contents?: RowContents,
): ObservedRow[] {
  const chat = adapter.chat;
  if (!chat) return [];
  const rows = findRows(doc, chat);
  const buyerName = readCurrentConversation(doc, adapter);
  const occurrences = new Map<string, number>();
  const out: ObservedRow[] = [];
  // Round 49 (timers49b): the nearest date divider or time separator above each row (a system row, or an element between rows
  // that no row selector matches): a row printing only HH:mm is of the divider's day, one printing none of its time.
  const rowSet = new Set(rows);
  let divider: DividerText = null;
  const read = rows.map((element) => {
    let content = contents?.get(element);
    if (!content) {
      content = readContent(element, adapter, chat, buyerName);
      contents?.set(element, content);
    }
    for (let prev = element.previousElementSibling; prev && !rowSet.has(prev); prev = prev.previousElementSibling) {
      if (prev.closest(OURS)) continue;
      const t = prev.textContent ?? '';
      if (t.length > 40) continue;
      const found = readDividerText(t);
      if (found) {
        divider = found;
        break;
      }
    }
    if (content.divider) divider = content.divider;
    return { element, content, stamp: resolveStamp(content.stamp, now, content.kind === 'system' ? null : divider) };
  });
  // Round 49: an evaluation row printing no time is told apart from another of the same words (a second
  // consultation's 「用户已经评价：满意」, the first no longer drawn) by where it stands: after the buyer's or agent's row
  // before it (else before the one after it). A re-render or re-opening draws it at the same place: the same id.
  // Round 49 (timers49d): both places are kept when both neighbours are drawn, and a row found at either is the same
  // row (a virtual list re-drawn so the evaluation is the top row, or older rows drawn above it, keeps its id).
  const keyOf = (kind: RowKind, stampText: string, textHash: string) => `${kind}\u0001${stampText}\u0001${textHash}`;
  const anchors = new Map<number, string>();
  const afterAnchors = new Map<number, string>();
  let before: string | null = null;
  const pending: number[] = [];
  read.forEach(({ content, stamp }, i) => {
    if (content.kind !== 'system') {
      const key = keyOf(content.kind, stamp?.text ?? '', content.textHash);
      for (const j of pending.splice(0)) {
        if (anchors.has(j)) afterAnchors.set(j, `<${key}`);
        else anchors.set(j, `<${key}`);
      }
      before = key;
    } else if (content.rating && !stamp) {
      if (before !== null) anchors.set(i, `>${before}`);
      pending.push(i);
    }
  });
  read.forEach(({ element, content, stamp }, i) => {
    const { text, textHash, kind } = content;
    const anchor = anchors.get(i);
    const key = keyOf(kind, anchor ?? stamp?.text ?? '', textHash);
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const after = afterAnchors.get(i);
    let alsoAt: { anchor: string; occurrence: number } | undefined;
    if (after !== undefined) {
      const altKey = keyOf(kind, after, textHash);
      alsoAt = { anchor: after, occurrence: occurrences.get(altKey) ?? 0 };
      occurrences.set(altKey, alsoAt.occurrence + 1);
    }
    const id = identities.resolve(conv, element, element.id.trim(), kind, stamp?.text ?? '', textHash, content.wordsHash, occurrence, anchor, alsoAt);
    const row: ObservedRow = { element, conv, id, kind, stamp, text, signature: `${key}\u0001${occurrence}` };
    if (content.rating) row.rating = content.rating;
    if (content.failed) row.failed = true;
    if (content.recall) row.recall = true;
    if (content.stampUnread) row.stampUnread = true;
    out.push(row);
  });
  return out;
}
