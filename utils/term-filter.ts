// The options page's filter over a deny/allow list: pure, so it is unit-tested at 5,000 terms.
import { termKey } from './options-validation';

export type FilterKey = readonly [folded: string, plain: string];

// Folding is ~20 µs a term; every save clones the settings (new arrays), so keys are kept by text.
const cache = new Map<string, FilterKey>();

/** Each item's text folded as the guard folds a term (case, width, spaces, punctuation) and as typed, lower-cased. */
export function filterKeys<T>(items: readonly T[], text: (item: T) => string): FilterKey[] {
  if (cache.size > 20_000) cache.clear();
  return items.map((x) => {
    const s = text(x);
    let key = cache.get(s);
    if (!key) cache.set(s, (key = [termKey(s), s.toLowerCase()] as const));
    return key;
  });
}

/**
 * The indices of the items holding `query` (folded: 「加 V」 finds 加v; or as typed: a note's wording),
 * in list order; null when there is no query (everything shown).
 */
export function filterIndices(keys: readonly FilterKey[], query: string): number[] | null {
  const raw = query.trim().toLowerCase();
  if (!raw) return null;
  const folded = termKey(raw);
  const out: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const [key, plain] = keys[i]!;
    if ((folded && key.includes(folded)) || plain.includes(raw)) out.push(i);
  }
  return out;
}
