// Round 62 (engbuild62): the engine's terms are grouped by the automaton's trie as it is built (TermAutomaton.grouping),
// not by a Map of folded keys. These hold the grouping to the Map-based one it replaced, and the settings that add
// keys to the same groups (the agent's deny and allow terms, per-rule levels) to what they did.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { TermAutomaton } from '../../../rules/matcher';
import type { RuleModule } from '../../../rules/define-rule';

type Hit = [number, number, number];

/** The grouping the engine did before round 62: a Map of keys to groups in first-seen order, then an automaton of the distinct keys. */
function mapGrouping(keys: readonly string[]): { groupOf: number[]; hits: (text: string) => Hit[] } {
  const groupByKey = new Map<string, number>();
  const distinct: string[] = [];
  const groupOf = keys.map((key) => {
    if (!key) return -1;
    let g = groupByKey.get(key);
    if (g === undefined) groupByKey.set(key, (g = distinct.push(key) - 1));
    return g;
  });
  const automaton = new TermAutomaton(distinct, distinct.map((_, g) => g));
  return { groupOf, hits: (text) => scan(automaton, text) };
}

function scan(automaton: TermAutomaton<number>, text: string): Hit[] {
  const hits: Hit[] = [];
  automaton.scan(text, (g, s, e) => hits.push([g, s, e]));
  return hits;
}

describe('TermAutomaton.grouping', () => {
  it('numbers distinct keys in first-seen order, a repeated key its first group, an empty key -1', () => {
    const { automaton, groupOf } = TermAutomaton.grouping(['微信', 'vx', '', '微信', '信', 'vx', '微信号']);
    expect([...groupOf]).toEqual([0, 1, -1, 0, 2, 1, 3]);
    expect(automaton.groups).toBe(4);
    // One hit per distinct key, however often it was given.
    expect(scan(automaton, '加微信号vx')).toEqual([
      [0, 1, 3],
      [2, 2, 3],
      [3, 1, 4],
      [1, 4, 6],
    ]);
  });

  it('agrees with the Map grouping it replaced, group for group and hit for hit, on random keys with repeats', () => {
    const alphabet = 'ab微信号';
    let seed = 62;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 100; round++) {
      const keys = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(Math.floor(next() * 4)));
      const text = word(40);
      const { automaton, groupOf } = TermAutomaton.grouping(keys);
      const reference = mapGrouping(keys);
      expect([...groupOf]).toEqual(reference.groupOf);
      expect(scan(automaton, text)).toEqual(reference.hits(text));
    }
  });
});

describe('createLinter settings on shared groups (round 62)', () => {
  const wechat = createLinter();

  it('a deny term that is also a lexicon word reports both rules, and its clause and level are its own', () => {
    // 高仿 is a counterfeit-terms word: the agent's deny term joins its group, and each rule still judges its own pair.
    const shop = createLinter({ deny: [{ term: '高仿', clause: '2.3', severity: 'warn', note: '店铺自定义' }] });
    const findings = shop.lint('这款是高仿的');
    expect(findings.map((f) => [f.rule, f.clause, f.severity, f.match])).toEqual(
      expect.arrayContaining([
        ['custom-deny', '2.3', 'warn', '高仿'],
        ['counterfeit-terms', '2.8', 'block', '高仿'],
      ]),
    );
    // Two deny terms folding to one key (full width, case) are one group with two pairs: the stronger one stays.
    const twice = createLinter({ deny: [{ term: 'ＸＹＺ店', clause: '2.3', severity: 'warn' }, { term: 'xyz店', clause: '2.3', severity: 'block' }] });
    expect(twice.lint('去xyz店看看').filter((f) => f.rule === 'custom-deny').map((f) => [f.severity, f.match])).toEqual([['block', 'xyz店']]);
  });

  it('an allowed term drops the findings inside it, whether or not it is a lexicon word itself', () => {
    const draft = '加我微信，也可以去xyz店';
    const deny = [{ term: 'xyz店', clause: '2.3' as const, severity: 'warn' as const }];
    expect(createLinter({ deny }).lint(draft).map((f) => f.rule)).toEqual(expect.arrayContaining(['contact-wechat', 'custom-deny']));
    // The allowed key equal to the deny term's key: the same group is both a term and an allowed span.
    const allowed = createLinter({ deny, allow: ['XYZ店'] }).lint(draft);
    expect(allowed.map((f) => f.rule)).not.toContain('custom-deny');
    expect(allowed.map((f) => f.rule)).toContain('contact-wechat');
    // An allowed lexicon word (微信) drops the findings inside it.
    expect(createLinter({ allow: ['微信'] }).lint('加我微信').filter((f) => f.match === '微信')).toEqual([]);
    // An allowed term that folds to nothing is no term.
    expect(createLinter({ allow: ['  '] }).termCount).toBe(wechat.termCount);
    expect(createLinter({ allow: ['xyz店'] }).termCount).toBe(wechat.termCount + 1);
  });

  it('a rule switched off compiles none of its terms; a level override applies to its breaches', () => {
    const off = createLinter({ severity: { 'counterfeit-terms': 'off' } });
    expect(off.rules.map((r) => r.meta.id)).not.toContain('counterfeit-terms');
    expect(off.termCount).toBeLessThan(wechat.termCount);
    expect(off.lint('这款是高仿的').map((f) => f.rule)).not.toContain('counterfeit-terms');
    const warn = createLinter({ severity: { 'contact-wechat': 'warn' } });
    expect(warn.lint('加我微信聊').find((f) => f.rule === 'contact-wechat')?.severity).toBe('warn');
  });

  it('a term whose key folds to nothing counts as a term and never hits', () => {
    const rule: RuleModule = {
      meta: { id: 'blank-term', clause: '2.4', severity: 'block', title: { zh: '', en: '' }, description: { zh: '', en: '' }, hint: { zh: '', en: '' } },
      terms: [{ term: '  ' }, { term: '坏词' }, { term: '坏词' }],
      check(ctx, hits) {
        for (const hit of hits) ctx.report(rule, { start: hit.start, end: hit.end });
      },
    };
    const linter = createLinter({ rules: [rule] });
    expect(linter.termCount).toBe(3);
    // Both 坏词 pairs hit (one finding after dedupe), the blank one never.
    expect(linter.lint('坏词 and more').map((f) => f.match)).toEqual(['坏词']);
  });
});
