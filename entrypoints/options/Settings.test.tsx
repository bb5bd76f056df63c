// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { handleRequest } from '../../entrypoints/background/door';
import { seedIfNeeded } from '../../entrypoints/background/seed';
import type { SiyaqDB } from '../../entrypoints/background/db';
import { testDataset, testDb } from '../../tests/fixtures/dataset';
import Settings, { dismissalReport } from './Settings';

let db: SiyaqDB;
let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  db = testDb();
  await seedIfNeeded(db, testDataset());
  // The page's messages answered by the real handlers on a fake database.
  fakeBrowser.runtime.onMessage.addListener(((message: unknown) => handleRequest({ db }, message)) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = async () => {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
};

const dismissal = {
  id: 'd1',
  phrase: 'المنظمة ج',
  entityId: 'organization-c',
  scope: 'site' as const,
  url: 'https://news.example/a',
  context: 'قال المنظمة ج إن',
  createdAt: 0,
};

describe('Settings', () => {
  it('saves density and kinds, lists switched-off sites and turns one back on, and undoes a "not this one"', async () => {
    await handleRequest({ db }, { type: 'site.set', host: 'news.example', enabled: false });
    await handleRequest({ db }, { type: 'dismissals.add', dismissal });
    render(<Settings entityName={(id) => id} />, root);
    await settle();

    await act(() => root.querySelector<HTMLInputElement>('input[name="density"][value="page"]')!.click());
    await settle();
    expect((await db.getMeta('settings'))?.density).toBe('page');
    await act(() => root.querySelector<HTMLInputElement>('input[type="checkbox"][value="place"]')!.click());
    await settle();
    expect((await db.getMeta('settings'))?.types).not.toContain('place');

    expect(root.querySelector('[data-testid="sites-off"]')?.textContent).toContain('news.example');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="sites-off"] button')!.click());
    await settle();
    expect((await db.sites.get('news.example'))?.enabled).toBe(true);
    expect(root.querySelector('[data-testid="sites-off"]')).toBeNull();

    expect(root.querySelector('[data-dismissal-id="d1"]')).not.toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-dismissal-id="d1"] button')!.click());
    await settle();
    expect(await db.getMeta('dismissals')).toEqual([]);
  });

  it('exports a curators’ report with the phrase, its context, the page URL and the entity', () => {
    const report = JSON.parse(dismissalReport([dismissal], new Date(0)));
    expect(report.reports).toEqual([
      { phrase: 'المنظمة ج', context: 'قال المنظمة ج إن', pageUrl: 'https://news.example/a', entityId: 'organization-c', scope: 'site', markedAt: '1970-01-01T00:00:00.000Z' },
    ]);
  });
});
