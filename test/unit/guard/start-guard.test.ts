// @vitest-environment happy-dom
// The guard builds its linter once per page, with the agent's settings (content/guard/index.ts): the engine
// keeps one linter, so a default one built while the settings read was on its way was thrown away and a second
// built (+0.5–1 s of a page's CPU at load on a busy 2-core machine). If the read is not back in time, the guard
// starts with the defaults rather than not at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LinterOptions } from '../../../rules/engine';

const createLinter = vi.fn((_options?: LinterOptions) => ({ lint: () => ({ errors: [] }) }));
// runGuard comes with the engine (engine-handle.ts), as from the engine file.
const runGuard = vi.fn(() => ({ relint: vi.fn() }));
vi.mock('../../../content/guard/engine-handle', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../content/guard/engine-handle')>()),
  loadEngine: () => Promise.resolve({ createLinter, runGuard }),
}));

const { startGuard } = await import('../../../content/guard/index');
const { DEFAULT_SETTINGS } = await import('../../../utils/settings-schema');

const CUSTOM = { ...DEFAULT_SETTINGS, guard: { ...DEFAULT_SETTINGS.guard, deny: [{ term: '禁词甲', clause: '2.3', severity: 'block', note: '测试' }] } };

let ctl: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  createLinter.mockClear();
  runGuard.mockClear();
  ctl = new AbortController();
});
afterEach(() => {
  ctl.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startGuard', () => {
  it('builds one linter, with the agent’s own terms, and guards with it', async () => {
    await fakeBrowser.storage.local.set({ settings: CUSTOM });
    // The read is a round trip to the browser: back after the engine here (it was loaded earlier, at document_start).
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((...args: Parameters<typeof get>) => new Promise((r) => setTimeout(r, 20)).then(() => get(...args))) as never);
    startGuard(ctl.signal);
    await vi.waitFor(() => expect(runGuard).toHaveBeenCalledTimes(1));
    expect(createLinter.mock.calls.map(([o]) => o?.deny?.map((d) => d.term))).toEqual([['禁词甲']]);
  });

  it('starts with the defaults when the settings read is not back within 300 ms', async () => {
    vi.useFakeTimers();
    // A read that never answers.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(new Promise(() => undefined) as never);
    startGuard(ctl.signal);
    await vi.advanceTimersByTimeAsync(250);
    expect(runGuard).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(runGuard).toHaveBeenCalledTimes(1);
    expect(createLinter.mock.calls.map(([o]) => o?.deny)).toEqual([DEFAULT_SETTINGS.guard.deny]);
  });
});
