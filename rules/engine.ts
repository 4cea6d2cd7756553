// The linter: normalise once, scan every lexicon term in one pass, let each rule judge its hits,
// then apply the agent's own settings (extra terms, allowed terms, per-rule severity).

import { LintContext, type TermHit } from './context';
import type { RuleModule } from './define-rule';
import { HARD, normalize } from './normalize';
import { closesBidiScope, displayOrder, hasBidiControls, isBidiControl, opensBidiScope, type DisplayOrder } from './bidi';
import { RULES } from './registry';
import { Scratch } from './scratch';
import { Spans } from './spans';
import { customDenyRule } from './checks/custom-deny';
import { compileTerms, decodeTerms, prebuiltFor, type TermTable } from './term-tables';
import { PREBUILT_TERMS } from './term-tables.generated';
import { SEVERITY_RANK, type ClauseId, type Finding, type Fix, type Severity } from './types';

/** A term the agent (or shop) adds. Plain text only: no user regex that could hang the page. */
export interface CustomTerm {
  term: string;
  clause: ClauseId;
  severity: Severity;
  note?: string;
}

export interface LinterOptions {
  /** Rule modules to run (default: every registered rule). */
  rules?: readonly RuleModule[];
  /** Extra forbidden terms. */
  deny?: readonly CustomTerm[];
  /** Terms that are always fine for this shop (e.g. its own brand name): findings inside them are dropped. */
  allow?: readonly string[];
  /** Per-rule severity override, or 'off'. */
  severity?: Readonly<Record<string, Severity | 'off'>>;
}

export interface LintResult {
  findings: Finding[];
  /** Rules that threw; the others still ran (a broken rule never hides the rest). */
  errors: { rule: string; error: string }[];
}

export interface Linter {
  lint(text: string): Finding[];
  lintDetailed(text: string): LintResult;
  /**
   * The same lint as lintDetailed, as steps: it yields after normalising, after the term scan and after
   * each rule, and returns the result. For a caller that spreads a long draft's lint over several tasks
   * (the guard prepares a pasted megabyte's send decision this way); other lints may run between its
   * steps (it has buffers of its own).
   */
  lintInSteps(text: string): Generator<void, LintResult, void>;
  readonly rules: readonly RuleModule[];
  /** Number of lexicon terms compiled into the automaton. */
  readonly termCount: number;
  /** Whether the registered rules' terms came decoded from the prebuilt table (term-tables.ts), not built at start. */
  readonly prebuilt: boolean;
}

/** Largest original-text gap allowed between two consecutive units of a term (「微 . 信」 yes, a sentence apart no). */
const MAX_GAP = 6;

/**
 * Round 36 (t36c): a word broken by a pasted line wrap (小姐姐单\n身吗, 我是快手官\n方客服): a term may span a hard break that is only a
 * line break with a Chinese character right on each side and a long line before it (a wrapped line, not a heading or a list item:
 * 温馨提示\n高仿… has a short line; 1. …\n2. … has a digit). Only the term match crosses it; every scope still ends there.
 */
const WRAP_MIN_LINE = 10;
const isHan = (u: number) => u >= 0x3400 && u <= 0x9fff;
function wrappedOnly(text: string, unitStart: Uint32Array, unitEnd: Uint32Array, bb: Uint32Array, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    if (bb[k] !== HARD) continue;
    const a = unitEnd[k - 1]!;
    const b = unitStart[k]!;
    const gap = text.slice(a, b);
    if ((gap !== '\n' && gap !== '\r\n') || !isHan(text.charCodeAt(a - 1)) || !isHan(text.charCodeAt(b))) return false;
    const lineStart = text.lastIndexOf('\n', a - 1) + 1;
    if (a - lineStart < WRAP_MIN_LINE) return false;
  }
  return true;
}

