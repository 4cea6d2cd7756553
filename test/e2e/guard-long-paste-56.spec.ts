// A pasted draft too long for the textarea's mirror (round 56, paste56): past MIRROR_MAX_CHARS the guard draws
// no marks in the field (the mirror's layout of the whole draft held the page for seconds: 300,000 characters,
// 6.8–7.9 s), and the banner says so, Chinese first, and still lists the breaking word; Enter is still blocked
// and the draft stays as pasted. Long tasks from the paste to the exact lint and around the Enter are printed,
// not asserted (timing belongs to the benchmarks).
import { shared as test, expect } from './fixtures';
import { BLOCK_TERM, EDITOR_KINDS, draftText, openComposer, sent, setSettings } from './guard-support';

const TEXTAREA = EDITOR_KINDS.find((k) => k.id === 'textarea')!;
const SENTENCE = '亲，这款奶粉是澳洲原装进口，保税仓发货，请您放心。';

test.beforeEach(async ({ serviceWorker }) => setSettings(serviceWorker));

const watchLongTasks = () => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
};
const takeLongTasks = () => {
  const w = window as unknown as { longTasks: number[] };
  const tasks = w.longTasks;
  w.longTasks = [];
  return tasks;
};
const describeTasks = (tasks: number[]) =>
  tasks.length ? `longest ${Math.max(...tasks).toFixed(0)} ms, ${tasks.length} long tasks, ${tasks.reduce((a, b) => a + b, 0).toFixed(0)} ms in all` : 'no long task over 50 ms';

for (const repeats of [6000, 12000]) {
  const length = SENTENCE.length * repeats + BLOCK_TERM.length;
  test(`a ${length.toLocaleString('en')}-character paste in a textarea: no marks drawn, the banner says so and lists the word, Enter blocks, the draft stays`, async ({ openDemo }) => {
    test.slow(); // a 300,000-character insertText and a stepwise lint on a loaded 2-core machine
    const c = await openComposer(openDemo, TEXTAREA);
    await c.editor.click();
    await c.page.evaluate(watchLongTasks);
    await c.page.keyboard.insertText(SENTENCE.repeat(repeats) + BLOCK_TERM);
    await expect(c.highlights).toHaveAttribute('data-findings', '1', { timeout: 30_000 });
    await expect(c.banner).toContainText(BLOCK_TERM);
    await expect(c.banner.locator('.notice')).toContainText('输入框内不标出问题词');
    // The exact whole-draft lint (in steps) replaces the sliced one; the notice about the marks stays.
    await expect(c.banner).not.toContainText('分段检查', { timeout: 30_000 });
    await expect(c.banner.locator('.notice')).toContainText('输入框内不标出问题词');
    // No mirror text, no mark: the mirror is empty and hidden.
    const mirror = await c.highlights.evaluate((host) => {
      const m = host.shadowRoot!.querySelector<HTMLElement>('.mirror')!;
      return { text: m.textContent, marks: m.querySelectorAll('mark').length, hidden: m.hidden };
    });
    expect(mirror).toEqual({ text: '', marks: 0, hidden: true });
    console.log(`[perf] paste of ${length} characters until the exact lint: ${describeTasks(await c.page.evaluate(takeLongTasks))}`);

    await c.page.keyboard.press('Enter');
    await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
    await expect(c.banner.locator('.notice')).toContainText('输入框内不标出问题词');
    expect(await sent(c)).toEqual([]);
    await c.page.waitForTimeout(200);
    console.log(`[perf] Enter on the ${length}-character draft: ${describeTasks(await c.page.evaluate(takeLongTasks))}`);
    // The draft is kept as pasted, and still unmarked after the stop.
    expect((await draftText(c)).length).toBe(length);
    expect(await c.highlights.evaluate((host) => host.shadowRoot!.querySelector('.mirror')!.textContent)).toBe('');
  });
}
