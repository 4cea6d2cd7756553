// The shared browser's reset (fixtures.ts resetSharedBrowser) empties the ledger only once nothing is on its way to it.
// Round 59 replaced its 400 ms quiet wait (two equal record counts) with the worker's own count of work in hand
// (background/pending-work.ts) and a 100 ms one: cheaper on every shared test, and it no longer misses an event whose
// handling outlasts the quiet wait. Here a test ends with its block event held in the worker's settings read for 2 s
// (as a loaded machine can hold it); the next test on the same browser must find none of it, then or later. With the
// old reset the event landed after the clear, in the next test's ledger.
import { shared as test, expect } from './fixtures';
import { BLOCK_TERM, EDITOR_KINDS, holdBackgroundSettings, lintEvents, openComposer, setSettings, typeDraft } from './guard-support';

// One worker, in order: the second test runs on the browser the first one left.
test.describe.configure({ mode: 'serial' });

const HOLD_MS = 2_000;
/** When the first test's block event was sent (Date.now() in this worker), for the second test's wait. */
let sentAt = 0;

test('a test that ends while its block event is still being stored (settings read held 2 s)', async ({ openDemo, serviceWorker }) => {
  await setSettings(serviceWorker);
  const c = await openComposer(openDemo, EDITOR_KINDS.find((k) => k.id === 'textarea')!);
  await typeDraft(c, `您好，${BLOCK_TERM}，请稍等`);
  await holdBackgroundSettings(serviceWorker, HOLD_MS);
  sentAt = Date.now();
  await c.page.keyboard.press('Enter');
  await expect(c.banner).toHaveAttribute('data-mode', 'blocked');
  // The stop is logged on its way to the worker: not stored yet when this test ends.
  expect(await lintEvents(serviceWorker)).toEqual([]);
});

test('the next test on the same shared browser finds an empty lint ledger, and it stays empty', async ({ serviceWorker }) => {
  expect(sentAt, 'the first test ran in this worker').toBeGreaterThan(0);
  expect(await lintEvents(serviceWorker)).toEqual([]);
  // A negative check needs its time: until the held read has surely ended (the event would have landed by then).
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, sentAt + HOLD_MS + 1_000 - Date.now())));
  expect(await lintEvents(serviceWorker)).toEqual([]);
});
