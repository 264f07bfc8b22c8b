// The reading vocabulary, loaded from pipeline/lexicons/read/*.json and checked with zod so that a
// maintainer's typo names the file and the field. Patterns are built from it, never hand-listed.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const dir = new URL('../../lexicons/read/', import.meta.url);

function load<T>(file: string, schema: z.ZodType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`pipeline/lexicons/read/${file}: ${issues}`);
  }
  return parsed.data;
}

const phrases = z.array(z.string().min(1));

const calendar = load('months.json', z.object({
  description: z.string(),
  months: z.array(z.object({ month: z.number().int().min(1).max(12), names: phrases, abbreviations: phrases })).length(12),
  weekdays: phrases,
}));

export const furniture = load('furniture.json', z.object({
  description: z.string(),
  labelLines: phrases,
  trailingZoneOpeners: phrases,
  disclaimerPrefixes: phrases,
  fieldLabels: phrases,
  subscribePrefixes: phrases,
  photoAgencies: phrases,
  captionOpeners: phrases,
  socialNetworks: phrases,
  bioRoles: phrases,
  sectionWords: phrases,
  readTimeUnits: phrases,
  titleSeparators: phrases,
}));

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of the phrases, longest first, escaped, spaces matching any run of blanks. */
export const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRegex(w).replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|');

/** Lower-cased phrases with blanks squashed, for whole-line lookups. */
export const phraseSet = (words: Iterable<string>): Set<string> => new Set([...words].map(squash));

export const squash = (s: string): string => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

const monthByName = new Map<string, number>();
for (const m of calendar.months) for (const n of [...m.names, ...m.abbreviations]) monthByName.set(n.toLowerCase(), m.month);

/** The month number of a name or abbreviation ("Aug", "august", "Sept."), or null. */
export const monthNumber = (name: string): number | null => monthByName.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
export const monthAlternation = alternation(monthByName.keys());
export const weekdayAlternation = alternation(calendar.weekdays);
