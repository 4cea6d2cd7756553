// Starts the content-script features in this frame: the compose guard everywhere (it finds the
// composer itself, through the site adapters — the built-in ones and those the agent configured on
// the options page, followed live — or the generic path), and the chat features (watcher,
// countdown chips, the rule-2.5 send check) once a site adapter recognises the page — a built-in
// one, or a configured site with watcher selectors. A single-page app may render its workbench
// after the script runs, so the page is watched until it does (or given up on after a while).
import { configuredAdapters, parsesAsSelector } from '../sites/configured';
import { kuaishou } from '../sites/kuaishou';
import type { SiteAdapter } from '../sites/types';
import { loadSettings, watchSettings } from '../utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings-schema';
import { registerSendCheck, startGuard } from './guard/index';
import { startCountdown } from './countdown/index';
import { createFrequencySendCheck } from './watcher/frequency-check';
import { startWatcher, type Watcher } from './watcher/index';
import { cardBuyers, readShop, ShopFollower, type PageShop } from './watcher/shop';
import { SuspicionReporter } from './watcher/shop-suspect';
import { listIds } from './watcher/shop-list';
import { fileUnder, refileUnder, shownIn, splitKept } from './watcher/refile';
import type { HeldCard, Observed } from './watcher/tracker';
import { ServerClock } from './watcher/server-clock';

const ADAPTERS: readonly SiteAdapter[] = [kuaishou];
const GIVE_UP_AFTER_MS = 60_000;
/** How often the page's shop is read again (a header that names it may render late; a login switch without reload). */
const SHOP_CHECK_MS = 1000;
/**
 * A shop known only by a name on the page (no shop id in the URL) is used once it has shown unchanged this long: a
 * header may show a placeholder or the previous login's name for a moment, and what is filed under a wrong shop would
 * stay there. Round 51: meanwhile nothing is filed (ShopFollower, content/watcher/shop.ts): the watcher holds its
 * events, each with its own time, and they go out under the shop the page settles on.
 */
const SHOP_NAME_STABLE_MS = 2000;

/**
 * Round 67 (timers67): what one run of the chat features hands to the next when a settings change restarts them on this
 * page (startContent): the events not filed yet and the cards waiting for their countdown's next write, as a watcher
 * replacement does (run() below). Lost before: a buyer seen a moment before the agent saved the options page.
 */
interface ChatHandover {
  carried?: Observed;
  cards?: readonly HeldCard[];
}

/** Everything a watcher holds that is not filed yet, for the run that replaces it (unsent first: its older events). */
function handOver(watcher: Watcher): ChatHandover {
  const unsent = watcher.takeUnsent();
  const held = watcher.takeHeld();
  const cards = watcher.takeHeldCards();
  const carried: Observed = { messages: [...unsent.messages, ...held.messages, ...cards.filed], ratings: [...unsent.ratings, ...held.ratings] };
  return { ...(carried.messages.length || carried.ratings.length ? { carried } : {}), ...(cards.cards.length ? { cards: cards.cards } : {}) };
}

/**
 * `serverClock`: the page's one server-clock estimate (round 67): every watcher of this page, replaced on a shop switch,
 * a fresh read or a settings restart, dates and deadlines by it, so the calibration made so far is never started over
 * (before, each new watcher ran on the PC's clock until calibrated again: its deadlines up to minutes off the old one's).
 * `from`: what the run before this one (a settings restart) handed over. Returns the hand-over of this run, for the next.
 */
