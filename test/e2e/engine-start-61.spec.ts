// Round 61 (engstart61): the lint engine (~3 MB) comes into a frame from the background, run in the content scripts'
// isolated world as a classic script (background/engine-inject.ts), not by the page frame's import() of the extension
// file: Chromium kept no compiled code for that module, so every page load parsed the whole file again (~0.3 CPU-s of the
// renderer per workbench load, measured); a classic script is compiled once per renderer process. The page itself makes
// no request for the file. Checked on the workbench, loaded and reloaded in one tab, with the agent's own deny term.
// On the worker's shared browser (fixtures.ts `shared`): nothing here needs a fresh profile.
import { expect, shared as test } from './fixtures';
import { BLOCK_TERM, EDITOR_KINDS, engineByFrame, setSettings, TEST_SETTINGS } from './guard-support';

const WORKBENCH = EDITOR_KINDS.find((k) => k.id === 'quill-workbench')!;

test('the engine is put in by the background, never fetched by the page; after a reload in the same tab it guards again, with the agent\'s deny term', async ({ context, openDemo, serviceWorker }) => {
  await setSettings(serviceWorker, TEST_SETTINGS);
  const engineRequests: string[] = [];
  const onRequest = (request: { url(): string }) => void (request.url().endsWith('/lint-engine.js') && engineRequests.push(request.url()));
  context.on('request', onRequest);
  try {
    const page = await openDemo('workbench', WORKBENCH.params);
    for (const load of ['first load', 'reload']) {
      if (load === 'reload') {
        await page.reload();
        await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
      }
      await expect(page.locator('html'), `${load}: attached`).toHaveAttribute('data-replyguard-attached', 'kuaishou', { timeout: 20_000 });
      expect((await engineByFrame(page))[page.url()], `${load}: the engine is in the content scripts' world`).toBe('loaded');
      await page.locator(WORKBENCH.editor).click();
      await page.keyboard.insertText(`您好，${BLOCK_TERM}`);
      await page.keyboard.press('Enter');
      const banner = page.locator('[data-replyguard="banner"] section');
      await expect(banner, `${load}: the deny term is stopped`).toHaveAttribute('data-mode', 'blocked');
      await expect(banner).toContainText(BLOCK_TERM);
    }
    expect(engineRequests, 'the page never fetched the engine file (the background ran it in the frame)').toEqual([]);
  } finally {
    context.off('request', onRequest);
  }
});
