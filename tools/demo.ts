/**
 * `npm start`: builds the extension, serves the five source articles as news pages on 127.0.0.1
 * and opens Chromium with the extension loaded, one tab per article.
 *
 * With a display it stays open until the browser is closed or Ctrl-C. Without one (no $DISPLAY or
 * $WAYLAND_DISPLAY), or with `--headless`, it writes screenshots to demo-output/, prints their
 * paths and exits. `--no-build` skips `npm run build`. The extension's interface is in Arabic, its
 * default; `--lang=en` shows it in English.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { launchWithExtension, ROOT, waitForHighlights } from './browser/harness';
import { openByClick } from './browser/popover-helpers';
import { startServer } from './browser/server';
import { ensureSetup } from './browser/setup';

const OUT_DIR = join(ROOT, 'demo-output');
/** The article the screenshots show: the 2016 Al Jazeera Net report on Derna. */
const SHOWCASE_ARTICLE = '000';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const locale = args.has('--lang=en') ? 'en' : 'ar';

/**
 * Screenshots beyond the annotated article (an open popover, …): each step opens what it shows on
 * `page` (the showcase article, highlighted, scrolled to the top), writes PNGs into `outDir` and
 * returns their absolute paths.
 */
async function captureExtras(page: Page, outDir: string): Promise<string[]> {
  return capturePopover(page, outDir);
}

/** A demo note: the reader's own words, stored only in the extension (never in the page). */
const DEMO_NOTE = 'ملاحظة تجريبية: أقارن هذه الرواية بما تقوله مصادر أخرى قبل أن أعتمدها.';

/**
 * The popover open on a name with a note, then the same card scrolled to its claims (the frame has
 * a fixed height, so one shot cannot hold both): clicks the second «حفتر» highlight, writes a note
 * in the popover frame if it has none, and reopens the card so it shows as a reader finds it (not
 * with the «saved» status of the demo's own note).
 */
async function capturePopover(page: Page, outDir: string): Promise<string[]> {
  let frame = await openByClick(page, 'khalifa-haftar', 1);
  if ((await frame.locator('.note-editor .note-text').count()) === 0) {
    await frame.click('.note-add');
    await frame.fill('textarea', DEMO_NOTE);
    await frame.click('form button[type="submit"]');
    await frame.waitForSelector('.note-editor .note-text');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-siyaq-popover]')?.style.getPropertyValue('visibility') === 'hidden',
    );
    frame = await openByClick(page, 'khalifa-haftar', 1);
  }
  await frame.waitForSelector('.note-editor .note-text');
  await frame.waitForSelector('.claim');
  const top = join(outDir, 'popover-with-claims-and-note.png');
  await page.screenshot({ path: top });
  await frame.locator('.claims').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const claims = join(outDir, 'popover-claims.png');
  await page.screenshot({ path: claims });
  return [top, claims];
}

/** Waits for the content script's highlights to settle; 0 (with a warning) if none comes. */
async function highlightCount(page: Page): Promise<number> {
  try {
    return await waitForHighlights(page);
  } catch {
    console.warn(`demo: no highlight appeared on ${page.url()} within 20 s`);
    return 0;
  }
}

async function main(): Promise<void> {
  // A fresh machine: Chromium and an Arabic font first (installed when allowed, else the command to run).
  ensureSetup('demo');
  if (!args.has('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? 'signal'})`);
  }

  const server = await startServer();
  const session = await launchWithExtension({
    headless,
    locale,
    viewport: headless ? { width: 1280, height: 800 } : null,
  });
  const shutdown = async (): Promise<void> => {
    await session.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  };

  try {
    const [first] = session.context.pages();
    const front = first ?? (await session.context.newPage());
    await front.goto(server.url('/'));
    const pages: Page[] = [];
    for (const article of server.articles) {
      const page = await session.context.newPage();
      await page.goto(server.articleUrl(article.number));
      pages.push(page);
    }

    if (!headless) {
      console.log(`Siyaq demo: ${server.url('/')} (${server.articles.length} articles open). Close the browser or press Ctrl-C to stop.`);
      await pages[0]?.bringToFront();
      await new Promise<void>((resolve) => {
        session.context.once('close', () => resolve());
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      return;
    }

    mkdirSync(OUT_DIR, { recursive: true });
    const showcase = pages[server.articles.findIndex((a) => a.number === SHOWCASE_ARTICLE)] ?? pages[0];
    if (!showcase) throw new Error('no article pages to show');
    await showcase.bringToFront();
    const count = await highlightCount(showcase);
    const viewport = join(OUT_DIR, `article-${SHOWCASE_ARTICLE}-viewport.png`);
    const full = join(OUT_DIR, `article-${SHOWCASE_ARTICLE}-full.png`);
    await showcase.screenshot({ path: viewport });
    await showcase.screenshot({ path: full, fullPage: true });
    const extras = count > 0 ? await captureExtras(showcase, OUT_DIR) : [];

    console.log(`Siyaq demo (headless): ${count} highlights on article ${SHOWCASE_ARTICLE}. Screenshots:`);
    for (const path of [viewport, full, ...extras]) console.log(`  ${path}`);
  } finally {
    await shutdown();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