function startFeatures(adapter: SiteAdapter, signal: AbortSignal, serverClock: ServerClock, from?: ChatHandover): () => ChatHandover {
  // The chat features' own mark; data-replyguard-attached is the guard's (set once it guards a composer).
  document.documentElement.setAttribute('data-replyguard-chat', adapter.id);
  // …and gone once they stop (a configured site turned off or changed), so the page can tell.
  signal.addEventListener('abort', () => document.documentElement.removeAttribute('data-replyguard-chat'), { once: true });
  // The chat rows and session list live in the top page (the composer may be in a frame).
  if (window !== window.top) return () => ({});
  // Round 46: the page's shop keys its conversations (one buyer writing to two shops is two). A shop found later (a
  // header rendered after the script), or another shop (the login switched without a reload), starts the chat
  // features afresh under it: the rows are read again and filed under the shop; the ledger moves what this page
  // filed without a shop into it (ingest.ts). A shop that stops showing is kept (the page did not change shop).
  // Round 53: a name change is told from a switch by the list shown (shop-list.ts): replaced along with the name, a new shop.
  const follower = new ShopFollower(() => readShop(document, location.href, adapter.shop), Date.now, SHOP_NAME_STABLE_MS, undefined, () => listIds(document, adapter));
  let chat: { controller: AbortController; watcher: Watcher } | null = null;
  // Round 57 (rt54 F4): a suspected list replacement is kept by the worker per tab, for a reload before it is decided.
  // Round 68: told before each filing too (startChat's beforeFiling), not only at the next check a second later.
  const suspicion = adapter.shop ? new SuspicionReporter(follower, (at) => chat?.watcher.filedSince(at) ?? []) : null;
  /**
   * `carry`: 'held' when another shop is taken (what the watcher before saw while the page named it goes out under
   * it), 'unsent' when the same shop is read afresh (round 52: after the page named another shop a moment, see
   * WatcherOptions.reread; only what the background did not take yet of this shop goes on).
   */
  const run = (carry: 'held' | 'unsent' = 'held', kept?: { shop: PageShop; buyers: ReadonlySet<string> } | null, from?: ChatHandover) => {
    let carried = from?.carried ?? (carry === 'held' ? chat?.watcher.takeHeld() : chat?.watcher.takeUnsent());
    // Round 66: the cards the watcher waited on for their countdown's next write go on to the next one (lost before when
    // gone from the list in that instant); those of the list kept as shop A's are filed as first read, with A's events.
    const stayA = kept ? shownIn(kept.buyers) : null;
    const held = from ? { cards: from.cards ?? [], filed: [] } : chat?.watcher.takeHeldCards(stayA ? (card) => stayA({ conv: card.conv, buyerName: card.name ?? card.conv }) : undefined);
    if (held?.filed.length) (carried ??= { messages: [], ratings: [] }).messages.push(...held.filed);
    if (kept) {
      // Round 55 (rt54 F3): the new shop's name showed before its list; what A's list showed meanwhile stays A's.
      const split = splitKept(carried, kept.buyers);
      fileUnder(kept.shop, split.kept, signal);
      carried = split.rest;
    }
    chat?.controller.abort();
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    const reread = () => queueMicrotask(() => controller.signal.aborted || run('unsent'));
    chat = { controller, watcher: startChat(adapter, controller.signal, serverClock, () => follower.shop, () => follower.settled(), carried, reread, held?.cards, suspicion ? () => suspicion.beforeFiling() : undefined) };
  };
  run('held', null, from);
  const takeAll = () => (chat ? handOver(chat.watcher) : {});
  if (!suspicion) return takeAll;
  const check = setInterval(() => {
    const was = follower.shop;
    if (follower.check()) {
      // Round 54: the new shop's list showed before its name did: what was filed since then under the shop before is the new one's.
      const since = follower.refileSince;
      if (was && follower.shop && since !== null && chat) refileUnder(was, follower.shop, since, chat.watcher.filedSince(since), signal);
      // The first shop this page takes: a page before it in this tab may have been reloaded mid-switch.
      const taken: PageShop | null = follower.shop;
      if (!was && taken?.source === 'name') {
        // Round 58: the same shop as the suspicion, its list still shown (a header lagging after the reload): followed.
        void suspicion.resume(taken, cardBuyers(listIds(document, adapter))).then((pending) => pending && follower.resumeSuspicion(taken.ref, pending));
      } else if (was && taken && follower.resumedFrom?.ref === was.ref) {
        // …and decided by the header naming another shop: the worker moves what it kept (this page's own moved above).
        void suspicion.resume(taken, cardBuyers(listIds(document, adapter)));
      }
      run('held', was && follower.keptBefore?.shop.ref === was.ref ? follower.keptBefore : null);
    } else chat?.watcher.release();
    suspicion.tick();
  }, SHOP_CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(check), { once: true });
  return takeAll;
}

