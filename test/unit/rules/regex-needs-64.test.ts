// Round 64 (enginespeed64): the words a cue pattern's match must hold (detect/regex-needs.ts) and the per-draft index
// cue-rule.ts reads them against. A need must hold for every string the pattern matches (else a skipped cue changes a
// result), and a cue whose patterns need a word the draft lacks must not be run at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftWords, needBits, needOfPattern } from '../../../rules/detect/regex-needs';
import { createLinter } from '../../../rules/engine';
import { RULES } from '../../../rules/registry';

/** Whether a draft `text` may hold what `re` needs (true when the pattern needs nothing). */
function mayHold(re: RegExp, text: string): boolean {
  const need = needOfPattern(re);
  if (!need) return true;
  const words = new DraftWords();
  words.read(text);
  return words.mayMeet(needBits(need));
}

/** A rule's patterns rebuilt from their sources (RuleModule.vocabulary). */
function patternsOf(rule: (typeof RULES)[number]): RegExp[] {
  return (rule.vocabulary ?? []).map((source) => {
    try {
      return new RegExp(source, 'u');
    } catch {
      return new RegExp(source);
    }
  });
}

describe('regex needs (round 64)', () => {
  it('reads the words every match holds', () => {
    expect(needOfPattern(/^(?:官方)?(?:的)?(?:客服|小二)说/)).toEqual(['客服说', '小二说']);
    expect(needOfPattern(/网上(?:弄|下|找)|盗版/)).toEqual(['网上弄', '网上下', '网上找', '盗版']);
    // The longest words win over a single common unit: 你|您 + 这人 needs 这人, not 你 or 您.
    expect(needOfPattern(/(?:你|您)[^，。]{0,4}这人/)).toEqual(['这人']);
    expect(mayHold(/(?:快手|平台).{0,3}官方/, '快手的官方')).toBe(true);
    expect(mayHold(/(?:快手|平台).{0,3}官方/, '快手客服')).toBe(false);
    // Every pair of a word must be there, not only its units: 客服 and 服务 are no 客服务… but 务客 is no 客务.
    expect(mayHold(/客务/, '客服务')).toBe(false);
    expect(mayHold(/客服务/, '那是客服务必')).toBe(true);
    // Units others' quotes are masked with (U+0000) join no word.
    expect(mayHold(/官方/, '官\u0000方')).toBe(false);
  });

  it('needs nothing it cannot be sure of', () => {
    for (const re of [/(?:官方)?/, /(?=官方)/, /(?<!官)./, /[^a]/, /[\u4e00-\u9fff]/, /\p{L}/u, /\S/, /客?服?/, /官方|(?:客服)?/, /(官)\1/])
      expect(needOfPattern(re)).toBeUndefined();
    // Case folding (i) and lastIndex (g, y): the pattern always runs.
    for (const re of [/官方/i, /官方/g, /官方/y]) expect(needOfPattern(re)).toBeUndefined();
    // A lookahead's units are not the match's: x(?=官) needs x only.
    expect(needOfPattern(/x(?=官)/)).toEqual(['x']);
  });

  it('never rules out a match of any cue rule pattern (property, every pattern of every rule)', () => {
    const patterns = RULES.flatMap(patternsOf);
    expect(patterns.length).toBeGreaterThan(1000);
    let analysed = 0;
    let matched = 0;
    for (const re of patterns) {
      const need = needOfPattern(re);
      if (!need) continue;
      analysed++;
      // Strings of the pattern's own characters (and a few others) match it now and then.
      const alphabet = [...new Set([...re.source.replace(/\\[dswbDSWBpPuxk]|[\\^$|?*+()[\]{}]/g, '')]), '，', '。', 'a', '1', '\u0000'];
      const texts = fc.sample(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join('')), { numRuns: 40, seed: 64 });
      for (const text of texts) {
        const m = re.exec(text);
        if (!m) continue;
        matched++;
        if (!mayHold(re, m[0])) throw new Error(`${re} matched ${JSON.stringify(m[0])} in ${JSON.stringify(text)} without its need ${need.join('|')}`);
      }
    }
    expect(analysed).toBeGreaterThan(800);
    expect(matched).toBeGreaterThan(1000);
  }, 300_000);

  it('runs no cue pattern of impersonate-platform whose words the draft lacks', () => {
    const rule = RULES.find((r) => r.meta.id === 'impersonate-platform')!;
    const linter = createLinter({ rules: [rule] });
    // 平台 and 快手 anchor ~140 cues each; these drafts hold few of their words.
    const drafts = ['亲，您好，平台这边已经收到您的申请了，请耐心等待。', '快手的物流信息更新会有延迟，您明天再看一下。', '这个问题平台规定是七天无理由退货的。'];
    const sources = new Set(rule.vocabulary ?? []);
    const ran: string[] = [];
    const { test, exec } = RegExp.prototype;
    for (const draft of drafts) {
      linter.lint(draft); // first judged hits read the cues' needs: not counted
      RegExp.prototype.test = function (this: RegExp, s: string) {
        if (sources.has(this.source) && !mayHold(this, draft)) ran.push(this.source);
        return test.call(this, s);
      };
      RegExp.prototype.exec = function (this: RegExp, s: string) {
        if (sources.has(this.source) && !mayHold(this, draft)) ran.push(this.source);
        return exec.call(this, s);
      };
      try {
        linter.lint(draft);
      } finally {
        RegExp.prototype.test = test;
        RegExp.prototype.exec = exec;
      }
    }
    expect(ran).toEqual([]);
  });
});
