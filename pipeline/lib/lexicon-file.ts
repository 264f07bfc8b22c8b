// Lexicons are data files written by people: each is parsed and checked with zod once, and an
// error names the file and the field to fix.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

const LEXICONS = new URL('../lexicons/', import.meta.url);

/** pipeline/lexicons/<area>/<file>, validated against schema. */
export function loadLexicon<T>(area: string, file: string, schema: z.ZodType<T>): T {
  const path = `${area}/${file}`;
  const raw: unknown = JSON.parse(readFileSync(new URL(path, LEXICONS), 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`pipeline/lexicons/${path} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
