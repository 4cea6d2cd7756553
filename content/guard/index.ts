// Starts the compose guard in this frame: once the frame may hold a composer, the lint engine is
// loaded (engine-loader.ts); the agent's settings (deny/allow terms, per-rule severity, on/off) build
// the linter and are watched, so a change applies without a reload. Until the guard is attached,
// a send with text is held (startup-hold.ts); released when the guard is off or the engine failed.
import './highlights.css';
import type { Linter } from '../../rules/engine';
import { configuredAdapters, parsesAsSelector } from '../../sites/configured';
import { kuaishou } from '../../sites/kuaishou';
import type { SiteAdapter } from '../../sites/types';
import { deliverToBackground, extensionContextLost, pageAddress, sendToBackground } from '../../utils/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';
import { earlyCapture } from './early-capture';
import { linterOptionsFor, loadEngine, type LintEngine } from './engine-handle';
import { whenComposerPossible } from './engine-loader';
import { relayToOuterFrame } from './frame-peer';
import type { GuardRun } from './guard';
import { runSendChecks } from './send-checks';

export { registerSendCheck, type SendCheck, type SendCheckContext, type SendCheckFinding } from './send-checks';

/** Built-in site adapters in priority order; the generic adapter is the fallback (content/guard/attach.ts). */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [kuaishou];

/**
 * This page's adapters: the sites the agent configured on the options page that match it (their
 * selectors first: the agent named them for this page), then the built-in ones.
 */
export function adaptersFor(settings: Settings, location: Location, isValidSelector: (selector: string) => boolean): SiteAdapter[] {
  return [...configuredAdapters(settings.sites, isValidSelector).filter((a) => a.matches(location)), ...SITE_ADAPTERS];
}

/** What identifies a set of adapters: a change of the configured ones restarts the guard. */
const adaptersKey = (adapters: readonly SiteAdapter[]) => JSON.stringify(adapters.map((a) => [a.id, a.composer]));

/** The longest the guard waits for the agent's settings once the engine is loaded (then: the defaults). */
const SETTINGS_WAIT_MS = 300;

function linterFor(engine: LintEngine, settings: Settings): Linter {
  try {
    return engine.createLinter(linterOptionsFor(settings.guard));
  } catch {
    // Settings the engine refuses (a corrupt import): guard with the defaults rather than not at all.
    return engine.createLinter();
  }
}

export function startGuard(signal: AbortSignal): void {
  let settings = DEFAULT_SETTINGS;
  let engine: LintEngine | null = null;
  let linter: Linter | null = null;
  let run: { ctl: AbortController; guard: GuardRun } | null = null;
  const isValidSelector = parsesAsSelector(document);
  let adapters: readonly SiteAdapter[] = SITE_ADAPTERS;
  let adaptersSeen = adaptersKey(adapters);

  const isTopFrame = (() => {
    try {
      return window.top === window;
    } catch {
      return false;
    }
  })();

  // A sub-frame without a composer (a toolbar frame holding 发送) never loads the engine: until the guard runs
  // here, a 发送 in it is judged by the outer frame's guard, whose draft it may send (frame-peer.ts).
  let relay: AbortController | null = null;
  if (!isTopFrame) {
    relay = new AbortController();
    signal.addEventListener('abort', () => relay?.abort(), { once: true, signal: relay.signal });
    relayToOuterFrame(window, relay.signal);
  }

  const start = () => {
    if (run || signal.aborted || !engine || !linter || !settings.guard.enabled) return;
    relay?.abort(); // the guard's own interceptor asks the outer frames from now on
    relay = null;
    const current = () => linter!;
    const ctl = new AbortController();
    // Removed again when this run ends first (a restart after a settings change).
    signal.addEventListener('abort', () => ctl.abort(), { once: true, signal: ctl.signal });
    // runGuard comes with the engine (engine-handle.ts): there is no guard to run before it, as there is no linter.
    const guard = engine.runGuard(
      {
        doc: document,
        adapters,
        linter: current,
        storeText: () => settings.storeText,
        // Sent again while the worker does not take it: the agent saw the stop, the log must have it.
        log: (event) => void deliverToBackground({ type: 'lint-event', event }),
        report: (status) => void sendToBackground({ type: 'guard-status', status }),
        isTopFrame,
        contextLost: extensionContextLost,
        // This script's registrations (the watcher's rule-2.5 check): the engine file has its own, empty, copy.
        sendChecks: runSendChecks,
      },
      ctl.signal,
    );
    run = { ctl, guard };
  };

  const apply = (next: Settings) => {
    settings = next;
    // Sites or selectors changed on the options page: the guard starts again with them, no reload.
    const nextAdapters = adaptersFor(next, location, isValidSelector);
    const key = adaptersKey(nextAdapters);
    if (key !== adaptersSeen) {
      adaptersSeen = key;
      adapters = nextAdapters;
      run?.ctl.abort();
      run = null;
    }
    if (!next.guard.enabled) {
      run?.ctl.abort();
      run = null;
      earlyCapture(window)?.release(); // nothing will judge a send here: hold none at start-up
      if (isTopFrame) {
        void sendToBackground({
          type: 'guard-status',
          status: { attached: false, site: 'generic', reason: '已在设置中关闭发送检查 / the guard is turned off', url: pageAddress(location.href), at: Date.now() },
        });
      }
      return;
    }
    // The engine keeps the last linter by its options: equal settings give the same linter, unbuilt.
    if (engine) linter = linterFor(engine, next);
    else loadEngineWhenWanted(); // turned on again: the engine was never loaded while the guard was off
    start();
    run?.guard.relint();
  };

  // The engine is loaded once this frame may hold a composer and the guard is on: a guard turned off in the
  // settings costs a page nothing (the engine's parse and build are most of the extension's CPU at load).
  let engineWanted = false;
  let engineLoading = false;
  const loadEngineWhenWanted = () => {
    if (!engineWanted || engineLoading || signal.aborted || !settings.guard.enabled) return;
    engineLoading = true;
    loadEngine().then(
      (loaded) => {
        if (signal.aborted) return;
        engine = loaded;
        if (!settings.guard.enabled) return; // turned off while loading: built when turned on again
        linter = linterFor(loaded, settings);
        start();
      },
      () => {
        engineLoading = false; // a later settings change may try again
        earlyCapture(window)?.release(); // nothing will judge a send here: hold none at start-up
        if (!isTopFrame || signal.aborted) return;
        void sendToBackground({
          type: 'guard-status',
          status: {
            attached: false,
            site: 'generic',
            reason: '检查引擎加载失败，发送不受拦截（请重新加载页面） / the lint engine could not load: sends are not checked (reload the page)',
            url: pageAddress(location.href),
            at: Date.now(),
          },
        });
      },
    );
  };

  // The agent's settings: a storage read, done long before the engine in all but a race at load.
  const settingsRead = loadSettings().then(apply, () => undefined);
  // The engine, once this frame may hold a composer; guard then with the agent's settings, or with the
  // defaults if their read is not back within SETTINGS_WAIT_MS. Not at once with the defaults: the engine
  // keeps one linter, so a default one built just before the agent's arrive is thrown away, and its build
  // (~0.1–0.2 s, more at load) delays the attach more than the read it did not wait for.
  whenComposerPossible(document, isTopFrame, signal)
    .then(() => Promise.race([settingsRead, new Promise((resolve) => setTimeout(resolve, SETTINGS_WAIT_MS))]))
    .then(() => {
      engineWanted = true;
      loadEngineWhenWanted();
    });
  watchSettings(apply, signal);
}
