/**
 * For the matcher's unit tests (./*.test.ts): an alias's ambiguity rules with the dataset schema's
 * defaults, so each test's small index states only what it tests. Not used by the extension.
 */
import type { Ambiguity } from '../dataset/schema';

export function amb(a: Partial<Ambiguity>): Ambiguity {
  return { reason: 'test', exclude: [], context: [], window: 6, pageMentions: 3, ...a };
}
