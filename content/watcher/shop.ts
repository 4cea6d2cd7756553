// Which shop a workbench page serves (round 46): one buyer writing to shop A and shop B is two conversations, so
// the watcher files a page's conversations under its shop (utils/buyer-key.ts shopKey). Read from what the page
// gives, most reliable first, through the site adapter's data (sites/ ShopSelectors): a shopId-like parameter of
// the URL (query, or the query of a `#/…?…` route), a shop id in the URL's path, else a shop-name element. Nothing
// found: null, and the page is filed as before (one shop per profile).
import type { ShopSelectors } from '../../sites/types';
import { sameList, type PendingSuspect } from '../../utils/shop-suspect';

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
/**
 * Round 53 (rt52 F2): a shop's name as compared and stored: NFKC (full-width forms, compatibility brackets), without
 * default-ignorable characters (a zero-width space the header carries is invisible, and split the shop), spaces
 * collapsed. Shop ids from the URL are kept as they are (keys stored before stay the same).
 */
export const normalizeShopName = (text: string | null | undefined): string =>
  clean((text ?? '').normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, ''));

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

/**
 * Round 53 (lead, after timers53): a connection or loading state said in a sentence (「网络异常，正在重连…」, 「连接已断开」,
 * 「正在加载店铺信息」) anywhere in the text: no shop is named so (a header showing it names none, and the shop taken
 * stays), however long it lasts — else after ShopFollower's maxHoldMs it became a shop and what arrived meanwhile a phantom.
 */
const CONNECTION_STATE =
  /网络(?:异常|错误|故障|不稳定|不给力|断开|已断开|连接失败|未连接|开小差)|(?:正在|重新|尝试)(?:连接|重连|加载|载入|刷新|同步|切换)|重连中|连接(?:中|已?断开|失败|超时|异常)|已?掉线|断线重连|(?:加载|载入|读取|获取|请求|同步|刷新)(?:失败|出错|异常|超时)|(?:点击|点此|请)(?:重试|刷新|重新)|稍后(?:再试|重试)|reconnecting|connection (?:lost|failed)|network error|failed to load|retry/iu;
/**
 * Round 53 (lead, rt53 F2): a sentence said to the agent — two clauses with a request or a state in the second (「…，请检查网络设置」,
 * 「…，点击重试」) — is a message, not a shop's name, whatever its words.
 */
const SENTENCE_TO_AGENT = /[，,。！!；;]\s*(?:请|点击|点此|稍后|正在|已|无法|不能|暂时|请您)/u;

/** A text that can be a shop's name: not empty, not only punctuation or symbols, not a placeholder (PLACEHOLDER, CONNECTION_STATE). */
export function isShopName(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !PLACEHOLDER.test(text) && !CONNECTION_STATE.test(text) && !SENTENCE_TO_AGENT.test(text);
}

/** Not part of a word: a separator, a bracket, a space (what starts or ends a decoration). */
const EDGE = /[^\p{L}\p{N}\p{M}]/u;

/**
 * Round 53 (rt52 F1/F2): `name` is `shop`'s name with something before or after it, set off by a separator, bracket
 * or space (「日本直邮馆-大阪店」, 「日本直邮馆〈客服03〉」, 「客服03@日本直邮馆」). Whether that is the same shop (a status,
 * a sub-account) or a sister shop (a branch) the name cannot tell: ShopFollower decides by the conversation list. A
 * name going on with a letter or digit (「日本直邮馆旗舰店」, 「日本直邮馆2」) is no decoration: another shop.
 */
export function decorates(name: string, shop: string): boolean {
  const [n, s] = [normalizeShopName(name), normalizeShopName(shop)];
  if (!s || n === s) return false;
  for (let at = n.indexOf(s); at >= 0; at = n.indexOf(s, at + 1)) {
    const before = n.slice(0, at);
    const after = n.slice(at + s.length);
    if ((!before || EDGE.test(before.slice(-1))) && (!after || EDGE.test(after[0]!))) return true;
  }
  return false;
}

