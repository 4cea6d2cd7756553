import { defineContentScript } from 'wxt/utils/define-content-script';
import { installEarlyCapture } from '../../content/guard/early-capture';

// The guard's window capture listeners, added before the page's scripts run (content/guard/early-capture.ts).
// Same frames as entrypoints/guard.content; that script attaches the guard later, at document_idle.
export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    installEarlyCapture(window, controller.signal);
  },
});
