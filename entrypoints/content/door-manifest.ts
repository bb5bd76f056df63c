/**
 * The door's entry in the manifest's `content_scripts` (wxt.config.ts puts it there): the door,
 * ./index.ts, is built as a plain script (`/content.js`), not through WXT's content-script wrapper.
 * No imports: wxt.config.ts reads this file in Node.
 */
export const DOOR_SCRIPT = {
  matches: ['http://*/*', 'https://*/*'],
  js: ['content.js'],
  // document_start only to ask for the site's setting early (see `startEarlySiteToggle`); the
  // page is read once it is parsed, as at document_end.
  run_at: 'document_start',
  // Every frame is a page of its own (an embedded article, a live blog in an iframe); about:blank
  // and srcdoc frames the page writes into too. Only the top frame answers the popup (see
  // `startSiteToggle`'s answerPopup): page stats count the top document.
  all_frames: true,
  match_about_blank: true,
} as const;
