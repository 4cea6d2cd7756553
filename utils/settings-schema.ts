// The agent's settings: shape, defaults and validation. Pure (no browser API) so the options page,
// the content script, the background and unit tests agree on one definition.
// Stored in storage.local under `local:settings` (see utils/settings.ts).

import type { CustomTerm } from '../rules/engine';
import type { ClauseId, Severity } from '../rules/types';

export type Language = 'auto' | 'zh' | 'en';

/** Another chat tool the agent enabled (needs an optional host permission). */
export interface SiteConfig {
  /** Match pattern, e.g. `https://im.example.com/*`. */
  match: string;
  enabled: boolean;
  /** Optional CSS selectors where the generic detection is not enough. */
  composer?: string;
  send?: string;
  /** Optional selectors for the watcher and the countdown chips (sites/configured.ts builds the adapter). */
  watch?: WatchSelectors;
}

/**
 * What the watcher reads on another chat tool (sites/types.ts ChatSelectors / SessionListSelectors),
 * by field. The open chat needs `currentBuyer`, `row`, `mine` and `notMe`; the conversation list
 * needs `card` and `cardName`; the rest are optional.
 */
export const WATCH_FIELDS = ['currentBuyer', 'row', 'mine', 'notMe', 'stamp', 'body', 'system', 'card', 'cardName', 'cardTimeout', 'cardLastMessage', 'cardActive'] as const;
export type WatchField = (typeof WATCH_FIELDS)[number];
export type WatchSelectors = Partial<Record<WatchField, string>>;
export const CHAT_REQUIRED: readonly WatchField[] = ['currentBuyer', 'row', 'mine', 'notMe'];
export const CHAT_OPTIONAL: readonly WatchField[] = ['stamp', 'body', 'system'];
export const SESSIONS_REQUIRED: readonly WatchField[] = ['card', 'cardName'];
export const SESSIONS_OPTIONAL: readonly WatchField[] = ['cardTimeout', 'cardLastMessage', 'cardActive'];

/** The known, non-empty selector strings of a stored `watch` (whether they parse is checked where CSS is at hand). */
function watchOf(raw: unknown): { watch?: WatchSelectors } {
  if (typeof raw !== 'object' || raw === null) return {};
  const watch: WatchSelectors = {};
  for (const field of WATCH_FIELDS) {
    const v = (raw as Record<string, unknown>)[field];
    if (typeof v === 'string' && v.trim()) watch[field] = v.trim();
  }
  return Object.keys(watch).length ? { watch } : {};
}

export interface Settings {
  version: 1;
  language: Language;
  guard: {
    enabled: boolean;
    /** While off: when it was turned off (epoch ms), and when it turns itself back on (absent: off until turned on by hand). */
    offSince?: number;
    offUntil?: number;
    deny: CustomTerm[];
    allow: string[];
    /** Per-rule severity override or 'off'. */
    ruleSeverity: Record<string, Severity | 'off'>;
  };
  timers: {
    /** Seconds after the oldest unanswered buyer message at which to alert (default 3:00, 4:00, 5:00). */
    alertLadder: number[];
    notifications: boolean;
    sound: boolean;
    /** Rule 2.5 frequency warning: `maxMessages` agent messages without a buyer reply within `windowMinutes`. */
    frequency: { maxMessages: number; windowMinutes: number };
  };
  sites: SiteConfig[];
  /** Days of ledger history kept (default 90). */
  retentionDays: number;
  /** Privacy: message and draft text is never stored unless the agent turns this on. */
  storeText: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  language: 'auto',
  guard: { enabled: true, deny: [], allow: [], ruleSeverity: {} },
  timers: { alertLadder: [180, 240, 300], notifications: true, sound: true, frequency: { maxMessages: 5, windowMinutes: 10 } },
  sites: [],
  retentionDays: 90,
  storeText: false,
};

