// Settings in storage.local, read and watched by every part of the extension.
// A guard turned off for a while (guard.offUntil) reads as on once its time is up: every read applies
// the clock, and watchers are told when the time comes (one timer per page, only while such a pause runs).
import { localItem } from './local-item';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

const item = localItem<unknown>('settings', DEFAULT_SETTINGS);

const watchers = new Set<(settings: Settings) => void>();
let resumeTimer: ReturnType<typeof setTimeout> | undefined;
let resumeAt = 0;
let paused: Settings | null = null;

/** Keeps one timer for the pause in `settings` (if any): at its end, watchers get the settings with the guard on. */
function notePause(settings: Settings): void {
  const until = settings.guard.enabled ? 0 : (settings.guard.offUntil ?? 0);
  paused = until ? settings : null;
  if (until === resumeAt) return;
  clearTimeout(resumeTimer);
  resumeTimer = undefined;
  resumeAt = until;
  if (!until) return;
  // At most a minute at a time: a sleeping laptop or a throttled tab notices within a minute of waking.
  const tick = () => {
    const left = resumeAt - Date.now();
    if (left > 0) {
      resumeTimer = setTimeout(tick, Math.min(left, 60_000));
      return;
    }
    const next = parseSettings(paused, Date.now()).settings;
    resumeAt = 0;
    resumeTimer = undefined;
    paused = null;
    for (const watcher of [...watchers]) watcher(next);
  };
  tick();
}

export async function loadSettings(): Promise<Settings> {
  const settings = parseSettings(await item.getValue(), Date.now()).settings;
  notePause(settings);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(parseSettings(settings).settings);
}

/** Calls `onChange` with valid settings whenever they change (or a pause ends); stops when `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = item.watch((value) => {
    const settings = parseSettings(value, Date.now()).settings;
    notePause(settings);
    onChange(settings);
  });
  watchers.add(onChange);
  signal.addEventListener(
    'abort',
    () => {
      unwatch();
      watchers.delete(onChange);
    },
    { once: true },
  );
}
