// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Note } from '../../protocol/messages';
import { ok } from '../../protocol/messages';
import { testNote } from '../../tests/fixtures/dataset';
import NotesList from './NotesList';

const initial: Note[] = [
  testNote({ id: 'n1', entityId: 'city-d', text: 'القتال في درنة مستمر', url: 'https://a.example/1', updatedAt: 3 }),
  testNote({ id: 'n2', entityId: 'person-a', text: 'تصريح مُهِمّ عن بنغازي', url: 'https://b.example/2', updatedAt: 2 }),
  testNote({ id: 'n3', entityId: 'city-d', text: 'ملاحظة ثالثة', url: 'https://b.example/3', updatedAt: 1 }),
];
const names: Record<string, string> = { 'city-d': 'المدينة د', 'person-a': 'الشخص أ' };

let root: HTMLElement;
const saved = vi.fn();
const deleted = vi.fn();

function Harness() {
  const [notes, setNotes] = useState(initial);
  return (
    <NotesList
      notes={notes}
      lang="ar"
      entityName={(id) => names[id] ?? id}
      onSave={async (n) => {
        saved(n);
        setNotes((ns) => [n, ...ns.filter((x) => x.id !== n.id)].sort((a, b) => b.updatedAt - a.updatedAt));
        return ok(n);
      }}
      onDelete={async (id) => {
        deleted(id);
        setNotes((ns) => ns.filter((x) => x.id !== id));
        return ok(null);
      }}
    />
  );
}

const shownIds = () => [...root.querySelectorAll('li[data-note-id]')].map((li) => li.getAttribute('data-note-id'));
const flush = () => act(async () => new Promise((r) => setTimeout(r, 20)));

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
}
async function choose(el: HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
}
async function click(el: Element | null | undefined) {
  expect(el).toBeTruthy();
  (el as HTMLElement).click();
  await flush();
}

async function mount() {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Harness />, root));
}

afterEach(() => {
  render(null, root);
  root.remove();
  saved.mockClear();
  deleted.mockClear();
});

describe('NotesList', () => {
  it('lists every note, newest first', async () => {
    await mount();
    expect(shownIds()).toEqual(['n1', 'n2', 'n3']);
  });

  it('searches Arabic-aware (درنه finds درنة; diacritics ignored) and marks the match', async () => {
    await mount();
    await type(root.querySelector('[data-testid="notes-search"]')!, 'درنه');
    expect(shownIds()).toEqual(['n1']);
    expect(root.querySelector('.note-text mark')?.textContent).toBe('درنة');
    // mark.js wraps it (its attribute), one mark per match, none left over from the last query.
    expect(root.querySelector('.note-text mark')?.getAttribute('data-markjs')).toBe('true');
    await type(root.querySelector('[data-testid="notes-search"]')!, 'مهم');
    expect(shownIds()).toEqual(['n2']);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).not.toContain('درنة');
  });

  it('does not match words of the URL (a slug matched every note of a page), but does match entity names', async () => {
    await mount();
    await type(root.querySelector('[data-testid="notes-search"]')!, 'example');
    expect(shownIds()).toEqual([]);
    await type(root.querySelector('[data-testid="notes-search"]')!, 'الشخص');
    expect(shownIds()).toEqual(['n2']);
  });

  it('filters by entity and by site', async () => {
    await mount();
    await choose(root.querySelector('[data-testid="notes-entity"]')!, 'city-d');
    expect(shownIds()).toEqual(['n1', 'n3']);
    await choose(root.querySelector('[data-testid="notes-site"]')!, 'b.example');
    expect(shownIds()).toEqual(['n3']);
  });

  it('deletes with undo: the toast restores the note exactly as it was', async () => {
    await mount();
    await click(root.querySelector('li[data-note-id="n2"] .delete'));
    expect(deleted).toHaveBeenCalledWith('n2');
    expect(shownIds()).toEqual(['n1', 'n3']);
    const undo = root.querySelector<HTMLButtonElement>('[data-testid="toast"] .toast-action');
    expect(undo?.textContent).toBe('options_undo');
    expect(document.activeElement).toBe(undo);
    await click(undo);
    expect(saved).toHaveBeenCalledWith(initial[1]);
    expect(shownIds()).toEqual(['n1', 'n2', 'n3']);
  });

  it('edits a note in place with a newer updatedAt; Escape cancels', async () => {
    await mount();
    await click(root.querySelector('li[data-note-id="n3"] .edit'));
    const area = root.querySelector<HTMLTextAreaElement>('li[data-note-id="n3"] textarea')!;
    expect(document.activeElement).toBe(area);
    await type(area, 'نص جديد');
    await click(root.querySelector('li[data-note-id="n3"] .save'));
    expect(saved).toHaveBeenCalledTimes(1);
    const edited = saved.mock.calls[0]![0] as Note;
    expect(edited).toMatchObject({ id: 'n3', text: 'نص جديد', createdAt: initial[2]!.createdAt });
    expect(edited.updatedAt).toBeGreaterThan(initial[2]!.updatedAt);

    await click(root.querySelector('li[data-note-id="n1"] .edit'));
    root.querySelector('li[data-note-id="n1"] textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(root.querySelector('li[data-note-id="n1"] textarea')).toBeNull();
    expect(saved).toHaveBeenCalledTimes(1);
  });
});
