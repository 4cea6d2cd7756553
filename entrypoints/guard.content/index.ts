import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://im.kwaixiaodian.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.replyguardAttached = '1';
  },
});
