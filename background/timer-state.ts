// The live timer state, as pure functions of the waiting list, the alert ladder and `now`:
// each waiting conversation's level, the toolbar badge, which alerts are due, and when the worker
// must wake next. Nothing here counts down: every value is recomputed from absolute deadlines.
import { alertSchedule, type AlertLevel, type AlertStep } from '../rules/metrics/deadlines';
import { isPastDeadline, REPLY_LIMIT_MS } from '../rules/metrics/reply-rate';
import { buyerLabel } from '../utils/buyer-key';
import type { WaitingEntry } from './ledger/queries';
import type { Language } from '../utils/settings-schema';
import { translator } from '../utils/i18n';

/** Round 49: an alert's text in the language set (中文 only for 'zh', English only for 'en'; both, Chinese first, for 'auto'). */
function inLanguage(lang: Language, zh: string, en: string, sep: string): string {
  return lang === 'zh' ? zh : lang === 'en' ? en : `${zh}${sep}${en}`;
}

export interface TimerEntry {
  conv: string;
  site: string;
  buyerName?: string;
  /** The shop as its page shows it, when the conversation is keyed by shop + buyer (round 46; utils/buyer-key.ts). */
  shop?: string;
  anchorId: string;
  /** The oldest unanswered buyer message. */
  anchorTs: number;
  /** anchorTs + 5:00 (epoch ms): what every countdown draws from. */
  deadline: number;
  unanswered: number;
  /** Sent 08:00–24:00 Beijing time: counts for the reply rate (else shown as 不计入 / not counted). */
  counted: boolean;
  /**
   * When the buyer wrote is unknown (the session list said 「已超时」, the rows are not read yet):
   * the deadline is taken as due, shown as 可能已超时, and the message is not counted.
   */
  timeUnknown?: boolean;
  /**
   * Round 67: the agent's reply after the buyer's message may be one they recalled (the ledger could not place the
   * recall): counted down from the buyer's message as any wait, and labelled, since whether it was answered is unknown.
   */
  replyMaybeRecalled?: boolean;
  /** The most severe alert step reached (breach once the deadline has passed), or null. */
  level: AlertLevel | null;
  /** Index into the ladder of the highest step due, -1 when none. */
  step: number;
}

export interface TimerState {
  computedAt: number;
  /** Most urgent first. */
  conversations: TimerEntry[];
  /** When something changes next (an alert step or a deadline), or null when nobody waits. */
  nextWakeAt: number | null;
  /**
   * Round 59: the server − PC offset (ms) these PC-time moments were turned back with (background/timers.ts toPcTime);
   * absent when 0. The ledger's records are in server time: whatever judges them against "now" (the popup's today
   * figures) must use Date.now() + skew, the clock the deadlines were decided by.
   */
  skew?: number;
}

/**
 * The agent's ladder (seconds after the buyer's message, settings.timers.alertLadder) as steps:
 * the first is a warning, later ones before 5:00 urgent, 5:00 and after a breach.
 */
export function ladderFromSeconds(seconds: readonly number[]): AlertStep[] {
  const sorted = [...new Set(seconds)].filter((s) => s > 0).sort((a, b) => a - b);
  return sorted.map((s, i) => ({ afterMs: s * 1000, level: s * 1000 >= REPLY_LIMIT_MS ? 'breach' : i === 0 ? 'warn' : 'urgent' }));
}

const SEVERITY: Record<AlertLevel, number> = { warn: 1, urgent: 2, breach: 3 };

export function timerState(waiting: readonly WaitingEntry[], ladder: readonly AlertStep[], now: number): TimerState {
  let nextWakeAt = Number.POSITIVE_INFINITY;
  const conversations = waiting.map((w0): TimerEntry => {
    // Round 49: a 5-minute timer never has more than 5:00 left (a clock stepped back: re-anchored at now).
    const w = w0.deadline > now + REPLY_LIMIT_MS ? { ...w0, anchorTs: now, deadline: now + REPLY_LIMIT_MS } : w0;
    // Past the deadline it is a breach whatever the ladder says: from the deadline + 1 ms, as the ledger says late
    // (round 64), so the worker wakes then. A buyer of unknown time (a 「已超时」 card, its deadline taken as due at the
    // moment it was seen) may be past it already: late at once, at that very millisecond too.
    const late = !!w.timeUnknown || isPastDeadline(w.deadline, now);
    const schedule = alertSchedule(w.deadline, late ? Math.max(now, w.deadline + 1) : now, ladder);
    let level = schedule.level;
    if (late && (!level || SEVERITY[level] < SEVERITY.breach)) level = 'breach';
    if (schedule.next) nextWakeAt = Math.min(nextWakeAt, schedule.next.at);
    if (!late) nextWakeAt = Math.min(nextWakeAt, w.deadline + 1);
    const entry: TimerEntry = {
      conv: w.conv,
      site: w.site,
      anchorId: w.anchorId,
      anchorTs: w.anchorTs,
      deadline: w.deadline,
      unanswered: w.unanswered,
      counted: w.counted,
      level,
      step: schedule.due.length - 1,
    };
    if (w.buyerName) entry.buyerName = w.buyerName;
    if (w.shop) entry.shop = w.shop;
    if (w.timeUnknown) entry.timeUnknown = true;
    if (w.replyMaybeRecalled) entry.replyMaybeRecalled = true;
    return entry;
  });
  return { computedAt: now, conversations, nextWakeAt: Number.isFinite(nextWakeAt) ? nextWakeAt : null };
}

