import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import About from './About';
import DatasetBrowser from './DatasetBrowser';
import NotesList from './NotesList';
import NotesTransfer from './NotesTransfer';
import Timeline from './Timeline';
import type { Dataset } from '../../core/dataset/schema';
import type { Lang } from '../../core/dates';
import { t, type MessageKey } from '../../components/i18n';
import type { Note } from '../../protocol/messages';
import type { NotesStore } from './notes-store';

/** The page's sections, addressed by the URL hash (`#notes`, `#dataset/<entity-id>`, …). */
const SECTIONS = ['notes', 'dataset', 'timeline', 'about'] as const;
type Section = (typeof SECTIONS)[number];

const TITLES: Record<Section, MessageKey> = {
  notes: 'options_tabNotes',
  dataset: 'options_tabDataset',
  timeline: 'options_tabTimeline',
  about: 'options_tabAbout',
};

function parseHash(hash: string): { section: Section; entityId?: string } {
  const [name, entityId] = hash.replace(/^#/, '').split('/');
  const section = SECTIONS.find((s) => s === name) ?? 'notes';
  return { section, entityId: section === 'dataset' && entityId ? decodeURIComponent(entityId) : undefined };
}

/** The reader page's URL for a citation. */
export function readerUrl(articleId: string, quote?: string): string {
  const query = `article=${encodeURIComponent(articleId)}${quote ? `&quote=${encodeURIComponent(quote)}` : ''}`;
  return browser.runtime.getURL(`/reader.html?${query}`);
}

export interface AppProps {
  dataset: Dataset;
  lang: Lang;
  store: NotesStore;
}

/** The options page: the reader's notes, the dataset (entities and timeline), and about. */
export default function App({ dataset, lang, store }: AppProps) {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(
    () =>
      store.subscribe(
        (ns) => {
          setNotes(ns);
          setLoadError(null);
        },
        (e) => setLoadError(e instanceof Error ? e.message : String(e)),
      ),
    [store],
  );

  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${t(TITLES[route.section])} — ${t('extName')}`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A section change is a same-document navigation: start it at the top and move focus to its
    // heading so screen readers announce it (an entity link scrolls to the entity instead).
    if (route.entityId) return;
    scrollTo(0, 0);
    document.getElementById('section-title')?.focus();
  }, [route.section, route.entityId]);

  const names = useMemo(() => new Map(dataset.entities.map((e) => [e.id, e.name[lang]])), [dataset, lang]);
  const entityName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const navigate = useCallback((id: string) => {
    location.hash = `#dataset/${encodeURIComponent(id)}`;
  }, []);
  const openSource = useCallback((articleId: string, quote: string) => {
    void browser.tabs.create({ url: readerUrl(articleId, quote) });
  }, []);

  return (
    <>
      <header class="options-header">
        <h1>{t('options_title')}</h1>
        <nav aria-label={t('options_sections')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`} aria-current={route.section === s ? 'page' : undefined} data-section={s}>
                  {t(TITLES[s])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="options-main" aria-labelledby="section-title">
        <h2 id="section-title" tabIndex={-1}>{t(TITLES[route.section])}</h2>
        {route.section === 'notes' && (
          <>
            {loadError && (
              <p class="notice error" role="alert">
                {t('options_loadFailed', loadError)}
              </p>
            )}
            {notes === null ? (
              <p class="muted">{t('options_loading')}</p>
            ) : (
              <NotesList
                notes={notes}
                entityName={entityName}
                lang={lang}
                onSave={(n) => store.save(n)}
                onDelete={(id) => store.remove(id)}
                search={store.search}
              />
            )}
            <NotesTransfer notes={notes ?? []} onImport={(f) => store.import(f)} />
          </>
        )}
        {route.section === 'dataset' && (
          <DatasetBrowser
            dataset={dataset}
            lang={lang}
            focusId={route.entityId}
            onNavigate={navigate}
            onOpenSource={openSource}
          />
        )}
        {route.section === 'timeline' && (
          <Timeline dataset={dataset} lang={lang} onNavigate={navigate} onOpenSource={openSource} />
        )}
        {route.section === 'about' && <About dataset={dataset} lang={lang} readerUrl={(id) => readerUrl(id)} />}
      </main>
    </>
  );
}
