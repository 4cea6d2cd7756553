// A pasted megabyte must not freeze the page: past LONG_DRAFT_CHARS the typing-time lint runs in
// sentence-aligned slices, one per task; the send decision still lints the whole draft.
import { describe, expect, it } from 'vitest';
import { lintInSlices, lintStepwise, SLICE_CHARS, sliceBounds } from '../../../content/guard/long-draft';
import { createLinter, type Linter } from '../../../rules/engine';
import type { Finding } from '../../../rules/types';

const sentence = '亲，这款奶粉是澳洲原装进口，保税仓发货，请您放心。';

describe('sliceBounds', () => {
  it('covers the text with contiguous slices of at most the size, cut after a sentence end', () => {
    const text = sentence.repeat(2000);
    const bounds = sliceBounds(text, 1000);
    expect(bounds[0]![0]).toBe(0);
    expect(bounds.at(-1)![1]).toBe(text.length);
    for (let k = 0; k < bounds.length; k++) {
      const [s, e] = bounds[k]!;
      expect(e - s).toBeGreaterThan(0);
      expect(e - s).toBeLessThanOrEqual(1000);
      if (k) expect(s).toBe(bounds[k - 1]![1]);
      if (k < bounds.length - 1) expect(text[e - 1]).toBe('。');
    }
  });

  it('cuts at the size when no sentence ends nearby, never inside a surrogate pair', () => {
    const text = 'a'.repeat(999) + '😀'.repeat(600);
    const bounds = sliceBounds(text, 1000);
    expect(bounds[0]).toEqual([0, 999]); // 999 + the high surrogate would split the emoji
    expect(bounds.map(([, e]) => e).every((e) => e === text.length || !(text.charCodeAt(e - 1) >= 0xd800 && text.charCodeAt(e - 1) <= 0xdbff))).toBe(true);
    expect(sliceBounds('')).toEqual([]);
  });
});

describe('lintInSlices', () => {
  const linter = createLinter();

  it('finds what a whole-draft lint finds in independent sentences, at draft offsets, one slice per task', () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i % 50 === 7 ? `加我微信abc${1000 + i}，私下交易更便宜。` : sentence));
    const text = lines.join('');
    expect(text.length).toBeGreaterThan(SLICE_CHARS);
    const tasks: (() => void)[] = [];
    let result: Finding[] | null | undefined;
    lintInSlices(linter, text, (f) => (result = f), (step) => tasks.push(step), 2000);
    expect(result).toBeUndefined(); // nothing ran synchronously
    let steps = 0;
    while (tasks.length) (tasks.shift()!(), steps++);
    expect(steps).toBe(sliceBounds(text, 2000).length);
    const whole = linter.lint(text);
    expect(whole.length).toBeGreaterThan(0);
    const key = (f: Finding) => `${f.rule}|${f.severity}|${f.start}|${f.end}|${f.match}`;
    expect(result!.map(key)).toEqual(whole.map(key));
    for (const f of result!) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it('stops when cancelled, and reports null when a slice throws', () => {
    const tasks: (() => void)[] = [];
    let calls = 0;
    const job = lintInSlices(linter, sentence.repeat(500), () => calls++, (step) => tasks.push(step), 1000);
    tasks.shift()!();
    job.cancel();
    while (tasks.length) tasks.shift()!();
    expect(calls).toBe(0);
    const broken: Linter = { ...linter, lint: () => { throw new Error('boom'); } };
    let result: Finding[] | null | undefined;
    lintInSlices(broken, sentence.repeat(500), (f) => (result = f), (step) => step(), 1000);
    expect(result).toBeNull();
  });
});

describe('lintStepwise', () => {
  const linter = createLinter();
  const text = Array.from({ length: 40 }, (_, i) => (i % 9 === 4 ? `加我微信abc${1000 + i}，私下交易更便宜。` : sentence)).join('');

  it('gives the whole-draft findings, a few steps per task within the budget', () => {
    const tasks: (() => void)[] = [];
    let result: Finding[] | null | undefined;
    let clock = 0;
    // Each reading of the clock advances it 1 ms: with a 3 ms budget, a task runs a few steps only.
    lintStepwise(linter, text, (f) => (result = f), (task) => tasks.push(task), () => clock++, 3);
    expect(result).toBeUndefined(); // nothing ran synchronously
    let count = 0;
    while (tasks.length) (tasks.shift()!(), count++);
    expect(count).toBeGreaterThan(linter.rules.length / 4);
    expect(result).toEqual(linter.lint(text));
    expect(result!.length).toBeGreaterThan(0);
  });

  it('stops when cancelled, and reports null when a step throws', () => {
    const tasks: (() => void)[] = [];
    let calls = 0;
    const job = lintStepwise(linter, text, () => calls++, (task) => tasks.push(task), () => 0, 0);
    tasks.shift()!();
    job.cancel();
    while (tasks.length) tasks.shift()!();
    expect(calls).toBe(0);
    const broken: Linter = {
      ...linter,
      *lintInSteps() {
        yield;
        throw new Error('boom');
      },
    };
    let result: Finding[] | null | undefined;
    lintStepwise(broken, text, (f) => (result = f), (task) => task(), () => 0, 0);
    expect(result).toBeNull();
  });
});
