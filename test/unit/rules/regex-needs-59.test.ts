// Round 59 (speed59): the cue rules' literal prefilter (detect/regex-needs.ts). What a pattern needs of a string
// must hold for every string it matches (else a skipped pattern changes a result), and a lint with the prefilter
// must give what a lint without it gives.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cuePatterns } from '../../../rules/detect/cue-rule';
import { mayRun, needsOf, needsOfAll, setRegexPrefilter, unitPresence } from '../../../rules/detect/regex-needs';
import { createLinter } from '../../../rules/engine';
import { RULES } from '../../../rules/registry';

const holds = (re: RegExp, text: string) => mayRun(needsOf(re), unitPresence(text, ''));

afterEach(() => setRegexPrefilter(true));

describe('regex needs', () => {
  it('reads the units every match holds', () => {
    const re = /^(?:快手|平台).{0,3}官方/;
    expect(holds(re, '快手的官方')).toBe(true);
    expect(holds(re, '平台官方')).toBe(true);
    // No 官 (or no 方, or neither 快 nor 平): no match anywhere in the text.
    expect(holds(re, '快手客服')).toBe(false);
    expect(holds(re, '官方客服')).toBe(false);
    // Classes of a few units, escapes and repeats of at least one.
    expect(holds(/[0-9]{11}/, '电话号码')).toBe(false);
    expect(holds(/\d+元/, '12元')).toBe(true);
    expect(holds(/(?:加|\+)\s*v/, '加我')).toBe(false);
    // Astral characters: the high surrogate is needed.
    expect(holds(/🐴/u, '马')).toBe(false);
    expect(holds(/🐴/u, '🐴')).toBe(true);
    // Patterns that must all match need all their units.
    expect(mayRun(needsOfAll([/官方/, /客服/]), unitPresence('官方', ''))).toBe(false);
    expect(mayRun(needsOfAll([/官方/, /客服/]), unitPresence('官方客服', ''))).toBe(true);
  });

  it('requires nothing it cannot be sure of', () => {
    // Optional parts, lookarounds, '.', negated and large classes, \p{…}.
    for (const re of [/(?:官方)?/, /(?=官方)/, /(?<!官)./, /[^a]/, /[\u4e00-\u9fff]/, /\p{L}/u, /\S/, /客?服?/]) expect(needsOf(re)).toBeUndefined();
    // A lookahead's units are not in the match: /x(?=官)/ needs x only.
    expect(holds(/x(?=官)/, 'x')).toBe(true);
    // A branch that needs nothing makes the alternation need nothing.
    expect(needsOf(/官方|(?:客服)?/)).toBeUndefined();
    // Flags that change letters (i) or keep state (g, y), backreferences and syntax the parser does not know: always run.
    for (const re of [/官方/i, /官方/g, /官方/y, /(官)\1/, /(?<n>官)\k<n>/]) expect(needsOf(re)).toBeUndefined();
  });

  it('never rules out a match of any cue pattern (property, every pattern of every cue rule)', () => {
    const patterns = RULES.flatMap(cuePatterns);
    expect(patterns.length).toBeGreaterThan(1000);
    let analysed = 0;
    let matched = 0;
    for (const re of patterns) {
      const needs = needsOf(re);
      if (!needs) continue;
      analysed++;
      // Strings of the pattern's own characters (and a few others) match it now and then.
      const alphabet = [...new Set([...re.source.replace(/\\[dswbDSWBpPuxk]|[\\^$|?*+()[\]{}]/g, '')]), '，', '。', ' ', 'a', '1', '\u0000'];
      const texts = fc.sample(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join('')), { numRuns: 30, seed: 59 });
      for (const text of texts) {
        const m = re.exec(text);
        if (!m) continue;
        matched++;
        // Only the match's own units are needed (lookarounds look outside it).
        if (!mayRun(needs, unitPresence(m[0], ''))) throw new Error(`${re} matched ${JSON.stringify(m[0])} in ${JSON.stringify(text)} without its needs`);
      }
    }
    expect(analysed).toBeGreaterThan(800);
    expect(matched).toBeGreaterThan(1000);
  }, 300_000);

  it('changes no lint result (fixture lines and random drafts, with and without the prefilter)', () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const fixtures = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
    // Every 40th fixture line (scripts/lint-snapshot.ts compares all of them) and drafts made of fixture pieces.
    const sample = fixtures.filter((_, i) => i % 40 === 0);
    const pieces = fc.sample(fc.array(fc.constantFrom(...fixtures.slice(0, 4000)), { minLength: 1, maxLength: 4 }).map((a) => a.join('')), { numRuns: 100, seed: 590 });
    const linter = createLinter();
    for (const text of [...sample, ...pieces]) {
      setRegexPrefilter(false);
      const plain = JSON.stringify(linter.lintDetailed(text));
      setRegexPrefilter(true);
      const filtered = JSON.stringify(linter.lintDetailed(text));
      if (filtered !== plain) throw new Error(`prefilter changed the result for ${JSON.stringify(text)}`);
    }
  }, 300_000);

  it('runs fewer patterns', () => {
    // A short draft holds few units: most cue patterns need one it lacks.
    const linter = createLinter();
    const drafts = ['亲，您的订单已发货，请注意查收。', '您好，平台客服这边帮您查一下物流。', '这款是官方正品，假一赔十，放心购买。'];
    let runs = 0;
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      runs++;
      return exec.call(this, s);
    };
    try {
      const count = (on: boolean) => {
        setRegexPrefilter(on);
        for (const d of drafts) linter.lint(d); // first-use analysis outside the count
        runs = 0;
        for (const d of drafts) linter.lint(d);
        return runs;
      };
      const off = count(false);
      const on = count(true);
      expect(on).toBeLessThan(off);
    } finally {
      RegExp.prototype.exec = exec;
    }
  });
});
