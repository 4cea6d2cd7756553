import { defineContentScript } from 'wxt/utils/define-content-script';
import { answerPings, replaceOlderCopy, watchOrphaned } from '../../content/copy-lifecycle';
import { runPerDocument } from '../../content/document-replaced';
import { startContent } from '../../content/start';
import { showUpdateNotice } from '../../content/update-notice';

/**
 * How long a page that outlived its extension waits for the new version's copy (background/revive.ts injects it
 * within a second or two of the update) before it tells the agent to reload.
 */
const REPLACEMENT_WAIT_MS = 4000;

export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  // As soon as the DOM is parsed (not at idle, which can come long after): the guard should hold the
  // first Enter of a page that opens with a draft. The engine is loaded from document_start on.
  runAt: 'document_end',
  // The composer may live in an iframe (same-origin or not, about:blank editors too).
  allFrames: true,
  matchAboutBlank: true,
  // Also documents with no URL of their own that a matched page creates: blob: windows and frames
  // (a popout built from a Blob), about:blank ones. Chrome matches them by their creator's origin;
  // without this it skips blob: documents, and their sends go unchecked. No new permission.
  matchOriginAsFallback: true,
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // Round 51: a copy left by the previous version of the extension stops before this one starts (content/copy-lifecycle.ts).
    replaceOlderCopy('guard', window, controller);
    answerPings(controller.signal);
    // Round 51: once this copy's extension is gone and no new copy came, the page says so at once (not only at a stopped send).
    if (window === window.top) {
      watchOrphaned(window, controller.signal, () => {
        const wait = setTimeout(() => showUpdateNotice(document, controller.signal), REPLACEMENT_WAIT_MS);
        controller.signal.addEventListener('abort', () => clearTimeout(wait), { once: true });
      });
    }
    // Started again if the frame's document is rewritten (document.open), which kills what it had set up.
    runPerDocument(document, startContent, controller.signal);
  },
});
