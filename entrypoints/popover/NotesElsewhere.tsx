import type { Note } from '../../protocol/messages';
import { formatTimestamp } from '../../core/dates';
import { useLocale } from '../../components/Locale';

/**
 * The reader's other notes on the same entity (other pages, other highlights): page title linked
 * to its URL, the note text and when it was last edited. Rendered only inside the popover frame.
 */
export default function NotesElsewhere({ notes }: { notes: readonly Note[] }) {
  const { lang, t } = useLocale();
  if (notes.length === 0) return null;
  return (
    <section class="notes-elsewhere" aria-labelledby="siyaq-notes-elsewhere">
      <h3 id="siyaq-notes-elsewhere">{t('popover_notesElsewhere')}</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id} data-note-id={n.id}>
            <a href={n.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {n.pageTitle || n.url}
            </a>
            <p class="note-text" dir="auto">
              {n.text}
            </p>
            <p class="note-meta">
              «{n.anchor.exact}» · <time dateTime={new Date(n.updatedAt).toISOString()}>{formatTimestamp(n.updatedAt, lang)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
