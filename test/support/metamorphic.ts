// Metamorphic testing of the word rules (round 62, eng62b): meaning-preserving edits of a labelled line, each of which must keep
// the line's label — a caught violation stays caught with its clause, a clean line stays clean. Each edit kind is a small,
// deliberately conservative rewrite that an agent (or an evader) makes without changing what the reply says: a polite opener or a
// closing particle, a neutral sentence before or after, a synonym from a class table, a filler between a verb and its object,
// 的 between an owner and the thing owned, a clause broken onto a new line, the chatty or the formal "you", traditional characters,
// full-width letters, a space between Chinese and Latin. An edit that does not apply to a line returns null (the line is not counted).
// Pure and seeded: the same line, edit and seed always give the same variant (scripts/metamorphic.ts, test/unit/rules/metamorphic-62.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

export type Rand = () => number;

/** mulberry32 over a string hash: a small, fast, seeded generator (reproducible across runs and machines). */
export function seeded(key: string): Rand {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], rand: Rand): T => items[Math.floor(rand() * items.length)]!;

const END_PUNCT = /[。！!～~…]+$/u;
const QUESTION_END = /[？?]\s*$/u;
const ended = (s: string) => (/[。！？!?～~…]\s*$/u.test(s) ? s : `${s}。`);

/** Replaces one occurrence (chosen by rand) of a global regex's matches; null when none matches. */
function replaceOne(text: string, pattern: RegExp, replace: (m: RegExpExecArray) => string, rand: Rand): string | null {
  const hits = [...text.matchAll(pattern)] as RegExpExecArray[];
  if (hits.length === 0) return null;
  const m = pick(hits, rand);
  return text.slice(0, m.index) + replace(m) + text.slice(m.index + m[0].length);
}

// Openers and closings customer-service agents put around any reply; none of them says anything about the reply's content.
const OPENERS = ['亲，', '亲亲，', '您好，', '亲~', '哈喽亲，', '亲爱的，', '在的亲，'];
const PARTICLES = ['哦', '哈', '呀', '呐', '哦~', '哈~'];
const EMOJI = ['😊', '🙏', '🌹', '~', '～', '😄', '💕'];
// A neutral sentence of service talk: no goods, no contact, no judgement of anyone.
const NEUTRAL_BEFORE = ['感谢您的耐心等待。', '让您久等了。', '收到您的消息了。', '好的亲。', '您好，看到您的留言了。', '亲，在的。'];
const NEUTRAL_AFTER = ['祝您生活愉快！', '感谢您的支持。', '谢谢亲。', '祝您购物愉快～', '辛苦您了。', '感谢理解哦。'];

/**
 * Synonym classes: each row is [a source pattern, the words it may become]. Sources are guarded so that the swap never reaches
 * into a compound it does not name (我们家, 商品房, 增加, 宝贝 as a form of address…).
 */
const SYNONYMS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/我们(?![家店这那俩平快官一都自])/gu, ['本店', '小店', '咱家', '我们店']],
  [/(?<![假仿正真新])(?:商品|产品)(?![房经价链详页名])/gu, ['宝贝', '货品', '产品', '商品']],
  [/下单|购买(?![力者方率])/gu, ['下单', '购买']],
  [/可以(?![的啦了呀吗哦哈，。！？,.!?~～]|$)/gu, ['能', '可']],
  [/帮您(?![一个])|帮你(?![一个])/gu, ['给您', '替您']],
  [/(?<![增追参附外叠施更添])加(?=[我个微vVqQ好])/gu, ['添加', '加一下']],
  [/联系(?![方人])/gu, ['联络']],
  [/私下/gu, ['私底下']],
  [/便宜/gu, ['实惠']],
  [/马上|立刻/gu, ['立即', '马上']],
  [/已(?![经])(?=[发到收退付签下拍])/gu, ['已经']],
  [/直接(?![的])/gu, ['直接就']],
  [/告诉(?=[您你我])/gu, ['告知']],
  [/(?<![顾])客人|买家/gu, ['顾客']],
];

