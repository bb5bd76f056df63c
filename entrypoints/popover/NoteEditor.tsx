import { useEffect, useRef, useState } from 'preact/hooks';

import type { Note } from '../../protocol/messages';
import { NOTE_MAX_CHARS } from '../../protocol/result';
import { useLocale } from '../../components/Locale';

export interface NoteEditorProps {
  /** The note on this highlight, or undefined when there is none yet. */
  note?: Note;
  /** Saves the text (creating or updating the note); rejects with a message on failure. */
  onSave: (text: string) => Promise<void>;
  onDelete: () => Promise<void>;
}

/**
 * The reader's note on one highlight: add, edit, delete. It lives only inside the popover's
 * extension-origin frame, so the text never enters the news page's DOM.
 */
export default function NoteEditor({ note, onSave, onDelete }: NoteEditorProps) {
  const { t } = useLocale();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note?.text ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const section = useRef<HTMLElement>(null);
  /**
   * The editor closed with focus in it: focus goes to what replaced it — the saved note's own buttons
   * (`note`), or whatever is there (`any`: cancelled, deleted). Null once done.
   */
  const refocus = useRef<'note' | 'any' | null>(null);

  useEffect(() => {
    if (editing) {
      refocus.current = null;
      area.current?.focus();
      return;
    }
    // The focused textarea or button is gone: without this, focus falls to the frame's body and a
    // keyboard reader loses their place. A new note arrives a render after the save (first the add
    // button, then the note's own), so a save waits for the note; focus moved on elsewhere ends it.
    const active = document.activeElement;
    if (!refocus.current) return;
    if (active && active !== document.body && !section.current?.contains(active)) return void (refocus.current = null);
    const own = section.current?.querySelector<HTMLButtonElement>('.note-view button');
    (own ?? section.current?.querySelector<HTMLButtonElement>('.note-add'))?.focus();
    if (own || refocus.current === 'any') refocus.current = null;
  }, [editing, note]);

  const close = (then: 'note' | 'any') => {
    refocus.current = then;
    setEditing(false);
  };

  const run = async (action: () => Promise<void>, done: string, then: 'note' | 'any') => {
    setBusy(true);
    try {
      await action();
      setStatus(t(done));
      close(then);
    } catch (e) {
      setStatus(`${t('popover_noteFailed')} ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const save = (e: Event) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    void run(() => onSave(text), 'popover_noteSaved', 'note');
  };

  return (
    <section class="note-editor" aria-label={t('popover_noteLabel')} ref={section}>
      {editing ? (
        <form onSubmit={save}>
          <label for="siyaq-note-text">{t('popover_noteLabel')}</label>
          <textarea
            id="siyaq-note-text"
            dir="auto"
            ref={area}
            rows={3}
            maxLength={NOTE_MAX_CHARS}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save(e);
              if (e.key === 'Escape') {
                // Esc in the editor cancels the edit, not the whole popover.
                e.stopPropagation();
                close('any');
                setDraft(note?.text ?? '');
              }
            }}
          />
          <div class="note-actions">
            <button type="submit" class="primary" disabled={busy || !draft.trim()}>
              {t('popover_noteSave')}
            </button>
            <button
              type="button"
              onClick={() => {
                close('any');
                setDraft(note?.text ?? '');
              }}
            >
              {t('popover_noteCancel')}
            </button>
          </div>
        </form>
      ) : note ? (
        <div class="note-view">
          <h3>{t('popover_noteLabel')}</h3>
          <p class="note-text" dir="auto">
            {note.text}
          </p>
          <div class="note-actions">
            <button
              type="button"
              onClick={() => {
                setDraft(note.text);
                setEditing(true);
              }}
            >
              {t('popover_noteEdit')}
            </button>
            <button type="button" class="danger" disabled={busy} onClick={() => void run(onDelete, 'popover_noteDeleted', 'any')}>
              {t('popover_noteDelete')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="note-add"
          onClick={() => {
            setDraft('');
            setEditing(true);
          }}
        >
          {t('popover_noteAdd')}
        </button>
      )}
      <p class="note-status" role="status">
        {status}
      </p>
    </section>
  );
}