export const CLAUSE_IDS: readonly ClauseId[] = ['2.1', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9'];
export const SEVERITIES: readonly Severity[] = ['block', 'warn', 'info'];
const MAX_TERM_LENGTH = 50;
const MAX_TERMS = 2000;
/** A deny term's note, in UTF-16 units (the options page's field has maxLength 200). */
export const MAX_NOTE_UNITS = 200;
/** Alert steps the settings read (the options page allows 10 s–5:00; older settings may hold up to an hour). */
export const LADDER_READ_MIN_S = 10;
export const LADDER_READ_MAX_S = 3600;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const intIn = (v: unknown, min: number, max: number, fallback: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

// Characters as the agent sees them (a grapheme: 😀, 𠮷 or 👨‍👩‍👧 is one), not UTF-16 units: 30 emoji were refused as over 50.
const graphemes = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'grapheme' }) : null;
/** A term this many UTF-16 units long is too long whatever it shows (50 characters of many stacked marks; keeps storage bounded). */
export const MAX_TERM_UNITS = 400;

/** How many characters `text` shows (user-perceived characters; code points where Intl.Segmenter is missing). */
export function charCount(text: string): number {
  if (!graphemes) return [...text].length;
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** Whether a (trimmed) term is over the limit, counted as the options page shows it: the one test everywhere. */
export const termTooLong = (term: string): boolean => term.length > MAX_TERM_UNITS || (term.length > MAX_TERM_LENGTH && charCount(term) > MAX_TERM_LENGTH);

/** Why a stored term cannot be used (Chinese / English), or null: the problem names the entry. */
function termProblem(v: unknown): string | null {
  if (typeof v !== 'string') return '不是文字 / not text';
  const t = v.trim();
  if (!t) return v ? '只有空白 / only blank space' : '是空的 / empty';
  return termTooLong(t) ? `超过 ${MAX_TERM_LENGTH} 个字 / longer than ${MAX_TERM_LENGTH} characters` : null;
}

/**
 * Reads stored (or imported) settings: every valid field is kept, every missing or invalid one falls
 * back to its default, so a damaged value never breaks the guard. Returns the problems found.
 */
export function parseSettings(raw: unknown, now?: number): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const d = DEFAULT_SETTINGS;
  if (!isObject(raw)) {
    if (raw !== undefined && raw !== null) problems.push('设置不是对象，已恢复默认 / settings were not an object');
    return { settings: structuredClone(d), problems };
  }
  const guard = isObject(raw.guard) ? raw.guard : {};
  const timers = isObject(raw.timers) ? raw.timers : {};
  const frequency = isObject(timers.frequency) ? timers.frequency : {};

  const deny: CustomTerm[] = [];
  for (const [i, item] of (Array.isArray(guard.deny) ? guard.deny.slice(0, MAX_TERMS) : []).entries()) {
    const why = isObject(item) ? termProblem(item.term) : '不是对象 / not an object';
    if (why || !isObject(item)) {
      problems.push(`忽略了第 ${i + 1} 个禁用词（guard.deny[${i}]）：${why} / ignored deny term ${i + 1}`);
      continue;
    }
    const term = (item.term as string).trim();
    const clause = CLAUSE_IDS.includes(item.clause as ClauseId) ? (item.clause as ClauseId) : '2.3';
    const severity = SEVERITIES.includes(item.severity as Severity) ? (item.severity as Severity) : 'warn';
    deny.push({ term, clause, severity, ...(typeof item.note === 'string' && item.note ? { note: item.note.trim().slice(0, MAX_NOTE_UNITS) } : {}) });
  }
  const allow: string[] = [];
  for (const [i, term] of (Array.isArray(guard.allow) ? guard.allow.slice(0, MAX_TERMS) : []).entries()) {
    const why = termProblem(term);
    if (why) problems.push(`忽略了第 ${i + 1} 个放行词（guard.allow[${i}]）：${why} / ignored allowed term ${i + 1}`);
    else allow.push((term as string).trim());
  }

  const ruleSeverity: Record<string, Severity | 'off'> = {};
  if (isObject(guard.ruleSeverity)) {
    for (const [rule, sev] of Object.entries(guard.ruleSeverity)) {
      if (sev === 'off' || SEVERITIES.includes(sev as Severity)) ruleSeverity[rule] = sev as Severity | 'off';
    }
  }

  let alertLadder = Array.isArray(timers.alertLadder)
    ? [...new Set(timers.alertLadder.filter((s): s is number => Number.isInteger(s) && s >= LADDER_READ_MIN_S && s <= LADDER_READ_MAX_S))].sort((a, b) => a - b)
    : d.timers.alertLadder;
  if (!alertLadder.length) alertLadder = d.timers.alertLadder;

  const sites: SiteConfig[] = [];
  for (const [i, s] of (Array.isArray(raw.sites) ? raw.sites : []).entries()) {
    if (!isObject(s) || typeof s.match !== 'string' || !isMatchPattern(s.match)) {
      problems.push(`忽略了第 ${i + 1} 个网站设置（sites[${i}]）：${isObject(s) ? '地址不是网址格式' : '不是对象'} / ignored site entry ${i + 1}`);
      continue;
    }
    sites.push({
      match: s.match,
      enabled: bool(s.enabled, true),
      ...(typeof s.composer === 'string' && s.composer.trim() ? { composer: s.composer.trim() } : {}),
      ...(typeof s.send === 'string' && s.send.trim() ? { send: s.send.trim() } : {}),
      ...watchOf(s.watch),
    });
  }

  const settings: Settings = {
    version: 1,
    language: raw.language === 'zh' || raw.language === 'en' || raw.language === 'auto' ? raw.language : d.language,
    guard: { ...offState(guard, now), deny, allow, ruleSeverity },
    timers: {
      alertLadder,
      notifications: bool(timers.notifications, d.timers.notifications),
      sound: bool(timers.sound, d.timers.sound),
      frequency: {
        maxMessages: intIn(frequency.maxMessages, 2, 100, d.timers.frequency.maxMessages),
        windowMinutes: intIn(frequency.windowMinutes, 1, 240, d.timers.frequency.windowMinutes),
      },
    },
    sites,
    retentionDays: intIn(raw.retentionDays, 1, 3650, d.retentionDays),
    storeText: bool(raw.storeText, false),
  };
  return { settings, problems };
}