// Round 23 (t23b): a term spelt wholly in pinyin (tema for 特码, sima for 死妈) is also a latin word, and inside ordinary Chinese a
// capitalised one mid-sentence is a name (我们家Tema系列, 这款Sima座椅, 这个牌子叫Tema), as is one named a brand or theme (tema主题, nima牌子): such a
// word is not read as pinyin. A line written in pinyin (another latin word beside it, or the syllables spaced: ruo zhi) still is;
// so is a lowercase word in plain Chinese (想玩dubo吗, 你真是个shabi): rules that need it (lottery slang) ask for their own context.
const LATIN_RUN = /[a-z]{2,}/i;
const NAMED_AFTER = /^\s*(?:主题|品牌|牌子|牌(?![货])|商标|logo|系列(?:的|产品|新品)?)/i;
const NAMED_NEXT = /^\s*(?![的地得了还你您就都也吧啊呢吗么是给去滚个啦呀哈])\p{Script=Han}/u;
const NAMED_BEFORE = /(?:叫|叫做|名叫|名为|品牌|牌子|商标|英文名|英文|英语|外语|意大利语|西班牙语|葡萄牙语|法语|德语)\s*$/;
// ---- round 48 (t48e) ----
// Round 48 (t48e): a capitalised word beside another capitalised word that no pinyin spells (Black Tie, White Tie 提额 read as ti'e): an
// English title, not a line in pinyin — pinyin lines have pinyin neighbours (Ni Shi Sha Bi, Wei Xin). Loose syllables: only a word that
// cannot be cut into initial + final at all (black, white: bl-, wh-) counts as English.
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v))+$/;
const TITLE_WORD = /^[A-Z][a-z]+$/;
function englishTitle(text: string, start: number, end: number): boolean {
  if (!TITLE_WORD.test(text.slice(start, end))) return false;
  const before = /(?:^|[^A-Za-z])([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^[ \t]+([A-Za-z]+)(?![A-Za-z])/.exec(text.slice(end, end + 24))?.[1];
  return [before, after].some((w) => w !== undefined && TITLE_WORD.test(w) && !PINYIN_WORD.test(w.toLowerCase()));
}
// ---- end round 48 (t48e) ----
/** Whether original [start, end), a whole-pinyin hit, is a latin word used as a name in a line not written in pinyin. */
function latinName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^[a-z]+$/i.test(word)) return false; // spaced or dotted syllables: written as pinyin
  if (englishTitle(text, start, end)) return true; // round 48 (t48e)
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 24);
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 24) : Math.min(lineEnd, end + 24));
  if (LATIN_RUN.test(before) || LATIN_RUN.test(after) || /[a-z]$/i.test(before) || /^[a-z]/i.test(after)) return false;
  // A capital at a sentence's start is the keyboard's, not a name's (Dubo网站了解一下 is still pinyin); and a name goes before what
  // it names, a curse before a particle or nothing (说了三遍了Nima的还问, 你个Sima).
  const capitalName = /^[A-Z][a-z]+$/.test(word) && /[^\s。！？!?.…～~：:]\s*$/.test(before) && NAMED_NEXT.test(after);
  return capitalName || NAMED_AFTER.test(after) || NAMED_BEFORE.test(before);
}

/**
 * The hits of a rule none of whose terms matched (most rules, most drafts): one shared empty list. Not
 * frozen: a frozen array has its own elements kind, and the rules' loops over hits would see two.
 */
const NO_HITS: readonly TermHit[] = [];

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const sameKind = (a: number, b: number) => (isLetter(a) && isLetter(b)) || (isDigit(a) && isDigit(b));

/**
 * The registered rules' terms, decoded from the prebuilt table on the first linter (round 65, enginestart65; shared by
 * every linter after it); null when the table does not fit these rules or this engine's fold (term-tables.ts decodeTerms).
 */
let prebuilt: ReturnType<typeof decodeTerms> | null | undefined;

/**
 * The terms of a linter: the registered rules' from the prebuilt table, with the agent's own deny and allowed terms in a
 * small table of their own; everything compiled at run time when a rule is not a registered one (a test's) or there is
 * no usable prebuilt table.
 */
function linterTerms(
  baseRules: readonly RuleModule[], rules: readonly RuleModule[], allow: readonly string[],
): { base: TermTable; agent: TermTable | null; prebuilt: boolean } {
  if (prebuilt === undefined) prebuilt = decodeTerms(PREBUILT_TERMS, RULES) ?? null;
  const base = prebuilt && prebuiltFor(prebuilt, baseRules);
  if (!base) return { base: compileTerms(rules, allow), agent: null, prebuilt: false };
  const agentRules = rules.slice(baseRules.length);
  return { base, agent: agentRules.length || allow.length ? compileTerms(agentRules, allow, baseRules.length) : null, prebuilt: true };
}

