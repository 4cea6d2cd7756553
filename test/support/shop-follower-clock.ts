// A ShopFollower over a fake clock and a fake page (name shown, list ids), checked every second as content/start.ts does:
// the shared setup of the shop-follow unit tests.
import { expect } from 'vitest';
import { ShopFollower, type PageShop } from '@/content/watcher/shop';

export const shopNamed = (n: string): PageShop => ({ ref: `name:${n}`, label: n, source: 'name' });

/** Opened on 「日本直邮馆」 with `list` on screen, settled after 10 s. */
export function followShop(list: readonly string[]) {
  let shown: PageShop | null = shopNamed('日本直邮馆');
  let ids = list;
  let now = 0;
  const follower = new ShopFollower(() => shown, () => now, 2000, 15_000, () => [...ids]);
  const f = {
    follower,
    show: (s: string) => (shown = shopNamed(s)),
    list: (l: readonly string[]) => (ids = l),
    /** Checks every second up to `t` (as content/start.ts does); true when a check changed the shop. */
    until: (t: number) => {
      let changed = false;
      while (now < t) {
        now = Math.min(t, now + 1000);
        changed = follower.check() || changed;
      }
      return changed;
    },
  };
  f.until(10_000);
  expect(follower.shop?.ref).toBe('name:日本直邮馆');
  return f;
}