const stamp = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** On, or off with its times; an off whose time is up (at `now`) reads as on: the pause is a timestamp, not a timer. */
function offState(guard: Record<string, unknown>, now: number | undefined): Pick<Settings['guard'], 'enabled' | 'offSince' | 'offUntil'> {
  if (bool(guard.enabled, true)) return { enabled: true };
  const until = stamp(guard.offUntil) ? guard.offUntil : undefined;
  if (until !== undefined && now !== undefined && now >= until) return { enabled: true };
  return { enabled: false, ...(stamp(guard.offSince) ? { offSince: guard.offSince } : {}), ...(until !== undefined ? { offUntil: until } : {}) };
}

/** The guard turned off at `now` until `until` (null: until turned on by hand), or on again. */
export function withGuard(guard: Settings['guard'], on: boolean, now: number, until: number | null = null): Settings['guard'] {
  const { enabled: _e, offSince: _s, offUntil: _u, ...rest } = guard;
  return on ? { enabled: true, ...rest } : { enabled: false, offSince: now, ...(until !== null ? { offUntil: until } : {}), ...rest };
}

/** The end of the Beijing day of `now` (the day the popup's 今日 figures count): 24:00 Beijing time. */
export function endOfBeijingDay(now: number): number {
  const day = 86_400_000;
  const beijing = 8 * 3_600_000;
  return Math.floor((now + beijing) / day) * day + day - beijing;
}

/** A Chrome match pattern for http(s) hosts, e.g. `https://im.example.com/*` or `https://*.example.com/*`. */
export function isMatchPattern(pattern: string): boolean {
  return /^https?:\/\/(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d+)?\/.*$/i.test(pattern);
}
