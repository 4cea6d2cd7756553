// What a rule's check sees: the draft in its folded views, this rule's lexicon hits, neighbourhood
// helpers that respect clause boundaries, and report() which maps view ranges back to the draft.

import { CONDITIONS, NEGATIONS } from './context-words';
import type { RuleModule, TermSpec } from './define-rule';
import { foldTerm, HARD, SOFT, simplifyText, type Normalized, type View } from './normalize';
import { maskClosings } from './closing';
import { Scratch } from './scratch';
import { firstAtLeast } from './sorted';
import type { Finding, Severity } from './types';

// The break kinds, read once: under tsx (CommonJS) every read of an imported binding is a getter call, and
// before() / after() run for every anchor hit.
const SOFT_BREAK = SOFT;
const HARD_BREAK = HARD;

export interface TermHit {
  spec: TermSpec;
  /** Compact-view range. */
  start: number;
  end: number;
  /** The folded term that matched (compact form). */
  key: string;
}

export type ViewName = 'compact' | 'folded' | 'original';

export interface Report {
  /** Range in `view` coordinates (default: compact), end exclusive. */
  start: number;
  end: number;
  view?: ViewName;
  severity?: Severity;
  /** Chinese explanation; defaults to the rule's title. */
  message?: string;
  /** Replacement for the reported range ('' deletes it). Omit when no mechanical fix is right. */
  fix?: string;
}

/** Escapes a folded phrase for use in a RegExp. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Blanks out every match of a global regex with ＿ of the same length, so offsets still hold (words that only look like something). */
export function maskMatches(text: string, re: RegExp): string {
  return text.replace(re, (m) => '＿'.repeat(m.length));
}

/** A regex alternation of phrases, folded like drafts and longest first. */
export function phraseRegex(phrases: readonly string[], { prefix = '', suffix = '', flags = '' } = {}): RegExp {
  const folded = [...new Set(phrases.map(foldTerm).filter(Boolean))].sort((a, b) => b.length - a.length);
  return new RegExp(`${prefix}(?:${folded.map(escape).join('|')})${suffix}`, flags);
}

/**
 * A table of the first folded units of `words` (one flag per BMP unit). With holdsUnitOf() it is a cheap
 * precheck before a regex over the same words: a text holding none of their first units matches none.
 */
export function firstUnits(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) {
    const folded = foldTerm(w);
    if (folded) table[folded.charCodeAt(0)] = 1;
  }
  return table;
}

/** Whether `text` holds some unit flagged in `table` (see firstUnits). */
export function holdsUnitOf(text: string, table: Uint8Array): boolean {
  for (let k = 0; k < text.length; k++) if (table[text.charCodeAt(k)]) return true;
  return false;
}

/**
 * Calls `fn` on every match of the global regex `re` in `text`, as `text.matchAll(re)` would, without
 * matchAll's per-call clone of the regex (a RegExp construction each time, on every draft and detector).
 * Re-entrant: the position lives in a local, so `fn` may use `re` again.
 */
export function forEachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  let pos = 0;
  while (pos <= text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    pos = re.lastIndex;
    if (m[0] === '') pos = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    fn(m);
  }
}

/** Every match of the global regex `re` in `text`, as `[...text.matchAll(re)]` (see forEachMatch). */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  forEachMatch(re, text, (m) => found.push(m));
  return found;
}

const NEGATED_TAIL = phraseRegex(NEGATIONS, { suffix: '[^]{0,4}$' });
const CONDITION_ANY = phraseRegex(CONDITIONS);
// Prechecks: without the first unit of one of their words, the regexes cannot match.
const NEGATION_FIRST = firstUnits(NEGATIONS);
const CONDITION_FIRST = firstUnits(CONDITIONS);

export class LintContext {
  readonly findings: Finding[] = [];
  private readonly memos = new Map<string, unknown>();

  /**
   * @param scratch the linter's reused buffers: detectors may build per-draft views in them (valid while
   *   this context is the linter's current draft).
   */
  constructor(
    readonly norm: Normalized,
    readonly scratch: Scratch = new Scratch(),
  ) {}

