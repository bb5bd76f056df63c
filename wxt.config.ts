import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The sources package Firefox reviewers rebuild from: code, data and lock file; not generated
    // output, demo screenshots or benchmark pages (they are rebuilt by npm run dataset / bench).
    excludeSources: ['bench/**', 'demo-output/**', 'docs/*.png', 'data/generated/**', 'web-ext-artifacts/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // activeTab, not tabs: open tabs' URLs are never read; a tab's content script says its host
    // (page.host). The grant only shows the URL of the tab whose toolbar button or shortcut the
    // reader used, so the popup and the command also work on a page without a live content script.
    permissions: ['activeTab'],
    // Defaults avoid Alt+Shift and Ctrl+Shift (Windows switches keyboard layouts with them, and our
    // readers switch between Arabic and English all day), Alt+letters that open browser menus
    // (Firefox: F E V S B T H; Chrome: D E F) and Ctrl+Period (GNOME's emoji picker). All three are
    // rebindable (chrome://extensions/shortcuts, about:addons → Manage Extension Shortcuts).
    commands: {
      'next-name': {
        suggested_key: { default: 'Alt+Period' },
        description: '__MSG_commandNextName__',
      },
      'previous-name': {
        suggested_key: { default: 'Alt+Comma' },
        description: '__MSG_commandPreviousName__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Q' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // The popover frame the content script embeds in news pages (entrypoints/content/popover/host.ts).
    // Only the page itself: its scripts and styles are loaded by popover.html from our own origin.
    web_accessible_resources: [{ resources: ['popover.html'], matches: ['<all_urls>'] }],
    // CSS Custom Highlight API (CSS.highlights, Highlight, ::highlight): Chrome 105, Firefox 140
    // (the Firefox minimum below is higher, for data_collection_permissions). caretPositionFromPoint
    // is Chrome 128+ (caretRangeFromPoint before it, used as the fallback); StaticRange, adopted
    // stylesheets and IntersectionObserver are older than both.
    ...(browser !== 'firefox' ? { minimum_chrome_version: '105' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'siyaq@siyaq.example',
              strict_min_version: '142.0',
              // Siyaq collects nothing: everything stays in the extension's IndexedDB.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
