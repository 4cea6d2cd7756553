// Starts the compose guard in this frame: the agent's settings (deny/allow terms, per-rule
// severity, on/off) build the linter and are watched, so a change applies without a reload.
import './highlights.css';
import { createLinter, type Linter } from '../../rules/engine';
import { kuaishou } from '../../sites/kuaishou';
import type { SiteAdapter } from '../../sites/types';
import { sendToBackground } from '../../utils/messages';
import { loadSettings, watchSettings } from '../../utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';
import { runGuard, type GuardRun } from './guard';

export { registerSendCheck, type SendCheck, type SendCheckContext, type SendCheckFinding } from './send-checks';

/** Site adapters in priority order; the generic adapter is the fallback (content/guard/attach.ts). */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [kuaishou];

function linterFor(settings: Settings): Linter {
  const { deny, allow, ruleSeverity } = settings.guard;
  return createLinter({ deny, allow, severity: ruleSeverity });
}

export function startGuard(signal: AbortSignal): void {
  let settings = DEFAULT_SETTINGS;
  let linter = linterFor(settings);
  let run: { ctl: AbortController; guard: GuardRun } | null = null;

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
    signal.addEventListener('abort', () => ctl.abort(), { once: true });
    const guard = runGuard(
      {
        doc: document,
        adapters: SITE_ADAPTERS,
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
