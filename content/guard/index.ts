// Starts the compose guard in this frame: the agent's settings (deny/allow terms, per-rule
// severity, on/off) build the linter and are watched, so a change applies without a reload.
import './highlights.css';
import { createLinter, type Linter } from '../../rules/engine';
import { configuredAdapters, parsesAsSelector } from '../../sites/configured';
import { kuaishou } from '../../sites/kuaishou';
import type { SiteAdapter } from '../../sites/types';
import { sendToBackground } from '../../utils/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';
import { runGuard, type GuardRun } from './guard';

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

function linterFor(settings: Settings): Linter {
  const { deny, allow, ruleSeverity } = settings.guard;
  return createLinter({ deny, allow, severity: ruleSeverity });
}

export function startGuard(signal: AbortSignal): void {
  let settings = DEFAULT_SETTINGS;
  let linter = linterFor(settings);
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

  const start = () => {
    if (run || signal.aborted) return;
    const ctl = new AbortController();
    // Removed again when this run ends first (a restart after a settings change).
    signal.addEventListener('abort', () => ctl.abort(), { once: true, signal: ctl.signal });
    const guard = runGuard(
      {
        doc: document,
        adapters,
        linter: () => linter,
        storeText: () => settings.storeText,
        log: (event) => void sendToBackground({ type: 'lint-event', event }),
        report: (status) => void sendToBackground({ type: 'guard-status', status }),
        isTopFrame,
      },
      ctl.signal,
    );
    run = { ctl, guard };
  };

  const apply = (next: Settings) => {
    const rebuild = next.guard !== settings.guard;
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
    if (rebuild) {
      try {
        linter = linterFor(next);
      } catch {
        linter = createLinter();
      }
    }
    if (!next.guard.enabled) {
      run?.ctl.abort();
      run = null;
      if (isTopFrame) {
        void sendToBackground({
          type: 'guard-status',
          status: { attached: false, site: 'generic', reason: '已在设置中关闭发送检查 / the guard is turned off', url: location.href, at: Date.now() },
        });
      }
      return;
    }
    start();
    run?.guard.relint();
  };

  // Guard at once with the defaults; the agent's settings follow in a moment.
  start();
  loadSettings().then(apply, () => undefined);
  watchSettings(apply, signal);
}
