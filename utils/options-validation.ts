// Validation of what the agent types on the options page. Pure: each function returns the clean
// value or a Problem (an i18n key with parameters), so the page shows a Chinese-first error and
// nothing invalid ever reaches the stored settings.
import type { CustomTerm } from '../rules/engine';
import { SPECIAL_FOLDS } from '../rules/lexicon/fold-table';
import type { ClauseId, Severity } from '../rules/types';
import type { Problem, Translate } from './i18n';
import { hasBidiControls, isBidiControl } from '../rules/bidi';
import { CHAT_REQUIRED, isMatchPattern, termTooLong, SESSIONS_OPTIONAL, SESSIONS_REQUIRED, CHAT_OPTIONAL, WATCH_FIELDS, type SiteConfig, type WatchField, type WatchSelectors } from './settings-schema';

export const MAX_TERM_LENGTH = 50;
export const MAX_TERMS = 2000;
export const MAX_SELECTOR_LENGTH = 200;
/** The hosts the manifest already covers (wxt.config.ts DEFAULT_MATCHES). */
export const BUILT_IN_SITES = ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };
const fail = (key: Problem['key'], params?: Problem['params']): { ok: false; problem: Problem } => ({ ok: false, problem: params ? { key, params } : { key } });

// What the engine's compact view drops (rules/normalize.ts): invisible and combining marks, controls,
// and separators (spaces, punctuation, symbols, emoji) but '+'.
const IGNORED = /[\p{Default_Ignorable_Code_Point}\p{M}\p{Cf}\p{Cc}]/u;
const SEPARATOR = /[\p{Z}\p{P}\p{S}\s]/u;
// Tone-marked pinyin and accented Latin read as plain letters (normalize.ts does the same: café = cafe = café).
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING = /\p{M}/gu;

/**
 * A term as the engine matches it (rules/normalize.ts foldTerm: NFKC, case, the dingbat digits and letters
 * evaders use, separators dropped) but for its traditional→simplified table, which would double the
 * options page's code (letters stay letters either way). '' = the engine would match nothing.
 */
export function termKey(term: string): string {
  let out = '';
  for (const ch of term) {
    if (IGNORED.test(ch)) continue;
    for (let c of SPECIAL_FOLDS.get(ch.codePointAt(0)!) ?? ch.normalize('NFKC').toLowerCase()) {
      if (c.charCodeAt(0) >= 0xc0 && ACCENTED_LATIN.test(c)) c = c.normalize('NFD').replace(COMBINING, '');
      // The compact view keeps UTF-16 units of the BMP only (a surrogate is a separator to it).
      if (IGNORED.test(c) || (c !== '+' && (SEPARATOR.test(c) || c.length > 1))) continue;
      out += c;
    }
  }
  return out;
}

// Terms are matched literally; these show the agent expected a pattern language that is not there.
const REGEX_SYNTAX = /\\[dDwWsSbB.*+?()[\]{}|^$]|\.\*|\.\+|\(\?|\[[^\]]*\]|\||^\^|\$$|\{\d+(,\d*)?\}|^\*|\*$/;

/**
 * Terms indexed for checking many against them, by the engine's key (a duplicate, or a term in the other list).
 * Scanning arrays folded the other list again for each term checked: a lead's file of 2,000 + 2,000 terms against
 * an agent's 2,000 + 2,000 took 5–15 s a summary, every time it was worked out.
 */
export class TermIndex {
  private readonly keys = new Map<string, string>();
  size = 0;
  constructor(terms: Iterable<string> = []) {
    for (const t of terms) this.add(t);
  }
  add(term: string): void {
    const key = termKey(term) || term.toLowerCase();
    // The first term with a key is the one an error names (as a scan in list order found it).
    if (!this.keys.has(key)) this.keys.set(key, term);
    this.size++;
  }
  /** The listed term the guard would read as `term` (same folded key), if any. */
  same(term: string): string | undefined {
    return this.keys.get(termKey(term) || term.toLowerCase());
  }
  has(term: string): boolean {
    return this.same(term) !== undefined;
  }
  withKey(key: string): string | undefined {
    return this.keys.get(key);
  }
}
type Terms = readonly string[] | TermIndex;

