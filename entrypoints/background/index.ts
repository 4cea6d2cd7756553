import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../background/index';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously here so a stopped worker is woken by them.
    startBackground();
  },
});
