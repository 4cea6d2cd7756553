// @vitest-environment happy-dom
// Round 54 (lead; timers54 noticed it): a known decoration after a name that ends in brackets kept only the opening one
// — 「日本直邮馆（大阪店）（小休中）」 keyed 日本直邮馆(大阪店, a second shop beside 日本直邮馆(大阪店), so a buyer of 大阪店
// waited under two keys while the agent went on a break.
import { describe, expect, it } from 'vitest';
import { readShop, ShopFollower, withoutKnownDecoration, type PageShop } from '@/content/watcher/shop';
import { kuaishou } from '@/sites/kuaishou';

describe('withoutKnownDecoration keeps the brackets the name itself opened', () => {
  it.each([
    ['日本直邮馆（大阪店）（小休中）', '日本直邮馆(大阪店)'],
    ['日本直邮馆（大阪店）-客服03', '日本直邮馆(大阪店)'],
    ['日本直邮馆【华东仓】〈客服03〉', '日本直邮馆【华东仓】'],
    ['日本直邮馆（大阪店） 忙碌中', '日本直邮馆(大阪店)'],
    ['【小休中】日本直邮馆（大阪店）', '日本直邮馆(大阪店)'],
    ['日本直邮馆（大阪店）', '日本直邮馆(大阪店)'],
  ])('%s → %s', (shown, key) => {
    expect(withoutKnownDecoration(shown)).toBe(key);
  });

  it.each([
    ['日本直邮馆（小休中）', '日本直邮馆'],
    ['日本直邮馆-客服03（小休中）', '日本直邮馆'],
    // A closing bracket the name never opened is not the name's: it stays a separator.
    ['日本直邮馆) (小休中)', '日本直邮馆'],
  ])('still strips a plain decoration: %s → %s', (shown, key) => {
    expect(withoutKnownDecoration(shown)).toBe(key);
  });

  it('a page opened on the decorated name: the shop is the bracketed name, its label as shown, the same shop once the break ends', () => {
    let shown: PageShop | null = read('日本直邮馆（大阪店）（小休中）');
    let now = 0;
    const follower = new ShopFollower(() => shown, () => now, 2000, 15_000, () => ['card:小王', 'row:m1']);
    for (; now < 5000; now += 1000) follower.check();
    expect(follower.shop?.ref).toBe('name:日本直邮馆(大阪店)');
    expect(follower.shop?.label).toBe('日本直邮馆（大阪店）');
    shown = read('日本直邮馆（大阪店）');
    for (; now < 20_000; now += 1000) expect(follower.check()).toBe(false);
    expect(follower.settled()).toBe(true);
    expect(follower.shop?.ref).toBe('name:日本直邮馆(大阪店)');
  });
});

function read(shown: string): PageShop | null {
  document.body.innerHTML = '<header class="ShopHeader"><span class="shopName"></span></header>';
  document.querySelector('.shopName')!.textContent = shown;
  return readShop(document, 'https://im.kwaixiaodian.com/workbench', kuaishou.shop);
}
