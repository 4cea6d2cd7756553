// @vitest-environment happy-dom
// Round 61 (engstart61): the lint engine comes into a frame from the background, run as a classic script in the content
// scripts' isolated world (background/engine-inject.ts), which Chromium compiles once per renderer process; an import()
// of the same file was parsed again at every page load. loadEngine (content/guard/engine-handle.ts) asks the background
// first and imports the file only when that did not put the engine there; both content scripts share one load.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectEngine } from '../../../background/engine-inject';
import { ENGINE_GLOBAL, ENGINE_PATH, loadEngine, type LintEngine } from '../../../content/guard/engine-handle';

const world = globalThis as Record<string, unknown>;
const fakeEngine = { createLinter: () => ({}), runGuard: () => ({}) } as unknown as LintEngine;

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  delete world[ENGINE_GLOBAL];
  delete world.__replyguardLintEngineLoading;
  (browser as unknown as { scripting: unknown }).scripting = undefined;
  vi.restoreAllMocks();
});

describe('loadEngine asks the background to run the engine file in this frame', () => {
  it('the background puts it in: no import(), and a second caller (the other content script) shares the same load', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
      expect(message).toEqual({ type: 'load-engine' });
      await new Promise((r) => setTimeout(r, 10));
      world[ENGINE_GLOBAL] = fakeEngine; // what executeScript of lint-engine.js does in the isolated world
      return { ok: true };
    }) as never);
    const getURL = vi.spyOn(browser.runtime, 'getURL');
    const [a, b] = [loadEngine(), loadEngine()];
    expect(await a).toBe(fakeEngine);
    expect(await b).toBe(fakeEngine);
    expect(send).toHaveBeenCalledTimes(1);
    expect(getURL, 'the file was not imported as well').not.toHaveBeenCalled();
  });

  it('the load is shared through the world, not a module variable: another bundle of the content script finds it under way', async () => {
    let answer!: (reply: unknown) => void;
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((() => new Promise((r) => (answer = r))) as never);
    const first = loadEngine();
    // The other content script (its own copy of engine-handle.ts) reads the same world key.
    const underWay = world.__replyguardLintEngineLoading as Promise<LintEngine>;
    expect(underWay).toBe(first);
    world[ENGINE_GLOBAL] = fakeEngine;
    answer({ ok: true });
    expect(await underWay).toBe(fakeEngine);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('when the background cannot put it there (no answer, an error), the file is imported as before', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    // happy-dom cannot import a chrome-extension:// URL: the import is seen by the URL it asks for, and fails.
    const getURL = vi.spyOn(browser.runtime, 'getURL').mockReturnValue('data:text/javascript,globalThis.__replyguardLintEngine%3D1' as never);
    await loadEngine().catch(() => undefined);
    expect(getURL).toHaveBeenCalledWith(ENGINE_PATH);
  });

  it('a failed load is tried again at the next ask', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'No frame with id 3' } as never);
    vi.spyOn(browser.runtime, 'getURL').mockReturnValue('data:text/javascript,export{}' as never);
    await expect(loadEngine()).rejects.toThrow(/did not register the engine/);
    send.mockImplementation((async () => {
      world[ENGINE_GLOBAL] = fakeEngine;
      return { ok: true };
    }) as never);
    expect(await loadEngine()).toBe(fakeEngine);
  });
});

describe('injectEngine (background)', () => {
  const setUp = () => {
    const scripting = { executeScript: vi.fn(async () => []) };
    (browser as unknown as { scripting: unknown }).scripting = scripting;
    return scripting;
  };

  it('runs the engine file at once in the very document that asked, in the isolated world (the default)', async () => {
    const scripting = setUp();
    expect(await injectEngine({ tab: { id: 7 } as never, frameId: 3, documentId: 'DOC-A' })).toEqual({ ok: true });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['DOC-A'] }, files: [ENGINE_PATH], injectImmediately: true });
    const [[options]] = scripting.executeScript.mock.calls as unknown as [[{ world?: string }]];
    expect(options.world, 'never the page\'s own world').toBeUndefined();
  });

  it('by frame where the browser gives no document id; nothing without a tab', async () => {
    const scripting = setUp();
    await injectEngine({ tab: { id: 7 } as never, frameId: 3 });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [ENGINE_PATH], injectImmediately: true });
    expect(await injectEngine({ frameId: 0 })).toEqual({ ok: false, error: 'no tab' });
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});
