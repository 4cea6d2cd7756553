import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEarlyCapture } from '../../content/guard/early-capture';
import { loadEngine } from '../../content/guard/engine-handle';

// The guard's window capture listeners, added before the page's scripts run (content/guard/early-capture.ts).
// Same frames as entrypoints/guard.content; that script attaches the guard later, at document_idle.
// In the top frame it also starts loading the lint engine now, so that the guard has it sooner.
export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    installEarlyCapture(window, controller.signal);
    // Failures are the guard's to report (it asks again at document_idle).
    if (window === window.top) loadEngine().catch(() => undefined);
  },
});
