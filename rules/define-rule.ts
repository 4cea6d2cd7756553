// The shape of a lint rule: metadata (documented, cited) + optional lexicon terms + a pure check.
// Modelled on ESLint rule modules: `meta` plus a check that reports ranges and fixes.

import type { LintContext, TermHit } from './context';
import type { ClauseId, Severity } from './types';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A lexicon entry. Written plainly (simplified Chinese, any case/width); folded by the engine. */
export interface TermSpec {
  term: string;
  /** Overrides the rule's default severity for this term. */
  severity?: Severity;
  /** Free label the rule's check can branch on (e.g. 'euphemism', 'token', 'command'). */
  tag?: string;
}

/**
 * A TermSpec that carries its folded key (foldTerm(term)) in a private field, for a rule that folded its words
 * already (cue rules fold each word to merge the cues it anchors): the engine reads it instead of folding the
 * word again at every page's engine start (round 64, enginestart64). Its own properties are a TermSpec's.
 */
export class FoldedTerm implements TermSpec {
  term: string;
  severity?: Severity;
  tag?: string;
  readonly #key: string;
  constructor(term: string, key: string, severity: Severity | undefined, tag: string | undefined) {
    this.term = term;
    this.severity = severity;
    this.tag = tag;
    this.#key = key;
  }
  /** The folded key a FoldedTerm carries, or undefined for any other spec (a spread copy included). */
  static keyOf(spec: TermSpec): string | undefined {
    return #key in spec ? (spec as FoldedTerm).#key : undefined;
  }
}

export interface RuleMeta {
  /** kebab-case, unique, equal to the module's file name. */
  id: string;
  clause: ClauseId;
  /** Default severity of the rule's findings. */
  severity: Severity;
  /**
   * Every severity its findings can have, when that is more than `severity` (a term's own severity, a
   * mention in a denial told as info...): the options page says so. A unit test holds it to the rule's table.
   */
  severities?: readonly Severity[];
  /** Short name shown in the banner and options. */
  title: Bilingual;
  /** What the rule catches and why the rule forbids it (documentation). */
  description: Bilingual;
  /** How the agent can fix the reply (banner hint). */
  hint: Bilingual;
}

export interface RuleModule {
  meta: RuleMeta;
  terms?: readonly TermSpec[];
  /**
   * For a rule whose `terms` are made on first read (cue rules, round 66): the words they are made of, in order, as lists
   * (one a cue), without making them. The prebuilt term table's digest reads these (term-tables.ts termsDigest), so a
   * linter on that table makes such a rule's terms only when one of them is hit.
   */
  readonly termWords?: readonly (readonly string[])[];
  /**
   * Text the check matches by itself (e.g. the sources of its context regexes). Its Han characters get
   * traditional→simplified folding like lexicon terms do (scripts/gen-t2s.ts reads it).
   */
  vocabulary?: readonly string[];
  /**
   * Its Han terms of 2–3 characters also match in pinyin, whole or with one syllable swapped (fu刻,
   * 网dai, dubo; rules/pinyin.ts). For words people spell in pinyin to dodge filters.
   */
  pinyin?: boolean;
  /** Pure: reads the context, reports through ctx.report(). `hits` are this rule's lexicon hits. */
  check(ctx: LintContext, hits: readonly TermHit[]): void;
}

export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}

/** Expands a term over interchangeable characters: variants('微信', { 微: '微薇威' }) → 微信 薇信 威信. */
export function variants(term: string, alternatives: Record<string, string>): string[] {
  let out = [''];
  for (const ch of term) {
    const alts = [...(alternatives[ch] ?? ch)];
    out = out.flatMap((prefix) => alts.map((a) => prefix + a));
  }
  return out;
}

/** Builds TermSpecs from plain words sharing one severity/tag. */
export function terms(words: readonly string[], extra: Omit<TermSpec, 'term'> = {}): TermSpec[] {
  return words.map((term) => ({ term, ...extra }));
}
