// Round 65 (enginestart65): the registered rules' compiled terms are prebuilt (rules/term-tables.generated.ts, made by
// scripts/gen-term-tables.ts and by `wxt build`) and decoded at engine start; the agent's own terms get an automaton of
// their own whose hits are merged in the order one automaton gave. These hold the table to the rules' source, the decoded
// table to the run-time build, and every linter built on it to one built at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLinter, type LinterOptions } from '../../../rules/engine';
import type { RuleModule } from '../../../rules/define-rule';
import { RULES } from '../../../rules/registry';
import { compileTerms, decodeTerms, encodeTerms, prebuiltFor, termsDigest } from '../../../rules/term-tables';
import { PREBUILT_TERMS } from '../../../rules/term-tables.generated';
import { renderTermTables } from '../../../scripts/term-tables-source';

/** Element for element (toEqual on 100k-element arrays is slow). */
const same = (x: ArrayLike<number>, y: ArrayLike<number>) => x.length === y.length && Array.prototype.every.call(x, (v, i) => v === y[i]);

// The table's render and the run-time build of 46k keys take seconds on a loaded machine.
describe('the prebuilt term table', { timeout: 60_000 }, () => {
  it('is up to date with the rules (npx tsx scripts/gen-term-tables.ts)', () => {
    const file = readFileSync(new URL('../../../rules/term-tables.generated.ts', import.meta.url), 'utf8');
    expect(file === renderTermTables(RULES), 'rules/term-tables.generated.ts is stale: run npx tsx scripts/gen-term-tables.ts').toBe(true);
  });

  it('goes stale when a term changes, even to another word of the same length', () => {
    // A rule with its terms written out, and (round 66) a cue rule, whose digest reads the words its terms are made of.
    const plain = RULES.findIndex((r) => !r.termWords && (r.terms?.length ?? 0) > 0);
    const cue = RULES.findIndex((r) => r.termWords && (r.terms?.length ?? 0) > 0);
    expect(plain).toBeGreaterThanOrEqual(0);
    expect(cue).toBeGreaterThanOrEqual(0);
    const reversed = (word: string) => [...word].reverse().join('');
    const changedTerms = (r: RuleModule) => r.terms!.map((t, k) => (k === 0 ? { ...t, term: reversed(t.term) } : t));
    const words = (r: RuleModule) => r.termWords!.flat();
    const changed = RULES.map((r, i) => (i === plain ? { ...r, terms: changedTerms(r) } : r));
    expect(termsDigest(changed)).not.toBe(termsDigest(RULES));
    expect(encodeTerms(changed).data).not.toBe(PREBUILT_TERMS.data);
    const first = words(RULES[cue]!)[0]!;
    expect(first).toBe(RULES[cue]!.terms![0]!.term);
    const changedWords = RULES.map((r, i) =>
      i === cue ? { ...r, terms: changedTerms(r), termWords: [words(r).map((w, k) => (k === 0 ? reversed(w) : w))] } : r,
    );
    expect(termsDigest(changedWords)).not.toBe(termsDigest(RULES));
  });

  it('decodes to the automaton and groups the run-time build makes, state for state and pair for pair', () => {
    const decoded = decodeTerms(PREBUILT_TERMS, RULES)!;
    expect(decoded).toBeDefined();
    const built = compileTerms(RULES, []);
    const a = built.automaton.trie();
    const b = decoded.table.automaton.trie();
    expect(b.states).toBe(a.states);
    expect(b.groups).toBe(a.groups);
    expect(same(b.classOf, a.classOf), 'classOf').toBe(true);
    expect(same(b.label, a.label), 'label').toBe(true);
    expect(same(b.firstChild, a.firstChild), 'firstChild').toBe(true);
    expect(same(b.fail, a.fail), 'fail').toBe(true);
    expect(same(b.ownFirst, a.ownFirst), 'ownFirst').toBe(true);
    expect(same(b.ownLength, a.ownLength), 'ownLength').toBe(true);
    expect(decoded.table.termCount).toBe(built.termCount);
    // Groups are numbered otherwise (breadth-first, not first-seen): the same key end has the same terms, in the same order.
    const pairsOf = (t: typeof built, g: number) => ({
      plain: [...t.pairTerm.subarray(t.pairStart[g], t.pinyinStart[g])],
      pinyin: [...t.pairTerm.subarray(t.pinyinStart[g], t.pairStart[g + 1])],
    });
    for (let k = 0; k < a.ownValue.length; k++) expect(pairsOf(decoded.table, b.ownValue[k]!)).toEqual(pairsOf(built, a.ownValue[k]!));
    expect(decoded.table.specs.length).toBe(built.specs.length);
    for (let s = 0; s < decoded.table.specs.length; s++) expect(decoded.table.specs[s] ?? decoded.table.specOf(s)).toBe(built.specs[s]);
  });

  it('is not used when it was made from other rules or this engine folds a probed term otherwise', () => {
    expect(decodeTerms(PREBUILT_TERMS, RULES)).toBeDefined();
    expect(decodeTerms({ ...PREBUILT_TERMS, digest: PREBUILT_TERMS.digest ^ 1 }, RULES)).toBeUndefined();
    expect(decodeTerms(PREBUILT_TERMS, RULES.slice(1))).toBeUndefined();
    const rows = PREBUILT_TERMS.rules.map((row, i) => (i === 2 ? ([row[0], row[1] + 1, row[2]] as const) : row));
    expect(decodeTerms({ ...PREBUILT_TERMS, rules: rows }, RULES)).toBeUndefined();
    // A probed term (a character outside ASCII and the CJK ideographs) whose fold here differs from the build's.
    expect(PREBUILT_TERMS.probe.length).toBeGreaterThan(0);
    const probe = PREBUILT_TERMS.probe.map(([ordinal, term, keys], i) => [ordinal, term, i === 0 ? keys + 'x' : keys] as const);
    expect(decodeTerms({ ...PREBUILT_TERMS, probe }, RULES)).toBeUndefined();
  });

  it('probes every term with a character outside ASCII and the CJK ideographs, and those alone', () => {
    const terms = RULES.flatMap((r) => r.terms ?? []);
    const outside = terms.flatMap((t, i) => ([...t.term].some((ch) => /[^\x00-\x7f\u3400-\u4db5\u4e00-\u9fa5]/u.test(ch)) ? [i] : []));
    expect(PREBUILT_TERMS.probe.map(([ordinal]) => ordinal)).toEqual(outside);
    expect(PREBUILT_TERMS.probe.map(([, term]) => term)).toEqual(outside.map((i) => terms[i]!.term));
  });

  it('serves a linter of any registered rules in any order, but not a rule of its own or one listed twice', () => {
    const decoded = decodeTerms(PREBUILT_TERMS, RULES)!;
    expect(prebuiltFor(decoded, [RULES[5]!, RULES[2]!])).toBeDefined();
    expect(prebuiltFor(decoded, [{ ...RULES[5]! }])).toBeUndefined();
    expect(prebuiltFor(decoded, [RULES[5]!, RULES[5]!])).toBeUndefined();
  });
});

