// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { NoteMarker } from '../../../protocol/messages';
import { HAS_NOTE_CLASS, PopoverHost } from './host';

const markers: NoteMarker[] = [];
vi.mock('../../../protocol/messaging', () => ({
  sendToBackground: vi.fn(async (type: string) =>
    type === 'notes.markersForPage' ? { ok: true, value: markers } : { ok: false, error: 'not in this test' },
  ),
}));

// The frame channel needs runtime ports (tested in a real browser: tests/e2e/attacks.e2e.ts).
vi.mock('./frame-channel', () => ({
  force: (el: HTMLElement, p: string, v: string) => el.style.setProperty(p, v, 'important'),
  FrameChannel: class {
    host = document.createElement('div');
    iframe = document.createElement('iframe');
    ready = false;
    post(): void {}
    destroy(): void {
      this.host.remove();
    }
  },
}));

const hl = (id: string, text: string) =>
  `<siyaq-mark class="siyaq-hl" data-entity-id="${id}" tabindex="0" role="button">${text}</siyaq-mark>`;

beforeEach(() => {
  markers.length = 0;
  document.body.innerHTML =
    `<p>قالت مصادر محلية إن قوات ${hl('khalifa-haftar', 'حفتر')} انسحبت من المنطقة الجنوبية أمس.</p>` +
    `<p>وفي بيان رسمي أعلن المتحدث باسم ${hl('khalifa-haftar', 'حفتر')} أن العملية مستمرة في ${hl('derna', 'درنة')}.</p>` +
    `<p>ويرى محللون أن المشير ${hl('khalifa-haftar', 'حفتر')} يسعى إلى السيطرة على كامل الشرق الليبي.</p>`;
});

afterEach(() => {
  document.body.innerHTML = '';
});

const haftars = () => [...document.querySelectorAll<HTMLElement>('[data-entity-id="khalifa-haftar"]')];

describe('PopoverHost note marks', () => {
  it('marks the highlight whose text and context match the note anchor, and only it', async () => {
    markers.push({
      id: 'n1',
      entityId: 'khalifa-haftar',
      anchor: { exact: 'حفتر', prefix: 'وفي بيان رسمي أعلن المتحدث باسم ', suffix: ' أن العملية مستمرة في درنة.' },
    });
    const host = new PopoverHost();
    await host.refreshMarkers();
    expect(haftars().map((el) => el.classList.contains(HAS_NOTE_CLASS))).toEqual([false, true, false]);
    expect(document.querySelector('[data-entity-id="derna"]')!.classList.contains(HAS_NOTE_CLASS)).toBe(false);
    host.destroy();
    expect(document.querySelectorAll(`.${HAS_NOTE_CLASS}`)).toHaveLength(0);
  });

  it('re-attaches after the page changed a little, and lets go when the marker is gone', async () => {
    markers.push({
      id: 'n2',
      entityId: 'khalifa-haftar',
      // Written when the page said «ويرى خبراء أن المشير»: the context drifted, the name is the same.
      anchor: { exact: 'حفتر', prefix: 'ويرى خبراء أن المشير ', suffix: ' يسعى إلى السيطرة على الشرق الليبي.' },
    });
    const host = new PopoverHost();
    await host.refreshMarkers();
    expect(haftars().map((el) => el.classList.contains(HAS_NOTE_CLASS))).toEqual([false, false, true]);
    markers.length = 0;
    await host.refreshMarkers();
    expect(document.querySelectorAll(`.${HAS_NOTE_CLASS}`)).toHaveLength(0);
    host.destroy();
  });

  it('falls back to the most similar context for another spelling, but not to an unrelated passage', async () => {
    markers.push(
      {
        id: 'alias',
        entityId: 'khalifa-haftar',
        anchor: { exact: 'خليفة حفتر', prefix: 'قالت مصادر محلية إن قوات ', suffix: ' انسحبت من المنطقة الجنوبية أمس.' },
      },
      {
        id: 'gone',
        entityId: 'khalifa-haftar',
        anchor: { exact: 'المشير خليفة', prefix: 'نص لم يعد في الصفحة إطلاقا ', suffix: ' وانتهى الأمر هنا تماما' },
      },
    );
    const host = new PopoverHost();
    await host.refreshMarkers();
    expect(haftars().map((el) => el.classList.contains(HAS_NOTE_CLASS))).toEqual([true, false, false]);
    host.destroy();
  });
});

describe('PopoverHost keyboard', () => {
  it('Alt+Shift+N and Alt+Shift+P move focus through the highlights, wrapping around', () => {
    const host = new PopoverHost();
    host.start();
    const all = [...document.querySelectorAll<HTMLElement>('.siyaq-hl')];
    all[0]!.focus();
    const press = (code: string) =>
      document.dispatchEvent(new KeyboardEvent('keydown', { code, key: 'x', altKey: true, shiftKey: true, bubbles: true }));
    press('KeyN');
    expect(document.activeElement).toBe(all[1]);
    press('KeyN');
    press('KeyN');
    press('KeyN');
    expect(document.activeElement).toBe(all[0]);
    press('KeyP');
    expect(document.activeElement).toBe(all[3]);
    host.destroy();
  });
});
