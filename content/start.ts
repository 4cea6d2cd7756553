// Starts the content-script features in this frame: the compose guard everywhere (it finds the
// composer itself, through the site adapters — the built-in ones and those the agent configured on
// the options page, followed live — or the generic path), and the chat features (watcher,
// countdown chips, the rule-2.5 send check) once a site adapter recognises the page. A single-page
// app may render its workbench after the script runs, so the page is watched until it does (or
// given up on after a while).
import { kuaishou } from '../sites/kuaishou';
import type { SiteAdapter } from '../sites/types';
import { loadSettings, watchSettings } from '../utils/settings';
import { DEFAULT_SETTINGS } from '../utils/settings-schema';
import { registerSendCheck, startGuard } from './guard/index';
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
  // Rule 2.5 before a send: the guard asks this check on every send attempt in this frame.
  let frequency = DEFAULT_SETTINGS.timers.frequency;
  void loadSettings().then((s) => (frequency = s.timers.frequency));
  watchSettings((s) => (frequency = s.timers.frequency), signal);
  registerSendCheck(createFrequencySendCheck(watcher.current, () => frequency), signal);
}

export function startContent(signal: AbortSignal): void {
  startGuard(signal);
  const find = () => ADAPTERS.find((a) => a.matches(location));
  const adapter = find();
  if (adapter) return startFeatures(adapter, signal);
  // Until a site adapter recognises the page, only the guard runs (sites/generic.ts fallback).
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
