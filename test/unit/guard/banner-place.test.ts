import { describe, expect, it } from 'vitest';
import { placeBanner } from '../../../content/guard/banner';

// The banner never covers the composer and its Send button (`clear`), and leaves most of the chat
// above the composer visible.
const span = (p: ReturnType<typeof placeBanner>) =>
  p.side === 'above' ? { top: p.edge - p.maxHeight, bottom: p.edge } : { top: p.edge, bottom: p.edge + p.maxHeight };

describe('placeBanner', () => {
  const vh = 720;
  it.each([
    ['composer at the bottom (workbench): above, within half the chat', { top: 560, bottom: 700 }, 180, 'above'],
    ['composer at the top (a form): below, where the page leaves room', { top: 8, bottom: 120 }, 260, 'below'],
    ['tall banner, composer in the middle: the larger side, scrolling', { top: 300, bottom: 420 }, 600, 'below'],
    ['composer filling the viewport: the larger strip', { top: 40, bottom: 700 }, 200, 'above'],
  ] as const)('%s', (_name, clear, natural, side) => {
    const place = placeBanner(clear, natural, vh);
    expect(place.side).toBe(side);
    const { top, bottom } = span(place);
    expect(bottom <= clear.top || top >= clear.bottom, `${top}-${bottom} vs ${clear.top}-${clear.bottom}`).toBe(true);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(vh);
    if (side === 'above' && clear.top > 200) expect(place.maxHeight).toBeLessThanOrEqual(Math.max(clear.top / 2, 160));
  });

  it('fits a short banner whole', () => {
    expect(placeBanner({ top: 560, bottom: 700 }, 150, vh).maxHeight).toBeGreaterThanOrEqual(150);
  });
});
