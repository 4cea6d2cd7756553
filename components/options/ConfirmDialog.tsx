// The options page's own confirm: a modal <dialog> in the page, in the page's language (window.confirm is a blocking
// native box with the browser's buttons, English in an English browser). Opened with showModal, so focus is held
// inside; the confirm button takes focus (Enter confirms), Esc is the cancel button. Where focus goes after is the
// caller's (onCancel / onConfirm), since what the agent clicked may be gone by then. Shared by the kept-text deletion
// (round 59) and the purge of expired records (round 60).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function ConfirmDialog({ open, id, title, confirmText, cancelText, onConfirm, onCancel, children, help }: {
  open: boolean;
  /** Prefix of the dialog's element ids and test ids: `<id>-ask`, `<id>-confirm`, `<id>-cancel`. */
  id: string;
  title: string;
  confirmText: string;
  cancelText: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** What will happen, read out with the title. */
  children: ComponentChildren;
  /** What cancelling means, in small print (read out too). */
  help?: ComponentChildren;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      class="offer"
      aria-labelledby={`${id}-title`}
      aria-describedby={help ? `${id}-text ${id}-help` : `${id}-text`}
      data-testid={`${id}-ask`}
      onCancel={(e) => {
        // Esc is the cancel button (the dialog stays under the caller's control: it closes when `open` turns false).
        e.preventDefault();
        onCancel();
      }}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p id={`${id}-text`}>{children}</p>
      {help && <p class="muted small" id={`${id}-help`}>{help}</p>}
      <div class="row">
        <button type="button" class="primary" autofocus data-testid={`${id}-confirm`} onClick={onConfirm}>{confirmText}</button>
        <button type="button" data-testid={`${id}-cancel`} onClick={onCancel}>{cancelText}</button>
      </div>
    </dialog>
  );
}
