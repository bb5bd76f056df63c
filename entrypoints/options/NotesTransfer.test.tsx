// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ImportOutcome as ImportResult } from '../../protocol/messages';
import { testNote } from '../../tests/fixtures/dataset';
import NotesTransfer, { importMessage } from './NotesTransfer';

let root: HTMLElement | undefined;
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

describe('importMessage', () => {
  it('says what an import did, and that a refused file changed nothing', () => {
    expect(importMessage({ ok: true, format: 'json', summary: { added: 2, updated: 1, unchanged: 0 } })).toBe('options_importDone');
    for (const error of ['too-large', 'not-json', 'unknown-format', 'foreign-annotations', 'invalid'] as const)
      expect(importMessage({ ok: false, error })).toMatch(/^options_import\w+ options_importNothingChanged$/);
  });
});

describe('NotesTransfer', () => {
  it('imports the chosen file, reports the outcome as an error when refused, and can import it again', async () => {
    const results: ImportResult[] = [
      { ok: false, error: 'not-json' },
      { ok: true, format: 'json', summary: { added: 0, updated: 0, unchanged: 1 } },
    ];
    const onImport = vi.fn(async () => results.shift()!);
    const el = document.createElement('div');
    root = el;
    document.body.append(el);
    await act(() => render(<NotesTransfer notes={[testNote()]} onImport={onImport} />, el));
    const input = el.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    const status = el.querySelector<HTMLElement>('[data-testid="import-status"]')!;
    const file = new File(['{'], 'notes.json', { type: 'application/json' });
    for (const expected of ['error', null]) {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await act(async () => new Promise((r) => setTimeout(r, 20)));
      expect(status.getAttribute('class')).toBe(expected);
    }
    expect(onImport).toHaveBeenCalledTimes(2);
    expect(status.dataset.imports).toBe('2');
  });
});
