/**
 * Shape checks for the real-text corpus. This test never loads the matcher: it only checks that
 * the annotations are well formed (surfaces occur in order in their case, ids unique, entity ids
 * exist in the dataset, the split is the deterministic one documented in README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { entities } from '../../../data/entities';
import { blindCases } from './blind';
import { tuneCases } from './tune';
import type { RealCase } from './types';

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const ids = new Set(entities.map((e) => e.id));
const rawDir = fileURLToPath(new URL('./raw/', import.meta.url));
/** Case ids of the later tuning-only batches (raw/c*.txt), added with ids chosen to hash even. */
const laterTuningIds = new Set(
  readdirSync(rawDir)
    .filter((f) => /^c\d+\.txt$/.test(f))
    .flatMap((f) => [...readFileSync(rawDir + f, 'utf8').matchAll(/^### (\S+)/gm)].map((m) => m[1]!)),
);
const all: RealCase[] = [...tuneCases, ...blindCases];

describe('real-text corpus shape', () => {
  it('has at least 300 excerpts; the blind-written batches split about half and half', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    // The later tuning-only additions (raw/c*.txt) have ids chosen to hash even, so they are left
    // out of the balance check; the batches written blind (raw/b*.txt) were split by hash alone.
    const blindWritten = all.filter((c) => !laterTuningIds.has(c.id));
    const tune = blindWritten.filter((c) => fnv1a(c.id) % 2 === 0).length;
    expect(Math.abs(tune - (blindWritten.length - tune)) / blindWritten.length).toBeLessThan(0.15);
  });

  it('puts every later tuning-only addition (raw/c*.txt) in the tuning part', () => {
    expect(laterTuningIds.size).toBeGreaterThan(0);
    const tuneIds = new Set(tuneCases.map((c) => c.id));
    for (const id of laterTuningIds) expect(tuneIds.has(id), id).toBe(true);
  });

  it('has unique case ids', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('puts each case in the part its id hash says', () => {
    for (const c of tuneCases) expect(fnv1a(c.id) % 2, c.id).toBe(0);
    for (const c of blindCases) expect(fnv1a(c.id) % 2, c.id).toBe(1);
  });

  it('uses only dataset entity ids', () => {
    for (const c of all) {
      for (const m of c.expected) expect(ids.has(m.entityId), `${c.id}: ${m.entityId}`).toBe(true);
      for (const l of c.lookalikes) expect(ids.has(l.notEntityId), `${c.id}: ${l.notEntityId}`).toBe(true);
    }
  });

  it('finds every expected and look-alike surface in its case, in order', () => {
    for (const c of all) {
      const text = c.paragraphs.join('\n\n');
      for (const list of [c.expected, c.lookalikes]) {
        let pos = 0;
        for (const m of list) {
          const i = text.indexOf(m.surface, pos);
          expect(i, `${c.id}: «${m.surface}»`).toBeGreaterThanOrEqual(0);
          pos = i + m.surface.length;
        }
      }
    }
  });

  it('places every surface where its paragraph/offset says, without expected/look-alike overlaps', () => {
    for (const c of all) {
      const spans: [number, number, number][] = [];
      for (const m of [...c.expected, ...c.lookalikes]) {
        expect(m.paragraph, `${c.id}: «${m.surface}»`).toBeTypeOf('number');
        const p = c.paragraphs[m.paragraph!] ?? '';
        expect(p.slice(m.offset!, m.offset! + m.surface.length), `${c.id}: «${m.surface}»`).toBe(m.surface);
        spans.push([m.paragraph!, m.offset!, m.offset! + m.surface.length]);
      }
      for (let i = 0; i < spans.length; i++)
        for (let j = i + 1; j < spans.length; j++) {
          const [pa, a0, a1] = spans[i]!;
          const [pb, b0, b1] = spans[j]!;
          expect(pa !== pb || a1 <= b0 || b1 <= a0, `${c.id}: overlapping annotations`).toBe(true);
        }
    }
  });

  it('has non-empty paragraphs and source fields of the right type', () => {
    for (const c of all) {
      expect(c.paragraphs.length, c.id).toBeGreaterThan(0);
      for (const p of c.paragraphs) expect(p.trim().length, c.id).toBeGreaterThan(0);
      for (const k of ['url', 'title', 'outlet', 'date'] as const) {
        const v = c.source[k];
        expect(v === null || typeof v === 'string', `${c.id}.${k}`).toBe(true);
      }
    }
  });
});
