import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

import EntityCard from '../../components/EntityCard';
import { pick, useLocale } from '../../components/Locale';
import Toast from '../../components/Toast';
import type { CardSource } from './card-cache';
import NoteEditor from './NoteEditor';
import NotesElsewhere from './NotesElsewhere';
import type { EntityCard as Card, Dismissal, Note, Result } from '../../protocol/messages';
import type { FromFrame, ToFrame } from '../../protocol/popover-frame';

type Show = Extract<ToFrame, { type: 'siyaq:show' }>;

/** What the popover needs from the extension: the background, tabs, and its host frame. */
export interface PopoverBridge {
  /** Entity cards, cached in the frame and prefetched behind the ones asked for (./card-cache.ts). */
  cards: CardSource;
  notesForEntity(entityId: string): Promise<Result<Note[]>>;
  saveNote(note: Note): Promise<Result<Note>>;
  deleteNote(id: string): Promise<Result<null>>;
  openSource(articleId: string, quote: string): void;
  /** Sends to the content script that opened this frame (through the background: protocol/popover-frame.ts). */
  post(message: FromFrame): void;
  /** Subscribes to the content script's messages; returns the unsubscribe. */
  listen(handler: (message: ToFrame) => void): () => void;
  newId(): string;
  now(): number;
  /** "Not this one": stores the mark; the page drops the highlight when told `settings.changed`. */
  dismiss?(dismissal: Dismissal): Promise<Result<Dismissal>>;
  /** The URL of the entity's full page in the options page. */
  entityPageUrl?(entityId: string): string;
}

const HEADING_ID = 'siyaq-entity-heading';
/** Claims rendered before the card is reported visible; the rest follow a frame later. */
const INITIAL_CLAIMS = 4;

/**
 * The popover page: a non-modal dialog showing one entity's card at a time (a navigation stack
 * for related entities, with a back button) and the reader's notes on the clicked highlight.
 * Cards are cached and can be prefetched on hover, so reopening is a render, not a round trip.
 */