  /** Per-draft views made on first read (see text and compact). */
  private simplified: string | undefined;
  private compactText: string | undefined;
  /**
   * The draft as typed, traditional characters read as simplified (same offsets; see simplifyText): what the
   * rules' own patterns read. A finding's match is cut from the draft itself.
   */
  get text(): string {
    return (this.simplified ??= simplifyText(this.norm.original));
  }
  /** Compact view text: folded, separators removed, the agent's stock closing masked (closing.ts). */
  get compact(): string {
    return (this.compactText ??= maskClosings(this.norm.compact.text, this.norm.compactToFolded));
  }
  /** Folded view text: separators kept. */
  get folded(): string {
    return this.norm.folded.text;
  }

  /** Computes a value once per draft (for detectors shared by several rules). */
  memo<T>(key: string, compute: () => T): T {
    // One lookup when the value is there (has() only to tell a memoised undefined from a missing key).
    const have = this.memos.get(key);
    if (have !== undefined || this.memos.has(key)) return have as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  view(name: Exclude<ViewName, 'original'>): View {
    return name === 'compact' ? this.norm.compact : this.norm.folded;
  }

  /** Original [start, end) of a range in a view. */
  toOriginal(start: number, end: number, view: ViewName = 'compact'): [number, number] {
    if (view === 'original') return [start, end];
    const v = this.view(view);
    if (end <= start) {
      const at = start < v.start.length ? v.start[start]! : this.text.length;
      return [at, at];
    }
    return [v.start[start]!, v.end[end - 1]!];
  }

  /** Compact index of the first compact unit at or after a folded index. */
  compactIndexOfFolded(foldedIndex: number): number {
    return firstAtLeast(this.norm.compactToFolded, foldedIndex);
  }

  /**
   * Compact text right before compact index `i`: at most `max` units, not crossing a break of kind
   * `stop` or stronger (SOFT: stay in the clause; HARD: stay in the sentence).
   */
  before(i: number, max = 12, stop: 'soft' | 'hard' = 'soft'): string {
    const limit = stop === 'soft' ? SOFT_BREAK : HARD_BREAK;
    const bb = this.norm.breakBefore;
    let s = i;
    while (s > 0 && i - s < max && bb[s]! < limit) s--;
    return this.compact.slice(s, i);
  }

  /** Compact text right after compact index `j` (exclusive end of a hit), same limits as before(). */
  after(j: number, max = 12, stop: 'soft' | 'hard' = 'soft'): string {
    const limit = stop === 'soft' ? SOFT_BREAK : HARD_BREAK;
    const bb = this.norm.breakBefore;
    let e = j;
    const n = this.compact.length;
    while (e < n && e - j < max && bb[e]! < limit) e++;
    return this.compact.slice(j, e);
  }

  /** A denial or warning governs the term: 不卖高仿, 绝不是A货, 谨防高仿, 不需要加微信. */
  negated(start: number): boolean {
    const before = this.before(start, 10);
    return holdsUnitOf(before, NEGATION_FIRST) && NEGATED_TAIL.test(before);
  }

  /** A condition governs the term: 如果鉴定不是正品…, 万一是假货…. */
  conditional(start: number): boolean {
    const before = this.before(start, 12);
    return holdsUnitOf(before, CONDITION_FIRST) && CONDITION_ANY.test(before);
  }

  /** Whether a hard break (sentence end) lies inside compact range [start, end). */
  spansHardBreak(start: number, end: number): boolean {
    const bb = this.norm.breakBefore;
    for (let k = start + 1; k < end; k++) if (bb[k] === HARD_BREAK) return true;
    return false;
  }

  report(rule: RuleModule, r: Report): void {
    const [start, end] = this.toOriginal(r.start, r.end, r.view);
    if (end <= start) return;
    const finding: Finding = {
      clause: rule.meta.clause,
      rule: rule.meta.id,
      severity: r.severity ?? rule.meta.severity,
      start,
      end,
      match: this.norm.original.slice(start, end),
      message: r.message ?? rule.meta.title.zh,
    };
    if (r.fix !== undefined) finding.fix = { start, end, text: r.fix };
    this.findings.push(finding);
  }
}
