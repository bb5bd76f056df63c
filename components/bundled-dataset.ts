/**
 * The compiled dataset bundled into the extension pages that show it whole (options' browser,
 * the source reader), imported directly so they render without waiting for the database.
 * `npm run dataset` writes the JSON and has validated it against the `Dataset` schema.
 */
import json from '../data/generated/dataset.json';

import type { Dataset } from '../core/dataset/schema';

/** The bundled dataset. JSON imports widen enums to `string`, hence the cast after validation at build. */
export const dataset = json as unknown as Dataset;
