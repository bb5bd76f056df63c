/**
 * Names a later body of the same country took over (the dataset's `until`: «المجلس الرئاسي» meant the
 * accord's council until February 2021, al-Menfi's since). Both bodies are Libyan, so the words that
 * confirm a place or a country tell them apart no better than the name does; only the old body's own
 * era does (السراج، الوفاق، الصخيرات). matcher.ts marks a hit confirmed by nothing of its era as weak,
 * and the page policy takes it back on a page that names the new body's people (المنفي، الدبيبة).
 */
import { matchKey } from '../arabic/normalize';
import { containsPhrase, NISBA, type Word } from './rules';
import type { Compiled } from './word-trie';

/**
 * For each entity with a taken-over name, the context words of those names that tell the old body
 * from the new: not places, nisbas (الليبية: the country's, which both bodies share) or the entity's own names. Computed per entity on first use.
 */
export function eraWordsOf(
  entries: ReadonlyArray<{ entityId: string; alias: string; ambiguous?: { until?: string } }>,
  byKey: ReadonlyMap<string, Compiled>,
): (entityId: string) => string[][] {
  const eras = new Map<string, string[][]>();
  return (id) => {
    let era = eras.get(id);
    if (era) return era;
    eras.set(id, (era = []));
    for (const e of entries) {
      if (e.entityId !== id || !e.ambiguous?.until) continue;
      for (const p of byKey.get(matchKey(e.alias))?.rules?.context ?? []) {
        const named = byKey.get(p.join(''))?.entry;
        if (!(p.length === 1 && NISBA.test(p[0]!)) && named?.type !== 'place' && named?.entityId !== id) era.push(p);
      }
    }
    return era;
  };
}

/** Whether the block names the old body's era (`era`: from {@link eraWordsOf}). */
export function eraInBlock(era: readonly string[][], words: Word[]): boolean {
  return era.some((p) => containsPhrase(words, p));
}
