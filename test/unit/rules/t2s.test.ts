// The generated traditional→simplified table must cover every lexicon character (regenerate with
// `npx tsx scripts/gen-t2s.ts` after changing a lexicon).
import { describe, expect, it } from 'vitest';
import { T2S } from '../../../rules/lexicon/t2s.generated';
import { lexiconCharacters, t2sPairsFor } from '../../../scripts/t2s-source';

describe('t2s table', () => {
  it('is up to date with the lexicon', () => {
    const expected = Object.fromEntries(t2sPairsFor(lexiconCharacters()));
    expect(T2S).toEqual(expected);
  });
});