// A filler between a verb and the person or channel it is aimed at: 加我 → 加一下我, 看主页 → 看一下主页.
const FILLER_SITE = /(?<![增追参附外叠施更添好])(加|搜|扫|联系|私信|看)(?=(?:我|您|你|主页|头像|微|v|V|q|Q|二维码|店铺|简介))/gu;
const FILLERS = ['一下', '下'];
// 的 between an owner and what is owned: 我微信 → 我的微信, 您订单 → 您的订单.
const DE_SITE = /(我们|我|您|你)(?=(?:订单|包裹|快递|地址|问题|商品|东西|店|微信|号码|电话|手机|账号|主页|头像))/gu;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

export interface Edit {
  kind: string;
  /** The variant, or null when the edit does not apply to this text (or would not change it). */
  apply(text: string, rand: Rand): string | null;
}

export const EDITS: readonly Edit[] = [
  { kind: 'opener', apply: (s, r) => pick(OPENERS, r) + s },
  {
    // A particle before the final stop (就行哦。), or after the text when it has none; never inside a question's end.
    kind: 'particle',
    apply: (s, r) => {
      if (QUESTION_END.test(s)) return null;
      const p = pick(PARTICLES, r);
      const m = END_PUNCT.exec(s);
      return m ? s.slice(0, m.index) + p + m[0] : s + p;
    },
  },
  { kind: 'emoji', apply: (s, r) => replaceOne(s, /[，,]/gu, (m) => pick(EMOJI, r) + m[0], r) ?? `${s}${pick(EMOJI, r)}` },
  { kind: 'before', apply: (s, r) => pick(NEUTRAL_BEFORE, r) + s },
  { kind: 'after', apply: (s, r) => ended(s) + pick(NEUTRAL_AFTER, r) },
  {
    kind: 'synonym',
    apply: (s, r) => {
      const rows = SYNONYMS.filter(([re]) => new RegExp(re.source, 'u').test(s));
      if (rows.length === 0) return null;
      const [re, targets] = pick(rows, r);
      const out = replaceOne(s, re, (m) => pick(targets.filter((t) => t !== m[0]), r), r);
      return out === s ? null : out;
    },
  },
  { kind: 'filler', apply: (s, r) => replaceOne(s, FILLER_SITE, (m) => m[0] + pick(FILLERS, r), r) },
  { kind: 'de', apply: (s, r) => replaceOne(s, DE_SITE, (m) => `${m[0]}的`, r) },
  // A clause broken onto its own line, as chat agents do (a comma or full stop becomes a line break).
  { kind: 'linebreak', apply: (s, r) => replaceOne(s, /[，,。](?=.)/gu, () => '\n', r) },
  { kind: 'chatty', apply: (s) => (s.includes('您') ? s.replace(/您/gu, '你') : null) },
  { kind: 'formal', apply: (s) => (/你(?!们)/u.test(s) ? s.replace(/你(?!们)/gu, '您') : null) },
  {
    kind: 'traditional',
    apply: (s) => {
      const t = toTraditional(s);
      return t === s ? null : t;
    },
  },
  { kind: 'fullwidth', apply: (s) => (/[!-~]/.test(s) ? s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : null) },
  {
    // A space between Chinese and Latin letters or digits (加 V 123), the way many people type mixed text.
    kind: 'spacing',
    apply: (s) => {
      const t = s.replace(/(\p{Script=Han})(?=[A-Za-z0-9])|([A-Za-z0-9])(?=\p{Script=Han})/gu, (m) => `${m} `);
      return t === s ? null : t;
    },
  },
];

/** Several edits at once, as a chatty agent writes (亲，… 加一下我的微信哦～): every applicable one of a fixed chain, in order. */
const CHAIN = ['synonym', 'filler', 'de', 'particle', 'opener'];
export const COMBO: Edit = {
  kind: 'combo',
  apply: (s, r) => {
    let out = s;
    let applied = 0;
    for (const kind of CHAIN) {
      const next = EDITS.find((e) => e.kind === kind)!.apply(out, r);
      if (next !== null && next !== out) {
        out = next;
        applied++;
      }
    }
    return applied >= 2 ? out : null;
  },
};
/** Every edit kind the harness measures. */
export const ALL_EDITS: readonly Edit[] = [...EDITS, COMBO];

export interface Labelled {
  id: string;
  text: string;
  expect: string[];
}

export interface Finding {
  clause: string;
  rule: string;
  severity: string;
}

