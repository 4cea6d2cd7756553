// Settings in storage.local, read and watched by every part of the extension.
import { localItem } from './local-item';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

const item = localItem<unknown>('settings', DEFAULT_SETTINGS);

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await item.getValue()).settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(parseSettings(settings).settings);
}

/** Calls `onChange` with valid settings whenever they change; stops when `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = item.watch((value) => onChange(parseSettings(value).settings));
  signal.addEventListener('abort', unwatch, { once: true });
}
