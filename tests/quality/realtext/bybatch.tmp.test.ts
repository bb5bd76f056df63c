import { it } from 'vitest';
import fs from 'node:fs';
import { compileMatcher } from '../../../core/matcher/matcher';
import { loadIndex, pageHighlights } from '../score';
import { tuneCases } from './tune';
it('by batch', () => {
  const m = compileMatcher(loadIndex());
  const dir = 'tests/quality/realtext/raw/';
  const fileOf = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) for (const x of fs.readFileSync(dir + f, 'utf8').matchAll(/^### (\S+)/gm)) fileOf.set(x[1]!, f.slice(0, 3));
  const agg = new Map<string, number[]>();
  const out: string[] = [];
  for (const c of tuneCases) {
    const pages = pageHighlights(m, c.paragraphs, c.source.date);
    const a = agg.get(fileOf.get(c.id)!) ?? [0, 0, 0, 0, 0, 0];
    const used = new Set<object>();
    for (const e of c.expected) {
      const hit = pages[e.paragraph!]!.find((h) => !used.has(h) && h.entityId === e.entityId && h.start < e.offset! + e.surface.length && h.end > e.offset!);
      if (hit) { used.add(hit); a[3]++; } else { a[5]++; if (process.env.SHOW === fileOf.get(c.id)) out.push(`FN ${c.id} «${e.surface}» ${e.entityId} ${e.note ?? ''}`); }
    }
    pages.forEach((hs, p) => { for (const h of hs) if (!used.has(h)) { a[4]++; if (process.env.SHOW === fileOf.get(c.id)) out.push(`FP ${c.id} «${c.paragraphs[p]!.slice(h.start, h.end)}» ${h.entityId} …${c.paragraphs[p]!.slice(Math.max(0, h.start - 40), h.end + 40)}…`); } });
    for (const l of c.lookalikes) {
      a[0]++;
      const hit = pages[l.paragraph!]!.some((h) => h.entityId === l.notEntityId && h.start < l.offset! + l.surface.length && h.end > l.offset!);
      if (hit) { a[1]++; out.push(`${fileOf.get(c.id)} ${c.id} «${l.surface}» ${l.notEntityId} — ${l.why}`); }
    }
    a[2]++;
    agg.set(fileOf.get(c.id)!, a);
  }
  console.log([...agg].sort().map(([k, [n, h, cs, tp, fp, fn]]) => `${k}: cases ${cs} P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} look-alikes ${h}/${n} = ${(100 * h / n).toFixed(1)}%`).join('\n') + '\n' + out.join('\n'));
});