/**
 * A plain term (deny or allow): trimmed, 1–50 characters (as shown: an emoji is one), no bidi controls, no regex
 * syntax, not already listed (as the guard folds it: ＶＸ号 is vx号, an NFD café is café), with something the engine
 * can match (it folds terms as drafts: punctuation, spaces, zero-width and combining marks fold away, so ～～ or 。
 * would match nothing), and not in the other list (`other`): the engine files a term in both under one key, and
 * the allowed one silently wins.
 */
export function checkTerm(raw: string, existing: Terms, other: { terms: Terms; key: 'errTermInDeny' | 'errTermInAllow' } | null = null): Checked<string> {
  const term = raw.trim();
  if (!term) return fail('errTermEmpty');
  // Stored, a U+202E shows the term (and the message around it) reversed; it folds away when matched anyway.
  if (hasBidiControls(term)) return fail('errTermBidi', { term });
  if (termTooLong(term)) return fail('errTermLong', { max: MAX_TERM_LENGTH });
  if (REGEX_SYNTAX.test(term)) return fail('errTermRegex', { chars: '.* | ^ $ [ ] \\d' });
  const key = termKey(term);
  if (!key) return fail('errTermNothing', { term });
  const same = existing instanceof TermIndex ? existing.withKey(key) : existing.find((t) => termKey(t) === key);
  if (same !== undefined) return same.toLowerCase() === term.toLowerCase() ? fail('errTermDuplicate', { term }) : fail('errTermDuplicateAs', { term, existing: same });
  const both = !other ? undefined : other.terms instanceof TermIndex ? other.terms.withKey(key) : other.terms.find((t) => termKey(t) === key);
  if (other && both !== undefined) return fail(other.key, { term: both });
  if ((existing instanceof TermIndex ? existing.size : existing.length) >= MAX_TERMS) return fail('errTermsFull', { max: MAX_TERMS });
  return { ok: true, value: term };
}

/**
 * A term as a message or list shows it: each bidi control written out (⟨U+202E⟩), so a stored one cannot reverse
 * the term or the text around it (the page also isolates the term in a <bdi>, for right-to-left letters).
 */
export function showTerm(term: string): string {
  let out = '';
  for (const ch of term) out += isBidiControl(ch.codePointAt(0)!) ? `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase()}⟩` : ch;
  return out;
}

/** A deny term: `existing` the deny list (its terms, or them indexed), `allow` the allowed terms. */
export function checkDenyTerm(raw: { term: string; clause: ClauseId; severity: Severity; note?: string }, existing: readonly CustomTerm[] | TermIndex, allow: Terms = []): Checked<CustomTerm> {
  const term = checkTerm(
    raw.term,
    existing instanceof TermIndex ? existing : existing.map((t) => t.term),
    { terms: allow, key: 'errTermInAllow' },
  );
  if (!term.ok) return term;
  const note = raw.note?.trim().slice(0, 200);
  return { ok: true, value: { term: term.value, clause: raw.clause, severity: raw.severity, ...(note ? { note } : {}) } };
}

/**
 * Terms pasted many at once: one a line, or separated by 、，, ; ；. (Separators inside a term fold away
 * when it is matched, so splitting on them loses no term that could match.)
 */
export function splitTerms(text: string): string[] {
  return text.split(/[\r\n、，,;；]+/).map((t) => t.trim()).filter(Boolean);
}

export interface TermBatch<T> {
  accepted: T[];
  /** Each refused piece as typed, with why. */
  rejected: { term: string; problem: Problem }[];
}

/**
 * Several pasted terms through the one-term check, in order: each accepted one counts as listed for
 * the next (a repeat within the paste is a duplicate too).
 */
export function checkTermBatch<T>(text: string, check: (term: string, accepted: readonly T[]) => Checked<T>): TermBatch<T> {
  const out: TermBatch<T> = { accepted: [], rejected: [] };
  for (const term of splitTerms(text)) {
    const c = check(term, out.accepted);
    if (c.ok) out.accepted.push(c.value);
    else out.rejected.push({ term, problem: c.problem });
  }
  return out;
}

export const LADDER_MIN_S = 10;
/** The 5-minute reply deadline (rule 3.1.1): an alert after it comes too late to help. */
export const LADDER_MAX_S = 300;

