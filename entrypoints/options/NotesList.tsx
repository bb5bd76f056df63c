import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { formatTimestamp, type Lang } from '../../core/dates';
import { countOf, t } from '../../components/i18n';
import { NOTE_MAX_CHARS, type Note, type Result } from '../../protocol/messages';
import { findMatches, queryTerms, searchItems } from '../../core/arabic/search';
import MarkedText from '../../components/MarkedText';
import Toast from '../../components/Toast';
import { textFragmentUrl } from '../../core/notes/text-fragment';

export interface NotesListProps {
  /** Every note, newest first. */
  notes: readonly Note[];
  /** An entity's display name (its id when the dataset no longer has it). */
  entityName: (entityId: string) => string;
  lang: Lang;
  /** Saves a note (an edit, or an undone deletion restored as it was). */
  onSave: (note: Note) => Promise<Result<unknown>>;
  onDelete: (id: string) => Promise<Result<unknown>>;
  /**
   * Ids of the notes whose text, page title or quote match a query (the background's Arabic-folded
   * search). Without it the list searches those fields itself. Entity names are matched here either way.
   */
  search?: (query: string) => Promise<Set<string>>;
}

/** The site a note was written on. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** `text` with the query's terms marked (found by core/arabic's folding, wrapped by mark.js). */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = useMemo(() => findMatches(text, terms), [text, terms]);
  return <MarkedText text={text} ranges={ranges} />;
}

type Toasted = { message: string; undo?: Note };

/**
 * All the reader's notes: Arabic-aware search (درنه finds درنة; diacritics and hamza forms
 * ignored), filters by entity and by site, inline edit, and delete with undo.
 */
