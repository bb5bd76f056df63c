import { it } from 'vitest';
import fs from 'node:fs';
import { tuneCases } from './tune';
it('kinds', () => {
  const dir = 'tests/quality/realtext/raw/';
  const fileOf = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) for (const x of fs.readFileSync(dir + f, 'utf8').matchAll(/^### (\S+)/gm)) fileOf.set(x[1]!, f.slice(0, 3));
  const n = new Map<string, number>();
  const ex = new Map<string, string[]>();
  for (const c of tuneCases) {
    if (!fileOf.get(c.id)!.startsWith('b')) continue;
    for (const l of c.lookalikes) {
      n.set(l.notEntityId, (n.get(l.notEntityId) ?? 0) + 1);
      const e = ex.get(l.notEntityId) ?? []; e.push(`«${l.surface}» ${l.why}`); ex.set(l.notEntityId, e);
    }
  }
  console.log([...n].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}: ${ex.get(k)!.filter((x) => !/nisba|demonym/i.test(x)).slice(0, 12).join(' ; ')}`).join('\n'));
});
