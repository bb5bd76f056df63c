/** The whole fixture corpus. */
import { ambiguous } from './ambiguous';
import { boundaries } from './boundaries';
import { organisations } from './organisations';
import { pages } from './pages';
import { persons } from './persons';
import { places } from './places';
import type { CorpusCase } from './types';
import { variants } from './variants';

export type { CorpusCase, Expected } from './types';

export const corpus: CorpusCase[] = [...persons, ...organisations, ...places, ...variants, ...ambiguous, ...boundaries, ...pages];
