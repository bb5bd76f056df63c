/**
 * The reader-facing pages in Chromium: the first-run page opens on install and passes axe; the
 * Settings section passes axe and stores what it shows; Chrome's injected `body` font rule no
 * longer wins on our pages; the options dataset view shows coloured kind badges, a drawn map,
 * upright <cite>; disabled buttons look disabled; the reader carries Siyaq's name and a way back.
 * Elements are found by data-testid, roles and structure, never by label text.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, type ExtensionSession } from '../../tools/browser/harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any> } };

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const extensionPath = process.env.SIYAQ_EXTENSION_PATH || undefined;

async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    if (result.passes.length === 0) throw new Error('axe checked nothing');
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }));
  });
}

const send = (page: Page, message: Record<string, unknown>): Promise<any> => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension({ extensionPath, keepWelcome: true });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string, ready: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(path));
  await page.waitForSelector(ready);
  return page;
}

describe('first-run page', () => {
  it('opens on install, passes axe, and uses our font at full size (not Chrome’s injected 75%)', async () => {
    await expect
      .poll(() => session.context.pages().some((p) => p.url().endsWith('/welcome.html')), { timeout: 15_000 })
      .toBe(true);
    const page = session.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
    await page.waitForSelector('h1');
    expect(await page.locator('h2').count()).toBeGreaterThanOrEqual(5);
    expect(await axeViolations(page)).toEqual([]);
    const body = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { size: s.fontSize, family: s.fontFamily };
    });
    expect(body.size).toBe('16px');
    expect(body.family).toContain('Noto Naskh Arabic');
    expect(await page.locator('[data-testid="welcome-settings"]').getAttribute('href')).toContain('options.html#settings');
  });
});

describe('settings section', () => {
  it('passes axe, stores density, lists a switched-off site and turns it back on', async () => {
    const page = await open('options.html#settings', 'input[name="density"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.check('input[name="density"][value="paragraph"]');
    await expect.poll(async () => (await send(page, { type: 'settings.get' })).value.density).toBe('paragraph');
    await page.check('input[name="open"][value="click"]');
    await expect.poll(() => page.locator('[data-testid="hover-delay"]').isDisabled()).toBe(true);

    await send(page, { type: 'site.set', host: 'news.example', enabled: false });
    await page.reload();
    await page.waitForSelector('[data-testid="sites-off"]');
    expect(await page.locator('[data-testid="sites-off"]').textContent()).toContain('news.example');
    await page.click('[data-testid="sites-off"] button');
    await expect.poll(async () => (await send(page, { type: 'site.get', host: 'news.example' })).value.enabled).toBe(true);

    const dismissal = { id: 'e2e-d', phrase: 'درنة', entityId: 'derna', scope: 'everywhere', url: 'https://news.example/a', context: 'مدينة درنة شرقي', createdAt: 0 };
    await send(page, { type: 'dismissals.add', dismissal });
    await page.reload();
    await page.waitForSelector('[data-dismissal-id="e2e-d"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-dismissal-id="e2e-d"] button');
    await expect.poll(async () => (await send(page, { type: 'dismissals.list' })).value.length).toBe(0);
    await page.close();
  });
});

describe('page styles', () => {
  it('options: body font at 16 px, disabled export buttons look disabled', async () => {
    const page = await open('options.html#notes', '#section-title');
    await page.waitForSelector('[data-testid="export-json"]');
    const style = await page.evaluate(() => {
      const b = getComputedStyle(document.body);
      const button = document.querySelector<HTMLButtonElement>('[data-testid="export-json"]')!;
      return { size: b.fontSize, family: b.fontFamily, disabled: button.disabled, opacity: getComputedStyle(button).opacity };
    });
    expect(style.size).toBe('16px');
    expect(style.family).toContain('Noto Naskh Arabic');
    expect(style.disabled).toBe(true);
    expect(Number(style.opacity)).toBeLessThan(1);
    await page.close();
  });

  it('options dataset: kind badges keep their colours, the map is drawn, <cite> is upright, the other name follows the page edge', async () => {
    const page = await open('options.html#dataset/derna', '#section-title');
    await page.waitForSelector('.kind-badge');
    const s = await page.evaluate(() => {
      const badge = document.querySelector('.kind-badge')!;
      const neighbours = document.querySelector('.map-neighbours');
      const cite = document.querySelector('cite');
      const other = document.querySelector('.entity-name-other');
      return {
        badge: getComputedStyle(badge).color,
        text: getComputedStyle(badge.parentElement!).color,
        mapFill: neighbours ? getComputedStyle(neighbours).fill : null,
        cite: cite ? getComputedStyle(cite).fontStyle : null,
        // Where the two names' text starts, on the page's start side: they must line up.
        edges: (() => {
          const heading = document.querySelector('.entity-name')!;
          const box = (el: Element) => {
            const r = document.createRange();
            r.selectNodeContents(el);
            return r.getBoundingClientRect();
          };
          const rtl = document.documentElement.dir === 'rtl';
          return [heading, other!].map((el) => Math.round(rtl ? box(el).right : box(el).left));
        })(),
      };
    });
    expect(s.badge).not.toBe(s.text);
    expect(s.mapFill).not.toBe('rgb(0, 0, 0)');
    expect(s.cite).toBe('normal');
    // The other-language name starts on the same edge as the heading (it sat at the opposite edge).
    expect(Math.abs(s.edges[0]! - s.edges[1]!)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('reader: Siyaq’s name and a way back', async () => {
    const page = await open('reader.html?article=does-not-exist', '.reader-bar');
    expect(await page.locator('.reader-brand').count()).toBe(1);
    expect(await page.locator('.reader-back').count()).toBe(1);
    await page.close();
  });

  it('reader: the brand and the back button stand apart; the cited passage has no focus ring over its mark', async () => {
    const quote = encodeURIComponent('ضجة كبيرة شهدتها ليبيا');
    const page = await open(`reader.html?article=almesryoon-2017-01-haftar-isis-coordination-column&quote=${quote}`, 'mark[data-quote]');
    const s = await page.evaluate(() => {
      const brand = document.querySelector('.reader-brand')!.getBoundingClientRect();
      const back = document.querySelector('.reader-back')!.getBoundingClientRect();
      const mark = document.querySelector('mark[data-quote]')!;
      return {
        gap: Math.max(brand.left - back.right, back.left - brand.right),
        focused: document.activeElement === mark,
        outline: getComputedStyle(mark).outlineStyle,
      };
    });
    expect(s.gap).toBeGreaterThanOrEqual(8);
    expect(s.focused).toBe(true);
    expect(s.outline).toBe('none');
    await page.close();
  });

  it('options: the header title starts on the same edge as the content column', async () => {
    const page = await open('options.html#notes', '#section-title');
    const edges = await page.evaluate(() => {
      const rtl = document.documentElement.dir === 'rtl';
      const edge = (sel: string) => {
        const r = document.createRange();
        r.selectNodeContents(document.querySelector(sel)!);
        const b = r.getBoundingClientRect();
        return Math.round(rtl ? b.right : b.left);
      };
      return [edge('.options-header h1'), edge('#section-title')];
    });
    expect(Math.abs(edges[0]! - edges[1]!)).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('settings on a news page (the content script applies them at once)', () => {
  it('density "first on the page" and a "not this one" mark shrink the highlights; undoing restores them', async () => {
    const { startServer } = await import('../../tools/browser/server');
    const server = await startServer();
    const page = await session.context.newPage();
    const control = await open('options.html#settings', 'input[name="density"]');
    const haftar = () =>
      page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('siyaq-entity-khalifa-haftar')?.size ?? 0);
    try {
      await send(control, { type: 'settings.set', settings: { density: 'all' } });
      await page.goto(server.articleUrl('000'));
      await expect.poll(haftar, { timeout: 20_000 }).toBeGreaterThan(1);
      // The highlighter reads the page in slices: the full count is the one that holds still.
      let all = await haftar();
      for (let stable = 0; stable < 3; ) {
        await page.waitForTimeout(300);
        const now = await haftar();
        stable = now === all ? stable + 1 : 0;
        all = now;
      }

      await send(control, { type: 'settings.set', settings: { density: 'page' } });
      await expect.poll(haftar, { timeout: 20_000 }).toBe(1);
      await send(control, { type: 'settings.set', settings: { density: 'all' } });
      await expect.poll(haftar, { timeout: 20_000 }).toBe(all);

      const dismissal = { id: 'e2e-haftar', phrase: 'حفتر', entityId: 'khalifa-haftar', scope: 'page', url: server.articleUrl('000'), context: '', createdAt: 0 };
      await send(control, { type: 'dismissals.add', dismissal });
      await expect.poll(haftar, { timeout: 20_000 }).toBeLessThan(all);
      await send(control, { type: 'dismissals.remove', id: 'e2e-haftar' });
      await expect.poll(haftar, { timeout: 20_000 }).toBe(all);
    } finally {
      await page.close();
      await control.close();
      await server.close();
    }
  });
});
