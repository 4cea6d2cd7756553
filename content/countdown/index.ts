// Countdown chips: on each waiting session card and in the chat header, the time left until the
// 5-minute deadline, redrawn every second as `deadline - Date.now()` from the state the background
// mirrors to storage.local. Nothing counts down: a throttled hidden tab, a stopped worker or a
// reload cannot make it drift.
import { ladderFromSeconds, type TimerEntry, type TimerState } from '../../background/timer-state';
import { askForMissedWake, waitingItem } from '../../utils/waiting';
import { stepDueAt, type AlertLevel } from '../../rules/metrics/deadlines';
import { isPastDeadline, REPLY_LIMIT_MS } from '../../rules/metrics/reply-rate';
import type { SiteAdapter } from '../../sites/types';
import { loadSettings, watchSettings } from '../../utils/settings';
import { readCurrentConversation } from '../watcher/rows';
import { readSessionCards } from '../watcher/sessions';
import { createShadowHost } from '../shadow-host';
import { splitShopKey } from '../../utils/buyer-key';
import { sendToBackground } from '../../utils/messages';

export const COUNTDOWN_PART = 'countdown';

const CSS = `
/* Round 59 (timers59b): a chip out of view skips its layout; in view it is drawn as before. Each second's new times
   (500 cards' chips) otherwise re-laid every card of the list, a second layout pass a second. */
:host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle;
  content-visibility: auto; contain-intrinsic-size: auto 40px 18px; }
.chip { font: 600 12px/18px system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
  padding: 0 7px; border-radius: 9px; color: #fff; background: #1677ff; white-space: nowrap;
  font-variant-numeric: tabular-nums; display: inline-block; }
.chip.warn { background: #d48806; } .chip.urgent { background: #d4380d; } .chip.breach { background: #a8071a; }
.nc { font-weight: 400; opacity: .9; }
`;

/** A buyer whose time is unknown and may be past 5:00 (a 「已超时」 card not yet opened). */
export const POSSIBLY_OVERDUE = '可能已超时';
/**
 * Round 67: a buyer whose only answer may be a reply the agent recalled. The countdown runs from the buyer's message
 * (its time is known) as for any wait — never hidden, which would say "answered" when they may be waiting, nor 可能已超时,
 * which would say "late" when time may be left — and this note says what is not known: whether it was answered.
 */
export const REPLY_MAYBE_RECALLED = '回复可能已撤回';
const replyMaybeRecalledSuffix = (entry: Pick<TimerEntry, 'replyMaybeRecalled'>) => (entry.replyMaybeRecalled ? `，${REPLY_MAYBE_RECALLED}` : '');

/**
 * Whether a buyer waiting `ms` before the deadline is overdue. Round 63 (guard63) made label, name and colour agree;
 * round 64 (timers64) made them agree with the ledger too: late from the deadline + 1 ms on (reply-rate.ts
 * isPastDeadline, a reply at exactly 5:00 is on time), so at the deadline itself the chip says 0:00 left.
 */
const overdueAt = (ms: number): boolean => isPastDeadline(0, -ms);

