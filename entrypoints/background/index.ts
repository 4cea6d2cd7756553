import { defineBackground } from 'wxt/utils/define-background';
import { listenForGuardMessages } from '../../background/lint-log';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously here so a stopped worker is woken by them.
    listenForGuardMessages();
  },
});