/** What the alert-time field's text holds: the times to store, and those left out (outside 0:10–5:00), or why none. */
export type LadderRead = { ok: true; value: number[]; dropped: number[] } | { ok: false; problem: Problem };

/**
 * "3:00, 4:00, 5:00" (also 、，; or spaces; "45" = 45 s) → seconds, sorted, without repeats. Out-of-range times go by
 * `splitLadder`, the import's rule: the rest is kept and each left-out time named (「3:00, 5:01, 6:00」 keeps 3:00 and
 * names 5:01 and 6:00, as a file with [180, 301, 360] does). A text that is not times at all names every bad item.
 */
export function readLadder(text: string): LadderRead {
  // Full-width digits and colons (３：００, an IME's) read as ASCII.
  const items = text.normalize('NFKC').split(/[,，、;；\s]+/).filter(Boolean);
  if (!items.length) return fail('errLadderEmpty');
  const seconds: number[] = [];
  const bad: string[] = [];
  for (const item of items) {
    const m = /^(?:(\d{1,2})[:：])?(\d{1,2})$/.exec(item);
    if (!m || (m[1] !== undefined && Number(m[2]) >= 60)) bad.push(item);
    else seconds.push(Number(m[1] ?? 0) * 60 + Number(m[2]));
  }
  if (bad.length) return fail('errLadderFormat', { item: [...new Set(bad)].join('”、“') });
  const { stored, dropped } = splitLadder(seconds);
  if (!stored.length) {
    // One time: the same line the import's review gives that time; several: each named.
    if (dropped.length === 1) return fail(dropped[0]! > LADDER_MAX_S ? 'errLadderLate' : 'errLadderRange', { item: formatLadder(dropped) });
    return fail('errLadderNone', { dropped: formatLadder(dropped) });
  }
  return { ok: true, value: stored, dropped };
}

/**
 * From 100:00 on (past what the field itself takes, 99:59) a time is said in seconds, 「超过 1 小时（1000000000000 秒）」,
 * not as an unreadable 16666666666:40 (a file may hold up to 2^53 s).
 */
export const LADDER_FAR_S = 6000;

/**
 * The one rule for alert times, for the page's own field and an import alike: the times within 0:10–5:00 are kept
 * (sorted, each once); every other time is named, each once, in the order given.
 */
export function splitLadder(seconds: readonly number[]): { stored: number[]; dropped: number[] } {
  const inRange = (s: number) => s >= LADDER_MIN_S && s <= LADDER_MAX_S;
  return { stored: [...new Set(seconds.filter(inRange))].sort((a, b) => a - b), dropped: [...new Set(seconds.filter((s) => !inRange(s)))] };
}

/** Times for the agent to read: m:ss up to 99:59, beyond that in seconds. */
export function ladderText(seconds: readonly number[], t: Translate): string {
  return seconds
    .map((s) => (Math.abs(s) < LADDER_FAR_S ? formatLadder([s]) : s > 0 ? t('ladderOverHour', { s }) : t('ladderSeconds', { s })))
    .join(', ');
}

export function formatLadder(seconds: readonly number[]): string {
  // A file may hold a negative step: "-0:05", not "-1:-5".
  return seconds.map((s) => `${s < 0 ? '-' : ''}${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, '0')}`).join(', ');
}

export function checkInt(text: string, min: number, max: number): Checked<number> {
  const t = text.normalize('NFKC').trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || !Number.isInteger(n) || n < min || n > max) return fail('errIntRange', { min, max });
  return { ok: true, value: n };
}

/** An origin or a match pattern → a match pattern for the whole host: `https://im.example.com/*`. */
export function siteMatchPattern(raw: string): string | null {
  let text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  if (!text.includes('*')) {
    try {
      const url = new URL(text);
      if (url.username || url.password) return null;
      text = `${url.protocol}//${url.host}/*`;
    } catch {
      return null;
    }
  }
  return isMatchPattern(text) ? text.toLowerCase() : null;
}

/**
 * A new site entry. `isValidSelector` is given by the page (it has a DOM to parse CSS with); the
 * selectors are optional and only stored when they parse.
 */
