// Unsaved edits and save confirmations on the options page. A form whose fields hold what is not
// saved yet (a typed term, a changed alert ladder) marks itself unsaved: closing or reloading the tab
// then asks first (beforeunload). A save shows a short 已保存 beside its button, in a live region.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

const unsaved = new Set<string>();

/** Whether some form holds unsaved edits. */
export const hasUnsaved = (): boolean => unsaved.size > 0;

export function markUnsaved(key: string, value: boolean): void {
  if (value) unsaved.add(key);
  else unsaved.delete(key);
}

/** The page's beforeunload listener: the browser asks before leaving while edits are unsaved. */
export function onBeforeUnload(e: BeforeUnloadEvent): void {
  if (!hasUnsaved()) return;
  e.preventDefault();
  // Chrome before 119 and Edge: a returnValue is what asks.
  e.returnValue = '';
}

/** Marks the form `key` unsaved while `value` is true (and no longer once it unmounts). */
export function useUnsaved(key: string, value: boolean): void {
  useEffect(() => markUnsaved(key, value), [key, value]);
  useEffect(() => () => markUnsaved(key, false), [key]);
}

/** How long 已保存 stays beside the button. */
export const SAVED_NOTE_MS = 4000;

/**
 * A save's confirmation: `flash()` after the save, `clear()` when the next try is refused, `note` placed beside the
 * button (a polite live region, present and empty before, so screen readers announce the change).
 */
export function useSavedNote(testId: string): { flash: () => void; clear: () => void; note: preact.JSX.Element } {
  const { t } = useI18n();
  const [shown, setShown] = useState(0);
  const timer = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = () => {
    setShown((n) => n + 1);
    clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setShown(0), SAVED_NOTE_MS);
  };
  // A new error beside the button: the last save's 已保存 goes, or it reads as if the refused value were saved.
  const clear = () => {
    clearTimeout(timer.current);
    setShown(0);
  };
  const note = (
    <span class="saved-note good small" role="status" aria-live="polite" data-testid={testId}>
      {shown ? `✓ ${t('saved')}` : ''}
    </span>
  );
  return { flash, clear, note };
}
