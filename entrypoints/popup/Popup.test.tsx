// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { handleRequest } from '../background/door';
import { err, ok, type Result } from '../../protocol/messages';
import { seedIfNeeded } from '../background/seed';
import { testDataset, testDb } from '../../tests/fixtures/dataset';
import Popup, { type PopupApi } from './Popup';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** A popup wired to real handlers on a fake database and to a fake tab with two highlights. */
/** `url: null` is a tab whose URL the browser does not show (no activeTab grant). */
/** `writes`: a gate every site.set / pause.set waits for, and whether it then fails. */
async function setup(
  url: string | null = 'https://news.example/story',
  reachable = true,
  language?: string,
  writes: { gate?: Promise<void>; fail?: boolean } = {},
) {
  const db = testDb();
  await seedIfNeeded(db, testDataset());
  const toTabCalls: Array<[string, unknown]> = [];
  let highlighting = true;
  const api: PopupApi = {
    currentTab: async () => (url === null ? { id: 9 } : { id: 9, url }),
    toBackground: (async (type: string, payload: object) => {
      if (type === 'site.set' || type === 'pause.set') {
        await writes.gate;
        if (writes.fail) return err('the database is gone');
      }
      const result = await handleRequest({ db }, { type, ...payload });
      if (result.ok && (type === 'site.set' || type === 'pause.set')) {
        const site = await handleRequest({ db }, { type: 'site.get', host: 'news.example' });
        if (site.ok) highlighting = (site.value as { enabled: boolean; paused: boolean }).enabled && !(site.value as { paused: boolean }).paused;
      }
      return result;
    }) as PopupApi['toBackground'],
    toTab: (async (_tabId: number, type: string, payload: unknown): Promise<Result<unknown>> => {
      toTabCalls.push([type, payload]);
      if (!reachable) return err('Receiving end does not exist');
      if (type === 'page.host') return ok('News.Example');
      if (type === 'page.stats')
        return ok(
          highlighting
            ? { count: 5, entities: [{ id: 'person-a', count: 1 }, { id: 'city-d', count: 4 }] }
            : { count: 0, entities: [] },
        );
      return ok(true);
    }) as PopupApi['toTab'],
    openOptions: () => toTabCalls.push(['options', null]),
    pageLanguage: async () => language,
  };
  await act(async () => {
    render(<Popup api={api} lang="ar" />, root);
  });
  await settle();
  return { db, toTabCalls };
}

async function settle() {
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}

const switches = () => [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];

describe('Popup', () => {
  it('shows the host, the switches, the count and the names found, most mentioned first', async () => {
    await setup();
    expect(root.querySelector('.host')?.textContent).toBe('news.example');
    const [site, pause] = switches();
    expect(site?.closest('label')?.textContent).toContain('popup_siteSwitch');
    expect(site?.checked).toBe(true);
    expect(pause?.checked).toBe(false);
    expect(root.querySelector('.count strong')?.textContent).toBe(new Intl.NumberFormat('ar').format(5));
    expect([...root.querySelectorAll('.entities .name')].map((n) => n.textContent)).toEqual(['المدينة د', 'الشخص أ']);
  });

  it('turns the site off and on, saving the setting', async () => {
    const { db } = await setup();
    await act(() => switches()[0]!.click());
    await settle();
    expect(await db.sites.get('news.example')).toMatchObject({ enabled: false });
    expect(switches()[0]!.checked).toBe(false);
    expect(root.querySelector('.count strong')?.textContent).toBe(new Intl.NumberFormat('ar').format(0));
    await act(() => switches()[0]!.click());
    await settle();
    expect(await db.sites.get('news.example')).toMatchObject({ enabled: true });
    expect(switches()[0]!.checked).toBe(true);
  });

  it('shows the switch where the reader moved it while saving, and back where it was if saving fails', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { db } = await setup(undefined, true, undefined, { gate });
    await act(() => switches()[0]!.click());
    await settle();
    // Still saving: the switch stays off, and cannot be moved again meanwhile.
    expect(await db.sites.get('news.example')).toBeUndefined();
    expect(switches()[0]!.checked).toBe(false);
    expect(switches()[0]!.disabled).toBe(true);
    open();
    await settle();
    expect(switches()[0]!.checked).toBe(false);
    expect(switches()[0]!.disabled).toBe(false);

    render(null, root);
    await setup(undefined, true, undefined, { fail: true });
    await act(() => switches()[1]!.click());
    await settle();
    expect(switches()[1]!.checked).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('popup_saveFailed');
  });

  it('pauses everything and says so', async () => {
    const { db } = await setup();
    await act(() => switches()[1]!.click());
    await settle();
    expect(await db.getMeta('paused')).toBe(true);
    expect(switches()[1]!.checked).toBe(true);
    expect(root.querySelector('#paused-note')?.textContent).toBe('popup_paused');
    expect(switches()[0]!.getAttribute('aria-describedby')).toBe('paused-note');
  });

  it('scrolls the page to a name and opens the options', async () => {
    const { toTabCalls } = await setup();
    await act(() => root.querySelector<HTMLButtonElement>('[data-entity-id="person-a"]')!.click());
    await act(() => root.querySelector<HTMLButtonElement>('button.link')!.click());
    expect(toTabCalls).toContainEqual(['page.scrollTo', { entityId: 'person-a' }]);
    expect(toTabCalls).toContainEqual(['options', null]);
  });

  it("without the tab's URL (no activeTab grant) asks the content script which site it is on", async () => {
    const { toTabCalls } = await setup(null);
    expect(toTabCalls[0]).toEqual(['page.host', {}]);
    expect(root.querySelector('.host')?.textContent).toBe('news.example');
    expect(switches()).toHaveLength(2);
    render(null, root);
    // No URL and no content script to ask: nothing to switch.
    await setup(null, false);
    expect(root.textContent).toContain('popup_unavailable');
    expect(switches()).toHaveLength(0);
  });

  it('says when it does not run on the page or cannot reach it', async () => {
    await setup('chrome://extensions/');
    expect(root.textContent).toContain('popup_unavailable');
    expect(switches()).toHaveLength(0);
    render(null, root);
    await setup('https://news.example/', false);
    expect(root.textContent).toContain('popup_noContentScript');
    expect(switches()).toHaveLength(2);
  });

  it('on a page the browser detects as not Arabic, says so instead of "reload"', async () => {
    await setup('https://news.example/', false, 'en');
    expect(root.querySelector('[data-testid="page-state"]')?.textContent).toBe('popup_notArabic');
    render(null, root);
    await setup('https://news.example/', false, 'ar');
    expect(root.querySelector('[data-testid="page-state"]')?.textContent).toBe('popup_noContentScript');
  });
});
