// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import LocaleContext from '../../components/Locale';
import { testLocale } from '../../tests/fixtures/locale';
import { err, ok, type EntityCard as Card, type Note } from '../../protocol/messages';
import type { FromFrame, ToFrame } from '../../protocol/popover-frame';
import App, { type PopoverBridge } from './App';
import { CardCache } from './card-cache';

const SECRET = 'نص ملاحظة سرية لا يجوز أن يغادر الإطار';

const card = (id: string, name: string, related: Card['related'] = []): Card => ({
  entity: {
    id,
    type: 'person',
    name: { ar: name, en: name },
    aliases: [name],
    description: { ar: 'وصف.', en: 'Description.' },
    related: related.map((r) => r.id),
  },
  claims: [],
  articles: [],
  related,
  refs: [],
});

async function setup() {
  const posted: FromFrame[] = [];
  let handler: ((m: ToFrame) => void) | undefined;
  const store = new Map<string, Note>();
  const getCard = vi.fn(async (id: string) =>
    ok(id === 'person-a' ? card('person-a', 'الشخص أ', [{ id: 'person-b', type: 'person', name: { ar: 'الشخص ب', en: 'B' } }]) : card(id, 'الشخص ب')),
  );
  const bridge: PopoverBridge = {
    cards: new CardCache(getCard),
    notesForEntity: vi.fn(async (entityId: string) => ok([...store.values()].filter((n) => n.entityId === entityId))),
    saveNote: vi.fn(async (note: Note) => {
      store.set(note.id, note);
      return ok(note);
    }),
    deleteNote: vi.fn(async (id: string) => {
      store.delete(id);
      return ok(null);
    }),
    openSource: vi.fn(),
    post: (m) => posted.push(m),
    listen: (h) => {
      handler = h;
      return () => (handler = undefined);
    },
    newId: () => 'note-1',
    now: () => 1_700_000_000_000,
  };
  const root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <LocaleContext.Provider value={testLocale('ar')}>
        <App bridge={bridge} />
      </LocaleContext.Provider>,
      root,
    ),
  );
  const send = async (m: ToFrame) => {
    await act(async () => {
      handler!(m);
      await new Promise((r) => setTimeout(r, 0));
    });
  };
  return { root, posted, bridge, send, store, getCard };
}

const show = (over: Partial<Extract<ToFrame, { type: 'siyaq:show' }>> = {}): ToFrame => ({
  type: 'siyaq:show',
  seq: 1,
  entityId: 'person-a',
  anchor: { exact: 'الشخص أ', prefix: 'قال ', suffix: ' أمس' },
  noteIds: [],
  url: 'https://news.example/story',
  title: 'Story',
  focus: true,
  focusRing: true,
  ...over,
});