export function checkSite(
  raw: { origin: string; composer?: string; send?: string; watch?: WatchSelectors },
  existing: readonly SiteConfig[],
  isValidSelector: (selector: string) => boolean,
): Checked<SiteConfig> {
  const match = siteMatchPattern(raw.origin);
  if (!match) return fail('errSiteOrigin');
  if (BUILT_IN_SITES.includes(match)) return fail('errSiteDefault');
  if (existing.some((s) => s.match === match)) return fail('errSiteDuplicate');
  const site: SiteConfig = { match, enabled: true };
  for (const field of ['composer', 'send'] as const) {
    const selector = raw[field]?.trim();
    if (!selector) continue;
    if (selector.length > MAX_SELECTOR_LENGTH) return fail('errSelectorLong', { max: MAX_SELECTOR_LENGTH });
    if (!isValidSelector(selector)) return fail('errSelector', { selector });
    site[field] = selector;
  }
  const watch = checkWatch(raw.watch ?? {}, isValidSelector);
  if (!watch.ok) return watch;
  if (watch.value) site.watch = watch.value;
  return { ok: true, value: site };
}

/**
 * The watcher's selectors: each one that is filled must parse; a group (the open chat, the
 * conversation list) with any selector filled needs all of its required ones, so a half-filled
 * group is refused rather than silently not watched.
 */
export function checkWatch(raw: WatchSelectors, isValidSelector: (selector: string) => boolean): Checked<WatchSelectors | undefined> {
  const watch: WatchSelectors = {};
  for (const field of WATCH_FIELDS) {
    const selector = raw[field]?.trim();
    if (!selector) continue;
    if (selector.length > MAX_SELECTOR_LENGTH) return fail('errSelectorLong', { max: MAX_SELECTOR_LENGTH });
    if (!isValidSelector(selector)) return fail('errSelector', { selector });
    watch[field] = selector;
  }
  const groups: [readonly WatchField[], readonly WatchField[]][] = [
    [CHAT_REQUIRED, CHAT_OPTIONAL],
    [SESSIONS_REQUIRED, SESSIONS_OPTIONAL],
  ];
  for (const [required, optional] of groups) {
    const missing = required.filter((f) => !watch[f]);
    if (missing.length && [...required, ...optional].some((f) => watch[f])) {
      return fail('errWatchIncomplete', { fields: missing.join(', ') });
    }
  }
  return { ok: true, value: Object.keys(watch).length ? watch : undefined };
}

/**
 * Refusals with the ones for a full list taken out and counted: 500 terms over the 2,000 limit are one line
 * (「列表已满…其余 500 个未添加」), not 500 lines of 「最多 2000 个词」.
 */
export function withoutFull<T extends { problem: Problem }>(rejected: readonly T[]): { rest: T[]; full: number } {
  const rest = rejected.filter((r) => r.problem.key !== 'errTermsFull');
  return { rest, full: rejected.length - rest.length };
}

// RFC 3492 (Punycode) decoding of one label, no network: Chrome stores 中文域名.中国 as xn--fiq06l2rdsvs.xn--fiqs8s.
const BASE = 36, T_MIN = 1, T_MAX = 26, SKEW = 38, DAMP = 700;
function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}
function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  return BASE;
}
/** One label's Unicode form, or null when it is not valid Punycode (then it is shown as it is). */
export function punycodeLabel(label: string): string | null {
  const out: number[] = [];
  const b = Math.max(0, label.lastIndexOf('-'));
  for (let j = 0; j < b; j++) {
    const c = label.charCodeAt(j);
    if (c >= 0x80) return null;
    out.push(c);
  }
  let n = 128, bias = 72, i = 0;
  for (let at = b > 0 ? b + 1 : 0; at < label.length; ) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (at >= label.length) return null;
      const digit = digitOf(label.charCodeAt(at++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (out.length + 1)) return null;
    }
    const len = out.length + 1;
    bias = adapt(i - before, len, before === 0);
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** A site's match pattern as the agent typed it: each xn-- label of the host in Unicode (https://中文域名.中国/*). */
export function siteForDisplay(pattern: string): string {
  return pattern.replace(/^(https?:\/\/)([^/:]+)/i, (_, scheme: string, host: string) =>
    scheme + host.split('.').map((l) => (/^xn--/i.test(l) ? (punycodeLabel(l.slice(4)) ?? l) : l)).join('.'));
}