/** "4:07" ("0:00" at the deadline itself), or "超时 0:12" from the deadline + 1 ms on ("超时 0:00" in its first second). */
export function formatRemaining(ms: number): string {
  const overdue = overdueAt(ms);
  const s = Math.floor(Math.abs(ms) / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return overdue ? `超时 ${text}` : text;
}

/**
 * Round 48: the chip's accessible name — what a screen reader says for it (「剩余回复时间 4:56」, 「已超时 1:23」,
 * 「可能已超时」, with 「不计入回复率」 when not counted). The chip is a role="timer" (implicitly aria-live off): read when
 * reached, never announced on its own as it ticks.
 */
export function chipAccessibleName(entry: Pick<TimerEntry, 'deadline' | 'counted' | 'timeUnknown' | 'replyMaybeRecalled'>, now: number): string {
  if (entry.timeUnknown) return `${POSSIBLY_OVERDUE}（买家何时发消息未知）`;
  const ms = entry.deadline - now;
  const s = Math.floor(Math.abs(ms) / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return (overdueAt(ms) ? `已超时 ${text}` : `剩余回复时间 ${text}`) + (entry.counted ? '' : '，不计入回复率') + replyMaybeRecalledSuffix(entry);
}

/** Round 61: the ladder's steps, sorted once per ladder (the settings' array), not on each of 500 chips' redraws. */
const ladderSteps = new WeakMap<readonly number[], ReturnType<typeof ladderFromSeconds>>();
function stepsOf(ladderSeconds: readonly number[]): ReturnType<typeof ladderFromSeconds> {
  let steps = ladderSteps.get(ladderSeconds);
  if (!steps) ladderSteps.set(ladderSeconds, (steps = ladderFromSeconds(ladderSeconds)));
  return steps;
}

/** The level to colour a chip with at `now` (the agent's ladder; past the deadline always breach). */
export function levelAt(entry: Pick<TimerEntry, 'anchorTs' | 'deadline'>, ladderSeconds: readonly number[], now: number): AlertLevel | null {
  if (isPastDeadline(entry.deadline, now)) return 'breach';
  let level: AlertLevel | null = null;
  for (const step of stepsOf(ladderSeconds)) if (now >= stepDueAt(entry.anchorTs, step.afterMs)) level = step.level;
  return level;
}

interface Chip {
  conv: string;
  host: HTMLElement;
  label: HTMLElement;
  note: HTMLElement;
  /** What `draw` last wrote. A write, even of the same value, costs a 2,000-row page a style invalidation; the chip redraws 4 times a second. */
  drawn: Partial<Drawing>;
  /**
   * Round 61 (chips61): what the drawing was made from, and the span [drawnAt, until) over which it stays the same
   * (`unchangedUntil`). A 250-ms redraw inside that span skips the chip: of 500 cards' chips, each changes once a
   * second, so three redraws in four built 500 drawings for nothing.
   */
  basis: { entry: TimerEntry; ladder: readonly number[]; drawnAt: number; until: number; parked: boolean } | null;
  /**
   * Round 62 (guard62): the browser skips the chip's rendering (its host is `content-visibility: auto` and far from the
   * viewport; `contentvisibilityautostatechange`). A parked chip shows what stays true without a redraw each second
   * (`parkedDrawingAt`: the deadline as a time of day, the level), and is drawn live again as soon as it is rendered.
   */
  parked: boolean;
}

/** Everything a chip shows at one moment. */
export interface Drawing {
  className: string;
  label: string;
  note: string;
  title: string;
  name: string;
  deadline: string;
  level: string;
}

function createChip(conv: string): Chip {
  const { host, root } = createShadowHost(document, 'span', COUNTDOWN_PART, CSS);
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.setAttribute('part', 'chip');
  chip.setAttribute('role', 'timer');
  const label = document.createElement('span');
  label.className = 'time';
  const note = document.createElement('span');
  note.className = 'nc';
  chip.append(label, note);
  root.append(chip);
  return { conv, host, label, note, drawn: {}, basis: null, parked: false };
}

/** What a chip for `entry` shows at `now` (pure: the same arguments, the same drawing). */
export function drawingAt(entry: TimerEntry, ladder: readonly number[], now: number): Drawing {
  const level = entry.timeUnknown ? 'breach' : levelAt(entry, ladder, now);
  return {
    className: 'chip' + (level ? ` ${level}` : ''),
    // Round 49: never more than 5:00 left (a PC clock stepped back before the worker re-anchored).
    label: entry.timeUnknown ? POSSIBLY_OVERDUE : formatRemaining(Math.min(entry.deadline - now, REPLY_LIMIT_MS)),
    note: (entry.counted || entry.timeUnknown ? '' : ' · 不计入') + (entry.replyMaybeRecalled && !entry.timeUnknown ? ` · ${REPLY_MAYBE_RECALLED}` : ''),
    title: entry.timeUnknown
      ? '平台显示「已超时」，买家何时发消息未知，可能已超过 5 分钟；打开会话可看到准确时间（不计入回复率）/ past the platform’s 3 minutes, time unknown: may be past 5:00; open the conversation for the exact time (not counted)'
      : entry.replyMaybeRecalled
      ? '你在买家消息之后的回复可能已被撤回，买家可能仍在等待：按买家消息计时，回复后即清除 / your reply after the buyer’s message may be the one recalled: the buyer may still be waiting; timed from their message until you reply'
      : entry.counted
      ? '距 5 分钟回复期限 / time left to reply within 5 minutes'
      : '08:00–24:00 以外的消息不计入回复率 / outside 08:00–24:00: not counted in the reply rate',
    name: chipAccessibleName(entry, now),
    deadline: String(entry.deadline),
    level: level ?? 'waiting',
  };
}

/**
 * The first moment after `now` at which `drawingAt(entry, ladder, ·)` may differ from its value at `now` (round 61):
 * the next whole second of the time left (or overdue) as shown, the next step of the agent's ladder, the deadline.
 * Infinity when nothing shown depends on the time (a 「可能已超时」 chip). Never later than the real change: the unit
 * test checks it millisecond by millisecond.
 */
export function unchangedUntil(entry: Pick<TimerEntry, 'anchorTs' | 'deadline' | 'timeUnknown'>, ladder: readonly number[], now: number): number {
  if (entry.timeUnknown) return Number.POSITIVE_INFINITY;
  // The accessible name shows the unclamped time left, so it changes at least as often as the label (clamped at 5:00).
  const ms = entry.deadline - now;
  const s = Math.floor(Math.abs(ms) / 1000);
  // Time left: 「s:..」 until fewer than s whole seconds are left (0:00 until the deadline + 1 ms); overdue: until s + 1
  // whole seconds have passed.
  let until = !overdueAt(ms) ? entry.deadline - s * 1000 + 1 : entry.deadline + (s + 1) * 1000;
  if (!isPastDeadline(entry.deadline, now)) {
    until = Math.min(until, entry.deadline + 1);
    for (const seconds of ladder) {
      const at = stepDueAt(entry.anchorTs, seconds * 1000);
      if (seconds > 0 && at > now) until = Math.min(until, at);
    }
  }
  return until;
}

/** The deadline as the PC's time of day (the clock the agent reads), e.g. "10:05:00". */
export function deadlineClock(deadline: number): string {
  const d = new Date(deadline);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * Round 62 (guard62): what a chip shows while the browser skips its rendering (far off screen). Nothing in it counts
 * down: the deadline as a time of day (「截止 10:05:00」), the level's colour and, in the accessible name, whether it is
 * past — true at every moment, so a chip that comes into view before it is drawn live again (a jump of the scroll;
 * `contentvisibilityautostatechange` comes after that frame) is never wrong about the deadline, and a screen reader
 * reading an off-screen card hears the truth. It changes only at the steps of the ladder and at the deadline.
 */
export function parkedDrawingAt(entry: TimerEntry, ladder: readonly number[], now: number): Drawing {
  const live = drawingAt(entry, ladder, now);
  if (entry.timeUnknown) return live; // nothing shown depends on the time
  const at = deadlineClock(entry.deadline);
  return {
    ...live,
    label: `截止 ${at}`,
    name: (isPastDeadline(entry.deadline, now) ? `已超时，回复截止 ${at}` : `回复截止 ${at}`) + (entry.counted ? '' : '，不计入回复率') + replyMaybeRecalledSuffix(entry),
  };
}

/** The first moment after `now` at which `parkedDrawingAt` may differ: the next step of the ladder or the deadline. */
export function parkedUnchangedUntil(entry: Pick<TimerEntry, 'anchorTs' | 'deadline' | 'timeUnknown'>, ladder: readonly number[], now: number): number {
  if (entry.timeUnknown || isPastDeadline(entry.deadline, now)) return Number.POSITIVE_INFINITY;
  let until = entry.deadline + 1;
  for (const seconds of ladder) {
    const at = stepDueAt(entry.anchorTs, seconds * 1000);
    if (seconds > 0 && at > now) until = Math.min(until, at);
  }
  return until;
}

/**
 * Whether two entries draw the same at every moment: the fields `drawingAt` reads. The worker rewrites the waiting
 * state as the cards tick (new entry objects, the same buyers and deadlines): that alone redraws no chip.
 */
function sameDrawingInputs(a: TimerEntry, b: TimerEntry): boolean {
  return a === b || (a.deadline === b.deadline && a.anchorTs === b.anchorTs && a.counted === b.counted && !a.timeUnknown === !b.timeUnknown && !a.replyMaybeRecalled === !b.replyMaybeRecalled);
}

function draw(chip: Chip, entry: TimerEntry, ladder: readonly number[], now: number): void {
  const b = chip.basis;
  const parked = chip.parked;
  if (b && b.parked === parked && sameDrawingInputs(b.entry, entry) && b.ladder === ladder && now >= b.drawnAt && now < b.until) return;
  const next = (parked ? parkedDrawingAt : drawingAt)(entry, ladder, now);
  const was = chip.drawn;
  if (was.className !== next.className) chip.label.parentElement!.className = next.className;
  if (was.label !== next.label) chip.label.textContent = next.label;
  if (was.note !== next.note) chip.note.textContent = next.note;
  if (was.title !== next.title) chip.host.title = next.title;
  if (was.name !== next.name) chip.label.parentElement!.setAttribute('aria-label', next.name);
  if (was.deadline !== next.deadline) chip.host.dataset.deadline = next.deadline;
  if (was.level !== next.level) chip.host.dataset.level = next.level;
  chip.drawn = next;
  chip.basis = { entry, ladder, drawnAt: now, until: (parked ? parkedUnchangedUntil : unchangedUntil)(entry, ladder, now), parked };
}

/**
 * The waiting conversations of the page's shop (`shopRef`, null: none found), keyed as the page keys them (without
 * the shop). Round 46: another shop's buyer of the same id or nickname is never drawn on this page; a page without a
 * shop draws only what was filed without one (before this change, or by pages naming no shop). A buyer filed both
 * ways (records from before the update not yet moved) shows the shop's.
 */
export function entriesOfShop(conversations: readonly TimerEntry[], shopRef: string | null): TimerEntry[] {
  const byKey = new Map<string, TimerEntry>();
  for (const c of conversations) {
    const { shop, key } = splitShopKey(c.conv);
    if (shop !== null && shop !== shopRef) continue;
    if (shop === null && byKey.has(key)) continue;
    byKey.set(key, { ...c, conv: key });
  }
  return [...byKey.values()];
}

/**
 * Removes the countdown chips in `doc` that are not in `own`: those another copy of the content script drew and did
 * not take away (rt51 F3: after a reload of the extension, the old copy's chips stayed frozen beside the live ones, a
 * second deadline for one buyer). The old copy removes its chips as it stops, but one that cannot run its teardown (a
 * frozen tab, a failing listener) must not leave them. Only our own hosts (data-replyguard="countdown" holding a chip
 * in its open shadow root), never the page's nodes. Returns how many were removed.
 */
export function removeForeignChips(doc: Document, own: ReadonlySet<Element>): number {
  let removed = 0;
  for (const host of doc.querySelectorAll(`[data-replyguard="${COUNTDOWN_PART}"]`)) {
    if (own.has(host) || !host.shadowRoot?.querySelector('[part="chip"]')) continue;
    host.remove();
    removed++;
  }
  return removed;
}

/** A session card's parts whose text never tells which buyer the card is: the platform's countdown and the last message. */
function cardTextParts(adapter: SiteAdapter): { parts: string; name: string } | null {
  const s = adapter.sessions;
  const parts = s ? [s.timeout, s.lastMessage].filter(Boolean).join(', ') : '';
  return s && parts ? { parts, name: s.name } : null;
}

/**
 * Whether a mutation may move, add or remove a chip (the chips are placed by the cards' names and the header): not our
 * own hosts coming and going, nor text changing inside a card's countdown or last message. Round 59 (timers59b): the
 * workbench rewrites every card's 「X分Y秒后超时」 each second, and each tick made the page's 500 cards be read again
 * 50 ms later (on top of the read each second), for chips that stay where they are.
 * Round 61 (chips61): nor anything inside the composer (`composer`, its box's selector) or inside one of our hosts: the
 * agent's typing re-rendered the editor's paragraphs, and each keystroke read the 500 cards again 50 ms later. And
 * checked without copying the record's node lists (500 records a second, in the page's own task).
 */
export function movesChips(r: MutationRecord, cardText: { parts: string; name: string } | null, composer: string | null = null): boolean {
  let onlyOurHosts = true;
  let onlyText = true;
  for (const nodes of [r.addedNodes, r.removedNodes]) {
    for (const n of nodes) {
      if (n.nodeType !== Node.TEXT_NODE) onlyText = false;
      if (!(n instanceof Element && n.hasAttribute('data-replyguard'))) onlyOurHosts = false;
    }
  }
  if (onlyOurHosts) return false;
  const target = r.target instanceof Element ? r.target : r.target.parentElement;
  if (cardText !== null && onlyText) {
    // A part that holds the name, or sits in it (selectors configured loosely), may rename the card: read again.
    const part = target?.closest(cardText.parts);
    if (part) return part.matches(cardText.name) || !!part.querySelector(cardText.name) || !!part.closest(cardText.name);
  }
  if (!target) return true;
  return !(target.closest('[data-replyguard]') || (composer && target.closest(composer)));
}

// Round 59: moved to utils/waiting.ts (the popup asks too).
export { askForMissedWake, MISSED_WAKE_MS } from '../../utils/waiting';

/**
 * `currentKey`: the open conversation's key as the watcher keys it (the buyer id when the rows name
 * one); without it, the header's name. `shopRef`: the page's shop (content/watcher/shop.ts), null when none.
 */
export function startCountdown(
  adapter: SiteAdapter,
  signal: AbortSignal,
  clock: () => number = Date.now,
  currentKey: () => string | null = () => readCurrentConversation(document, adapter),
  shopRef: () => string | null = () => null,
): { sync(): void } {
  let state: TimerState | null = null;
  // Round 61: the shop's entries, made again only when the state or the shop changes. The same entry objects from one
  // redraw to the next let a chip whose drawing cannot have changed be skipped (`draw`).
  let mineOf: { state: TimerState | null; shop: string | null; entries: TimerEntry[]; byConv: Map<string, TimerEntry> } | null = null;
  const shopEntries = () => {
    const shop = shopRef();
    if (!mineOf || mineOf.state !== state || mineOf.shop !== shop) {
      const entries = entriesOfShop(state?.conversations ?? [], shop);
      mineOf = { state, shop, entries, byConv: new Map(entries.map((c) => [c.conv, c] as const)) };
    }
    return mineOf;
  };
  const mine = () => shopEntries().entries;
  let ladder: readonly number[] = [180, 240, 300];
  const chips = new Map<Element, Chip>(); // anchor element (card or header title) → chip
  void waitingItem.getValue().then((s) => ((state = s), sync()));
  const unwatch = waitingItem.watch((s) => ((state = s), sync()));
  void loadSettings().then((s) => (ladder = s.timers.alertLadder));
  watchSettings((s) => (ladder = s.timers.alertLadder), signal);

  function place(anchor: Element, entry: TimerEntry, attach: (host: HTMLElement) => void, now: number, live: Set<Element>) {
    live.add(anchor);
    let chip = chips.get(anchor);
    if (chip && chip.conv !== entry.conv) {
      chip.host.remove(); // the header now shows another buyer
      chip = undefined;
    }
    if (!chip) {
      chips.set(anchor, (chip = createChip(entry.conv)));
      followRendering(chip);
    }
    if (!chip.host.isConnected) {
      attach(chip.host);
      chip.parked = false; // live until the browser says again that it skips the chip where it now stands
    }
    draw(chip, entry, ladder, now);
  }

  /**
   * Round 62 (guard62): parks the chip while the browser skips its rendering, and draws it live again the moment it
   * is rendered (in the event's task, before the next frame). Of 500 cards' chips a few dozen are near the viewport:
   * the others' per-second text and accessible-name writes (500 of each a second) are skipped. A page whose CSS keeps
   * the host from `content-visibility: auto` sends no event: every chip stays live, as before.
   */
  function followRendering(chip: Chip): void {
    chip.host.addEventListener(
      'contentvisibilityautostatechange',
      (event) => {
        const parked = (event as Event & { skipped?: boolean }).skipped === true;
        if (parked === chip.parked) return;
        chip.parked = parked;
        const entry = shopEntries().byConv.get(chip.conv);
        if (entry) draw(chip, entry, ladder, clock());
      },
      { signal },
    );
  }

  let asked: { wake: number; at: number } | null = null;
  function sync(): void {
    if (signal.aborted) return;
    const now = clock();
    const ask = askForMissedWake(state, now, asked);
    if (ask) {
      asked = ask;
      void sendToBackground({ type: 'refresh-timers' }); // never throws
    }
    const { byConv } = shopEntries();
    // A card shows the nickname; a conversation keyed by the buyer's id is found by the name shown
    // for it, when no other waiting buyer has that name (two buyers named alike: neither card is guessed).
    const byName = new Map<string, TimerEntry | null>();
    for (const c of mine()) {
      if (!c.buyerName || c.buyerName === c.conv) continue;
      byName.set(c.buyerName, byName.has(c.buyerName) ? null : c);
    }
    const live = new Set<Element>();
    const cards = readSessionCards(document, adapter);
    const cardsNamed = new Map<string, number>();
    for (const card of cards) cardsNamed.set(card.conv, (cardsNamed.get(card.conv) ?? 0) + 1);
    const conv = currentKey();
    // Two buyers named alike: the open conversation's card is the one card marked active, when it shows the name the
    // header shows (round 43, item 5); the other card of that name is not guessed.
    const active = cards.filter((card) => card.active);
    const openCard = conv && active.length === 1 && active[0]!.conv === readCurrentConversation(document, adapter) ? active[0]! : null;
    for (const card of cards) {
      // Nor when two cards show that name: which of them is the waiting buyer is unknown.
      const entry =
        byConv.get(card.conv) ??
        (cardsNamed.get(card.conv) === 1 ? byName.get(card.conv) : undefined) ??
        (card === openCard && byConv.get(conv!)?.buyerName === card.conv ? byConv.get(conv!) : undefined);
      if (entry) place(card.element, entry, (host) => card.element.append(host), now, live);
    }
    const title = adapter.chat ? document.querySelector(adapter.chat.currentBuyer) : null;
    const entry = conv ? byConv.get(conv) : undefined;
    if (title && entry) place(title, entry, (host) => title.after(host), now, live);
    for (const [anchor, chip] of chips) {
      if (live.has(anchor) && anchor.isConnected) continue;
      chip.host.remove();
      chips.delete(anchor);
    }
    // One chip per place: any other copy's chips go (this one is the live copy: an older one was stopped before it started).
    removeForeignChips(document, new Set([...chips.values()].map((c) => c.host)));
  }

  // Redraw often enough that each second shows on time; re-place chips (DOM reads) once a second.
  const redraw = setInterval(() => {
    const now = clock();
    const { byConv } = shopEntries();
    for (const chip of chips.values()) {
      const entry = byConv.get(chip.conv);
      if (entry) draw(chip, entry, ladder, now);
    }
  }, 250);
  const tick = setInterval(sync, 1000);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const cardText = cardTextParts(adapter);
  const composer = adapter.composer.container ?? adapter.composer.editor;
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => movesChips(r, cardText, composer))) return;
    pending ??= setTimeout(() => ((pending = undefined), sync()), 50);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    // What the agent sees goes first: in a copy whose extension was reloaded, unwatch() threw (its storage API is
    // gone) and cut this short, leaving the chips frozen on the page (rt51 F3; utils/local-item.ts no longer throws).
    for (const chip of chips.values()) chip.host.remove();
    chips.clear();
    clearInterval(tick);
    clearInterval(redraw);
    if (pending !== undefined) clearTimeout(pending);
    observer.disconnect();
    unwatch();
  });
  sync();
  return { sync };
}
