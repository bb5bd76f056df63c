import { it } from 'vitest';
import { compileMatcher } from '../core/matcher/matcher';
import { loadIndex } from './quality/score';
it('probe', () => {
  const m = compileMatcher(loadIndex());
  for (const t of ['بعث بها الرئيس هادي يوم الخميس إلى رئيس المجلس الرئاسي الليبي، محمد المنفي، بمناسبة شهر رمضان المبارك', 'رئيس المجلس الرئاسي الليبي محمد المنفي']) console.log(JSON.stringify(m.scan(t)));
});