/**
 * Round 53 (rt52 F3): what a header adds that is never a shop: an agent's status (小休中, 忙碌, 离线…) or the sub-account
 * logged in (客服03, 子账号…), set off by a separator or brackets, before or after the name. Only these words: an
 * unknown addition (「-大阪店」, 「（华中）」) may be a sister shop and is left to ShopFollower's evidence.
 */
const DECORATION_WORD = '(?:小休|休息|忙碌|离开|暂离|挂起|在线|离线|勿扰|会议|用餐|培训)中?|客服\\s*\\d+|子账号[\\p{L}\\p{N}]{0,12}';
const KNOWN_AFTER = new RegExp(`^(.*?[\\p{L}\\p{N}].*?)([^\\p{L}\\p{N}\\p{M}]+)(?:${DECORATION_WORD})[^\\p{L}\\p{N}\\p{M}]*$`, 'u');
const KNOWN_BEFORE = new RegExp(`^[^\\p{L}\\p{N}\\p{M}]*(?:${DECORATION_WORD})[^\\p{L}\\p{N}\\p{M}]+(.*[\\p{L}\\p{N}].*)$`, 'u');

/** The shop's name without a known status or sub-account decoration (normalised; the name itself when it has none). */
export function withoutKnownDecoration(name: string): string {
  let n = normalizeShopName(name);
  for (let i = 0; i < 3; i++) {
    const base = knownDecorationOff(n);
    if (!base || !isShopName(base)) break;
    n = base;
  }
  return n;
}

/**
 * `name` without one known decoration at its end or start, or '' when it has none. Round 54: the separator before a
 * decoration at the end gives back the closing brackets the name itself opened — 「日本直邮馆（大阪店）（小休中）」 is
 * 日本直邮馆（大阪店）, not 日本直邮馆（大阪店 (which keyed a second shop).
 */
function knownDecorationOff(name: string): string {
  const after = KNOWN_AFTER.exec(name);
  if (after) {
    let base = after[1]!;
    const open = (base.match(/\p{Ps}/gu) ?? []).length - (base.match(/\p{Pe}/gu) ?? []).length;
    const closers = /^\s*(\p{Pe}*)/u.exec(after[2]!)![1]!;
    base += closers.slice(0, Math.max(0, open));
    return base.trim();
  }
  const before = KNOWN_BEFORE.exec(name);
  return before ? before[1]!.trim() : '';
}

/**
 * Round 54 (rt53 note): the name as the page shows it, for the popup and alerts: spaces collapsed, invisible characters
 * dropped, but not NFKC (「日本直邮馆（大阪店）」 keeps its full-width brackets). The key stays normalizeShopName's.
 */
export const displayShopName = (text: string | null | undefined): string =>
  clean((text ?? '').replace(/\p{Default_Ignorable_Code_Point}/gu, ''));

/** `label` (as shown) without the known decoration withoutKnownDecoration strips from its key; else `key`'s own form. */
function labelWithout(label: string, key: string): string {
  if (normalizeShopName(label) === key) return label;
  let n = displayShopName(label);
  for (let i = 0; i < 3; i++) {
    const base = knownDecorationOff(n);
    if (!base) break;
    n = base;
    if (normalizeShopName(n) === key) return n;
  }
  return key;
}

