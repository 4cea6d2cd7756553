// A pasted long draft (issue 4 side): the typing-time lint runs in slices between which the page gets
// its turn, so the paste does not freeze the page; the term at the very end is still found, the banner
// says the draft was checked in parts, and the send decision (a whole-draft lint) still blocks.
import { test, expect } from './fixtures';
import { BLOCK_TERM, EDITOR_KINDS, expectFindings, openComposer, sent, setSettings } from './guard-support';

const TEXTAREA = EDITOR_KINDS.find((k) => k.id === 'textarea')!;
const SENTENCE = '亲，这款奶粉是澳洲原装进口，保税仓发货，请您放心。';

test.beforeEach(async ({ serviceWorker }) => setSettings(serviceWorker));

test('a 150,000-character paste is linted in slices (the page keeps running between them), the last word is found, Enter blocks', async ({ openDemo }) => {
  const c = await openComposer(openDemo, TEXTAREA);
  await c.editor.click();
  // Count the page's own timer turns from the paste until the highlight appears: a whole-draft lint in
  // the paste's task would show it before any turn; slices leave turns between them.
  await c.page.evaluate(() => {
    const w = window as unknown as { ticks: number; ticksAtFindings: number };
    w.ticks = 0;
    w.ticksAtFindings = -1;
    const tick = () => {
      w.ticks++;
      if (w.ticksAtFindings < 0) setTimeout(tick, 0);
    };
    // Counting starts with the paste's input event (the page's own listener runs before the guard's).
    window.addEventListener('input', () => setTimeout(tick, 0), { capture: true, once: true });
    const host = document.querySelector('[data-replyguard="highlights"]')!;
    new MutationObserver(() => {
      if (w.ticksAtFindings < 0 && host.getAttribute('data-findings') === '1') w.ticksAtFindings = w.ticks;
    }).observe(host, { attributes: true, attributeFilter: ['data-findings'] });
  });
  await c.page.keyboard.insertText(SENTENCE.repeat(6000) + BLOCK_TERM);
  await expectFindings(c, 1);
  const ticks = await c.page.evaluate(() => (window as unknown as { ticksAtFindings: number }).ticksAtFindings);
  expect(ticks).toBeGreaterThan(5);
  await expect(c.banner).toHaveAttribute('data-mode', 'typing');
  await expect(c.banner).toContainText('分段检查');
  await expect(c.banner).toContainText(BLOCK_TERM);

  await c.page.keyboard.press('Enter');
  await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
  expect(await sent(c)).toEqual([]);
});