export const BADGE_COLORS: Record<AlertLevel | 'waiting', string> = {
  waiting: '#1677ff',
  warn: '#faad14',
  urgent: '#fa541c',
  breach: '#cf1322',
};

/** Badge text = how many conversations have a buyer awaiting a reply (empty when none); colour = the most urgent. */
export function badgeOf(state: TimerState): { text: string; color: string } {
  const n = state.conversations.length;
  let worst: AlertLevel | 'waiting' = 'waiting';
  for (const c of state.conversations) if (c.level && (worst === 'waiting' || SEVERITY[c.level] > SEVERITY[worst])) worst = c.level;
  return { text: n === 0 ? '' : n > 99 ? '99+' : String(n), color: BADGE_COLORS[worst] };
}

/**
 * Which alert has been shown per waiting episode: the ladder index. Key: conversation, the anchor message's id and its
 * time as last drawn (`alertKey`); records written before round 56 are keyed by conversation and time only.
 */
export type AlertsShown = Record<string, number>;

export const alertKey = (e: Pick<TimerEntry, 'conv' | 'anchorId' | 'anchorTs'>) => `${e.conv}\u0001${e.anchorId}\u0001${e.anchorTs}`;

/**
 * Round 55 (rt54 note): how far apart one waiting episode's anchor may be dated from one refresh to the next when the
 * anchor's id differs (a session card's record superseded by the row it stood for), or is not known (a record written
 * before round 56). Two tabs read one card's countdown at two moments, a few seconds apart.
 */
export const SAME_EPISODE_MS = 60_000;

/**
 * Round 56 (rt56 F1/F2): the anchor message's id says which wait this is, whatever its time does. The time drawn moves
 * with the server-clock estimate (up to ±10 min, and tabs may report different ones) and with a zone correction (an
 * hour): a window on the time alone made a second 「已超时」 for one buyer message. A new wait in the same conversation
 * always has a new anchor (the anchor is the oldest unanswered buyer message, so it changes only after a reply).
 */
function sameEpisodeStep(shown: AlertsShown, entry: Pick<TimerEntry, 'conv' | 'anchorId' | 'anchorTs'>): number {
  const prefix = `${entry.conv}\u0001`;
  let step = -1;
  for (const [key, value] of Object.entries(shown)) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const cut = rest.lastIndexOf('\u0001');
    const id = cut < 0 ? null : rest.slice(0, cut);
    const anchor = Number(cut < 0 ? rest : rest.slice(cut + 1));
    const sameMessage = id !== null && id === entry.anchorId;
    const nearInTime = Number.isFinite(anchor) && Math.abs(anchor - entry.anchorTs) <= SAME_EPISODE_MS;
    if (sameMessage || nearInTime) step = Math.max(step, value);
  }
  return step;
}

/**
 * Alerts to show now: for each conversation whose highest due step has not been shown yet, that
 * step only (steps missed while the worker slept collapse into the latest). Returns the updated
 * record, pruned to the conversations still waiting.
 */
export function dueAlerts(state: TimerState, shown: AlertsShown): { alerts: TimerEntry[]; shown: AlertsShown } {
  const next: AlertsShown = {};
  const alerts: TimerEntry[] = [];
  for (const entry of state.conversations) {
    const key = alertKey(entry);
    const before = shown[key] ?? sameEpisodeStep(shown, entry);
    if (entry.step > before) alerts.push(entry);
    next[key] = Math.max(before, entry.step);
  }
  return { alerts, shown: next };
}

// The alerts' notes in the popup's words (utils/i18n.ts), both languages.
const zhText = translator('zh');
const enText = translator('en');

/**
 * Round 68: a buyer whose only answer may have been recalled (round 67) is alerted as waiting, and the alert says why
 * (the agent may think they answered). Not for a buyer of unknown time: the popup row does not say it either.
 */
const maybeRecalled = (e: Pick<TimerEntry, 'replyMaybeRecalled' | 'timeUnknown'>) => !!e.replyMaybeRecalled && !e.timeUnknown;