function nameOnPage(doc: ParentNode, selectors: ShopSelectors): { key: string; label: string } | null {
  if (!selectors.name) return null;
  let elements: Element[];
  try {
    elements = [...doc.querySelectorAll(selectors.name)];
  } catch {
    return null;
  }
  for (const el of elements) {
    if (selectors.notInside && el.closest(selectors.notInside)) continue;
    const name = normalizeShopName(el.textContent);
    if (isShopName(name)) return { key: name, label: displayShopName(el.textContent) };
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
  if (id) return { ref: `id:${id}`, label: name?.label ?? id, source: 'url' };
  if (name) return { ref: `name:${name.key}`, label: name.label, source: 'name' };
  return null;
}

/**
 * Which shop a page serves, followed over time (round 51; content/start.ts asks every SHOP_CHECK_MS and before every
 * send to the ledger). A shop id in the URL is taken at once; a shop known only by a name on the page once that name
 * has shown unchanged `stableMs` (a header may show the previous login's name or a placeholder a moment). While the
 * page names a shop other than the one taken (a switch in the header's shop switcher: the name, the session list and
 * the chat change together), the page is not settled: nothing is filed under either shop until the new one is taken,
 * so the new shop's buyers never go under the old one. A page naming no shop (header gone) keeps the one taken.
 *
 * Round 53 (rt52 F1–F3): names are compared normalised (normalizeShopName), without a known status or sub-account
 * decoration (withoutKnownDecoration: 「日本直邮馆（小休中）」 is 日本直邮馆, at load too). Any other name change is
 * decided, once it held still `stableMs`, by the conversation list (`list`: ids of what the page shows) as it was
 * before the change and as it is now:
 * - replaced (fewer than half of the ids before still shown): a switch, the new name is a new shop, whatever it is;
 * - no list to tell by: a decoration of the taken name (decorates: 「日本直邮馆〈VIP〉」) is the same shop, another name a
 *   new one;
 * - kept: undecided (nothing filed) until DECIDE_MS after the change, because a real workbench loads the header and
 *   the session list by separate requests (rt53 F1: a list replaced 4–6 s after the name); still kept then, the
 *   name is the taken shop's for as long as it shows, decoration or not (rt53 F2: 「网络不给力，…」 over the same
 *   conversations is the same shop). Under such a folded name the buyers on the cards are watched still: most of
 *   them replaced within `stableMs` is a switch after all.
 * The list compared is the one `stableMs` before the change, and the buyers on the cards LOOKBACK_MS before it
 * (rt53 F1: a list replaced a few seconds before the header).
 * Round 54 (rt53 F1 listfirst): what was filed under this shop between a list replaced first and the header changing
 * later is moved to the new shop once the switch is decided (refileSince, content/watcher/refile.ts).
 * Left guessed: a sister shop whose list shows the same buyers as this one's, or none, is folded.
 */
/** How long after a name change a kept list may still be replaced (a switch whose list renders late). */
const DECIDE_MS = 10_000;
/**
 * How far before a name change the buyers on the cards are looked at (a list replaced before the header). Round 54
 * (rt54 F2): 8 s folded a header 10–12 s late and lost A's waiting buyer; 20 s covers the 15 s the project already
 * allows a header's transient text (a loaded agent PC), and a filter in that time is no switch (mostlyGone).
 */
const LOOKBACK_MS = 20_000;
/**
 * Round 56 (rt55 F9): a header 25 s after B's list was past LOOKBACK_MS and folded into A. The look-back is now also
 * anchored to the list's last replacement: when the cards have shown as good as the same buyers (sameList) since
 * they replaced another list, under the taken shop's unchanged name, the list before that replacement is what a name
 * change is compared with, up to this long after the replacement.
 */
const ANCHOR_MAX_MS = 60_000;

/** The buyers on the session cards among list ids (`card:<buyer>:<hash of the last message>`), their messages aside. */
export function cardBuyers(ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    if (!id.startsWith('card:')) continue;
    const at = id.lastIndexOf(':'); // an id without the hash is its buyer
    out.add(at > 'card'.length ? id.slice(0, at) : id);
  }
  return out;
}

/**
 * Most of `before` gone from `now`: fewer than half kept (messages), or at most half (`halfGone`: buyers, as a sister shop's
 * list may share a buyer with this one's); null when `before` has fewer than `min` ids to tell by. Round 54 (rt54 F1): a
 * list of cards that only lost buyers (未读, 已超时, a search: no buyer that was not there before) is a filter of this
 * shop's list, never another shop's: not gone.
 */
