/**
 * A small synthetic dataset for unit tests of the data layer. Every name, article and claim here is
 * a placeholder ("person A", "outlet B"), not data about anyone: tests must not depend on the
 * curated dataset, which changes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

import { Dataset } from '../data/schema';
import { SiyaqDB } from './db';
import type { Note } from './messages';

/** A fresh, empty fake IndexedDB per call: tests never share a database. */
export function fakeIdb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A `SiyaqDB` on a fresh fake IndexedDB. */
export function testDb(): SiyaqDB {
  return new SiyaqDB(fakeIdb());
}

/** The synthetic dataset at `version` (the content is the same for every version). */
export function testDataset(version = 'v-test-1'): Dataset {
  return Dataset.parse({
    version,
    articles: [
      {
        id: 'article-one',
        file: 'article-one.txt',
        title: 'عنوان المقال الأول',
        outletId: 'outlet-b',
        author: null,
        date: { value: '2016-05-10', precision: 'day' },
        kind: 'news-report',
        url: null,
        text: 'قال الشخص أ إن المنظمة ج وصلت إلى المدينة د صباح الثلاثاء.',
      },
      {
        id: 'article-two',
        file: 'article-two.txt',
        title: 'عنوان المقال الثاني',
        outletId: null,
        author: { ar: 'كاتب', en: 'Writer' },
        date: { value: '2017-02', precision: 'month' },
        kind: 'opinion-column',
        url: 'https://example.org/article-two',
        text: 'يرى الكاتب أن المنظمة ج فقدت السيطرة على المدينة د.',
      },
    ],
    entities: [
      {
        id: 'person-a',
        type: 'person',
        name: { ar: 'الشخص أ', en: 'Person A' },
        aliases: ['الشخص أ'],
        description: { ar: 'شخص للاختبار', en: 'A test person' },
        related: ['organization-c'],
      },
      {
        id: 'outlet-b',
        type: 'outlet',
        name: { ar: 'المنفذ ب', en: 'Outlet B' },
        aliases: ['المنفذ ب'],
        description: { ar: 'منفذ للاختبار', en: 'A test outlet' },
      },
      {
        id: 'organization-c',
        type: 'organization',
        name: { ar: 'المنظمة ج', en: 'Organization C' },
        aliases: ['المنظمة ج'],
        description: { ar: 'منظمة للاختبار', en: 'A test organization' },
        related: ['person-a'],
      },
      {
        id: 'city-d',
        type: 'place',
        name: { ar: 'المدينة د', en: 'City D' },
        aliases: ['المدينة د'],
        description: { ar: 'مدينة للاختبار', en: 'A test city' },
      },
    ],
    claims: [
      {
        id: 'claim-arrived',
        kind: 'statement',
        claimant: 'person-a',
        subjects: ['organization-c'],
        places: ['city-d'],
        date: { value: '2016-05-10', precision: 'day' },
        summary: { ar: 'بحسب الشخص أ، وصلت المنظمة ج.', en: 'According to Person A, Organization C arrived.' },
        citations: [{ articleId: 'article-one', quote: 'المنظمة ج وصلت إلى المدينة د' }],
      },
      {
        id: 'claim-lost-control',
        kind: 'opinion',
        claimant: 'outlet-b',
        subjects: ['organization-c'],
        places: ['city-d'],
        date: { precision: 'unknown' },
        summary: { ar: 'يرى الكاتب أن المنظمة ج فقدت السيطرة.', en: 'The writer holds that Organization C lost control.' },
        citations: [{ articleId: 'article-two', quote: 'المنظمة ج فقدت السيطرة على المدينة د' }],
      },
    ],
  });
}

/** A valid note about `entityId` on `url`. */
export function testNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'note-1',
    entityId: 'organization-c',
    url: 'https://news.example/story',
    pageTitle: 'خبر',
    anchor: { exact: 'المنظمة ج', prefix: 'قال ', suffix: ' إن' },
    text: 'ملاحظتي عن المنظمة',
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}
