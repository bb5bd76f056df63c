/**
 * Export and import of the reader's notes. Two formats:
 * - Siyaq JSON: `{ format: 'siyaq-notes', version: 1, exportedAt, notes: Note[] }`, lossless.
 * - W3C Web Annotation (JSON-LD): an `AnnotationCollection` whose page holds one `Annotation` per
 *   note (body `TextualBody`, target `{ source: url, selector: TextQuoteSelector }`). The entity and
 *   the page title, which the model has no property for, travel as `siyaq:entity` and
 *   `siyaq:pageTitle` (compact IRIs with an undefined prefix expand to themselves in JSON-LD).
 *
 * Import validates the whole file with zod before anything is written, so a bad or foreign file
 * changes nothing; it is idempotent by note id, and on a conflict the newer `updatedAt` wins.
 */
import { z } from 'zod';

import { Slug } from '../dataset/schema';
import { Note } from '../../protocol/messages';

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Where Siyaq's own annotation properties (`siyaq:entity`, `siyaq:pageTitle`) are defined. */
export const SIYAQ_NS = 'urn:siyaq:ns:';
/** The software that wrote the annotations (W3C `generator`, and the export's `creator`). */
const SIYAQ_AGENT = { type: 'Software', name: 'Siyaq' } as const;
const FORMAT = 'siyaq-notes';

/** The Siyaq JSON export file. */
export const NotesFile = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    exportedAt: z.string(),
    notes: z.array(Note),
  })
  .strict();
export type NotesFile = z.infer<typeof NotesFile>;

/** Serialises notes as Siyaq JSON (pretty-printed: people open these files). */
export function toJsonExport(notes: readonly Note[], now = new Date()): string {
  const file: NotesFile = { format: FORMAT, version: 1, exportedAt: now.toISOString(), notes: [...notes] };
  return JSON.stringify(file, null, 2);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTE_URN = 'urn:siyaq:note:';

/** A note id as an IRI: `urn:uuid:` for UUIDs, else a Siyaq URN. */
function noteIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : NOTE_URN + encodeURIComponent(id);
}

