// One value in storage.local, read and watched: the small part of @wxt-dev/storage that content
// scripts use (getValue / setValue / watch with a fallback), without its versioning, locks and
// deep-equal helpers, which cost the content script ~3 KB gzipped (issue 4 budget). The stored
// shape is the same (`local:settings` → storage.local key `settings`), so the background and the
// popup may keep using `storage.defineItem` on the same keys.
import { browser } from 'wxt/browser';

export interface LocalItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `cb` when another context (or this one) changes the value; returns the unwatch function. */
  watch(cb: (value: T, previous: T) => void): () => void;
}

/** `key` as storage.local names it (no `local:` prefix). */
export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  return areaItem('local', key, fallback);
}

/**
 * The same over storage.session (`session:<key>` in @wxt-dev/storage terms): the popup reads the
 * guard status with it without loading @wxt-dev/storage (≈ 10 KB of the popup's first load).
 */
export function sessionItem<T>(key: string, fallback: T): LocalItem<T> {
  return areaItem('session', key, fallback);
}

function areaItem<T>(name: 'local' | 'session', key: string, fallback: T): LocalItem<T> {
  const area = () => browser.storage[name];
  return {
    async getValue() {
      const got = (await area().get(key))[key];
      return (got ?? fallback) as T;
    },
    async setValue(value) {
      await area().set({ [key]: value });
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
        const change = changes[key];
        // An equal value rewritten is not news (a rewrite of equal settings). Round 62: compared in place, stopping at the
        // first difference — not as two JSON strings: the waiting state (500 buyers, ~100 KB) was stringified twice per
        // change per listener, though its first field (`computedAt`) differs at every refresh.
        if (!change || sameStoredValue(change.newValue, change.oldValue)) return;
        cb((change.newValue ?? fallback) as T, (change.oldValue ?? fallback) as T);
      };
      area().onChanged.addListener(listener);
      return () => {
        try {
          area().onChanged.removeListener(listener);
        } catch {
          // A copy whose extension was reloaded or updated: its storage API is gone (nothing is delivered any more).
          // Thrown, it cut short the teardown it was called in, which left that copy's chips on the page (rt51 F3).
        }
      };
    },
  };
}

/**
 * Whether two values read from storage (JSON data: null, booleans, numbers, strings, arrays, plain objects) are equal,
 * field by field; stops at the first difference and builds nothing. `undefined` fields count as absent, as JSON drops
 * them (what the JSON comparison did). Key order does not matter.
 */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameStoredValue(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    fields++;
    if (!Object.prototype.hasOwnProperty.call(y, key) || !sameStoredValue(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) fields--;
  return fields === 0;
}
