// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

import { findMatches, queryTerms } from '../core/arabic/search';
import MarkedText from './MarkedText';

let root: HTMLElement;

function show(text: string, query: string) {
  act(() => render(<MarkedText text={text} ranges={findMatches(text, queryTerms(query))} />, root));
  return [...root.querySelectorAll('mark')].map((m) => m.textContent);
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('MarkedText', () => {
  it('marks with mark.js what core/arabic folds together: hamza forms, tatweel, diacritics, ة/ه', () => {
    root = document.createElement('div');
    document.body.append(root);
    const text = 'قال أحمـــد إنّ مدينةَ درنة هادئة';
    expect(show(text, 'احمد مدينه')).toEqual(['أحمـــد', 'مدينةَ']);
    expect(root.querySelector('mark')?.getAttribute('data-markjs')).toBe('true');
    expect(root.textContent).toBe(text);
  });

  it('re-marks on change without leaving a stale mark, and shows plain text with no ranges', () => {
    root = document.createElement('div');
    document.body.append(root);
    const text = 'درنة وبنغازي وسرت';
    expect(show(text, 'درنه')).toEqual(['درنة']);
    expect(show(text, 'سرت')).toEqual(['سرت']);
    expect(show(text, '')).toEqual([]);
    expect(root.textContent).toBe(text);
    expect(show('نص آخر', 'آخر')).toEqual(['آخر']);
    expect(root.textContent).toBe('نص آخر');
  });
});
