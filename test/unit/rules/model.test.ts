// The statistical second opinion (rules/model/): its weights are trained on the current dev sets and never
// on a held-out set, the fast scorer agrees with the plain definition, and it reads long drafts in windows.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { HARD, normalize } from '../../../rules/normalize';
import { MODEL_CLAUSES } from '../../../rules/model/clauses';
import { scoreWindows, WINDOW } from '../../../rules/model/classifier';
import { bigramKey, DENIED, denialScope, distinctGramKeys, gramOfKey, gramScale, keyOfGram, quotedUnits } from '../../../rules/model/grams';
import { MODEL_DATA } from '../../../rules/model/weights.generated';
import likelyThreat from '../../../rules/checks/likely-threat';
import { trainingDigest, trainingExamples, trainingFiles } from '../../../scripts/model-data';

const C = MODEL_CLAUSES.length;

/**
 * The model's score by its definition: bias + Σ weights of the distinct known grams and denied twins (grams in
 * a denial scope) × gramScale(length).
 */
function reference(compact: string, quoted: Uint8Array | undefined, breakBefore: ArrayLike<number>): number[] {
  const grams = MODEL_DATA.grams.split(' ');
  const denied = MODEL_DATA.denied ? MODEL_DATA.denied.split(' ') : [];
  const index = new Map(grams.map((g, i) => [g, i]));
  const deniedIndex = new Map(denied.map((g, i) => [g, grams.length + i]));
  const bytes = Uint8Array.from(atob(MODEL_DATA.weights), (ch) => ch.charCodeAt(0));
  const keys = distinctGramKeys(compact, quoted, 0, compact.length, denialScope(compact, breakBefore));
  const z = [...MODEL_DATA.bias];
  for (const key of keys) {
    const f = (key >= DENIED ? deniedIndex : index).get(gramOfKey(key));
    if (f === undefined) continue;
    for (let c = 0; c < C; c++) z[c]! += ((bytes[f * C + c]! << 24) >> 24) * MODEL_DATA.scale[c]! * gramScale(compact.length);
  }
  return z;
}

describe('statistical second opinion', () => {
  it('is trained on the current dev sets and their fold (else: npx tsx scripts/train-model.ts; npx tsx scripts/gen-t2s.ts names a t2s pair that refolds them)', () => {
    expect(trainingDigest(trainingExamples())).toBe(MODEL_DATA.digest);
  }, 60_000);

  it('never learns from a held-out set', () => {
    expect(trainingFiles().length).toBeGreaterThan(10);
    expect(trainingFiles().filter((f) => f.startsWith('holdout'))).toEqual([]);
  });

  it('keys grams without building strings, and back', () => {
    expect(keyOfGram('微')).toBe('微'.charCodeAt(0));
    expect(keyOfGram('微信')).toBe(bigramKey('微'.charCodeAt(0), '信'.charCodeAt(0)));
    expect(gramOfKey(keyOfGram('微信'))).toBe('微信');
    expect(distinctGramKeys('哈哈哈').map(gramOfKey)).toEqual(['哈', '哈哈']);
  });

  it.each([
    '亲，这款面霜是韩国直邮的，一般7天左右到。',
    '你再给差评试试，你家住哪我们可是清楚得很。',
    '懂的都懂，这个价格您还想要专柜的品质？',
    '😀😀好的',
    '您说的“垃圾客服，一群骗子”我们很重视，已经在核实了。',
    '放心，我们不会因为这个给您打电话，也绝不卖高仿，谨防私下转账。',
    '“别信”这种话是别人说的，非常抱歉，没有的事，您别担心。',
  ])('scores a one-window draft as its definition says: %s', (text) => {
    const norm = normalize(text);
    const quoted = quotedUnits(norm.folded.text, norm.compactToFolded);
    const [only, ...rest] = scoreWindows(norm.compact.text, norm.breakBefore, quoted);
    expect(rest).toEqual([]);
    const want = reference(norm.compact.text, quoted, norm.breakBefore);
    for (let c = 0; c < C; c++) expect(only!.logits[c]).toBeCloseTo(want[c]!, 4);
  });

  it('reads a denial scope: after a cue, up to SCOPE units, ending at a break; not after 非常, 别的, 特别', () => {
    const scoped = (text: string) => {
      const norm = normalize(text);
      const scope = denialScope(norm.compact.text, norm.breakBefore);
      return [...norm.compact.text].filter((_, k) => scope[k]).join('');
    };
    expect(scoped('我们不会因为这个给您打电话的哦。')).toBe('会因为这个给您打'); // SCOPE = 8 units
    expect(scoped('绝不卖高仿，请放心。')).toBe('卖高仿');
    expect(scoped('没法帮您绕开额度')).toBe('法帮您绕开额度');
    expect(scoped('谨防私下转账')).toBe('私下转账');
    expect(scoped('非常好，别的平台也有，特别便宜，防晒霜')).toBe('');
    const keys = distinctGramKeys('不卖高仿', undefined, 0, 4, denialScope('不卖高仿', [0, 0, 0, 0, 0]));
    expect(keys.filter((k) => k >= DENIED).map(gramOfKey)).toEqual(['卖', '卖高', '高', '高仿', '仿']);
    expect(keys.filter((k) => k < DENIED).map(gramOfKey)).toEqual(['不', '不卖', '卖', '卖高', '高', '高仿', '仿']);
  });

  it('reads a long draft in windows of whole sentences of at most WINDOW units, covering it all', () => {
    const text = Array.from({ length: 120 }, (_, i) => `第${i}句，亲这边帮您查一下物流，稍等哦。`).join('');
    const norm = normalize(text);
    const windows = scoreWindows(norm.compact.text, norm.breakBefore, new Uint8Array(norm.compact.text.length));
    expect(windows.length).toBeGreaterThan(5);
    let at = 0;
    for (const w of windows) {
      expect(w.start).toBe(at);
      expect(w.end - w.start).toBeLessThanOrEqual(WINDOW);
      expect(w.end === norm.compact.text.length || norm.breakBefore[w.end] === HARD).toBe(true);
      at = w.end;
    }
    expect(at).toBe(norm.compact.text.length);
  });

  it('cuts a sentence longer than a window', () => {
    const norm = normalize('好'.repeat(WINDOW * 2 + 10));
    expect(scoreWindows(norm.compact.text, norm.breakBefore, new Uint8Array(norm.compact.text.length)).map((w) => w.end - w.start)).toEqual([WINDOW, WINDOW, 10]);
  });

  it('does not read quoted words', () => {
    const norm = normalize('您说“你们都是骗子”，我们理解。');
    const mask = quotedUnits(norm.folded.text, norm.compactToFolded)!;
    expect([...norm.compact.text].filter((_, k) => mask[k]).join('')).toBe('你们都是骗子');
    expect(quotedUnits('没有引号', new Uint32Array([0, 1, 2, 3]))).toBeUndefined();
  });

  it('stays quiet on a clause a word rule already reported', () => {
    const text = '你再给差评试试，后果自负。';
    const all = createLinter().lint(text).filter((f) => f.clause === '2.5');
    expect(all.some((f) => f.rule === 'threat')).toBe(true);
    expect(all.some((f) => f.rule === likelyThreat.meta.id)).toBe(false);
  });
});
