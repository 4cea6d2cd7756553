// Loads the lint engine (entrypoints/lint-engine.ts: the rules, the lexicon and the statistical model,
// over a megabyte of code that takes ~0.2 s and several MB to build) into this frame only when the
// frame may hold a composer: at once in the top frame; in a sub-frame (the content script runs in all
// of them, about:blank ones too) once it has an editable element or one gets focus. Frames without a
// composer — ads, hidden helpers — never parse or build it.
import { EDITABLE_SELECTOR } from '../../sites/generic';
import { deepPath } from './deep-path';

/**
 * Resolves when this frame may hold a composer: at once in the top frame; in a sub-frame when an
 * editable element is in the document or gets focus (open shadow roots included). Never resolves
 * after `signal` aborts.
 */
export function whenComposerPossible(doc: Document, isTopFrame: boolean, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    // A document in designMode (an iframe editor: KindEditor…) is editable as a whole, with no editable element.
    const editable = () => doc.designMode === 'on' || !!doc.querySelector(EDITABLE_SELECTOR);
    if (isTopFrame || editable()) return resolve();
    const ctl = new AbortController();
    signal.addEventListener('abort', () => ctl.abort(), { once: true, signal: ctl.signal });
    const done = () => {
      ctl.abort();
      resolve();
    };
    // Mutations can be many: look at most every few hundred ms.
    let pending = 0;
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = window.setTimeout(() => {
        pending = 0;
        if (editable()) done();
      }, 300);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    doc.addEventListener(
      'focusin',
      (e) => {
        // deepPath: a field in a closed shadow root shows only its host on the composed path (round 62).
        const target = deepPath(e)[0];
        if (target instanceof HTMLElement && (target.isContentEditable || target.localName === 'textarea' || target.localName === 'input')) done();
      },
      { capture: true, signal: ctl.signal },
    );
    // designMode switched on by the outer page's script fires no mutation: typing there does.
    doc.addEventListener('input', () => editable() && done(), { capture: true, signal: ctl.signal });
    ctl.signal.addEventListener('abort', () => {
      observer.disconnect();
      window.clearTimeout(pending);
    });
  });
}