describe('linters on the prebuilt table (round 65)', { timeout: 60_000 }, () => {
  // The registered rules as copies: not registered rules, so their linter compiles every term at run time (the old way).
  const copies = (rules: readonly RuleModule[]) => rules.map((r) => ({ ...r }));
  const deny: LinterOptions['deny'] = [
    { term: '高仿', clause: '2.3', severity: 'warn', note: '和词表同词' },
    { term: '微信', clause: '2.4', severity: 'block' },
    { term: 'ＶＸ号', clause: '2.3', severity: 'warn' },
    { term: '测试禁用词', clause: '2.7', severity: 'block' },
    { term: '加我微信号', clause: '2.3', severity: 'warn' },
  ];
  const settings: Record<string, LinterOptions> = {
    default: {},
    agent: { deny, allow: ['快手小店', '微信支付', 'vx号'], severity: { 'contact-wechat': 'warn', 'counterfeit-terms': 'off', insult: 'info' } },
    allow: { allow: ['加我微信', 'QQ'] },
    subset: { rules: RULES.filter((_, i) => i % 3 === 0), deny: [{ term: '加我', clause: '2.3', severity: 'warn' }] },
  };
  const drafts = [
    '加我微信，高仿LV包，测试禁用词',
    '亲，加我微信号abc12345聊，或者vx号也行，微信支付也可以',
    '这款是高仿的，去快手小店看看，qq 123456789',
    '你是傻逼吗，dubo网站了解一下，gao仿货',
    '加我vx：abc_123，ＶＸ号同上，薇信也行',
    '您好，请问有什么可以帮您？',
    '我们不卖高仿，也不加微信，有问题这里说',
  ];

  for (const [name, options] of Object.entries(settings)) {
    it(`${name}: the same findings and term count as a linter built at run time, and its terms came prebuilt`, () => {
      const linter = createLinter(options);
      expect(linter.prebuilt).toBe(true);
      const reference = createLinter({ ...options, rules: copies(options.rules ?? RULES) });
      expect(reference.prebuilt).toBe(false);
      expect(linter.termCount).toBe(reference.termCount);
      for (const draft of drafts) expect(linter.lintDetailed(draft), draft).toEqual(reference.lintDetailed(draft));
    });
  }

  it('hands each rule its hits in the order one automaton of all the keys gives: by end, then longest first', () => {
    const wechat = RULES.find((r) => r.meta.id === 'contact-wechat')!;
    const draft = '加我微信号，加我微信，微信号';
    const agentTerms: LinterOptions = { deny: [{ term: '加我微信', clause: '2.3', severity: 'warn' }, { term: '信号', clause: '2.3', severity: 'warn' }] };
    /** Each rule's hits as its check reads them (the checks swapped for the lint, then put back). */
    const hitsSeen = (options: LinterOptions) => {
      const linter = createLinter(options);
      const seen: string[][] = [];
      const checks = linter.rules.map((r) => r.check);
      for (const r of linter.rules) (r as { check: RuleModule['check'] }).check = (_, hits) => void seen.push(hits.map((h) => `${h.key}@${h.start}-${h.end}`));
      try {
        linter.lint(draft);
      } finally {
        linter.rules.forEach((r, i) => ((r as { check: RuleModule['check'] }).check = checks[i]!));
      }
      return { prebuilt: linter.prebuilt, seen };
    };
    const prebuilt = hitsSeen({ rules: [wechat], ...agentTerms });
    const runTime = hitsSeen({ rules: [{ ...wechat }], ...agentTerms });
    expect([prebuilt.prebuilt, runTime.prebuilt]).toEqual([true, false]);
    expect(prebuilt.seen).toEqual(runTime.seen);
    // (compact offsets: the commas are not in the compact view)
    expect(prebuilt.seen[1]).toEqual(['加我微信@0-4', '信号@3-5', '加我微信@5-9', '信号@10-12']);
    expect(prebuilt.seen[0]!.length).toBeGreaterThan(3);
  });
});
