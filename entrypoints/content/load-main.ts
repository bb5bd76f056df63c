/**
 * Loads the content script's second half (./main-entry.ts, built as the ES module
 * `/content-main.js`) into this content script's isolated world. The door calls it only on Arabic
 * pages: everywhere else the matcher, the dataset index, zod, Preact and the popover host are never
 * fetched, parsed or evaluated (on a plain English page that was ~50 ms of script and ~1.8 MB of
 * heap per frame when they were bundled into the door).
 */
import { doorRuntime } from './door-api';
import type { ContentMain } from './main-entry';

let loading: Promise<ContentMain> | undefined;

/** The module's API, loaded once per frame. `/content-main.js` is web-accessible (use_dynamic_url, see wxt.config.ts). */
export function loadMain(): Promise<ContentMain> {
  loading ??= Promise.resolve()
    .then(() => import(/* @vite-ignore */ doorRuntime().getURL('/content-main.js')))
    .then((module: { default: ContentMain }) => module.default);
  return loading;
}
