// Starts the content-script features on a page once a site adapter recognises it. A single-page
// app may render its workbench after the script runs, so the page is watched until it does (or
// given up on after a while: the popup then says the guard is not attached).
import { kuaishou } from '../sites/kuaishou';
import type { SiteAdapter } from '../sites/types';
import { loadSettings, watchSettings } from '../utils/settings';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';
import { startCountdown } from './countdown/index';
import { createFrequencySendCheck } from './watcher/frequency-check';
import { startWatcher } from './watcher/index';

const ADAPTERS: readonly SiteAdapter[] = [kuaishou];
const GIVE_UP_AFTER_MS = 60_000;

function startFeatures(adapter: SiteAdapter, signal: AbortSignal): void {
  document.documentElement.setAttribute('data-replyguard-attached', adapter.id);
  // The chat rows and session list live in the top page (the composer may be in a frame).
  if (window !== window.top) return;
  const watcher = startWatcher(adapter, signal);
  startCountdown(adapter, signal);
  // Rule 2.5 before a send: hand this to the guard's send hook when it is merged —
  //   registerSendCheck(createFrequencySendCheck(watcher.current, () => frequency), signal);
  let frequency = DEFAULT_SETTINGS.timers.frequency;
  void loadSettings().then((s) => (frequency = s.timers.frequency));
  watchSettings((s) => (frequency = s.timers.frequency), signal);
  frequencyCheck = createFrequencySendCheck(watcher.current, () => frequency);
}

/** The rule-2.5 send check of this page once the chat features run (for the guard's send hook). */
export let frequencyCheck: ReturnType<typeof createFrequencySendCheck> | null = null;

export function startContent(signal: AbortSignal): void {
  const find = () => ADAPTERS.find((a) => a.matches(location));
  const adapter = find();
  if (adapter) return startFeatures(adapter, signal);
  // Any other page gets the generic guard (sites/generic.ts, the guard's part); the chat features
  // wait for a site adapter to recognise the page.
  document.documentElement.setAttribute('data-replyguard-attached', 'generic');
  const observer = new MutationObserver(() => {
    const found = find();
    if (!found) return;
    stop();
    startFeatures(found, signal);
  });
  const timeout = setTimeout(() => stop(), GIVE_UP_AFTER_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timeout);
  };
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', stop);
}
