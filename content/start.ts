// Starts the content-script features on a page once a site adapter recognises it. A single-page
// app may render its workbench after the script runs, so the page is watched until it does (or
// given up on after a while: the popup then says the guard is not attached).
import { kuaishou } from '../sites/kuaishou';
import type { SiteAdapter } from '../sites/types';
import { startCountdown } from './countdown/index';
import { startWatcher } from './watcher/index';

const ADAPTERS: readonly SiteAdapter[] = [kuaishou];
const GIVE_UP_AFTER_MS = 60_000;

function startFeatures(adapter: SiteAdapter, signal: AbortSignal): void {
  document.documentElement.setAttribute('data-replyguard-attached', adapter.id);
  startWatcher(adapter, signal);
  startCountdown(adapter, signal);
}

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
