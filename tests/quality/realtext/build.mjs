// Builds tune.ts and blind.ts from the hand-annotated raw/*.txt files (see README.md).
// Deterministic split: FNV-1a 32-bit hash of the case id, even -> tune, odd -> blind.
// This script never loads or runs the matcher; it only parses and checks the annotation files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entitiesSrc = fs.readFileSync(path.join(here, '../../../data/entities.ts'), 'utf8');
const ids = new Set([...entitiesSrc.matchAll(/^\s{4}id: '([a-z0-9-]+)'/gm)].map((m) => m[1]));

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const unesc = (s) => s.replace(/\\n/g, '\n');
const cases = [];
const errors = [];
for (const file of fs.readdirSync(path.join(here, 'raw')).filter((f) => f.endsWith('.txt')).sort()) {
  const blocks = fs.readFileSync(path.join(here, 'raw', file), 'utf8').split(/^### /m).slice(1);
  for (const block of blocks) {
    const [head, body, ann = ''] = block.split(/^---$/m);
    const headLines = head.trim().split('\n');
    const id = headLines[0].trim();
    const meta = { url: null, title: null, outlet: null, date: null };
    let note;
    for (const l of headLines.slice(1)) {
      const m = l.match(/^(url|title|outlet|date|note): (.*)$/);
      if (!m) { errors.push(`${id}: bad header line ${l}`); continue; }
      if (m[1] === 'note') note = m[2].trim();
      else meta[m[1]] = m[2].trim() === 'null' ? null : m[2].trim();
    }
    const paragraphs = body.replace(/^\n+|\n+$/g, '').split(/\n\s*\n/).map((p) => p);
    const expected = [];
    const lookalikes = [];
    for (const l of ann.split('\n').map((x) => x.trim()).filter(Boolean)) {
      const sign = l[0];
      const parts = l.slice(1).split('|').map((x) => x.trim());
      if (sign === '+') {
        const m = { surface: unesc(parts[0]), entityId: parts[1] };
        if (parts[2]) m.note = parts.slice(2).join(' | ');
        expected.push(m);
      } else if (sign === '-') {
        lookalikes.push({ surface: unesc(parts[0]), notEntityId: parts[1], why: parts.slice(2).join(' | ') });
      } else errors.push(`${id}: bad annotation line ${l}`);
    }
    const c = { id, source: meta, paragraphs, expected, lookalikes };
    if (note) c.note = note;
    // Checks and positions: every surface must occur; expected and look-alike items are placed
    // jointly, each list in its own text order, earliest first, never overlapping an item already
    // placed. Each placed item gets `paragraph` (index) and `offset` (UTF-16 index in it).
    const text = paragraphs.join('\n\n');
    const starts = [];
    let acc = 0;
    for (const p of paragraphs) { starts.push(acc); acc += p.length + 2; }
    const taken = [];
    const free = (a, b) => taken.every(([x, y]) => b <= x || a >= y);
    const W = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3A-Za-z0-9_]/;
    const whole = (i, n) => !(i > 0 && W.test(text[i - 1])) && !(i + n < text.length && W.test(text[i + n]));
    const find = (surface, from) => {
      let i = text.indexOf(surface, from);
      while (i >= 0 && !(free(i, i + surface.length) && whole(i, surface.length))) i = text.indexOf(surface, i + 1);
      return i;
    };
    let ei = 0, li = 0, ePos = 0, lPos = 0;
    while (ei < expected.length || li < lookalikes.length) {
      const e = ei < expected.length ? find(expected[ei].surface, ePos) : Infinity;
      const l = li < lookalikes.length ? find(lookalikes[li].surface, lPos) : Infinity;
      if (e < 0) { errors.push(`${id}: expected surface not found in order: ${expected[ei].surface}`); ei++; continue; }
      if (l < 0) { errors.push(`${id}: lookalike surface not found in order: ${lookalikes[li].surface}`); li++; continue; }
      if (e === l && expected[ei].surface.length === lookalikes[li].surface.length) { errors.push(`${id}: expected and look-alike at the same place: ${expected[ei].surface}`); ei++; li++; continue; }
      const isE = e === l ? expected[ei].surface.length > lookalikes[li].surface.length : e < l;
      const item = isE ? expected[ei] : lookalikes[li];
      const at = isE ? e : l;
      taken.push([at, at + item.surface.length]);
      const pi = starts.filter((x) => x <= at).length - 1;
      if (at + item.surface.length > starts[pi] + paragraphs[pi].length) errors.push(`${id}: surface crosses a paragraph break: ${item.surface}`);
      item.paragraph = pi;
      item.offset = at - starts[pi];
      if (isE) { ePos = at + item.surface.length; ei++; } else { lPos = at + item.surface.length; li++; }
    }
    for (const m of expected) if (!ids.has(m.entityId)) errors.push(`${id}: unknown entity ${m.entityId}`);
    for (const m of lookalikes) if (!ids.has(m.notEntityId)) errors.push(`${id}: unknown entity ${m.notEntityId}`);
    if (cases.some((x) => x.id === id)) errors.push(`duplicate id ${id}`);
    cases.push(c);
  }
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
const tune = cases.filter((c) => fnv1a(c.id) % 2 === 0);
const blind = cases.filter((c) => fnv1a(c.id) % 2 === 1);
const header = (name) =>
  `// GENERATED by tests/quality/realtext/build.mjs from raw/*.txt — edit the raw files, not this one.\n` +
  `// ${name === 'blind' ? 'BLIND PART: never tune the matcher against these cases.' : 'Tuning part: may be inspected while developing the matcher.'}\n` +
  `import type { RealCase } from './types';\n\n`;
for (const [name, arr] of [['tune', tune], ['blind', blind]]) {
  fs.writeFileSync(
    path.join(here, `${name}.ts`),
    header(name) + `export const ${name}Cases: RealCase[] = ${JSON.stringify(arr, null, 2)};\n`,
  );
}
const stat = (arr) => ({
  excerpts: arr.length,
  expected: arr.reduce((n, c) => n + c.expected.length, 0),
  aliasMissing: arr.reduce((n, c) => n + c.expected.filter((m) => m.note?.includes('alias-missing')).length, 0),
  lookalikes: arr.reduce((n, c) => n + c.lookalikes.length, 0),
  withLookalike: arr.filter((c) => c.lookalikes.length > 0).length,
});
console.log(JSON.stringify({ tune: stat(tune), blind: stat(blind), all: stat(cases) }));
