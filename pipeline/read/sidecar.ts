// Sidecars (`<source_id>.meta.json`) are written by people: zod checks them and says what to fix.
import { z } from 'zod';
import { isValidEdtf } from '../lib/edtf.js';

const text = z.string().trim().min(1).max(2000);

export const sidecarSchema = z.object({
  title: text.optional(),
  publisher: text.optional(),
  author: text.optional(),
  url: z.string().trim().url().refine((u) => /^https?:\/\//i.test(u), 'only http and https URLs are kept').optional(),
  published: z.string().trim().refine(isValidEdtf, 'must be an ISO 8601 / EDTF date such as 2024-01-16, 2024-01 or 2024').optional(),
  language: z.string().trim().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or en-GB').optional(),
});

export type Sidecar = z.infer<typeof sidecarSchema>;

export interface SidecarReading {
  sidecar: Sidecar;
  /** What was wrong, one message per field or problem; the bad fields are left out. */
  problems: string[];
}

/** Reads a sidecar's text; bad fields are dropped one by one, so one typo loses only itself. */
export function parseSidecar(json: string): SidecarReading {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { sidecar: {}, problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { sidecar: {}, problems: ['must be a JSON object'] };
  }
  const problems: string[] = [];
  const sidecar: Record<string, string> = Object.create(null);
  const fields = sidecarSchema.shape;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(fields, key)) {
      problems.push(`unknown field "${key}" ignored (known: ${Object.keys(fields).join(', ')})`);
      continue;
    }
    const result = fields[key as keyof typeof fields].safeParse((raw as Record<string, unknown>)[key]);
    if (result.success && result.data !== undefined) sidecar[key] = result.data;
    else if (!result.success) problems.push(`field "${key}": ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return { sidecar: { ...sidecar } as Sidecar, problems };
}
