// Round 66 (engload66): a cue rule makes its terms (every anchor word folded, every cue readied) on first need, not when
// its module is evaluated: that was ~170 of the engine's ~650 CPU-ms of module evaluation in Node, at every page's engine
// start. A linter on the prebuilt term table makes them only at the rule's first hit; the table's digest reads the words.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { cueRule, type Cue } from '../../../rules/detect/cue-rule';
import { RULES } from '../../../rules/registry';
import { termsDigest } from '../../../rules/term-tables';
import type { Severity } from '../../../rules/types';

/** A cue whose severity counts its reads: making the rule's terms reads it once per new term, nothing else does before a hit. */
function countingCue(words: string[]): { cue: Cue; reads: () => number } {
  let reads = 0;
  const cue = {
    words,
    message: '测试线索',
    get severity(): Severity {
      reads++;
      return 'block';
    },
  } as Cue;
  return { cue, reads: () => reads };
}

const meta = { ...RULES[0]!.meta, id: 'lazy-cue-test' };

describe('a cue rule makes its terms on first need (round 66)', () => {
  it('not when it is defined, nor when its words are read or digested or it checks a draft with no hit of its own', () => {
    const { cue, reads } = countingCue(['甲乙词', '丙丁词', '甲乙词']);
    const rule = cueRule({ meta, cues: [cue] });
    expect(reads()).toBe(0);
    expect(rule.termWords!.flat()).toEqual(['甲乙词', '丙丁词', '甲乙词']);
    expect(termsDigest([rule])).toBeTypeOf('number');
    expect(reads()).toBe(0);
    // Its terms: one per folded key, as before.
    expect(rule.terms!.map((t) => t.term)).toEqual(['甲乙词', '丙丁词']);
    expect(reads()).toBe(2);
    // Made once.
    void rule.terms;
    expect(reads()).toBe(2);
  });

  it('finds the same as ever once a draft hits it', () => {
    const { cue, reads } = countingCue(['甲乙词']);
    const rule = cueRule({ meta, cues: [cue] });
    const linter = createLinter({ rules: [rule] });
    expect(linter.lint('您好，请问有什么可以帮您？')).toEqual([]);
    const findings = linter.lint('您好，甲乙词');
    expect(findings.map((f) => [f.rule, f.match, f.severity])).toEqual([['lazy-cue-test', '甲乙词', 'block']]);
    expect(reads()).toBeGreaterThan(0);
  });

  it('its digest changes with any of its words, a word that folds like another included', () => {
    const digestOf = (words: string[]) => termsDigest([cueRule({ meta, cues: [countingCue(words).cue] })]);
    expect(digestOf(['甲乙词', '丙丁词'])).toBe(digestOf(['甲乙词', '丙丁词']));
    expect(digestOf(['甲乙词', '丙丁词'])).not.toBe(digestOf(['甲乙词', '丁丙词']));
    // (ＡＢ folds to ab: one term either way, but other words)
    expect(digestOf(['ab', 'ＡＢ'])).not.toBe(digestOf(['ab']));
  });

  it('a linter on the prebuilt table gives every registered cue rule its hits', () => {
    const linter = createLinter();
    expect(linter.prebuilt).toBe(true);
    expect(RULES.filter((r) => r.termWords).length).toBeGreaterThan(10);
    expect(linter.lint('加我微信聊，高仿LV包').length).toBeGreaterThan(0);
  });
});
