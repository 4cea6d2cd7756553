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
 * Round 52 (rt51 F2), by their form rather than word by word: a two-character verb plus 中 (切换中, 处理中, 小休中:
 * something going on, never a shop's whole name), a request to the agent (请…: 请选择店铺, 请登录), a choice not made
 * yet (选择店铺, 未选择…, 暂无店铺), and an agent's status word alone (小休, 休息, 离开, 挂起).
 */
const PLACEHOLDER =
  /^(?:加载中|载入中|读取中|连接中|重连中|重新连接中?|刷新中|同步中|登录中|请稍[候后]|正在\S{0,10}|店铺(?:名称?)?|未知店铺|未登录|在线|离线|忙碌|\p{Script=Han}{2}中|请\S{1,12}|(?:选择|切换)(?:店铺|商家|门店|账号)?|未选择\S{0,6}|(?:暂无|没有|无)(?:店铺|商家|门店|账号)|小休|休息|离开|挂起|loading|connecting|reconnecting|refreshing|switching|please\b.{0,24}|(?:select|choose)(?: (?:a|the|your))?(?: (?:shop|store))?|no (?:shop|store)|offline|online)[\s.。…·]*$/iu;

/** A text that can be a shop's name: not empty, not only punctuation or symbols, not a placeholder (PLACEHOLDER). */
export function isShopName(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !PLACEHOLDER.test(text);
}

/**
 * Round 52 (rt51 F2): a header adds to the shop's name what the agent is doing or who is logged in, after a separator
 * or in brackets: 「日本直邮馆（小休中）」, 「日本直邮馆-客服03」, 「日本直邮馆 · 忙碌」. Such a name is the shorter one's shop.
 * The line: a name that goes on with a letter or digit right after the shorter one is another name, so another shop
 * (「日本直邮馆旗舰店」 is not 「日本直邮馆」, 「店铺A」 not 「店铺」); only a separator or an opening bracket right after the
 * whole shorter name starts an annotation. Left: a second shop named 「日本直邮馆 二店」 would be taken for 「日本直邮馆」.
 */
const ANNOTATION_START = /^[\s\-‐‑‒–—―_·•・|｜\/／\\:：~～(（[［【〔〖{｛<＜《「『]/u;
export function sameShopName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length > 0 && long.startsWith(short) && ANNOTATION_START.test(long.slice(short.length));
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
  /** The shops known by their name this page has taken, most recent last (round 52: a name with a suffix is one of them). */
  readonly #named: PageShop[] = [];
  readonly #read: () => PageShop | null;

  constructor(
    read: () => PageShop | null,
    private readonly now: () => number = Date.now,
    private readonly stableMs = 2000,
    /** A name that never holds still (a counter in the element?) holds nothing back longer than this. */
    private readonly maxHoldMs = 15_000,
  ) {
    // Round 52 (rt51 F2): a name that is a taken shop's name with an annotation (sameShopName) is that shop, under
    // its own ref and label: the header's status or sub-account never splits the shop's conversations.
    this.#read = () => {
      const found = read();
      if (found?.source !== 'name') return found;
      const name = found.ref.slice('name:'.length);
      const taken = this.#shop?.source === 'name' ? [...this.#named, this.#shop] : this.#named;
      for (let i = taken.length - 1; i >= 0; i--) if (sameShopName(taken[i]!.ref.slice('name:'.length), name)) return taken[i]!;
      return found;
    };
    const first = this.#read();
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
    const found = this.#read();
    this.#note(found);
    if (this.#candidate === null || this.#holdSince === null) return true;
    const now = this.now();
    // A name changing over and over: filed as before round 51 (under the shop taken), rather than held without end.
    return now - this.#holdSince >= this.maxHoldMs && now - this.#candidate.since < this.stableMs;
  }

  /** Takes the shop the page names once it may (see above); true when the shop taken changed. */
  check(): boolean {
    const found = this.#read();
    this.#note(found);
    if (!found) return false;
    if (found.ref !== this.#shop?.ref && found.source === 'name' && this.now() - this.#candidate!.since < this.stableMs) return false;
    const changed = found.ref !== this.#shop?.ref;
    this.#shop = found; // the same ref may come with a new label
    if (found.source === 'name' && !this.#named.some((s) => s.ref === found.ref)) this.#named.push(found);
    this.#candidate = this.#holdSince = null;
    return changed;
  }
}
