import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../content/start';

export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  // The composer may live in an iframe (same-origin or not, about:blank editors too).
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startContent(controller.signal);
  },
});