const mmss = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The notification text of an alert (Chinese first; round 49: one language when the settings name one). */
export function alertText(entry: TimerEntry, now: number, lang: Language = 'auto', all: readonly TimerEntry[] = []): { title: string; message: string } {
  // Round 46: the shop too, when the buyer's page names it (one buyer may wait in two shops).
  // Round 49 (timers49d): two waiting buyers sharing a nickname are 「小王（1）」 and 「小王（2）」 (`all`: those waiting).
  const buyer = buyerLabel(entry.buyerName, entry.conv, all);
  const who = entry.shop ? `${buyer}（${entry.shop}）` : buyer;
  if (entry.timeUnknown) {
    return {
      title: inLanguage(lang, `可能已超时：${who}`, lang === 'en' ? `Possibly overdue: ${who}` : 'Possibly overdue', ' / '),
      message: inLanguage(
        lang,
        '会话列表显示「已超时」，买家何时发的消息未知，可能已超过 5 分钟；打开会话可看到准确时间。不计入回复率。',
        'The session list says the buyer is past the platform’s 3 minutes; when they wrote is unknown, so they may be past 5:00. Open the conversation for the exact time. Not counted in the reply rate.',
        '\n',
      ),
    };
  }
  const waited = mmss(now - entry.anchorTs);
  const notCountedZh = entry.counted ? '' : '（08:00–24:00 以外，不计入回复率）';
  const notCountedEn = entry.counted ? '' : ' (outside 08:00–24:00, not counted)';
  const notCounted = entry.counted ? '' : lang === 'zh' ? notCountedZh : lang === 'en' ? '' : '（08:00–24:00 以外，不计入回复率 / outside 08:00–24:00, not counted）';
  // Said first: it is why this buyer is alerted at all when the agent remembers answering.
  const recalledZh = maybeRecalled(entry) ? zhText('alertMaybeRecalled') : '';
  const recalledEn = maybeRecalled(entry) ? `${enText('alertMaybeRecalled')} ` : '';
  if (isPastDeadline(entry.deadline, now)) {
    return {
      title: inLanguage(lang, `已超时：${who}`, lang === 'en' ? `Overdue: ${who}` : 'Overdue', ' / '),
      message: inLanguage(lang, `${recalledZh}买家已等待 ${waited}，超过 5 分钟回复期限。${notCounted}`, `${recalledEn}The buyer has waited ${waited}, past the 5-minute limit.${lang === 'en' ? notCountedEn : ''}`, '\n'),
    };
  }
  const left = mmss(entry.deadline - now);
  return {
    title: inLanguage(lang, `请尽快回复：${who}`, lang === 'en' ? `Reply soon: ${who}` : 'Reply soon', ' / '),
    message: inLanguage(lang, `${recalledZh}买家已等待 ${waited}，剩余 ${left}。${notCounted}`, `${recalledEn}The buyer has waited ${waited}; ${left} left of 5:00.${lang === 'en' ? notCountedEn : ''}`, '\n'),
  };
}

/** Round 47: more alerts than this at one step come as ONE notification (60 buyers at once were 60 notifications). */
export const GROUP_ALERTS_OVER = 3;

/** The most urgent of the waiting conversations: the earliest deadline (a 「已超时」 card's is "now"). */
export function mostUrgent<T extends Pick<TimerEntry, 'deadline'>>(entries: readonly T[]): T | undefined {
  return entries.reduce<T | undefined>((a, b) => (a === undefined || b.deadline < a.deadline ? b : a), undefined);
}

/** The grouped notification's text: 「N 位买家等待中，最急：X 剩 m:ss」 (or 已超时 m:ss / 可能已超时). */
export function groupAlertText(waiting: readonly TimerEntry[], now: number, lang: Language = 'auto'): { title: string; message: string } {
  const first = mostUrgent(waiting)!;
  const buyer = buyerLabel(first.buyerName, first.conv, waiting);
  const who = first.shop ? `${buyer}（${first.shop}）` : buyer;
  const overdue = isPastDeadline(first.deadline, now);
  const state = first.timeUnknown ? '可能已超时' : overdue ? `已超时 ${mmss(now - first.deadline)}` : `剩 ${mmss(first.deadline - now)}`;
  const en = first.timeUnknown ? 'possibly overdue' : overdue ? `overdue by ${mmss(now - first.deadline)}` : `${mmss(first.deadline - now)} left`;
  // Round 68: the most urgent one's own note in brackets, and how many of the group may have had their reply recalled.
  const firstZh = maybeRecalled(first) ? `（${zhText('waitingMaybeRecalled')}）` : '';
  const firstEn = maybeRecalled(first) ? ` (${enText('waitingMaybeRecalled')})` : '';
  // Not when the most urgent is the only one (said already).
  const recalled = waiting.filter(maybeRecalled).length;
  const sayCount = recalled > (firstZh ? 1 : 0);
  const countZh = sayCount ? zhText('alertGroupMaybeRecalled', { n: recalled }) : '';
  const countEn = sayCount ? ` ${enText('alertGroupMaybeRecalled', { n: recalled })}` : '';
  return {
    title: inLanguage(lang, `${waiting.length} 位买家等待中`, `${waiting.length} buyers waiting`, ' / '),
    message: inLanguage(lang, `${waiting.length} 位买家等待中，最急：${who} ${state}${firstZh}。${countZh}点击打开最急的会话。`, `Most urgent: ${who}, ${en}${firstEn}.${countEn} Click to open it.`, '\n'),
  };
}