/** The note id an annotation IRI stands for (the reverse of {@link noteIri}). */
function idFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(NOTE_URN)) {
    try {
      return decodeURIComponent(iri.slice(NOTE_URN.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

/** One note as a W3C Web Annotation. */
export function toAnnotation(note: Note): Record<string, unknown> {
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    generator: SIYAQ_AGENT,
    body: {
      type: 'TextualBody',
      value: note.text,
      format: 'text/plain',
      purpose: 'commenting',
      // Notes are mostly Arabic; a note with no Arabic letter is left undeclared rather than guessed.
      ...(/[\u0600-\u06FF]/.test(note.text) ? { language: 'ar' } : {}),
      textDirection: 'auto',
    },
    target: {
      source: note.url,
      selector: { type: 'TextQuoteSelector', exact: note.anchor.exact, prefix: note.anchor.prefix, suffix: note.anchor.suffix },
    },
    'siyaq:entity': note.entityId,
    'siyaq:pageTitle': note.pageTitle,
  };
}

/** Serialises notes as a W3C Web Annotation collection (JSON-LD). */
export function toWebAnnotationExport(notes: readonly Note[], now = new Date()): string {
  // Collections and pages MUST have an id (W3C web-annotation-tests 5.1/5.2); an export has no
  // server, so it gets a URN unique to its moment.
  const id = `urn:siyaq:export:${now.toISOString()}`;
  const page = `${id}:page:0`;
  const doc = {
    '@context': [ANNO_CONTEXT, { siyaq: SIYAQ_NS }],
    id,
    type: 'AnnotationCollection',
    label: 'Siyaq notes',
    creator: SIYAQ_AGENT,
    generator: SIYAQ_AGENT,
    generated: now.toISOString(),
    total: notes.length,
    first: { id: page, type: 'AnnotationPage', partOf: id, startIndex: 0, items: notes.map(toAnnotation) },
    last: page,
  };
  return JSON.stringify(doc, null, 2);
}

const hasType = (name: string) =>
  z.union([z.literal(name), z.array(z.string()).refine((a) => a.includes(name), `type must include ${name}`)]);

const IsoDate = z.iso.datetime({ offset: true });

const WaBody = z.object({ type: z.literal('TextualBody'), value: z.string(), purpose: z.string().optional() });

const WaSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const WaAnnotation = z.object({
  id: z.string().min(1),
  type: hasType('Annotation'),
  created: IsoDate,
  modified: IsoDate.optional(),
  body: z.union([WaBody, z.array(WaBody).min(1)]),
  target: z.object({
    source: z.string(),
    selector: z.union([WaSelector, z.array(z.unknown())]),
  }),
  'siyaq:entity': Slug,
  'siyaq:pageTitle': z.string().optional(),
});

/** Another tool's annotation: a TextualBody on a TextQuoteSelector target, no Siyaq entity. */
const ForeignAnnotation = WaAnnotation.omit({ 'siyaq:entity': true, 'siyaq:pageTitle': true }).extend({
  id: z.string().min(1).optional(),
  created: IsoDate.optional(),
});
type WaAnnotation = z.infer<typeof WaAnnotation>;

const withContext = z.union([
  z.literal(ANNO_CONTEXT),
  z.array(z.unknown()).refine((a) => a.includes(ANNO_CONTEXT), `@context must include ${ANNO_CONTEXT}`),
]);

/** The shapes a Web Annotation file may take: one annotation, an array, a collection or a page. */
const WaDocument = z.union([
  z.object({ '@context': withContext, type: hasType('AnnotationCollection'), first: z.object({ items: z.array(z.unknown()) }) }),
  z.object({ '@context': withContext, type: hasType('AnnotationPage'), items: z.array(z.unknown()) }),
  z.object({ '@context': withContext, type: hasType('Annotation') }),
]);

function annotationToNote(a: WaAnnotation): unknown {
  const bodies = Array.isArray(a.body) ? a.body : [a.body];
  const body = bodies.find((b) => b.purpose === 'commenting') ?? bodies[0]!;
  const selectors = Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const selector = selectors.map((s) => WaSelector.safeParse(s)).find((r) => r.success)?.data;
  const createdAt = Date.parse(a.created);
  return {
    id: idFromIri(a.id),
    entityId: a['siyaq:entity'],
    url: a.target.source,
    pageTitle: a['siyaq:pageTitle'] ?? '',
    anchor: selector ? { exact: selector.exact, prefix: selector.prefix ?? '', suffix: selector.suffix ?? '' } : undefined,
    text: body.value,
    createdAt,
    updatedAt: a.modified ? Date.parse(a.modified) : createdAt,
  };
}

/** Why an import was refused; the UI turns it into a sentence. */
export type ImportErrorCode = 'too-large' | 'not-json' | 'unknown-format' | 'foreign-annotations' | 'invalid';

/** Another tool's annotations left out of an import, by reason. */
export interface Skipped {
  /** Its quote contains no name Siyaq knows. */
  noKnownName: number;
  /** It has no TextQuoteSelector (nothing to attach a note to). */
  noQuote: number;
  /** Not a TextualBody annotation of a page. */
  invalid: number;
}

export type ParseResult =
  | { ok: true; format: 'json' | 'web-annotation'; notes: Note[]; skipped?: Skipped }
  | { ok: false; error: ImportErrorCode; detail?: string };

/** Finds the entity a quoted passage names (the background passes its matcher); undefined when none. */
export type FindEntity = (quote: string) => string | undefined;

/**
 * Another tool's annotation as a note on the first known name in its quote, or why it is left out.
 * Its id is kept (idempotent re-import); the page title is not known.
 */
function foreignToNote(item: unknown, findEntity: FindEntity, now: number): Note | keyof Skipped {
  const a = ForeignAnnotation.safeParse(item);
  if (!a.success) {
    const target = (item as { target?: { selector?: unknown } }).target;
    return target && typeof target === 'object' && !JSON.stringify(target.selector ?? null).includes('TextQuoteSelector') ? 'noQuote' : 'invalid';
  }
  const selectors = Array.isArray(a.data.target.selector) ? a.data.target.selector : [a.data.target.selector];
  const selector = selectors.map((x) => WaSelector.safeParse(x)).find((r) => r.success)?.data;
  if (!selector) return 'noQuote';
  const entityId = findEntity(selector.exact);
  if (!entityId) return 'noKnownName';
  const note = Note.safeParse({
    ...(annotationToNote({ ...a.data, id: a.data.id ?? `urn:siyaq:imported:${now}:${selector.exact.slice(0, 40)}`, created: a.data.created ?? new Date(now).toISOString(), 'siyaq:entity': entityId }) as object),
  });
  return note.success ? note.data : 'invalid';
}

function describeIssues(error: z.ZodError, prefix: (string | number)[] = []): string {
  const first = error.issues[0];
  if (!first) return '';
  const path = [...prefix, ...first.path].map(String).join('.');
  return `${path || '(root)'}: ${first.message}`;
}

/** "3 of 120 notes are invalid; first: notes.7.url: …": how many notes a refused file holds that are not valid. */
function describeInvalidNotes(bad: number, total: number, first: string): string {
  return `${bad} of ${total} notes are invalid; first: ${first}`;
}

/**
 * Parses and validates an export file of either format. Every note must be valid or the whole
 * file is refused: importing half a file would leave the reader unsure what they have.
 */
export function parseNotesFile(text: string, findEntity?: FindEntity, now = Date.now()): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'not-json', detail: e instanceof Error ? e.message : undefined };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'unknown-format' };

  if (!Array.isArray(data) && (data as { format?: unknown }).format === FORMAT) {
    const parsed = NotesFile.safeParse(data);
    if (!parsed.success) {
      const notes = (data as { notes?: unknown }).notes;
      const bad = new Set(parsed.error.issues.filter((i) => i.path[0] === 'notes' && typeof i.path[1] === 'number').map((i) => i.path[1]));
      const detail = describeIssues(parsed.error);
      return {
        ok: false,
        error: 'invalid',
        detail: bad.size > 0 && Array.isArray(notes) ? describeInvalidNotes(bad.size, notes.length, detail) : detail,
      };
    }
    return { ok: true, format: 'json', notes: parsed.data.notes };
  }

  let items: unknown[];
  if (Array.isArray(data)) {
    items = data;
    if (!items.every((x) => typeof x === 'object' && x !== null && hasType('Annotation').safeParse((x as { type?: unknown }).type).success))
      return { ok: false, error: 'unknown-format' };
  } else {
    const doc = WaDocument.safeParse(data);
    if (!doc.success) return { ok: false, error: 'unknown-format' };
    const d = doc.data;
    items = 'first' in d ? d.first.items : 'items' in d ? d.items : [data];
  }

  const notes: Note[] = [];
  const isForeign = (item: unknown) => typeof item === 'object' && item !== null && !('siyaq:entity' in item);
  if (items.some(isForeign)) {
    if (!findEntity) return { ok: false, error: 'foreign-annotations' };
    // Another tool's file: keep what can be attached to a known name, count the rest by reason.
    const skipped: Skipped = { noKnownName: 0, noQuote: 0, invalid: 0 };
    for (const item of items) {
      const own = isForeign(item) ? undefined : WaAnnotation.safeParse(item);
      const result: Note | keyof Skipped = !own
        ? foreignToNote(item, findEntity, now)
        : own.success
          ? (Note.safeParse(annotationToNote(own.data)).data ?? 'invalid')
          : 'invalid';
      if (typeof result === 'string') skipped[result]++;
      else notes.push(result);
    }
    return { ok: true, format: 'web-annotation', notes, skipped };
  }
  let bad = 0;
  let firstBad = '';
  for (const [i, item] of items.entries()) {
    const a = WaAnnotation.safeParse(item);
    const note = a.success ? Note.safeParse(annotationToNote(a.data)) : a;
    if (note.success) notes.push(note.data as Note);
    else if (bad++ === 0) firstBad = describeIssues(note.error, ['items', i]);
  }
  if (bad > 0) return { ok: false, error: 'invalid', detail: describeInvalidNotes(bad, items.length, firstBad) };
  return { ok: true, format: 'web-annotation', notes };
}