function startChat(adapter: SiteAdapter, signal: AbortSignal, serverClock: ServerClock, shop: () => PageShop | null, settled: () => boolean, carried?: Observed, reread?: () => void, heldCards?: readonly HeldCard[], beforeFiling?: () => void): Watcher {
  const watcher = startWatcher(adapter, signal, Date.now, serverClock, shop, { settled, carried, heldCards, reread, beforeFiling });
  // Date.now read at each redraw, not bound here: a test can then set this world's clock to the deadline's very millisecond (round 63).
  startCountdown(adapter, signal, () => Date.now(), watcher.currentKey, () => shop()?.ref ?? null);
  // Rule 2.5 before a send: the guard asks this check on every send attempt in this frame.
  let frequency = DEFAULT_SETTINGS.timers.frequency;
  // Rejected in a page that outlived its extension (reloaded or updated): the defaults stay.
  loadSettings().then((s) => (frequency = s.timers.frequency), () => undefined);
  watchSettings((s) => (frequency = s.timers.frequency), signal);
  registerSendCheck(createFrequencySendCheck(watcher.current, () => frequency), signal);
  // Round 45: the moment of each send attempt, for the server-clock calibration (its row's printed time comes back later).
  registerSendCheck((ctx) => (watcher.noteSend(ctx.text), null), signal);
  return watcher;
}

export function startContent(signal: AbortSignal): void {
  startGuard(signal);
  // The agent's own sites with watcher selectors (options page), ahead of the built-in adapters:
  // followed live, so a saved change starts, restarts or stops the chat features without a reload.
  const isValidSelector = parsesAsSelector(document);
  let configured: SiteAdapter[] = [];
  const find = () => [...configured.filter((a) => a.chat || a.sessions), ...ADAPTERS].find((a) => a.matches(location));
  let running: { key: string; controller: AbortController; handOver: () => ChatHandover } | null = null;
  // Round 67: one server-clock estimate for the page, whichever chat features run on it (startFeatures).
  const serverClock = new ServerClock();
  let observer: MutationObserver | null = null;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const stopWaiting = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(timeout);
  };
  const evaluate = () => {
    if (signal.aborted) return;
    const found = find();
    const key = found ? JSON.stringify([found.id, found.composer, found.chat, found.sessions]) : null;
    if (key === (running?.key ?? null)) return;
    // Round 67: a settings restart hands over what the features ran with, as a watcher replacement does.
    const handed = found ? running?.handOver() : undefined;
    running?.controller.abort();
    running = null;
    if (found) {
      stopWaiting();
      const controller = new AbortController();
      signal.addEventListener('abort', () => controller.abort(), { once: true });
      running = { key: key!, controller, handOver: () => ({}) };
      running.handOver = startFeatures(found, controller.signal, serverClock, handed);
      return;
    }
    // Until a site adapter recognises the page, only the guard runs (sites/generic.ts fallback). A
    // single-page app may render its workbench later: watched for a while.
    if (observer) return;
    observer = new MutationObserver(evaluate);
    timeout = setTimeout(stopWaiting, GIVE_UP_AFTER_MS);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  const apply = (s: Settings) => {
    configured = configuredAdapters(s.sites, isValidSelector);
    evaluate();
  };
  signal.addEventListener('abort', () => {
    stopWaiting();
    running?.controller.abort();
  });
  evaluate();
  loadSettings().then(apply, () => undefined);
  watchSettings(apply, signal);
}
