// A site adapter says WHERE things are on one chat tool: the composer, its Send button, the chat
// rows and the session list. DOM facts only — no rule logic, no timers (those live in rules/ and
// content/). Selectors are data so a layout change is a data change.

export interface ComposerSelectors {
  /** The editable element: textarea, input or contenteditable root. */
  editor: string;
  /** The Send button(s) near it; without one, the generic detection finds the button beside the editor. */
  send?: string;
  /** Optional: the box holding one composer and its Send button, to pair them when a page has several. */
  container?: string;
}

export interface ChatSelectors {
  /** The scrollable list holding message rows. */
  list: string;
  /** One message row. */
  row: string;
  /**
   * Optional: any part of a row (its side wrapper, a system body, a card). Rows the `row` selector
   * misses (a page without row ids) are found from these, up to the list's direct child.
   */
  rowPart?: string;
  /** Inside a row: marks an agent (seller) row. */
  mine: string;
  /** Inside a row: marks a buyer row. */
  notMe: string;
  /** Inside a row: the sender + "M-D HH:mm:ss" stamp. */
  stamp: string;
  /** Inside a row: the message body. */
  body: string;
  /** System rows and cards: never consultations and never replies. */
  system: string;
  /**
   * Optional: cards that `system` matches but that, in the buyer's own bubble (`notMe`), are the buyer's message (an
   * order or product card the buyer sent): every buyer message is a consultation. In the agent's bubble they stay system.
   */
  buyerCard?: string;
  /** The current buyer's name in the chat header. */
  currentBuyer: string;
}

export interface SessionListSelectors {
  card: string;
  name: string;
  /** The platform's own "X分Y秒后超时" text. */
  timeout: string;
  lastMessage: string;
  active: string;
}

/**
 * Where a page names the shop it serves (round 46: one buyer writing to two shops is two conversations), most
 * reliable first. DOM and URL facts only; the watcher reads them (content/watcher/shop.ts).
 */
export interface ShopSelectors {
  /** Query parameters of the page URL that carry the shop's id (`?shopId=111`), tried in order. */
  params?: readonly string[];
  /**
   * Patterns (RegExp sources, matched without regard to case) over the URL's path whose first group is the shop's id
   * (`/shop/111/…`), tried in order. Strings, so the adapter stays plain data.
   */
  path?: readonly string[];
  /** An element whose text is the shop's name (a header's shop name), tried when the URL names no shop. */
  name?: string;
  /** Elements matching `name` inside these are something else's shop (an order card's, a product's): skipped. */
  notInside?: string;
}

export interface SiteAdapter {
  id: string;
  /** Chinese name shown in the popup. */
  name: string;
  /** Whether this adapter applies to a page. */
  matches(location: Location): boolean;
  composer: ComposerSelectors;
  chat?: ChatSelectors;
  sessions?: SessionListSelectors;
  /** Optional: where the page names its shop; without it (or when nothing is found) one shop per profile. */
  shop?: ShopSelectors;
  /** Texts of rows that are neither consultations nor replies (system notices, cards). */
  ignoredTexts?: readonly string[];
}
