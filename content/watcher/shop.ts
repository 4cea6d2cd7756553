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

