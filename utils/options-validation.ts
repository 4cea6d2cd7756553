// Validation of what the agent types on the options page. Pure: each function returns the clean
// value or a Problem (an i18n key with parameters), so the page shows a Chinese-first error and
// nothing invalid ever reaches the stored settings.
import type { CustomTerm } from '../rules/engine';
import { SPECIAL_FOLDS } from '../rules/lexicon/fold-table';
import type { ClauseId, Severity } from '../rules/types';
import type { Problem } from './i18n';
import { CHAT_REQUIRED, isMatchPattern, SESSIONS_OPTIONAL, SESSIONS_REQUIRED, CHAT_OPTIONAL, WATCH_FIELDS, type SiteConfig, type WatchField, type WatchSelectors } from './settings-schema';

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

/**
 * A term as the engine matches it (rules/normalize.ts foldTerm: NFKC, case, the dingbat digits and letters
 * evaders use, separators dropped) but for its traditional→simplified table, which would double the
 * options page's code (letters stay letters either way). '' = the engine would match nothing.
 */
export function termKey(term: string): string {
  let out = '';
  for (const ch of term) {
    if (IGNORED.test(ch)) continue;
    for (const c of SPECIAL_FOLDS.get(ch.codePointAt(0)!) ?? ch.normalize('NFKC').toLowerCase()) {
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
 * Terms indexed for checking many against them: by lower case (a duplicate) and by the engine's key (a term
 * in the other list). Scanning arrays folded the other list again for each term checked: a lead's file of
 * 2,000 + 2,000 terms against an agent's 2,000 + 2,000 took 5–15 s a summary, every time it was worked out.
 */
export class TermIndex {
  private readonly lower = new Set<string>();
  private readonly keys = new Map<string, string>();
  size = 0;
  constructor(terms: Iterable<string> = []) {
    for (const t of terms) this.add(t);
  }
  add(term: string): void {
    this.lower.add(term.toLowerCase());
    const key = termKey(term);
    // The first term with a key is the one an error names (as a scan in list order found it).
    if (!this.keys.has(key)) this.keys.set(key, term);
    this.size++;
  }
  has(term: string): boolean {
    return this.lower.has(term.toLowerCase());
  }
  withKey(key: string): string | undefined {
    return this.keys.get(key);
  }
}
type Terms = readonly string[] | TermIndex;

/**
 * A plain term (deny or allow): trimmed, 1–50 characters, no regex syntax, not already listed, with
 * something the engine can match (it folds terms as drafts: punctuation, spaces, zero-width and
 * combining marks fold away, so ～～ or 。 would match nothing), and not in the other list (`other`):
 * the engine files a term in both under one key, and the allowed one silently wins.
 */
export function checkTerm(raw: string, existing: Terms, other: { terms: Terms; key: 'errTermInDeny' | 'errTermInAllow' } | null = null): Checked<string> {
  const term = raw.trim();
  if (!term) return fail('errTermEmpty');
  if (term.length > MAX_TERM_LENGTH) return fail('errTermLong', { max: MAX_TERM_LENGTH });
  if (REGEX_SYNTAX.test(term)) return fail('errTermRegex', { chars: '.* | ^ $ [ ] \\d' });
  const key = termKey(term);
  if (!key) return fail('errTermNothing', { term });
  if (existing instanceof TermIndex ? existing.has(term) : existing.some((t) => t.toLowerCase() === term.toLowerCase())) return fail('errTermDuplicate', { term });
  const both = !other ? undefined : other.terms instanceof TermIndex ? other.terms.withKey(key) : other.terms.find((t) => termKey(t) === key);
  if (other && both !== undefined) return fail(other.key, { term: both });
  if ((existing instanceof TermIndex ? existing.size : existing.length) >= MAX_TERMS) return fail('errTermsFull', { max: MAX_TERMS });
  return { ok: true, value: term };
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

const LADDER_MIN_S = 10;
/** The 5-minute reply deadline (rule 3.1.1): an alert after it comes too late to help. */
const LADDER_MAX_S = 300;

/** "3:00, 4:00, 5:00" (also 、，; or spaces; "45" = 45 s) → seconds, sorted, without repeats. */
export function parseLadder(text: string): Checked<number[]> {
  const items = text.split(/[,，、;；\s]+/).filter(Boolean);
  if (!items.length) return fail('errLadderEmpty');
  const seconds: number[] = [];
  for (const item of items) {
    const m = /^(?:(\d{1,2})[:：])?(\d{1,2})$/.exec(item);
    if (!m || (m[1] !== undefined && Number(m[2]) >= 60)) return fail('errLadderFormat', { item });
    const s = Number(m[1] ?? 0) * 60 + Number(m[2]);
    if (s < LADDER_MIN_S) return fail('errLadderRange', { item });
    if (s > LADDER_MAX_S) return fail('errLadderLate', { item });
    seconds.push(s);
  }
  return { ok: true, value: [...new Set(seconds)].sort((a, b) => a - b) };
}

export function formatLadder(seconds: readonly number[]): string {
  return seconds.map((s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`).join(', ');
}

export function checkInt(text: string, min: number, max: number): Checked<number> {
  const t = text.trim();
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