export default function App({ bridge }: { bridge: PopoverBridge }) {
  const { lang, t } = useLocale();
  const [request, setRequest] = useState<Show | null>(null);
  const [stack, setStack] = useState<string[]>([]);
  const [cards, setCards] = useState<ReadonlyMap<string, Card>>(new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [notes, setNotes] = useState<ReadonlyMap<string, Note[]>>(new Map());
  const [attached, setAttached] = useState<string[]>([]);
  /** The note just deleted, until the reader undoes it or the toast goes. */
  const [deleted, setDeleted] = useState<Note | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const pendingRender = useRef<{ seq: number; entityId: string; received: number; cached: boolean } | null>(null);
  const wantFocus = useRef(false);
  /** Whether the dialog shows its focus ring: opened by the keyboard (see ToFrame `focusRing`). */
  const [focusRing, setFocusRing] = useState(true);
  // Outlives the note editors (a new note's editor is replaced by the saved note's), so «تم الحفظ» is heard.
  const [announcement, setAnnouncement] = useState('');
  const [choosingScope, setChoosingScope] = useState(false);

  // A card already in the frame goes into this render; prefetched cards stay out of the state (an
  // answer per prefetch re-rendered the whole card).
  const loadCard = useCallback(
    (id: string) => {
      const known = bridge.cards.peek(id);
      if (known) return setCards((m) => (m.get(id) === known ? m : new Map(m).set(id, known)));
      void bridge.cards.get(id).then((r) => {
        if (r.ok) setCards((m) => new Map(m).set(id, r.value));
        else setErrors((m) => new Map(m).set(id, r.error));
      });
    },
    [bridge],
  );

  const loadNotes = useCallback(
    async (entityId: string) => {
      const r = await bridge.notesForEntity(entityId);
      if (r.ok) setNotes((m) => new Map(m).set(entityId, r.value));
    },
    [bridge],
  );

  useEffect(
    () =>
      bridge.listen((message) => {
        switch (message.type) {
          case 'siyaq:show': {
            pendingRender.current = {
              seq: message.seq,
              entityId: message.entityId,
              received: performance.now(),
              cached: bridge.cards.peek(message.entityId) !== undefined,
            };
            wantFocus.current = message.focus;
            setFocusRing(message.focusRing);
            // A new open starts clean: the last card's «saved» / «deleted» is not this card's news.
            setAnnouncement('');
            setRequest(message);
            setAttached(message.noteIds);
            setStack([message.entityId]);
            loadCard(message.entityId);
            void loadNotes(message.entityId);
            break;
          }
          case 'siyaq:prefetch':
            bridge.cards.prefetch(message.entityId);
            break;
          case 'siyaq:focus':
            setFocusRing(message.focusRing);
            dialog.current?.focus();
            break;
          case 'siyaq:hidden':
            pendingRender.current = null;
            break;
        }
      }),
    [bridge, loadCard, loadNotes],
  );

  useEffect(() => bridge.post({ type: 'siyaq:ready' }), [bridge]);

  useEffect(() => {
    // `pointerover`/`pointerout` with no related target: the pointer crossed the frame's edge.
    const over = (e: PointerEvent) => {
      if (!e.relatedTarget) bridge.post({ type: 'siyaq:pointer', inside: true });
    };
    const out = (e: PointerEvent) => {
      if (!e.relatedTarget) bridge.post({ type: 'siyaq:pointer', inside: false });
    };
    document.addEventListener('pointerover', over);
    document.addEventListener('pointerout', out);
    return () => {
      document.removeEventListener('pointerover', over);
      document.removeEventListener('pointerout', out);
    };
  }, [bridge]);

  useEffect(() => {
    // Esc closes the card from anywhere in the frame: focus falls to <body> when its element goes (a saved note's form).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !dialog.current?.contains(e.target as Node)) close(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [bridge]);

  const current = stack[stack.length - 1];
  const card = current ? cards.get(current) : undefined;
  const error = current ? errors.get(current) : undefined;

  // Report "rendered" once the requested card (or its error) is in the DOM: the host shows the
  // frame only then, so the reader never sees a stale card or an empty box.
  useLayoutEffect(() => {
    const pending = pendingRender.current;
    if (!pending || !dialog.current || current !== pending.entityId || (!card && !error)) return;
    pendingRender.current = null;
    bridge.post({
      type: 'siyaq:rendered',
      seq: pending.seq,
      frameMs: performance.now() - pending.received,
      cached: pending.cached,
    });
    if (wantFocus.current) dialog.current.focus();
  });

  // A related entity's card starts at its top, with Back in view (it kept the old card's scroll).
  useLayoutEffect(() => {
    document.scrollingElement?.scrollTo?.(0, 0);
    if (dialog.current) dialog.current.scrollTop = 0;
    setChoosingScope(false);
  }, [current]);

  // After a save or delete the focused control may be gone (the new-note editor is replaced by the
  // saved note's): once that render is committed, put focus back in the dialog, so Esc still closes it.
  const [focusCheck, setFocusCheck] = useState(0);
  const keepFocus = () => setFocusCheck((n) => n + 1);
  useEffect(() => {
    if (focusCheck === 0) return;
    const id = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && dialog.current?.contains(active)) return;
      (dialog.current?.querySelector<HTMLElement>('.note-editor button') ?? dialog.current)?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [focusCheck]);

  const navigate = (id: string) => {
    setStack((s) => [...s, id]);
    loadCard(id);
    void loadNotes(id);
    dialog.current?.focus();
  };

  const back = () => {
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
    dialog.current?.focus();
  };

  const close = (returnFocus: boolean) => bridge.post({ type: 'siyaq:close', returnFocus });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab' && dialog.current) {
      // Non-modal, but the frame is the last thing in the page: keep Tab cycling inside the dialog
      // rather than falling out into the browser's toolbar. Esc is the way out.
      const focusable = [
        ...dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], textarea, [tabindex="0"]'),
      ];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const isRoot = stack.length === 1 && request !== null && current === request.entityId;
  const entityNotes = current ? (notes.get(current) ?? []) : [];
  const here = isRoot ? entityNotes.filter((n) => attached.includes(n.id)) : [];
  const elsewhere = entityNotes.filter((n) => !here.includes(n));

  const saveNote = async (existing: Note | undefined, text: string) => {
    if (!request || !request.anchor || !current) throw new Error(t('popover_noteNoAnchor'));
    const now = bridge.now();
    const note: Note = existing
      ? { ...existing, text, updatedAt: now }
      : {
          id: bridge.newId(),
          entityId: current,
          url: request.url,
          pageTitle: request.title,
          anchor: request.anchor,
          text,
          createdAt: now,
          updatedAt: now,
        };
    const r = await bridge.saveNote(note);
    if (!r.ok) throw new Error(r.error);
    if (!existing) setAttached((ids) => [...ids, r.value.id]);
    await loadNotes(current);
    bridge.post({ type: 'siyaq:notes-changed' });
    setAnnouncement(t('popover_noteSaved'));
    keepFocus();
  };

  // Delete takes one click, so it can be undone: a page can make this frame transparent and lay a
  // bait button over Delete (clickjacking), and one real click must not lose a note for good.
  const deleteNote = async (note: Note) => {
    const r = await bridge.deleteNote(note.id);
    if (!r.ok) throw new Error(r.error);
    setAttached((ids) => ids.filter((id) => id !== note.id));
    setDeleted(note);
    await loadNotes(note.entityId);
    bridge.post({ type: 'siyaq:notes-changed' });
    setAnnouncement(t('popover_noteDeleted'));
    keepFocus();
  };

  const undoDelete = async (note: Note) => {
    setDeleted(null);
    const r = await bridge.saveNote(note);
    if (!r.ok) return;
    setAttached((ids) => [...ids, note.id]);
    await loadNotes(note.entityId);
    bridge.post({ type: 'siyaq:notes-changed' });
    keepFocus();
  };

  const dismiss = async (scope: Dismissal['scope']) => {
    if (!request?.anchor || !current || !bridge.dismiss) return;
    const { exact, prefix, suffix } = request.anchor;
    const r = await bridge.dismiss({
      id: bridge.newId(),
      phrase: exact.slice(0, 200),
      entityId: current,
      scope,
      url: request.url,
      context: `${prefix}${exact}${suffix}`.slice(0, 1000),
      createdAt: bridge.now(),
    });
    if (!r.ok) return setAnnouncement(`${t('popover_noteFailed')} ${r.error}`);
    close(false);
  };

  const label = card ? t('popover_dialogLabel', pick(card.entity.name, lang)) : t('popover_dialogLabel', '');

  return (
    <div
      ref={dialog}
      class="popover"
      role="dialog"
      aria-modal="false"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-entity-id={current}
      data-no-ring={focusRing ? undefined : ''}
    >
      <div class="toolbar">
        {stack.length > 1 ? (
          <button type="button" class="back" onClick={back}>
            <span aria-hidden="true">{lang === 'ar' ? '→' : '←'}</span> {t('popover_back')}
          </button>
        ) : (
          <span class="brand">{t('extName')}</span>
        )}
        {current && bridge.entityPageUrl ? (
          <a class="full-page" href={bridge.entityPageUrl(current)} target="_blank" rel="noopener">
            {t('popover_fullPage')}
          </a>
        ) : null}
        <span class="names-nav">
          <button type="button" class="nav" aria-label={t('popover_previousName')} aria-keyshortcuts="Alt+Comma" title={t('popover_previousName')} onClick={() => bridge.post({ type: 'siyaq:nav', direction: -1 })}>
            <span aria-hidden="true">{lang === 'ar' ? '→' : '←'}</span>
          </button>
          <button type="button" class="nav" aria-label={t('popover_nextName')} aria-keyshortcuts="Alt+Period" title={t('popover_nextName')} onClick={() => bridge.post({ type: 'siyaq:nav', direction: 1 })}>
            <span aria-hidden="true">{lang === 'ar' ? '←' : '→'}</span>
          </button>
        </span>
        <button type="button" class="close" aria-label={t('popover_close')} onClick={() => close(true)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="popover-status" role="status" data-testid="popover-status">
        {announcement}
      </p>
      {card ? (
        <EntityCard
          key={card.entity.id}
          card={card}
          headingId={HEADING_ID}
          initialClaims={INITIAL_CLAIMS}
          onNavigate={navigate}
          onOpenSource={bridge.openSource}
          footer={<NotesElsewhere notes={elsewhere} />}
        >
          {isRoot && request?.anchor && request.url
            ? [
                ...here.map((note) => (
                  <NoteEditor
                    key={note.id}
                    note={note}
                    onSave={(text) => saveNote(note, text)}
                    onDelete={() => deleteNote(note)}
                  />
                )),
                here.length === 0 ? (
                  <NoteEditor key="new" onSave={(text) => saveNote(undefined, text)} onDelete={async () => {}} />
                ) : null,
                bridge.dismiss ? (
                  <div class="not-this" key="not-this">
                    {choosingScope ? (
                      <div role="group" aria-label={t('popover_notThis')}>
                        <span>{t('popover_notThisWhere')}</span>{' '}
                        {(['page', 'site', 'everywhere'] as const).map((scope) => (
                          <button key={scope} type="button" data-scope={scope} onClick={() => void dismiss(scope)}>
                            {t(scope === 'page' ? 'popover_notThisPage' : scope === 'site' ? 'popover_notThisSite' : 'popover_notThisEverywhere')}
                          </button>
                        ))}
                      </div>
                    ) : (
                      <button type="button" class="link not-this-open" onClick={() => setChoosingScope(true)}>
                        {t('popover_notThis')}
                      </button>
                    )}
                  </div>
                ) : null,
              ]
            : null}
        </EntityCard>
      ) : error ? (
        <p class="error" role="alert">
          {t('popover_error')}
        </p>
      ) : (
        <p class="loading" aria-busy="true">
          {t('popover_loading')}
        </p>
      )}
      {deleted ? (
        <Toast
          message={t('popover_noteDeleted')}
          actionLabel={t('popover_undo')}
          onAction={() => void undoDelete(deleted)}
          onClose={() => setDeleted(null)}
          timeout={30_000}
        />
      ) : null}
    </div>
  );
}
