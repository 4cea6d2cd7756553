// A frame's document rewritten by its parent (`document.open()` + `write()`, as iframe-based editors
// and some chat widgets do with an about:blank frame) keeps its window and isolated world, but the
// browser removes every event listener of the document and the window, and the nodes the content
// script was watching are gone: whatever it had set up is dead. The Document node itself survives,
// so an observer on it sees the old root element go and a new one come; then the caller starts again.

/** Calls `restart` each time `doc` gets a new root element (until `signal` aborts). */
export function onDocumentReplaced(doc: Document, restart: () => void, signal: AbortSignal): void {
  let root = doc.documentElement;
  const observer = new MutationObserver(() => {
    const now = doc.documentElement;
    if (!now || now === root) return;
    root = now;
    restart();
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/**
 * Runs `start` now and again, on a fresh AbortSignal, whenever the document is replaced; every run
 * is torn down by `signal`.
 */
export function runPerDocument(doc: Document, start: (signal: AbortSignal) => void, signal: AbortSignal): void {
  let run: AbortController | null = null;
  const begin = () => {
    run?.abort();
    const ctl = new AbortController();
    signal.addEventListener('abort', () => ctl.abort(), { once: true, signal: ctl.signal });
    run = ctl;
    start(ctl.signal);
  };
  begin();
  onDocumentReplaced(doc, begin, signal);
}