/** What an import did. */
export interface ImportSummary {
  added: number;
  updated: number;
  /** Already present with the same or a newer `updatedAt`: kept as it was. */
  unchanged: number;
}

/**
 * Decides which incoming notes to write, given the stored version of each (same order as
 * `incoming`, `undefined` when absent). A note is written when it is new or strictly newer.
 * Duplicate ids inside one file collapse to the newest.
 */
export function planImport(
  incoming: readonly Note[],
  stored: readonly (Note | undefined)[],
): { write: Note[]; summary: ImportSummary } {
  const newest = new Map<string, { note: Note; existing: Note | undefined }>();
  incoming.forEach((note, i) => {
    const seen = newest.get(note.id);
    if (!seen || note.updatedAt > seen.note.updatedAt) newest.set(note.id, { note, existing: seen?.existing ?? stored[i] });
  });
  const write: Note[] = [];
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  for (const { note, existing } of newest.values()) {
    if (!existing) {
      write.push(note);
      summary.added++;
    } else if (note.updatedAt > existing.updatedAt) {
      write.push(note);
      summary.updated++;
    } else summary.unchanged++;
  }
  return { write, summary };
}

/** The two calls import needs from a notes table (a Dexie `Table<Note, string>` fits). */
export interface NotesTable {
  bulkGet(ids: string[]): Promise<(Note | undefined)[]>;
  bulkPut(notes: Note[]): Promise<unknown>;
}

export type ImportResult =
  | { ok: true; format: 'json' | 'web-annotation'; summary: ImportSummary; skipped?: Skipped }
  | { ok: false; error: ImportErrorCode; detail?: string };

/**
 * Imports an export file into `table`. The size is checked before the file is read; nothing is
 * written unless the whole file is valid. Run it inside one read-write transaction (`transaction`)
 * so that a failure half-way writes nothing either.
 */
export async function importNotes(
  file: Pick<Blob, 'size' | 'text'>,
  table: NotesTable,
  transaction: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn(),
  findEntity?: FindEntity,
): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  const parsed = parseNotesFile(await file.text(), findEntity);
  if (!parsed.ok) return parsed;
  const summary = await transaction(async () => {
    const stored = await table.bulkGet(parsed.notes.map((n) => n.id));
    const plan = planImport(parsed.notes, stored);
    if (plan.write.length > 0) await table.bulkPut(plan.write);
    return plan.summary;
  });
  return { ok: true, format: parsed.format, summary, ...(parsed.skipped ? { skipped: parsed.skipped } : {}) };
}