function mostlyGone(before: ReadonlySet<string>, now: ReadonlySet<string>, min = 1, halfGone = false): boolean | null {
  if (before.size < min) return null;
  let kept = 0;
  for (const id of before) if (now.has(id)) kept++;
  const gone = halfGone ? kept * 2 <= before.size : kept * 2 < before.size;
  return gone && !onlyFiltered(before, now, halfGone);
}

/**
 * `now` shows only buyers `before` showed (a filtered view). `buyers`: both are sets of buyers (cardBuyers); else of
 * list ids, told by their cards (none: rows only, no filter to tell).
 */
function onlyFiltered(before: ReadonlySet<string>, now: ReadonlySet<string>, buyers: boolean): boolean {
  const [was, is] = buyers ? [before, now] : [cardBuyers(before), cardBuyers(now)];
  if (!was.size) return false;
  for (const buyer of is) if (!was.has(buyer)) return false;
  return true;
}


export class ShopFollower {
  #shop: PageShop | null = null;
  #candidate: {
    ref: string;
    since: number;
    before: ReadonlySet<string> | null;
    older: ReadonlySet<string> | null;
    /** Round 55: the buyers on the cards as last seen kept (the taken shop's list still shown under the new name). */
    kept?: ReadonlySet<string>;
  } | null = null;
  #holdSince: number | null = null;
  /** Names decided to be the taken shop (their list kept): name ref → the shop. */
  readonly #folded = new Map<string, PageShop>();
  /** What the list showed while the page named the taken shop, most recent last (LOOKBACK_MS of it and one before). */
  #seen: { at: number; ids: ReadonlySet<string> }[] = [];
  /**
   * Round 56: since when the cards have shown the same list (sameList, look after look), and the last look before
   * that showed another one (null: none seen, or no cards to tell by).
   */
  #run: { since: number; before: { at: number; ids: ReadonlySet<string> } | null } | null = null;
  /** Every buyer the cards showed under the taken shop's name (a list back to one shown before is no new shop's). */
  readonly #shownBuyers = new Set<string>();
  readonly #readName: () => PageShop | null;
  readonly #read: () => PageShop | null;

  constructor(
    read: () => PageShop | null,
    private readonly now: () => number = Date.now,
    private readonly stableMs = 2000,
    /** A name that never holds still (a counter in the element?) holds nothing back longer than this. */
    private readonly maxHoldMs = 15_000,
    /** Ids of the conversations and messages the page shows (shop-list.ts); none: names alone decide. */
    private readonly list?: () => readonly string[],
  ) {
    this.#readName = () => {
      const found = read();
      if (found?.source !== 'name') return found;
      const name = withoutKnownDecoration(found.ref.slice('name:'.length));
      return { ref: `name:${name}`, label: labelWithout(found.label, name), source: 'name' };
    };
    this.#read = () => {
      const shop = this.#readName();
      if (!shop || shop.source !== 'name' || shop.ref === this.#shop?.ref) return shop;
      return this.#folded.get(shop.ref) ?? shop;
    };
    const first = this.#read();
    if (first?.source === 'url') this.#shop = first;
    else this.#note(first);
  }

  /** The shop taken (null: none yet). */
  get shop(): PageShop | null {
    return this.#shop;
  }

  /** The list as it was `ago` ms before now (the last snapshot at or before then; else the first kept). */
  #listAt(ago: number): ReadonlySet<string> | null {
    const at = this.now() - ago;
    return (this.#seen.filter((s) => s.at <= at).pop() ?? this.#seen[0])?.ids ?? null;
  }

  #note(found: PageShop | null, snapshot = false): void {
    const now = this.now();
    if (!found || found.ref === this.#shop?.ref) {
      this.#candidate = this.#holdSince = null;
      if (snapshot && found && this.list) {
        const look = { at: now, ids: new Set(this.list()) };
        const last = this.#seen.at(-1);
        const buyers = cardBuyers(look.ids);
        if (!this.#run) this.#run = { since: last?.at ?? now, before: null };
        else if (last && !sameList(cardBuyers(last.ids), buyers)) {
          // Anchored only on a list of at least half buyers never shown under this name (a search cleared, A's list back, is none).
          const fresh = [...buyers].filter((b) => !this.#shownBuyers.has(b)).length;
          this.#run = { since: now, before: fresh > 0 && fresh * 2 >= buyers.size ? last : null };
        }
        if (this.#shownBuyers.size > 2000) this.#shownBuyers.clear();
        for (const b of buyers) this.#shownBuyers.add(b);
        this.#seen.push(look);
        // Kept: the last one older than LOOKBACK_MS, and what came after it.
        while (this.#seen.length > 1 && this.#seen[1]!.at <= now - LOOKBACK_MS) this.#seen.shift();
      }
      return;
    }
    if (this.#candidate?.ref !== found.ref) {
      // The list stableMs before the name changed (a switch may replace it a moment before the header), and the buyers LOOKBACK_MS before.
      this.#candidate = { ref: found.ref, since: now, before: this.#listAt(this.stableMs), older: this.#anchoredBefore() ?? this.#listAt(LOOKBACK_MS) };
    }
    this.#holdSince ??= now;
  }

  /**
   * Round 56 (rt55 F9): the list before the last replacement, when that was more than LOOKBACK_MS and at most
   * ANCHOR_MAX_MS ago and the cards have shown the same list since (a list replaced, then the header late); else null.
   */
  #anchoredBefore(): ReadonlySet<string> | null {
    const run = this.#run;
    if (!run?.before || cardBuyers(run.before.ids).size < 2) return null;
    const age = this.now() - run.since;
    return age > LOOKBACK_MS && age <= ANCHOR_MAX_MS ? run.before.ids : null;
  }

  /**
   * Round 57 (rt54 F4): the cards replaced another list under the taken shop's unchanged name (the anchored run of
   * round 56: at least half of them buyers never shown under it) within ANCHOR_MAX_MS: what was filed since `since`
   * (the last look at the list before) may be another shop's, decided only once its header shows. `buyers`: the
   * cards' buyers at the last look (card ids). Null otherwise. A page reloaded meanwhile resumes from it (content/start.ts).
   */
  get suspected(): { since: number; buyers: ReadonlySet<string> } | null {
    if (this.#shop?.source !== 'name' || !this.list) return null;
    // The last look check() took (no second read of the page each second).
    const buyers = cardBuyers(this.#seen.at(-1)?.ids ?? []);
    const run = this.#run;
    if (run?.before && cardBuyers(run.before.ids).size >= 2 && this.now() - run.since <= ANCHOR_MAX_MS) return buyers.size ? { since: run.before.at, buyers } : null;
    const resumed = this.#resumedOn(buyers);
    return resumed ? { since: resumed.since, buyers } : null;
  }

  /**
   * Round 58 (timers57 left): a suspicion the page before a reload told the worker, which kept it because this page
   * took the same shop showing the suspected list (a header lagging after the reload). The buyers on the cards then.
   */
  #resumed: { ref: string; since: number; until: number; buyers: ReadonlySet<string> } | null = null;

  /**
   * Follows a suspicion kept across a reload (content/start.ts, from the worker's answer): until its expiry, while the
   * cards show that list under `shopRef`'s name, `suspected` holds it, and the header naming another shop decides the
   * switch (as the page before the reload would have: the list was replaced before it loaded).
   */
  resumeSuspicion(shopRef: string, pending: PendingSuspect): void {
    const buyers = cardBuyers(this.#seen.at(-1)?.ids ?? []);
    if (this.#shop?.source === 'name' && this.#shop.ref === shopRef && buyers.size >= 2) this.#resumed = { ref: shopRef, ...pending, buyers };
  }

  /** The resumed suspicion while it holds for the cards' `buyers` (null, and forgotten, once it expired or another list shows). */
  #resumedOn(buyers: ReadonlySet<string>): { since: number } | null {
    const r = this.#resumed;
    if (!r) return null;
    if (this.#shop?.ref !== r.ref || this.now() > r.until || !sameList(r.buyers, buyers)) return (this.#resumed = null);
    return r;
  }

  /**
   * true: the list shown before the name changed is replaced; false: kept; null: nothing to tell by. The session cards
   * decide when there were any (round 53, lead: opening another buyer's chat replaces the rows, not the cards, and the
   * rows outnumber the cards); the chat's rows only on a page without cards. The buyers on the cards LOOKBACK_MS
   * before count too (a list replaced a few seconds before the header, rt53 F1).
   */
  #listReplaced(before: ReadonlySet<string> | null, older: ReadonlySet<string> | null): boolean | null {
    if (!this.list || !before || before.size === 0) return null;
    const current = new Set(this.list());
    const cards = [...before].filter((id) => id.startsWith('card:'));
    const compared = new Set(cards.length ? cards : before);
    const replaced = mostlyGone(compared, current);
    if (replaced || !older) return replaced;
    return mostlyGone(cardBuyers(older), cardBuyers(current), 2, true) === true;
  }

  /**
   * Round 68 (timers68): a look at the list as check() takes each second, nothing decided (no shop taken or folded):
   * what `suspected` reads, up to date at the moment the page files (content/start.ts, before each filing). Only while
   * the page names the taken shop; a name in change is check()'s to decide.
   */
  look(): void {
    const found = this.#read();
    if (found && found.ref === this.#shop?.ref) this.#note(found, true);
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
    const shown = this.#readName();
    // Under a folded name, most buyers on the cards replaced within stableMs: a switch after all (a list that rendered later still).
    if (shown && shown.ref !== this.#shop?.ref && this.#folded.has(shown.ref) && this.list) {
      const ref = cardBuyers(this.#listAt(this.stableMs) ?? []);
      const gone = mostlyGone(ref, cardBuyers(this.list()), 2, true);
      // Replaced since the last look at it, under the folded name: what was filed since then is the new shop's.
      if (gone) return this.#take(shown, this.#seen.at(-1)?.at ?? null);
    }
    const found = this.#read();
    this.#note(found, true);
    // A resumed suspicion is dropped at the first look showing another list (A's own: the page really is A).
    if (this.#resumed) this.#resumedOn(cardBuyers(this.list?.() ?? []));
    if (!found) return false;
    const candidate = this.#candidate;
    if (candidate && found.source === 'name') {
      const held = this.now() - candidate.since;
      if (this.#shop?.source === 'name' && this.list && this.#listReplaced(candidate.before, candidate.older) === false) {
        candidate.kept = cardBuyers(this.list()); // header first: the taken shop's list still on screen
      }
      if (held < this.stableMs) return false;
      const shop = this.#shop;
      if (shop?.source === 'name') {
        // Round 58: a switch suspected before a reload, its list still shown: the header naming another shop decides it.
        const resumed = this.#resumedOn(cardBuyers(this.list?.() ?? []));
        if (resumed) return this.#take(found, resumed.since, undefined, true);
        const replaced = this.#listReplaced(candidate.before, candidate.older);
        const [name, taken] = [found.ref.slice('name:'.length), shop.ref.slice('name:'.length)];
        const fold = replaced === false ? held >= DECIDE_MS : replaced === null && (decorates(name, taken) || decorates(taken, name));
        if (fold) {
          this.#folded.set(found.ref, shop);
          this.#candidate = this.#holdSince = null;
          return false;
        }
        if (replaced === false) return false; // kept so far: undecided until DECIDE_MS
        return this.#take(found, this.#replacedBefore(candidate.older, candidate.since), candidate.kept);
      }
    }
    return this.#take(found);
  }

  /**
   * Round 54 (rt53 F1 listfirst): the list was replaced while the page still named the taken shop, before the name
   * changed at `since`: the moment it was last seen otherwise, when the looks just before `since` showed the new list;
   * else null (replaced with the name or after it: nothing was filed meanwhile).
   * Round 55 (rt55 F1/F2): only a list the new name then kept showing (sameList: the cards now, as good as) counts as
   * replaced early. A search or a view of A's own list (older conversations under A's unchanged header), or A's cards
   * turning over, is A's list: what was filed while it showed stays A's, however little of A's first list it kept.
   */
  #replacedBefore(older: ReadonlySet<string> | null, since: number): number | null {
    const was = cardBuyers(older ?? []);
    if (was.size < 2) return null;
    const current = cardBuyers(this.list?.() ?? []);
    let last: number | null = null;
    let early = false;
    // Round 56: the last look before an anchored replacement may be older than what #seen keeps.
    const before = this.#run?.before;
    const looks = before && (!this.#seen.length || before.at < this.#seen[0]!.at) ? [before, ...this.#seen] : this.#seen;
    for (const seen of looks) {
      if (seen.at >= since) break;
      // A filter of A's list (only buyers A's list showed) is A's, however like B's list it looks (rt54 F1).
      const shown = cardBuyers(seen.ids);
      early = sameList(shown, current) && !onlyFiltered(was, shown, true);
      if (!early) last = seen.at;
    }
    return early ? last : null;
  }

  /**
   * Round 54: set when the shop taken last changed from one named shop to another whose list replaced the first's
   * before its name showed: since when what was filed under the shop before is the new one's (content/start.ts moves
   * it, background/ledger/refile.ts). Null otherwise.
   */
  refileSince: number | null = null;

  /**
   * Round 55 (rt54 F3, header first): set when the shop taken last changed from one named shop to another whose name
   * showed while the first one's list was still on screen: the shop before, and the buyers its cards showed then that
   * the new list does not show. What the page held for them meanwhile (an answer, a question in the open chat) is the
   * shop before's (content/start.ts files it there). A buyer the new list shows too stays with the new shop. Else null.
   */
  keptBefore: { shop: PageShop; buyers: ReadonlySet<string> } | null = null;

  /** `kept` buyers (card ids) the list shown now does not show, as conversation keys; null when none. */
  #keptOnly(shop: PageShop, kept: ReadonlySet<string>): { shop: PageShop; buyers: ReadonlySet<string> } | null {
    const now = cardBuyers(this.list?.() ?? []);
    const buyers = new Set([...kept].filter((b) => !now.has(b)).map((b) => b.slice('card:'.length)));
    return buyers.size ? { shop, buyers } : null;
  }

  /**
   * Round 58: set when the shop taken last changed by a resumed suspicion (resumeSuspicion): the shop before, whose
   * records the worker kept are to move (content/start.ts asks it). Null otherwise.
   */
  resumedFrom: PageShop | null = null;

  #take(found: PageShop, replacedAt: number | null = null, kept?: ReadonlySet<string>, resumed = false): boolean {
    const changed = found.ref !== this.#shop?.ref;
    if (changed) this.resumedFrom = resumed ? this.#shop : null;
    if (changed) this.refileSince = this.#shop?.source === 'name' && found.source === 'name' ? replacedAt : null;
    if (changed) this.keptBefore = this.#shop?.source === 'name' && found.source === 'name' && kept ? this.#keptOnly(this.#shop, kept) : null;
    this.#shop = found; // the same ref may come with a new label
    if (changed) {
      this.#folded.clear();
      // Its list from the moment it is taken: a switch right after it still has a list to be told by.
      this.#seen = this.list && found.source === 'name' ? [{ at: this.now(), ids: new Set(this.list()) }] : [];
      this.#run = null;
      this.#resumed = null;
      this.#shownBuyers.clear();
    }
    this.#candidate = this.#holdSince = null;
    return changed;
  }
}
