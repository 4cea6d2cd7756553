import { defineContentScript } from 'wxt/utils/define-content-script';
import { replaceOlderCopy } from '../../content/copy-lifecycle';
import { runPerDocument } from '../../content/document-replaced';
import { installEarlyCapture } from '../../content/guard/early-capture';
import { rememberFieldNames } from '../../sites/draft-scope';
import { dialogsShownAtClick } from '../../sites/own-send';
import { rememberFailedIcons } from '../../sites/icon-memory';
import { linterOptionsFor, loadEngine } from '../../content/guard/engine-handle';
import { createStartupHold, STARTUP_HOLD_MS } from '../../content/guard/startup-hold';
import { sendToBackground } from '../../utils/messages';
import { loadSettings } from '../../utils/settings';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

// The guard's window capture listeners, added before the page's scripts run (content/guard/early-capture.ts).
// Same frames as entrypoints/guard.content; that script attaches the guard later, at document_end.
// In the top frame it also loads the lint engine now and builds the linter of the agent's settings, so that
// the guard (document_end) finds both ready sooner.
export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  // The same documents as the guard (blob: ones created by a matched page too): see there.
  matchOriginAsFallback: true,
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // Round 51: the previous version's copy (an extension update) takes its window listeners away first (content/copy-lifecycle.ts).
    replaceOlderCopy('guard-early', window, controller);
    // A rewritten document (document.open) loses the window's listeners: added again, before the
    // guard's own restart (observers are told in the order they were made, and this one is first).
    // Until the guard attaches, a send it is about to judge is held (content/guard/startup-hold.ts).
    // A hold that runs out before the guard came (STARTUP_HOLD_MS) is not silent: the top frame reports the guard as not
    // attached (the popup shows it), as the guard itself does when its engine fails or it finds no composer.
    const isTop = window === window.top;
    const notStarted = () =>
      void sendToBackground({
        type: 'guard-status',
        status: {
          attached: false,
          site: 'generic',
          reason: `回复卫士 ${STARTUP_HOLD_MS / 1000} 秒内未能启动，发送不受拦截（请重新加载页面） / the guard did not start within ${STARTUP_HOLD_MS / 1000} s: sends are not checked (reload the page)`,
          url: location.href,
          at: Date.now(),
        },
      });
    // Clicks before the guard came are kept for it (round 58): a review row's 回复 clicked while the engine loads lends its sense to
    // the dialog it opens (sites/own-send.ts noteReplyOpener), with the dialogs already shown at that click (element references; read
    // only for a click that may open a reply, so other clicks at load cost no document-wide query).
    runPerDocument(
      document,
      (signal) => installEarlyCapture(window, signal, createStartupHold(window, performance.now(), isTop ? notStarted : undefined), dialogsShownAtClick),
      controller.signal,
    );
    // A send icon whose image fails to load keeps its name before the page's onerror swaps a data: URL in (round 46, finding 3).
    rememberFailedIcons(window, controller.signal);
    // A text field keeps its placeholder as it is focused, before the page's onfocus clears it (round 46b, finding 1).
    rememberFieldNames(window, controller.signal);
    // Failures are the guard's to report (it asks again). The build waits for a task of its own: loading the
    // file and building the linter in one go was one long task of the page's at load (~0.5 s on a slow machine).
    // Built for the agent's settings, not the defaults: the engine keeps one linter, the one the guard asks for
    // (its settings), so a default one built here was thrown away and a second built when the agent has own
    // terms or rule levels (+0.5–1 s of a page's CPU at load on a busy 2-core machine, measured).
    // Not at all when the guard is turned off: the engine is most of the extension's CPU at a page's load.
    if (isTop) {
      void (async () => {
        const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
        if (!settings.guard.enabled) return;
        const engine = await loadEngine();
        await new Promise((resolve) => setTimeout(resolve));
        engine.createLinter(linterOptionsFor(settings.guard));
      })().catch(() => undefined);
    }
  },
});