async function typeAndSave(root: HTMLElement, text: string) {
  await act(async () => (root.querySelector('.note-add') as HTMLButtonElement).click());
  const area = root.querySelector('textarea')!;
  await act(async () => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popover App', () => {
  it('is a labelled dialog that reports when the requested card is rendered', async () => {
    const { root, posted, send } = await setup();
    expect(posted[0]).toEqual({ type: 'siyaq:ready' });
    await send(show());
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('سياق: الشخص أ');
    expect(dialog.getAttribute('data-entity-id')).toBe('person-a');
    const rendered = posted.find((m) => m.type === 'siyaq:rendered');
    expect(rendered).toMatchObject({ seq: 1, cached: false });
  });

  it('saves a note with the highlight anchor and page, and never posts its text to the page', async () => {
    const { root, posted, send, bridge, store } = await setup();
    await send(show());
    await typeAndSave(root, SECRET);
    expect(bridge.saveNote).toHaveBeenCalledTimes(1);
    expect(store.get('note-1')).toMatchObject({
      entityId: 'person-a',
      url: 'https://news.example/story',
      pageTitle: 'Story',
      anchor: { exact: 'الشخص أ', prefix: 'قال ', suffix: ' أمس' },
      text: SECRET,
    });
    expect(root.querySelector('.note-text')?.textContent).toBe(SECRET);
    expect(posted).toContainEqual({ type: 'siyaq:notes-changed' });
    expect(JSON.stringify(posted)).not.toContain('سرية');
  });

  it('when saving fails, says why and keeps the typed text in the editor', async () => {
    const { root, posted, send, bridge, store } = await setup();
    vi.mocked(bridge.saveNote).mockResolvedValueOnce(err('notes.save failed: QuotaExceededError: The quota has been exceeded.'));
    await send(show());
    await typeAndSave(root, SECRET);
    expect(root.querySelector('.note-status')?.textContent).toBe(
      `${testLocale('ar').t('popover_noteFailed')} notes.save failed: QuotaExceededError: The quota has been exceeded.`,
    );
    expect(root.querySelector('textarea')?.value).toBe(SECRET);
    expect(store.size).toBe(0);
    expect(posted).not.toContainEqual({ type: 'siyaq:notes-changed' });
    // Saving again once the write succeeds keeps the same text.
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(store.get('note-1')?.text).toBe(SECRET);
    expect(root.querySelector('.note-text')?.textContent).toBe(SECRET);
  });

  it('edits and deletes the note attached to this highlight; other notes are listed apart', async () => {
    const { root, send, store } = await setup();
    store.set('elsewhere', {
      id: 'elsewhere',
      entityId: 'person-a',
      url: 'https://other.example/p',
      pageTitle: 'Other page',
      anchor: { exact: 'الشخص أ', prefix: '', suffix: '' },
      text: 'ملاحظة في صفحة أخرى',
      createdAt: 1,
      updatedAt: 1,
    });
    await send(show());
    expect(root.querySelector('.notes-elsewhere a')?.getAttribute('href')).toBe('https://other.example/p');
    expect(root.querySelector('.note-editor .note-text')).toBeNull();

    await send(show({ seq: 2, noteIds: ['elsewhere'] }));
    expect(root.querySelector('.note-editor .note-text')?.textContent).toBe('ملاحظة في صفحة أخرى');
    expect(root.querySelector('.notes-elsewhere')).toBeNull();
    const del = [...root.querySelectorAll<HTMLButtonElement>('.note-editor button')].find((b) => b.textContent === 'احذف')!;
    await act(async () => {
      del.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(store.has('elsewhere')).toBe(false);
    expect(root.querySelector('.note-add')).not.toBeNull();
    // One click deleted it; the toast's Undo puts it back exactly as it was (clickjacking guard).
    const undo = root.querySelector<HTMLButtonElement>('[data-testid="toast"] .toast-action')!;
    expect(undo.textContent).toBe('تراجع');
    await act(async () => {
      undo.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(store.get('elsewhere')?.text).toBe('ملاحظة في صفحة أخرى');
    expect(root.querySelector('.note-editor .note-text')?.textContent).toBe('ملاحظة في صفحة أخرى');
  });

  it('keeps keyboard focus in the note section when the editor closes (saved, or cancelled with Esc)', async () => {
    const { root, send } = await setup();
    await send(show());
    await typeAndSave(root, SECRET);
    // The textarea is gone: focus is on the saved note's first button (edit), not on the body (the
    // new note's editor replaces the add form a frame later).
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(document.activeElement).toBe(root.querySelector('.note-view button'));
    // Edit, then Esc: the editor closes and focus returns to the note's edit button at once.
    await act(async () => (document.activeElement as HTMLButtonElement).click());
    expect(document.activeElement).toBe(root.querySelector('textarea'));
    await act(async () => {
      root.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('.note-view button'));
    // Edit, change, save: the same note's editor closes, focus again on its edit button.
    await act(async () => (document.activeElement as HTMLButtonElement).click());
    await act(async () => {
      const area = root.querySelector('textarea')!;
      area.value = `${SECRET} 2`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(document.activeElement).toBe(root.querySelector('.note-view button'));
  });

  it('offers no note editor when the content script has no page to file notes under', async () => {
    const { root, send } = await setup();
    await send(show({ url: '' }));
    expect(root.querySelector('.entity-card')).not.toBeNull();
    expect(root.querySelector('.note-add')).toBeNull();
  });

  it('navigates to related cards and back; notes are offered only on the highlight card', async () => {
    const { root, send } = await setup();
    await send(show());
    await act(async () => {
      (root.querySelector('[data-related-id="person-b"]') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('h2')?.textContent).toBe('الشخص ب');
    expect(root.querySelector('.note-add')).toBeNull();
    await act(async () => (root.querySelector('button.back') as HTMLButtonElement).click());
    expect(root.querySelector('h2')?.textContent).toBe('الشخص أ');
    expect(root.querySelector('.note-add')).not.toBeNull();
  });

  it('closes on Escape with focus going back to the highlight', async () => {
    const { root, posted, send } = await setup();
    await send(show());
    root.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(posted).toContainEqual({ type: 'siyaq:close', returnFocus: true });
  });

  it('closes on Escape when focus fell to the frame\'s body (a saved note\'s form went)', async () => {
    const { root, posted, send } = await setup();
    await send(show());
    await typeAndSave(root, 'ملاحظة');
    (document.activeElement as HTMLElement | null)?.blur();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(posted).toContainEqual({ type: 'siyaq:close', returnFocus: true });
  });

  it('a new open does not show the last open\'s «saved» status', async () => {
    const { root, send } = await setup();
    await send(show());
    await typeAndSave(root, 'ملاحظة');
    expect(root.querySelector('[data-testid="popover-status"]')?.textContent).not.toBe('');
    await send({ type: 'siyaq:hidden' });
    await send(show({ seq: 2 }));
    expect(root.querySelector('[data-testid="popover-status"]')?.textContent).toBe('');
  });

  it('rings the dialog only when the keyboard opened or focused it', async () => {
    const { root, send } = await setup();
    await send(show({ focusRing: false }));
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.hasAttribute('data-no-ring')).toBe(true);
    await send({ type: 'siyaq:focus', focusRing: true });
    expect(dialog.hasAttribute('data-no-ring')).toBe(false);
    await send(show({ seq: 2, focusRing: false }));
    expect(dialog.hasAttribute('data-no-ring')).toBe(true);
  });

  it('serves a prefetched card from its cache', async () => {
    const { posted, send, getCard } = await setup();
    await send({ type: 'siyaq:prefetch', entityId: 'person-a' });
    await send(show());
    expect(getCard).toHaveBeenCalledTimes(1);
    expect(posted.find((m) => m.type === 'siyaq:rendered')).toMatchObject({ cached: true });
  });
});

describe('popover App: focus, announcements, "not this one"', () => {
  const frame = () => act(async () => new Promise((r) => setTimeout(r, 40)));

  it('after saving and after deleting a note, focus stays in the dialog and the outcome is announced', async () => {
    const { root, send } = await setup();
    await send(show());
    await typeAndSave(root, 'ملاحظة');
    await frame();
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.contains(document.activeElement), String(document.activeElement?.outerHTML.slice(0, 80))).toBe(true);
    expect(root.querySelector('[data-testid="popover-status"]')?.textContent).toBe(testLocale('ar').t('popover_noteSaved'));
    await act(async () => root.querySelector<HTMLButtonElement>('.note-editor .danger')!.click());
    await frame();
    expect(root.querySelector('[data-testid="popover-status"]')?.textContent).toBe(testLocale('ar').t('popover_noteDeleted'));
    await frame();
    expect(dialog.contains(document.activeElement), document.activeElement?.outerHTML.slice(0, 60)).toBe(true);
  });

  it('marks a highlight "not this one" for a chosen scope and closes', async () => {
    const { root, posted, send, bridge } = await setup();
    const dismissed: unknown[] = [];
    bridge.dismiss = async (d) => {
      dismissed.push(d);
      return ok(d);
    };
    await send(show());
    await act(async () => root.querySelector<HTMLButtonElement>('.not-this-open')!.click());
    await act(async () => root.querySelector<HTMLButtonElement>('[data-scope="site"]')!.click());
    await frame();
    expect(dismissed).toEqual([
      expect.objectContaining({ phrase: 'الشخص أ', entityId: 'person-a', scope: 'site', url: 'https://news.example/story', context: 'قال الشخص أ أمس' }),
    ]);
    expect(posted).toContainEqual({ type: 'siyaq:close', returnFocus: false });
  });
});