/** Key text [start, end) of the compact view, as a string of its own (a long slice would keep the whole draft alive). */
function keyText(compact: string, start: number, end: number): string {
  if (end - start < 13) return compact.slice(start, end);
  let key = '';
  for (let i = start; i < end; i++) key += compact[i];
  return key;
}

export function createLinter(options: LinterOptions = {}): Linter {
  const severityOverride = options.severity ?? {};
  const baseRules = (options.rules ?? RULES).filter((r) => severityOverride[r.meta.id] !== 'off');
  const rules = options.deny?.length ? [...baseRules, customDenyRule(options.deny)] : baseRules;

  const { base, agent, prebuilt: fromTable } = linterTerms(baseRules, rules, options.allow ?? []);
  const termCount = base.termCount + (agent?.termCount ?? 0);
  // Buffers reused from draft to draft (views of the current draft only: a linter lints one at a time).
  const scratch = new Scratch();

  /** One lint between its steps. */
  interface Pass {
    ctx: LintContext;
    textLength: number;
    /** Per rule, its term hits (most rules get none in most drafts: their lists are made on the first hit). */
    hitsByRule: (TermHit[] | undefined)[];
    allowSpans: [number, number][];
    errors: LintResult['errors'];
  }

  function begin(text: string, buffers: Scratch): Pass {
    const norm = normalize(text, buffers);
    return { ctx: new LintContext(norm, buffers), textLength: text.length, hitsByRule: new Array(rules.length), allowSpans: [], errors: [] };
  }

  function scanTerms({ ctx, hitsByRule, allowSpans }: Pass): void {
    const { norm } = ctx;
    const compact = ctx.compact; // closings masked: no term hit inside 有问题随时找我
    const folded = norm.folded.text;
    const c2f = norm.compactToFolded;
    const unitStart = norm.compact.start;
    const unitEnd = norm.compact.end;
    const onHit = (table: TermTable, g: number, start: number, end: number) => {
      if (ctx.spansHardBreak(start, end) && !wrappedOnly(ctx.text, unitStart, unitEnd, norm.breakBefore, start, end)) return;
      for (let k = start + 1; k < end; k++) if (unitStart[k]! - unitEnd[k - 1]! > MAX_GAP) return;
      // A latin/digit term must not be glued to more of the same inside a word: 'sb' is not in 'usb'.
      const first = compact.charCodeAt(start);
      const last = compact.charCodeAt(end - 1);
      const fs = c2f[start]!;
      const fe = c2f[end - 1]!;
      if (fs > 0 && sameKind(folded.charCodeAt(fs - 1), first)) return;
      if (fe + 1 < folded.length && sameKind(folded.charCodeAt(fe + 1), last)) return;
      const { pairStart, pairTerm, ruleOfTerm, specs } = table;
      const key = (table.keys[g] ??= keyText(compact, start, end));
      const pinyin = table.pinyinStart[g]!;
      const next = pairStart[g + 1]!;
      // (specs[o] ?? specOf(o): a prebuilt table fills a rule's specs at its first hit; a stale table's missing one is no hit)
      for (let k = pairStart[g]!; k < pinyin; k++) {
        const rule = ruleOfTerm[pairTerm[k]!]!;
        const spec = rule >= 0 ? (specs[pairTerm[k]!] ?? table.specOf(pairTerm[k]!)) : undefined;
        if (spec) (hitsByRule[rule] ??= []).push({ spec, start, end, key });
      }
      if (pinyin < next && !latinName(ctx.text, ...ctx.toOriginal(start, end))) {
        for (let k = pinyin; k < next; k++) {
          const rule = ruleOfTerm[pairTerm[k]!]!;
          const spec = rule >= 0 ? (specs[pairTerm[k]!] ?? table.specOf(pairTerm[k]!)) : undefined;
          if (spec) (hitsByRule[rule] ??= []).push({ spec, start, end, key });
        }
      }
      if (table.allowed[g]) allowSpans.push(ctx.toOriginal(start, end));
    };
    if (!agent) {
      base.automaton.scan(compact, (g, start, end) => onHit(base, g, start, end));
      return;
    }
    // Two automata, one order: the hits one automaton of all the keys would report, by end, then longest first, and at the
    // same place and length (the same key in both) the registered rules' before the agent's (they came first in its groups).
    const agentHits: number[] = [];
    agent.automaton.scan(compact, (g, start, end) => agentHits.push(g, start, end));
    let a = 0;
    const agentHitsBefore = (end: number, length: number) => {
      for (; a < agentHits.length; a += 3) {
        const agentEnd = agentHits[a + 2]!;
        if (agentEnd > end || (agentEnd === end && agentEnd - agentHits[a + 1]! <= length)) return;
        onHit(agent, agentHits[a]!, agentHits[a + 1]!, agentEnd);
      }
    };
    base.automaton.scan(compact, (g, start, end) => {
      agentHitsBefore(end, end - start);
      onHit(base, g, start, end);
    });
    agentHitsBefore(Infinity, 0);
  }

  function runRule(pass: Pass, index: number): void {
    const rule = rules[index]!;
    try {
      rule.check(pass.ctx, pass.hitsByRule[index] ?? NO_HITS);
    } catch (error) {
      pass.errors.push({ rule: rule.meta.id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  function finish({ ctx, textLength, allowSpans, errors }: Pass): LintResult {
    let findings = ctx.findings;
    for (const f of findings) {
      const override = severityOverride[f.rule];
      // A rule's level set by the shop applies to its breaches; a mention the rule itself judged harmless (info: a denial, a
      // warning, a quoted buyer — 我们不加微信) stays info, or setting 微信 to 提醒 would hold every refusal to add one.
      if (override && override !== 'off' && f.severity !== 'info') f.severity = override;
    }
    for (const f of findings) if (f.fix) f.fix = f.fix.text === '' ? tidyDeletion(ctx.text, f.fix) : tidyReplacement(ctx.text, f.fix);
    if (allowSpans.length) findings = findings.filter((f) => !allowSpans.some(([s, e]) => s <= f.start && f.end <= e));
    return { findings: dedupe(findings, textLength), errors };
  }

  function lintDetailed(text: string): LintResult {
    return withDisplayOrder(text, lintStored(text, scratch), scratch);
  }

  function lintStored(text: string, buffers: Scratch): LintResult {
    const pass = begin(text, buffers);
    scanTerms(pass);
    for (let index = 0; index < rules.length; index++) runRule(pass, index);
    return finish(pass);
  }

  /**
   * Round 44 (t44e): a draft whose bidi controls reorder it on screen (手机\u202E00083100831\u202C shows 手机13800138000) is also read
   * in display order, the order the buyer reads (bidi.ts), and that reading's findings are mapped back onto the stored offsets.
   */
  function withDisplayOrder(text: string, stored: LintResult, buffers: Scratch): LintResult {
    if (!hasBidiControls(text)) return stored;
    const display = displayOrder(text);
    if (!display) return stored;
    const shown = lintStored(display.text, buffers);
    if (!shown.findings.length) return stored;
    let layout: ScopeLayout | undefined;
    const getLayout = () => (layout ??= scopeLayout(text, display));
    const mapped = shown.findings.map((f) => toStored(text, display, getLayout, f));
    return { findings: dedupe([...stored.findings, ...mapped], text.length), errors: [...stored.errors, ...shown.errors] };
  }

  function* lintInSteps(text: string): Generator<void, LintResult, void> {
    const pass = begin(text, new Scratch());
    yield;
    scanTerms(pass);
    for (let index = 0; index < rules.length; index++) {
      yield;
      runRule(pass, index);
    }
    return withDisplayOrder(text, finish(pass), new Scratch());
  }

  return {
    lint: (text) => lintDetailed(text).findings,
    lintDetailed,
    lintInSteps,
    rules,
    termCount,
    prebuilt: fromTable,
  };
}

/**
 * Stored [start, end) of display units [s, e): the span of the stored units shown there, widened over the bidi controls left
 * open or closed at its ends (a fix that deletes 加我\u202E信微 takes its \u202C along, so no dangling control reorders what follows).
 */
function storedSpan(text: string, display: DisplayOrder, s: number, e: number): [number, number] {
  const { from } = display;
  if (e <= s) return s < from.length ? [from[s]!, from[s]!] : [text.length, text.length];
  let start = from[s]!;
  let end = from[s]! + 1;
  for (let k = s + 1; k < e; k++) {
    if (from[k]! < start) start = from[k]!;
    if (from[k]! + 1 > end) end = from[k]! + 1;
  }
  let open = 0;
  for (let k = start; k < end; k++) {
    const u = text.charCodeAt(k);
    if (opensBidiScope(u)) open++;
    else if (closesBidiScope(u)) open--;
  }
  while (open > 0 && end < text.length && isBidiControl(text.charCodeAt(end))) if (closesBidiScope(text.charCodeAt(end++))) open--;
  while (open < 0 && start > 0 && isBidiControl(text.charCodeAt(start - 1))) if (opensBidiScope(text.charCodeAt(--start))) open++;
  // An override around the whole span goes with it (\u202E00083100831\u202C: the controls framing the number).
  // (or an unterminated one, open to the paragraph's end)
  for (;;) {
    if (start === 0 || !opensBidiScope(text.charCodeAt(start - 1))) break;
    if (end < text.length && closesBidiScope(text.charCodeAt(end))) end++;
    else if (end !== text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) break;
    start--;
  }
  return [start, end];
}

/** A finding of the display-order reading, placed on the stored draft. */
function toStored(text: string, display: DisplayOrder, layout: () => ScopeLayout, f: Finding): Finding {
  const [start, end] = storedSpan(text, display, f.start, f.end);
  const out: Finding = { ...f, start, end, match: text.slice(start, end) };
  if (f.fix) {
    const [fs, fe] = storedSpan(text, display, f.fix.start, f.fix.end);
    out.fix = { start: fs, end: fe, text: f.fix.text };
    // A replacement inside a scope that reverses would itself be shown reversed (\u202E号信微我加\u202C → 通沟接直…号): the whole scope is
    // rewritten as it reads on screen, controls left out, with the replacement in place.
    if (f.fix.text) {
      const scopes = layout();
      const [ss, se] = bidiScopes(scopes, fs, fe);
      if (ss < fs || se > fe) out.fix = { start: ss, end: se, text: displayedWith(display, scopes, ss, se, f.fix) };
    }
  }
  return out;
}

/** Built once per draft (a long paste may hold thousands of scopes and findings): linear, not findings × length. */
interface ScopeLayout {
  /** Outermost bidi scopes (opener to its closer, or to the paragraph's end) as sorted, disjoint [start, end) pairs. */
  spans: number[];
  /** Stored unit → its display index (controls: none, -1). */
  shownAt: Int32Array;
}

function scopeLayout(text: string, display: DisplayOrder): ScopeLayout {
  const spans: number[] = [];
  let depth = 0;
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const u = text.charCodeAt(k);
    if (u === 0x0a || u === 0x0d || u === 0x2029) {
      if (depth > 0) spans.push(open, k);
      depth = 0;
    } else if (opensBidiScope(u)) {
      if (depth++ === 0) open = k;
    } else if (closesBidiScope(u) && depth > 0 && --depth === 0) spans.push(open, k + 1);
  }
  if (depth > 0) spans.push(open, text.length);
  const shownAt = new Int32Array(text.length).fill(-1);
  for (let k = 0; k < display.from.length; k++) shownAt[display.from[k]!] = k;
  return { spans, shownAt };
}

/** Stored [start, end) joined with the outermost bidi scopes it touches. */
function bidiScopes({ spans }: ScopeLayout, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  // first span ending after start (binary search over the ends)
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length / 2 && spans[2 * i]! < end; i++) {
    s = Math.min(s, spans[2 * i]!);
    e = Math.max(e, spans[2 * i + 1]!);
  }
  return [s, e];
}

/** Stored [start, end) as displayed (its controls left out), with the display-order fix put in place of what it replaces. */
function displayedWith(display: DisplayOrder, { shownAt }: ScopeLayout, start: number, end: number, fix: Fix): string {
  let first = Infinity;
  let last = -1;
  for (let k = start; k < end; k++) {
    const at = shownAt[k]!;
    if (at < 0) continue;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  let out = '';
  let placed = false;
  for (let k = first; k <= last; k++) {
    const at = display.from[k]!;
    if (at < start || at >= end) continue;
    if (k >= fix.start && k < fix.end) {
      if (!placed) out += fix.text;
      placed = true;
    } else out += display.text[k];
  }
  return placed ? out : out + fix.text;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /^[ \t\u3000]$/.test(ch);

/**
 * A deletion that would leave two spaces side by side (有问题打我电话 13812345678 哦 → "电话  哦"), or a space at either end of the
 * draft, takes one of them along (round 29, red team 6). Only plain spaces: a line break is the agent's layout.
 */
function tidyDeletion(text: string, fix: Fix): Fix {
  if (isSpace(text[fix.end]) && (fix.start === 0 || isSpace(text[fix.start - 1]))) return { ...fix, end: fix.end + 1 };
  if (isSpace(text[fix.start - 1]) && fix.end === text.length) return { ...fix, start: fix.start - 1 };
  return fix;
}

const CJK_END = /[\u4e00-\u9fff]$/;
/** A talk verb (and its 我) closing its clause: the replacement already says where to talk (加我微信聊 → 在这里直接沟通, not …沟通聊). */
const TALK_AFTER = /^(?:详细|细|私|详)?(?:聊聊天|聊聊|聊天|聊|沟通|联系|说|谈谈|谈)(?:我们|我)?(?:一下|下)?(?=$|[\s，。！？,.!?~、…；;]|[吧哈呀哦呢啊嘛呗]|(?:给|帮)(?:您|你)|还|更|送|优惠|便宜|价格|价钱|包邮|可以|随时|马上|立马)/;
/**
 * Round 35 (t35a): what opens a new clause right after the replacement with no break typed (加我微信给您便宜 → 在这里直接沟通，给您便宜, not
 * …沟通给您便宜): an offer, a promise or a new subject.
 */
const CLAUSE_OPENER = /^(?:(?:给|帮|替)(?:您|你)|我(?!们的)|还|更|送|优惠|便宜|价格|价钱|包邮|可以|随时|马上|立马|今天|现在|有(?:优惠|活动|福利|惊喜|折扣|好价))/;
const TALK_GOES_ON = /^(?:详细|细|私)?(?:聊|沟通|说|谈|问|发)/;
/** Spaces used as a clause break between Chinese words (…聊 给您便宜点). */
const SPACE_BREAK = /^[ \t\u3000]+(?=[\u4e00-\u9fff])/;

/**
 * Round 33 (t33a): a replacing fix reads as written Chinese once applied (亲，加我微信聊 给您便宜点 → 亲，在这里直接沟通，给您便宜点, not
 * 在这里直接沟通聊 给您便宜点): a talk verb closing the clause right after a replacement that ends on talking is taken along, and a space
 * the draft used as a clause break after it becomes a comma. Only after a replacement that ends on a Chinese character.
 */
function tidyReplacement(text: string, fix: Fix): Fix {
  if (!CJK_END.test(fix.text)) return fix;
  let { start, end, text: replacement } = fix;
  // A replacement that opens with its own 您 takes the 您/你 typed just before it (您爱买不买 → 您可以再考虑一下, not 您您…).
  if (/^[您你]/.test(replacement) && start > 0 && /[您你]$/.test(text.slice(start - 1, start))) start -= 1;
  if (/(?:沟通|聊|联系)$/.test(replacement)) {
    const talk = TALK_AFTER.exec(text.slice(end, end + 12));
    if (talk) end += talk[0].length;
    // …and a talk verb that goes on to its object (加微信说一下尺码, 加微信发图给您) keeps its own words: 在这里直接说一下尺码.
    else if (replacement.endsWith('直接沟通') && TALK_GOES_ON.test(text.slice(end, end + 4))) replacement = replacement.slice(0, -2);
  }
  const space = SPACE_BREAK.exec(text.slice(end, end + 8));
  if (space) {
    end += space[0].length;
    replacement += '，';
  } else if (/(?:沟通|下单|付款)$/.test(replacement) && CLAUSE_OPENER.test(text.slice(end, end + 6))) replacement += '，';
  return start === fix.start && end === fix.end && replacement === fix.text ? fix : { start, end, text: replacement };
}

/**
 * One finding per place and clause: where findings of the same clause overlap, the most severe
 * (then the longest) stays. Sorted by position.
 */
function dedupe(findings: Finding[], textLength: number): Finding[] {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  // Units already covered by a kept finding, per clause: linear in the findings' lengths, so a pasted
  // megabyte with 100k contacts does not cost 100k² comparisons.
  const covered = new Map<string, Spans>();
  for (const f of sorted) {
    let spans = covered.get(f.clause);
    if (!spans) covered.set(f.clause, (spans = new Spans(textLength)));
    if (spans.overlaps(f.start, f.end)) continue;
    spans.add(f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

let defaultLinter: Linter | undefined;
/** Lints with every registered rule and default settings. */
export function lint(text: string): Finding[] {
  defaultLinter ??= createLinter();
  return defaultLinter.lint(text);
}
