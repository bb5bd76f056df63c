// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { NoteMarker, Result } from '../../../protocol/messages';
import type { PageName } from '../annotate/names';

type Reply = Result<NoteMarker[]>;
const requests: Array<(reply: Reply) => void> = [];
vi.mock('../../../protocol/messaging', () => ({
  sendToBackground: vi.fn(() => new Promise<Reply>((resolve) => requests.push(resolve))),
}));

const { NoteAnchors } = await import('./note-anchors');

/** One name, «درنة», in a paragraph of the test document. */
function pageName(): PageName {
  document.body.innerHTML = '<p>وصلت القوات إلى درنة أمس</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const start = text.data.indexOf('درنة');
  return { entityId: 'derna', owner: document.body as never, segment: 0, start, end: start + 4, pieces: [[text, start, start + 4]], painted: null };
}
const marker: NoteMarker = { id: 'note-1', entityId: 'derna', anchor: { exact: 'درنة', prefix: 'وصلت القوات إلى ', suffix: ' أمس' } };
/** Lets the answered request's continuation run (a few microtasks; no timer). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  requests.length = 0;
});

describe('NoteAnchors', () => {
  it('keeps the newest answer when an older request answers last', async () => {
    const name = pageName();
    const anchors = new NoteAnchors(() => 'https://news.example/a', new AbortController().signal);
    anchors.ensureLoaded();
    const saved = anchors.refresh();
    expect(requests).toHaveLength(2);
    requests[1]!({ ok: true, value: [marker] });
    await saved;
    // The first request was made before the note was saved: its (empty) answer is stale.
    requests[0]!({ ok: true, value: [] });
    await settle();
    expect(anchors.noteIdsFor(name, () => [name])).toEqual(['note-1']);
  });

  it('asks again after a failed request, and only until the markers have loaded', async () => {
    const name = pageName();
    const anchors = new NoteAnchors(() => 'https://news.example/a', new AbortController().signal);
    anchors.ensureLoaded();
    anchors.ensureLoaded();
    expect(requests).toHaveLength(1);
    requests[0]!({ ok: false, error: 'message failed: Could not establish connection' });
    await settle();
    anchors.ensureLoaded();
    expect(requests).toHaveLength(2);
    requests[1]!({ ok: true, value: [marker] });
    await settle();
    expect(anchors.noteIdsFor(name, () => [name])).toEqual(['note-1']);
    anchors.ensureLoaded();
    expect(requests).toHaveLength(2);
  });

  it("asks for the entity's names on the page only when the page has notes on that entity", async () => {
    const name = pageName();
    const anchors = new NoteAnchors(() => 'https://news.example/a', new AbortController().signal);
    anchors.ensureLoaded();
    requests[0]!({ ok: true, value: [{ ...marker, entityId: 'benghazi' }] });
    await settle();
    // The page's names in document order cost a sort of every name on a big page (~1 s): a click
    // on a name the reader has no note on must not pay for it.
    const names = vi.fn(() => [name]);
    expect(anchors.noteIdsFor(name, names)).toEqual([]);
    expect(names).not.toHaveBeenCalled();
    expect(anchors.noteIdsFor({ ...name, entityId: 'benghazi' }, names)).toEqual([]);
    expect(names).toHaveBeenCalledTimes(1);
  });
});
