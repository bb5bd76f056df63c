import { useEffect, useState } from 'preact/hooks';

import Switch from '../../components/Switch';
import type { Lang } from '../../core/dates';
import { t } from '../../components/i18n';
import type { SiteState } from '../../protocol/messages';
import type { sendToBackground, sendToTab } from '../../protocol/messaging';
import { hostOf, normalizeHost } from '../../core/site-host';

/** What the popup talks to; main.tsx passes the real browser, tests a fake. */
export interface PopupApi {
  /**
   * The tab the popup is about (the active tab, or `?tabId=` when opened as a page in tests), with
   * its URL only when the browser shows it (an activeTab grant); without it the popup asks the
   * tab's content script for the host (`page.host`).
   */
  currentTab(): Promise<{ id: number; url?: string } | undefined>;
  toBackground: typeof sendToBackground;
  toTab: typeof sendToTab;
  openOptions(): void;
  /** The language the browser detects in the tab (`tabs.detectLanguage`), if it can tell. */
  pageLanguage?(tabId: number): Promise<string | undefined>;
  /** The extension's keyboard commands as bound now (the reader may have changed them). */
  shortcuts?(): Promise<Array<{ description: string; shortcut: string }>>;
}

export interface PopupProps {
  api: PopupApi;
  lang: Lang;
}

interface PageEntity {
  id: string;
  name: string;
  count: number;
}

/** What the page's content script reports; null when it cannot be reached. */
interface PageStats {
  count: number;
  entities: PageEntity[];
}

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; tabId: number; site: SiteState; stats: PageStats | null; notArabic?: boolean };

/**
 * The toolbar popup: the current site, its highlighting switch, what was found on the page (a
 * name scrolls the page to its first mention), the global pause, and the way to the options page.
 */
export default function Popup({ api, lang }: PopupProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  // The position a switch was moved to, shown until the saved state comes back: rendering the old
  // state meanwhile flipped the switch back under the reader's finger (and read "on" to a screen
  // reader) while the site's tabs were already clearing their highlights.
  const [pending, setPending] = useState<{ enabled?: boolean; paused?: boolean }>({});
  const [error, setError] = useState<string | null>(null);
  const numbers = new Intl.NumberFormat(lang);

  async function loadStats(tabId: number): Promise<PageStats | null> {
    const stats = await api.toTab(tabId, 'page.stats', {});
    if (!stats.ok) return null;
    const refs = await api.toBackground('entity.refs', { ids: stats.value.entities.map((e) => e.id) });
    const names = new Map(refs.ok ? refs.value.map((r) => [r.id, r.name[lang]]) : []);
    const entities = stats.value.entities
      .map((e) => ({ id: e.id, count: e.count, name: names.get(e.id) ?? e.id }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
    return { count: stats.value.count, entities };
  }

  useEffect(() => {
    void (async () => {
      const tab = await api.currentTab();
      // The tab's URL is visible only under an activeTab grant (a click on the toolbar button);
      // otherwise the content script in the tab says which site it is on.
      const asked = tab && tab.url === undefined ? await api.toTab(tab.id, 'page.host', {}) : undefined;
      const host = asked ? (asked.ok ? normalizeHost(asked.value) : undefined) : hostOf(tab?.url);
      if (!tab || !host) return setView({ kind: 'unavailable' });
      const site = await api.toBackground('site.get', { host });
      if (!site.ok) return setView({ kind: 'unavailable' });
      const stats = await loadStats(tab.id);
      // The content script stays silent on a page that is not Arabic; the browser can say why.
      const language = stats === null ? await api.pageLanguage?.(tab.id).catch(() => undefined) : undefined;
      const notArabic = language !== undefined && language !== 'und' && !language.toLowerCase().startsWith('ar');
      setView({ kind: 'ready', tabId: tab.id, site: site.value, stats, notArabic });
    })();
  }, []);

  if (view.kind === 'loading') return <main class="popup" aria-busy="true">{t('popup_loading')}</main>;
  if (view.kind === 'unavailable')
    return (
      <main class="popup">
        <h1>{t('extName')}</h1>
        <p class="notice">{t('popup_unavailable')}</p>
        <OptionsLink api={api} />
      </main>
    );

  const { tabId, site, stats, notArabic } = view;

  async function change(wanted: { enabled?: boolean; paused?: boolean }, request: () => ReturnType<PopupApi['toBackground']>) {
    setBusy(true);
    setPending(wanted);
    setError(null);
    const saved = await request();
    const fresh = saved.ok ? await api.toBackground('site.get', { host: site.host }) : saved;
    if (fresh.ok) setView({ kind: 'ready', tabId, site: fresh.value as SiteState, stats: await loadStats(tabId), notArabic });
    else setError(t('popup_saveFailed'));
    setPending({});
    setBusy(false);
  }

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        {/* The host is LTR text isolated inside the card's own direction, so it sits at the card's
            start edge (right in Arabic) like the rest of the header. */}
        <p class="host">
          <bdi dir="ltr">{site.host}</bdi>
        </p>
      </header>

      <Switch
        label={t('popup_siteSwitch')}
        checked={pending.enabled ?? site.enabled}
        disabled={busy}
        describedBy={site.paused ? 'paused-note' : undefined}
        onChange={(enabled) => change({ enabled }, () => api.toBackground('site.set', { host: site.host, enabled }))}
      />
      {site.paused && (
        <p id="paused-note" class="muted">
          {t('popup_paused')}
        </p>
      )}

      <section class="page" aria-live="polite">
        {stats === null ? (
          <p class="muted" data-testid="page-state">{t(notArabic ? 'popup_notArabic' : 'popup_noContentScript')}</p>
        ) : (
          <>
            <p class="count">
              {t('popup_count')}: <strong>{numbers.format(stats.count)}</strong>
            </p>
            <h2>{t('popup_entities')}</h2>
            {stats.entities.length === 0 ? (
              <p class="muted">{t('popup_noEntities')}</p>
            ) : (
              <ul class="entities">
                {stats.entities.map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      title={t('popup_scrollHint')}
                      data-entity-id={e.id}
                      onClick={() => void api.toTab(tabId, 'page.scrollTo', { entityId: e.id })}
                    >
                      <span class="name">{e.name}</span> <span class="muted">({numbers.format(e.count)})</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <hr />
      <Switch
        label={t('popup_pauseSwitch')}
        checked={pending.paused ?? site.paused}
        disabled={busy}
        onChange={(paused) => change({ paused }, () => api.toBackground('pause.set', { paused }))}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <Shortcuts api={api} />
      <OptionsLink api={api} />
    </main>
  );
}

/** The keyboard path, documented where the reader looks: the commands and their current keys. */
function Shortcuts({ api }: { api: PopupApi }) {
  const [list, setList] = useState<Array<{ description: string; shortcut: string }>>([]);
  useEffect(() => {
    void api.shortcuts?.().then(setList, () => setList([]));
  }, [api]);
  if (!list.length) return null;
  return (
    <section class="shortcuts" aria-label={t('popup_shortcuts')}>
      <h2>{t('popup_shortcuts')}</h2>
      <dl>
        {list.map((c) => (
          <div key={c.description}>
            <dt>
              <kbd dir="ltr">{c.shortcut || t('popup_shortcutUnset')}</kbd>
            </dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function OptionsLink({ api }: { api: PopupApi }) {
  return (
    <footer>
      <button type="button" class="link" onClick={() => api.openOptions()}>
        {t('popup_options')}
      </button>
    </footer>
  );
}
