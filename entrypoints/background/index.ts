import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by the data-layer work: seeds IndexedDB and answers typed messages.
});
