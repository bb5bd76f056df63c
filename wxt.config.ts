import { resolve } from 'node:path';

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { PluginOption } from 'vite';

import { DOOR_SCRIPT } from './entrypoints/content/door-manifest';

/**
 * The half of the content script that only Arabic pages load (entrypoints/content/main-entry.ts),
 * built as `/content-main.js`. WXT finds entrypoints only at `entrypoints/content/index.ts`, so it
 * is added by hand (it belongs to the content script's folder, not a context of its own), and it is
 * built as an ES module instead of WXT's IIFE so the door can `import()` it and call its export.
 */
const CONTENT_MAIN = 'content-main';

/** The door: the content script of every frame (entrypoints/content/index.ts), built as `/content.js`. */
const DOOR = 'content';

/**
 * The door (entrypoints/content/index.ts) runs in every frame of every page. It reaches the
 * extension API through its own lazy accessor (entrypoints/content/door-api.ts), never through
 * `wxt/browser`; should anything in its bundle import `wxt/browser` anyway, it gets the browser's
 * own object, not webextension-polyfill (evaluating the polyfill's API table and proxies was once
 * most of the door's cost on a page that is not Arabic). Main (`/content-main.js`) keeps the polyfill.
 */
const NATIVE_BROWSER = resolve(import.meta.dirname, 'node_modules/@wxt-dev/browser/src/index.mjs');

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'entrypoints:found': (wxt, infos) => {
      // The door (entrypoints/content/index.ts) is built as a plain script, without WXT's
      // content-script wrapper (see its comment); its manifest entry is DOOR_SCRIPT, below.
      for (const info of infos) if (info.name === DOOR) info.type = 'unlisted-script';
      infos.push({
        name: CONTENT_MAIN,
        inputPath: resolve(wxt.config.entrypointsDir, 'content/main-entry.ts'),
        type: 'unlisted-script',
      });
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0]?.name === DOOR) {
        config.resolve ??= {};
        const current = config.resolve.alias ?? [];
        const rest = Array.isArray(current)
          ? current
          : Object.entries(current as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
        config.resolve.alias = [{ find: /^(?:wxt\/browser|@wxt-dev\/webextension-polyfill\/browser)$/, replacement: NATIVE_BROWSER }, ...rest];
        return;
      }
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== CONTENT_MAIN) return;
      if (config.build?.lib) config.build.lib.formats = ['es'];
      // WXT appends `<name>;` to an IIFE for scripting.executeScript; in a module it would throw.
      config.plugins = (config.plugins ?? []).flat(Infinity as 1).filter(
        (p: PluginOption) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'),
      );
      config.build ??= {};
      config.build.rollupOptions ??= {};
      config.build.rollupOptions.output = { ...config.build.rollupOptions.output, inlineDynamicImports: true };
    },
  },
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
    // The popover frame the content script embeds in news pages (entrypoints/content/popover/).
    // Only the page itself: its scripts and styles are loaded by popover.html from our own origin.
    // And the content script's second half, which the door imports on Arabic pages only
    // (entrypoints/content/load-main.ts). `use_dynamic_url`: Chromium serves both only under a
    // per-session id, so a page cannot probe chrome-extension://<our id>/… to learn the extension
    // is installed. (Firefox's moz-extension:// host is already a random per-install UUID, which
    // is why nothing may ever hand that URL to a page.)
    content_scripts: [{ ...DOOR_SCRIPT, matches: [...DOOR_SCRIPT.matches], js: [...DOOR_SCRIPT.js] }],
    web_accessible_resources: [
      { resources: ['popover.html'], matches: ['<all_urls>'], use_dynamic_url: true },
      { resources: [`${CONTENT_MAIN}.js`], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
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
