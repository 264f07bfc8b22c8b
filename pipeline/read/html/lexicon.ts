// The HTML reader's vocabulary: date meta tags and JSON-LD article types (pipeline/lexicons/read/).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const file = 'date-meta.json';
const raw: unknown = JSON.parse(readFileSync(new URL(`../../lexicons/read/${file}`, import.meta.url), 'utf8'));
const parsed = z
  .object({ description: z.string(), published: z.array(z.string().min(1)), modified: z.array(z.string().min(1)), articleTypes: z.array(z.string().min(1)) })
  .safeParse(raw);
if (!parsed.success) {
  throw new Error(`pipeline/lexicons/read/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

export const dateMeta = parsed.data;
export const articleTypes = new Set(dateMeta.articleTypes);
