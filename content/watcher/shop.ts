// Which shop a workbench page serves (round 46): one buyer writing to shop A and shop B is two conversations, so
// the watcher files a page's conversations under its shop (utils/buyer-key.ts shopKey). Read from what the page
// gives, most reliable first, through the site adapter's data (sites/ ShopSelectors): a shopId-like parameter of
// the URL (query, or the query of a `#/…?…` route), a shop id in the URL's path, else a shop-name element. Nothing
// found: null, and the page is filed as before (one shop per profile).
import type { ShopSelectors } from '../../sites/types';

export interface PageShop {
  /** Stable ref, part of the conversation key: `id:<shop id>` from the URL, else `name:<shop name>`. */
  ref: string;
  /** What the popup shows: the shop's name when the page shows one, else its id. */
  label: string;
  /** Where the ref comes from: the URL (stable from the page's start), or a shop-name element (may show a placeholder first). */
  source: 'url' | 'name';
}

const MAX_SHOP = 80;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SHOP);

function idFromUrl(url: URL, selectors: ShopSelectors): string | null {
  const queries = [url.searchParams];
  const hashQuery = url.hash.indexOf('?');
  if (hashQuery >= 0) queries.push(new URLSearchParams(url.hash.slice(hashQuery + 1)));
  for (const param of selectors.params ?? []) {
    for (const query of queries) {
      // Parameter names are matched without regard to case (shopId, shopid, SHOPID).
      for (const [name, value] of query) if (name.toLowerCase() === param.toLowerCase() && clean(value)) return clean(value);
    }
  }
  const path = url.pathname + (hashQuery >= 0 ? url.hash.slice(0, hashQuery) : url.hash);
  for (const source of selectors.path ?? []) {
    let m: RegExpExecArray | null = null;
    try {
      m = new RegExp(source, 'i').exec(path);
    } catch {
      continue; // not a valid pattern: skipped
    }
    if (m?.[1]) return clean(m[1]);
  }
  return null;
}

/**
 * Round 51: what a header shows in a shop name's place while it has none to show (loading, reconnecting, a status, a
 * bare label), all of a text, with trailing dots; never taken for a shop (it would file every buyer again under it).
 */
const PLACEHOLDER =
  /^(?:加载中|载入中|读取中|连接中|重连中|重新连接中?|刷新中|同步中|登录中|请稍[候后]|正在\S{0,10}|店铺(?:名称?)?|未知店铺|未登录|在线|离线|忙碌|loading|connecting|reconnecting|refreshing|please wait|offline|online)[\s.。…·]*$/i;

/** A text that can be a shop's name: not empty, not only punctuation or symbols, not a placeholder (PLACEHOLDER). */
export function isShopName(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !PLACEHOLDER.test(text);
}

function nameOnPage(doc: ParentNode, selectors: ShopSelectors): string | null {
  if (!selectors.name) return null;
  let elements: Element[];
  try {
    elements = [...doc.querySelectorAll(selectors.name)];
  } catch {
    return null;
  }
  for (const el of elements) {
    if (selectors.notInside && el.closest(selectors.notInside)) continue;
    const name = clean(el.textContent);
    if (isShopName(name)) return name;
  }
  return null;
}

/** The shop the page serves, or null when neither its URL nor its page names one. */
export function readShop(doc: ParentNode, href: string, selectors: ShopSelectors | undefined): PageShop | null {
  if (!selectors) return null;
  let url: URL | null = null;
  try {
    url = new URL(href);
  } catch {
    url = null;
  }
  const id = url ? idFromUrl(url, selectors) : null;
  const name = nameOnPage(doc, selectors);
  if (id) return { ref: `id:${id}`, label: name ?? id, source: 'url' };
  if (name) return { ref: `name:${name}`, label: name, source: 'name' };
  return null;
}

/**
 * Which shop a page serves, followed over time (round 51; content/start.ts asks every SHOP_CHECK_MS and before every
 * send to the ledger). A shop id in the URL is taken at once; a shop known only by a name on the page once that name
 * has shown unchanged `stableMs` (a header may show the previous login's name or a placeholder a moment). While the
 * page names a shop other than the one taken (a switch in the header's shop switcher: the name, the session list and
 * the chat change together), the page is not settled: nothing is filed under either shop until the new one is taken,
 * so the new shop's buyers never go under the old one. A page naming no shop (header gone) keeps the one taken.
 */
export class ShopFollower {
  #shop: PageShop | null = null;
  #candidate: { ref: string; since: number } | null = null;
  #holdSince: number | null = null;

  constructor(
    private readonly read: () => PageShop | null,
    private readonly now: () => number = Date.now,
    private readonly stableMs = 2000,
    /** A name that never holds still (a counter in the element?) holds nothing back longer than this. */
    private readonly maxHoldMs = 15_000,
  ) {
    const first = read();
    if (first?.source === 'url') this.#shop = first;
    else this.#note(first);
  }

  /** The shop taken (null: none yet). */
  get shop(): PageShop | null {
    return this.#shop;
  }

  #note(found: PageShop | null): void {
    if (!found || found.ref === this.#shop?.ref) {
      this.#candidate = this.#holdSince = null;
      return;
    }
    const now = this.now();
    if (this.#candidate?.ref !== found.ref) this.#candidate = { ref: found.ref, since: now };
    this.#holdSince ??= now;
  }

  /** What the page shows now may be filed under `shop`: it names that shop, or none. */
  settled(): boolean {
    const found = this.read();
    this.#note(found);
    if (this.#candidate === null || this.#holdSince === null) return true;
    const now = this.now();
    // A name changing over and over: filed as before round 51 (under the shop taken), rather than held without end.
    return now - this.#holdSince >= this.maxHoldMs && now - this.#candidate.since < this.stableMs;
  }

  /** Takes the shop the page names once it may (see above); true when the shop taken changed. */
  check(): boolean {
    const found = this.read();
    this.#note(found);
    if (!found) return false;
    if (found.ref !== this.#shop?.ref && found.source === 'name' && this.now() - this.#candidate!.since < this.stableMs) return false;
    const changed = found.ref !== this.#shop?.ref;
    this.#shop = found; // the same ref may come with a new label
    this.#candidate = this.#holdSince = null;
    return changed;
  }
}
