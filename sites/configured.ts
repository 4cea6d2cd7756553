// Site adapters from the agent's own settings (options page → settings.sites): another chat tool
// the agent enabled, with the composer and Send button selectors typed there. Data and DOM facts
// only, like every adapter. A selector that does not parse is dropped here (the stored settings may
// come from an import or an older version), so a bad one can never throw in the page; one that
// matches nothing leaves the composer to the generic detection (content/guard/attach.ts).
import { CHAT_REQUIRED, SESSIONS_REQUIRED, type SiteConfig, type WatchSelectors } from '../utils/settings-schema';
import { EDITABLE_SELECTOR } from './generic';
import type { ChatSelectors, SessionListSelectors, SiteAdapter } from './types';

/** Matches no element: an optional selector the agent left empty. */
const NOTHING = ':not(*)';

/**
 * The watcher's selectors from a site entry: the open chat when its four required selectors parse,
 * the conversation list when its two do; an optional one that is empty or does not parse matches
 * nothing (a row without a stamp gets the time it was first seen; without a body selector the whole
 * row is the text).
 */
export function watchSelectors(watch: WatchSelectors | undefined, isValidSelector: (selector: string) => boolean): { chat?: ChatSelectors; sessions?: SessionListSelectors } {
  if (!watch) return {};
  const usable = (field: keyof WatchSelectors): string | undefined => {
    const v = watch[field];
    return v && isValidSelector(v) ? v : undefined;
  };
  const opt = (field: keyof WatchSelectors) => usable(field) ?? NOTHING;
  const out: { chat?: ChatSelectors; sessions?: SessionListSelectors } = {};
  if (CHAT_REQUIRED.every((f) => usable(f))) {
    const row = usable('row')!;
    // `list` only serves `rowPart` (rows found from their parts), which is not offered here.
    out.chat = { list: NOTHING, row, mine: usable('mine')!, notMe: usable('notMe')!, stamp: opt('stamp'), body: opt('body'), system: opt('system'), currentBuyer: usable('currentBuyer')! };
  }
  if (SESSIONS_REQUIRED.every((f) => usable(f))) {
    out.sessions = { card: usable('card')!, name: usable('cardName')!, timeout: opt('cardTimeout'), lastMessage: opt('cardLastMessage'), active: opt('cardActive') };
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Chrome match pattern (`https://im.example.com/*`, `https://*.example.com/*`,
 * `http://127.0.0.1:5178/*`) as a regular expression over a URL without its fragment; null when it
 * is not one. No port in the pattern: any port, as Chrome matches.
 */
export function matchPatternRegExp(pattern: string): RegExp | null {
  const m = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*:]+)(?::(\d+|\*))?(\/.*)$/.exec(pattern);
  if (!m) return null;
  const [, scheme, host, port, path] = m as unknown as [string, string, string, string | undefined, string];
  const schemeRe = scheme === '*' ? 'https?' : scheme.toLowerCase();
  const hostRe = host === '*' ? '[^/:]+' : host.startsWith('*.') ? `(?:[^/:]+\\.)?${escape(host.slice(2).toLowerCase())}` : escape(host.toLowerCase());
  const portRe = port === undefined || port === '*' ? '(?::\\d+)?' : `:${port}`;
  const pathRe = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${portRe}${pathRe}$`);
}

/**
 * The URL a site's pattern is matched against. A document with no URL of its own (one the page builds from a Blob,
 * blob:https://im.example.com/…, or fills itself, about:blank) belongs to the page that made it: its origin stands for
 * it, so a whole-host pattern (https://im.example.com/*) covers it, as the site's registered scripts do
 * (utils/site-scripts.ts, matchOriginAsFallback). A pattern with a path does not: such a document has no path.
 * `documentOrigin`: the document's own origin (an about:blank document inherits its creator's; its URL has none).
 */
export function matchableUrl(location: Pick<Location, 'href' | 'origin'>, documentOrigin?: string): string {
  const href = location.href.replace(/#.*$/, '');
  if (!/^(?:blob|about|data):/i.test(href)) return href;
  const origin = [location.origin, documentOrigin].find((o) => o !== undefined && /^https?:\/\/[^/]+$/.test(o));
  return origin ? `${origin}/` : href;
}

/** The adapter id (ledger and guard status `site`, at most 40 characters): `site:` and the pattern's host. */
export function configuredSiteId(match: string): string {
  const host = /^[^:]+:\/\/([^/]+)/.exec(match)?.[1] ?? match;
  return `site:${host}`.slice(0, 40);
}

/**
 * One adapter per enabled site with at least one usable selector (composer, Send, or a complete
 * set for the watcher), in the order the agent listed them. `isValidSelector` parses CSS (the page has the DOM to do it). Without a composer selector
 * the first usable editable of the page is taken; without a Send selector the generic detection
 * finds the button next to the composer.
 */
export function configuredAdapters(sites: readonly SiteConfig[], isValidSelector: (selector: string) => boolean): SiteAdapter[] {
  const adapters: SiteAdapter[] = [];
  for (const site of sites) {
    if (!site.enabled) continue;
    const pattern = matchPatternRegExp(site.match);
    const editor = site.composer && isValidSelector(site.composer) ? site.composer : undefined;
    const send = site.send && isValidSelector(site.send) ? site.send : undefined;
    const watched = watchSelectors(site.watch, isValidSelector);
    if (!pattern || (!editor && !send && !watched.chat && !watched.sessions)) continue;
    const host = /^[^:]+:\/\/([^/]+)/.exec(site.match)?.[1] ?? site.match;
    adapters.push({
      id: configuredSiteId(site.match),
      name: host,
      matches: (location) => pattern.test(matchableUrl(location, globalThis.origin)),
      composer: { editor: editor ?? EDITABLE_SELECTOR, ...(send ? { send } : {}) },
      ...watched,
    });
  }
  return adapters;
}

/** Whether a CSS selector parses, without touching the page. */
export function parsesAsSelector(doc: Document): (selector: string) => boolean {
  const fragment = doc.createDocumentFragment();
  return (selector) => {
    try {
      fragment.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}