/** A violation counts as caught when a warn or block carries one of its clauses. */
export const isCaught = (findings: readonly Finding[], expect: readonly string[]) =>
  findings.some((f) => expect.includes(f.clause) && f.severity !== 'info');
/** Rules that hold a send (warn or block). */
export const alarmRules = (findings: readonly Finding[]) => [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule))];

export interface Tally {
  kept: number;
  total: number;
}

export interface Survival {
  /** caught violations whose variant is still caught, per edit kind */
  violationsByKind: Map<string, Tally>;
  /** clean lines whose variant stays clean, per edit kind */
  cleanByKind: Map<string, Tally>;
  /** per rule that caught the original: its variants still caught */
  violationsByRule: Map<string, Tally>;
  /** per rule: clean variants it newly alarms on (total = clean variants tried) */
  falseAlarmsByRule: Map<string, number>;
  /** every lost or newly flagged variant, for -v */
  failures: { kind: string; id: string; variant: string; what: string }[];
}

const bump = (m: Map<string, Tally>, key: string, kept: boolean) => {
  const t = m.get(key) ?? { kept: 0, total: 0 };
  t.total++;
  if (kept) t.kept++;
  m.set(key, t);
};

/**
 * Runs every edit on every line (one seeded variant per line and edit). Only lines whose ORIGINAL has the right label are
 * counted: a violation the rules miss, or a clean line they already flag, says nothing about robustness. 2.1 lines are skipped
 * (an opener adds Chinese, which changes their label).
 */
export function measureSurvival(
  lines: readonly Labelled[],
  lint: (text: string) => readonly Finding[],
  edits: readonly Edit[] = ALL_EDITS,
  seed = 'metamorphic-62',
): Survival {
  const out: Survival = {
    violationsByKind: new Map(),
    cleanByKind: new Map(),
    violationsByRule: new Map(),
    falseAlarmsByRule: new Map(),
    failures: [],
  };
  for (const line of lines) {
    if (line.expect.includes('2.1')) continue;
    const original = lint(line.text);
    const violating = line.expect.length > 0;
    if (violating ? !isCaught(original, line.expect) : alarmRules(original).length > 0) continue;
    const catchers = violating
      ? [...new Set(original.filter((f) => line.expect.includes(f.clause) && f.severity !== 'info').map((f) => f.rule))]
      : [];
    for (const edit of edits) {
      const variant = edit.apply(line.text, seeded(`${seed}|${line.id}|${edit.kind}`));
      if (variant === null || variant === line.text) continue;
      const found = lint(variant);
      if (violating) {
        const kept = isCaught(found, line.expect);
        bump(out.violationsByKind, edit.kind, kept);
        for (const rule of catchers) bump(out.violationsByRule, rule, kept);
        if (!kept) out.failures.push({ kind: edit.kind, id: line.id, variant, what: `lost ${line.expect.join(',')} (was ${catchers.join(',')})` });
      } else {
        const rules = alarmRules(found);
        bump(out.cleanByKind, edit.kind, rules.length === 0);
        for (const rule of rules) out.falseAlarmsByRule.set(rule, (out.falseAlarmsByRule.get(rule) ?? 0) + 1);
        if (rules.length) out.failures.push({ kind: edit.kind, id: line.id, variant, what: `flagged ${rules.join(',')}` });
      }
    }
  }
  return out;
}

/** A seeded sample of n lines of each polarity, violating first (all when n is 0). */
export function sampleLines(lines: readonly Labelled[], n: number, seed = 'metamorphic-sample'): Labelled[] {
  if (!n) return [...lines];
  const rand = seeded(seed);
  const take = (xs: Labelled[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs.slice(0, n);
  };
  return [...take(lines.filter((l) => l.expect.length)), ...take(lines.filter((l) => !l.expect.length))];
}

/** Every labelled line of the non-held-out sets in a fixture folder (the dev sets and the example corpus), ids prefixed by file. */
export function devLines(folder: URL): Labelled[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('holdout-'))
    .sort()
    .flatMap((f) =>
      readFileSync(new URL(f, folder), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Labelled)
        .map((l) => ({ ...l, id: `${f}:${l.id}`, expect: l.expect ?? [] })),
    );
}

export const rate = (t: Tally | undefined) => (t && t.total ? t.kept / t.total : 1);
