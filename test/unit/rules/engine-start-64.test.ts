// Round 64 (enginestart64): a cue rule's terms carry their folded key and their cues' index in private fields
// (FoldedTerm, cue-rule.ts CueTerm), not a symbol put on each spec by Object.defineProperty at every page's engine
// start, and the engine reads the carried key instead of folding the word a second time.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { defineRule, FoldedTerm, type RuleModule } from '../../../rules/define-rule';
import { foldTerm } from '../../../rules/normalize';
import { RULES } from '../../../rules/registry';

describe('FoldedTerm', () => {
  it('carries the key of every cue term, equal to folding its word', () => {
    let carried = 0;
    const differing: string[] = [];
    for (const rule of RULES) {
      for (const spec of rule.terms ?? []) {
        const key = FoldedTerm.keyOf(spec);
        if (key === undefined) continue;
        carried++;
        if (key !== foldTerm(spec.term)) differing.push(`${rule.meta.id}: ${spec.term}`);
      }
    }
    expect(differing).toEqual([]);
    // The cue rules' words: most of the lexicon.
    expect(carried).toBeGreaterThan(10_000);
  });

  it('reads as a plain term spec: own keys term, severity, tag and no symbol; a spread copy carries no key', () => {
    const cueTerm = RULES.flatMap((rule) => rule.terms ?? []).find((spec) => FoldedTerm.keyOf(spec) !== undefined)!;
    expect(Object.keys(cueTerm)).toEqual(['term', 'severity', 'tag']);
    expect(Object.getOwnPropertySymbols(cueTerm)).toEqual([]);
    expect(FoldedTerm.keyOf({ ...cueTerm })).toBeUndefined();
    expect(FoldedTerm.keyOf({ term: '微信' })).toBeUndefined();
  });

  it('is the key the engine compiles (it does not fold the word again)', () => {
    const seen: string[] = [];
    const rule: RuleModule = defineRule({
      meta: { ...RULES[0]!.meta, id: 'folded-key-test' },
      // A carried key that its word does not fold to: only a build that reads the key finds 甲乙 in a draft.
      terms: [new FoldedTerm('丙丁', '甲乙', 'warn', undefined)],
      check(ctx, hits) {
        for (const hit of hits) seen.push(ctx.compact.slice(hit.start, hit.end));
      },
    });
    const linter = createLinter({ rules: [rule] });
    linter.lint('您好甲乙');
    linter.lint('您好丙丁');
    expect(seen).toEqual(['甲乙']);
  });
});
