// The second opinion's training digest (scripts/model-data.ts trainingDigest) fingerprints what the model reads — the normalised
// training replies and their labels — not the traditional→simplified table that folds them: a t2s pair whose traditional
// character no training reply holds leaves it as trained (no retrain for a new rule word's 鲨), while a pair the training text
// uses, or a changed reply or label, moves it (test/unit/rules/model.test.ts then fails).
// Not in the rules project: each case swaps the t2s table under a fresh module graph, which that project's shared graph forbids.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_DATA } from '../../rules/model/weights.generated';
import type * as ModelData from '../../scripts/model-data';

type Table = Record<string, string>;

/** scripts/model-data.ts, loaded afresh with normalize reading `edit(T2S)` as its traditional→simplified table. */
async function modelDataWith(edit: (t2s: Table) => Table): Promise<typeof ModelData> {
  vi.resetModules();
  vi.doMock('../../rules/lexicon/t2s.generated', async (importOriginal) => {
    const { T2S } = await importOriginal<{ T2S: Table }>();
    return { T2S: edit({ ...T2S }) };
  });
  return import('../../scripts/model-data');
}

const digestWith = async (edit: (t2s: Table) => Table) => {
  const data = await modelDataWith(edit);
  return data.trainingDigest(data.trainingExamples());
};

afterEach(() => {
  vi.doUnmock('../../rules/lexicon/t2s.generated');
});

// The table as generated is loaded once for the three cases, not once each (a fresh module graph took ~1.5 s in fresh
// clone fc92: the second case's three loads, 4.9 s): a module graph already evaluated keeps its T2S whatever later cases mock.
let asGenerated: Promise<typeof ModelData> | undefined;
const modelDataAsGenerated = () => (asGenerated ??= modelDataWith((t2s) => t2s));

describe('the model training digest', () => {
  it('stays as trained when a new pair folds a character no training reply holds (鯊 鱷 鷹 → 鲨 鳄 鹰)', async () => {
    const read = (await modelDataAsGenerated()).trainingCharacters();
    for (const t of '鯊鱷鷹') expect(read.has(t), t).toBe(false);
    expect(await digestWith((t2s) => ({ ...t2s, 鯊: '鲨', 鱷: '鳄', 鷹: '鹰' }))).toBe(MODEL_DATA.digest);
  }, 60_000);

  it('changes when a pair the training text uses is added (賦 → 赋 for 天赋) or dropped (著 → 着, when a word wants 著)', async () => {
    const read = (await modelDataAsGenerated()).trainingCharacters();
    expect(read.has('賦') && read.has('著')).toBe(true);
    expect(await digestWith((t2s) => ({ ...t2s, 賦: '赋' }))).not.toBe(MODEL_DATA.digest);
    expect(await digestWith(({ 著: _, ...t2s }) => t2s)).not.toBe(MODEL_DATA.digest);
  }, 60_000);

  it('is the stored one with the table as generated, and changes when a training reply or its label changes', async () => {
    const data = await modelDataAsGenerated();
    const examples = data.trainingExamples();
    const at = examples.findIndex((e) => e.compact.includes('亲'));
    const edited = (change: Partial<ModelData.Example>) => examples.map((e, i) => (i === at ? { ...e, ...change } : e));
    expect(data.trainingDigest(examples)).toBe(MODEL_DATA.digest);
    expect(data.trainingDigest(edited({ compact: examples[at]!.compact.replace('亲', '您') }))).not.toBe(MODEL_DATA.digest);
    expect(data.trainingDigest(edited({ expect: [...examples[at]!.expect, '2.9'] }))).not.toBe(MODEL_DATA.digest);
    expect(data.trainingDigest(edited({ everyday: !examples[at]!.everyday }))).not.toBe(MODEL_DATA.digest);
  }, 60_000);
});