export default function NotesList({ notes, entityName, lang, onSave, onDelete, search }: NotesListProps) {
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState('');
  const [site, setSite] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [toast, setToast] = useState<Toasted | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);

  const entities = useMemo(() => {
    const ids = [...new Set(notes.map((n) => n.entityId))];
    const collator = new Intl.Collator(lang);
    return ids.map((id) => ({ id, name: entityName(id) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [notes, entityName, lang]);
  const sites = useMemo(() => [...new Set(notes.map((n) => siteOf(n.url)))].sort(), [notes]);

  const terms = useMemo(() => queryTerms(query), [query]);
  const [found, setFound] = useState<{ query: string; ids: Set<string> } | null>(null);
  useEffect(() => {
    if (!search || terms.length === 0) return;
    let live = true;
    void search(query).then((ids) => live && setFound({ query, ids }));
    return () => {
      live = false;
    };
  }, [search, query, terms.length, notes]);
  // What a reader sees is searched: the note, its page title, its quote and the entity's name —
  // not the URL, whose slug («…-derna-…») matched every note of a page.
  const shown = useMemo(() => {
    const filtered = notes.filter((n) => (!entity || n.entityId === entity) && (!site || siteOf(n.url) === site));
    if (!search) return searchItems(filtered, query, (n) => [n.text, n.pageTitle, n.anchor.exact, entityName(n.entityId)]);
    if (terms.length === 0) return filtered;
    const byName = new Set(searchItems(filtered, query, (n) => [entityName(n.entityId)]).map((n) => n.id));
    const ids = found?.query === query ? found.ids : new Set<string>();
    return filtered.filter((n) => ids.has(n.id) || byName.has(n.id));
  }, [notes, entity, site, query, terms.length, entityName, search, found]);

  useEffect(() => {
    if (editing) editorRef.current?.focus();
  }, [editing]);

  const focusNote = (id: string, selector: string) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`li[data-note-id="${CSS.escape(id)}"] ${selector}`)?.focus(),
    );

  const startEdit = (note: Note) => {
    setEditing(note.id);
    setDraft(note.text);
  };

  const cancelEdit = (id: string) => {
    setEditing(null);
    focusNote(id, '.edit');
  };

  const saveEdit = async (note: Note) => {
    setBusy(true);
    const result = await onSave({ ...note, text: draft, updatedAt: Math.max(Date.now(), note.updatedAt + 1) });
    setBusy(false);
    if (!result.ok) {
      setToast({ message: t('options_saveFailed', result.error) });
      return;
    }
    setEditing(null);
    setToast({ message: t('options_noteSaved') });
    focusNote(note.id, '.edit');
  };

  const remove = async (note: Note) => {
    setBusy(true);
    const result = await onDelete(note.id);
    setBusy(false);
    setToast(result.ok ? { message: t('options_noteDeleted'), undo: note } : { message: t('options_deleteFailed', result.error) });
  };

  const undo = async (note: Note) => {
    const result = await onSave(note);
    setToast({ message: result.ok ? t('options_noteRestored') : t('options_saveFailed', result.error) });
    if (result.ok) focusNote(note.id, '.edit');
  };

  if (notes.length === 0 && !toast) {
    return (
      <div class="notes-empty">
        <p>{t('options_noNotes')}</p>
      </div>
    );
  }

  return (
    <div class="notes">
      <div class="notes-filters" role="search">
        <label>
          <span>{t('options_searchNotes')}</span>
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="notes-search"
          />
        </label>
        <label>
          <span>{t('options_filterEntity')}</span>
          <select value={entity} onChange={(e) => setEntity(e.currentTarget.value)} data-testid="notes-entity">
            <option value="">{t('options_all')}</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('options_filterSite')}</span>
          <select value={site} onChange={(e) => setSite(e.currentTarget.value)} data-testid="notes-site">
            <option value="">{t('options_all')}</option>
            {sites.map((s) => (
              <option key={s} value={s} dir="ltr">
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted" role="status" data-testid="notes-count">
        {t('options_notesCount', [String(shown.length), countOf('note', notes.length, lang)])}
      </p>
      <ul class="note-list" ref={listRef}>
        {shown.map((note) => (
          <li key={note.id} class="note" data-note-id={note.id}>
            <div class="note-head">
              <span class="note-entity">{entityName(note.entityId)}</span>
              {/* Opens the page at the note's passage where the browser supports text fragments. */}
              <a href={textFragmentUrl(note.url, note.anchor)} target="_blank" rel="noopener noreferrer" class="note-page" dir="auto">
                <Highlighted text={note.pageTitle || note.url} terms={terms} />
              </a>
              <span class="muted" dir="ltr">
                {siteOf(note.url)}
              </span>
              <span class="muted">{formatTimestamp(note.updatedAt, lang)}</span>
            </div>
            <blockquote class="note-anchor" lang="ar" dir="rtl">
              <span class="muted">…{note.anchor.prefix}</span>
              <strong>
                <Highlighted text={note.anchor.exact} terms={terms} />
              </strong>
              <span class="muted">{note.anchor.suffix}…</span>
            </blockquote>
            {editing === note.id ? (
              <form
                class="note-edit"
                onSubmit={(e) => {
                  e.preventDefault();
                  void saveEdit(note);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') cancelEdit(note.id);
                }}
              >
                <label for={`edit-${note.id}`} class="visually-hidden">
                  {t('options_noteText')}
                </label>
                <textarea
                  id={`edit-${note.id}`}
                  dir="auto"
                  ref={editorRef}
                  rows={4}
                  maxLength={NOTE_MAX_CHARS}
                  value={draft}
                  onInput={(e) => setDraft(e.currentTarget.value)}
                />
                <div class="note-actions">
                  <button type="submit" class="primary save" disabled={busy}>
                    {t('options_save')}
                  </button>
                  <button type="button" class="cancel" onClick={() => cancelEdit(note.id)}>
                    {t('options_cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <>
                <p class="note-text" dir="auto">
                  <Highlighted text={note.text} terms={terms} />
                </p>
                <div class="note-actions">
                  <button type="button" class="edit" onClick={() => startEdit(note)} disabled={busy}>
                    {t('options_edit')}
                  </button>
                  <button type="button" class="delete" onClick={() => void remove(note)} disabled={busy}>
                    {t('options_delete')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {toast && (
        <Toast
          message={toast.message}
          actionLabel={toast.undo ? t('options_undo') : undefined}
          onAction={toast.undo ? () => void undo(toast.undo!) : undefined}
          onClose={() => setToast(null)}
        />
      )}
    </div>
  );
}
