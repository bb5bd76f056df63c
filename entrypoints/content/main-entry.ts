/**
 * The entry of `/content-main.js`, the half of the content script that runs only on Arabic pages
 * (./main.ts and everything it imports). wxt.config.ts adds it as an unlisted script built as an ES
 * module; the door (./index.ts) imports it with `loadMain()` and calls `run`. The content-script
 * context is made here, on Arabic pages only (see the door's comment for why).
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

import type { EarlyAsk } from './early-ask';
import { run } from './main';
import { pageHost } from './page-facts';
import { startEarlySiteToggle } from './site-switch';

/** What the door may call once the module is loaded. */
export interface ContentMain {
  /** Highlights this page; `ask` is the door's early `site.get`, if it made one (validated here). */
  run(ask: EarlyAsk | null): void;
}

export default defineUnlistedScript(
  (): ContentMain => ({
    run(ask) {
      // The name the door had as WXT's content script: an older copy (before an update) stops
      // when this one starts, and this one when a newer one does.
      const ctx = new ContentScriptContext('content');
      if (ctx.isInvalid) {
        ask?.takeChanges();
        return;
      }
      const early = ask
        ? startEarlySiteToggle({ signal: ctx.signal, host: pageHost(), answerPopup: window === window.top, ask })
        : null;
      run(ctx, early);
    },
  }),
);
