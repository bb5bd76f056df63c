import { useRef, useState } from 'preact/hooks';

import { t } from '../../components/i18n';
import type { ImportOutcome, Note } from '../../protocol/messages';
import { MAX_IMPORT_BYTES, toJsonExport, toWebAnnotationExport } from '../../core/notes/transfer';

export interface NotesTransferProps {
  notes: readonly Note[];
  /** Imports a chosen file (validated whole; nothing is written unless it is valid). */
  onImport: (file: File) => Promise<ImportOutcome>;
}

/** The sentence for an import's outcome. */
export function importMessage(result: ImportOutcome): string {
  if (result.ok) {
    const { added, updated, unchanged } = result.summary;
    const done = t('options_importDone', [String(added), String(updated), String(unchanged)]);
    const s = result.skipped;
    if (!s) return done;
    return `${done} ${t('options_importSkipped', [String(s.noKnownName), String(s.noQuote), String(s.invalid)])}`;
  }
  const reason = {
    'too-large': t('options_importTooLarge', String(MAX_IMPORT_BYTES / 1024 / 1024)),
    'not-json': t('options_importNotJson'),
    'unknown-format': t('options_importUnknownFormat'),
    'foreign-annotations': t('options_importForeign'),
    // zod's detail is developer English: it stays out of the reader's sentence.
    invalid: t('options_importInvalid'),
  }[result.error];
  return `${reason} ${t('options_importNothingChanged')}`;
}

/** Offers a text as a file download; the object URL is revoked once the click has used it. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the notes (Siyaq JSON, W3C Web Annotation JSON-LD) and import either format. */
export default function NotesTransfer({ notes, onImport }: NotesTransferProps) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [imports, setImports] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const day = new Date().toISOString().slice(0, 10);

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setStatus(null);
    let result: ImportOutcome;
    try {
      result = await onImport(file);
    } catch (e) {
      result = { ok: false, error: 'invalid', detail: e instanceof Error ? e.message : String(e) };
    }
    setBusy(false);
    // Another tool's file of which nothing could be attached to a known name changed nothing either.
    const nothing = result.ok && result.skipped !== undefined && result.summary.added + result.summary.updated + result.summary.unchanged === 0;
    setStatus({ text: importMessage(result), error: !result.ok || nothing });
    setImports((n) => n + 1);
    // Cleared so choosing the same file again imports it again (and shows that nothing was added).
    if (input.current) input.current.value = '';
  };

  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h3 id="transfer-heading">{t('options_transferTitle')}</h3>
      <div class="transfer-row">
        <button
          type="button"
          data-testid="export-json"
          disabled={notes.length === 0}
          onClick={() => download(toJsonExport(notes), `siyaq-notes-${day}.json`, 'application/json')}
        >
          {t('options_exportJson')}
        </button>
        <button
          type="button"
          data-testid="export-annotations"
          disabled={notes.length === 0}
          onClick={() => download(toWebAnnotationExport(notes), `siyaq-notes-${day}.jsonld`, 'application/ld+json')}
        >
          {t('options_exportAnnotations')}
        </button>
        <label class="import">
          <span>{t('options_import')}</span>
          <input
            ref={input}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={busy}
            data-testid="import-file"
            onChange={(e) => void chosen(e.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <p class="muted">{t('options_transferHelp')}</p>
      <p role="status" data-testid="import-status" data-imports={imports} class={status?.error ? 'error' : undefined}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
