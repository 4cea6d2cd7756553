import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../../content/start';

export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startContent(controller.signal);
  },
});
