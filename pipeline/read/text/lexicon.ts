// The reading vocabulary, loaded from pipeline/lexicons/read/*.json and checked with zod so that a
// maintainer's typo names the file and the field. Patterns are built from it, never hand-listed.
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';
import { countSpaceSeparated } from '../../lib/spaces.js';

const load = <T>(file: string, schema: z.ZodType<T>): T => loadLexicon('read', file, schema);

const phrases = z.array(z.string().min(1));

// Month and weekday names are the date tagger's vocabulary (pipeline/lexicons/dates/): one list.
const named = z.array(z.object({ weekday: z.number().int().min(1).max(7), names: phrases, abbreviations: phrases }));
const calendar = {
  months: loadLexicon('dates', 'months.json', z.object({ months: z.array(z.object({ month: z.number().int().min(1).max(12), names: phrases, abbreviations: phrases })).length(12) })).months,
  weekdays: loadLexicon('dates', 'weekdays.json', z.object({ weekdays: named.length(7) })).weekdays,
  numbers: loadLexicon('dates', 'numbers.json', z.object({ ordinals: z.record(z.string(), z.number().int()) }).passthrough()),
};

export const furniture = load('furniture.json', z.object({
  description: z.string(),
  labelLines: phrases,
  trailingZoneOpeners: phrases,
  editorialBoxes: phrases,
  disclaimerPrefixes: phrases,
  fieldLabels: phrases,
  subscribePrefixes: phrases,
  photoAgencies: phrases,
  captionOpeners: phrases,
  socialNetworks: phrases,
  bioRoles: phrases,
  sectionWords: phrases,
  readTimeUnits: phrases,
  engagementCounts: phrases,
  publicationLabels: phrases,
  creditLineOpeners: phrases,
  calendarEras: phrases,
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

/**
 * Whole-line lookups of phrases: `has(line)` tells whether the squashed line, without one final
 * ":" or ".", is one of them ("Related news:", "ADVERTISEMENT"). Most lines are prose, and squashing
 * one costs a lower-cased copy and a regex pass: a line of more words than the longest phrase is
 * turned away by counting its first few words instead, split at the blanks squash squashes (\s;
 * lower-casing makes and removes none), so exactly the words squash leaves; a final ":" or "."
 * that is a word of its own leaves a trailing space, which no phrase has.
 */
export class LinePhrases {
  private readonly phrases: Set<string>;
  private readonly maxWords: number;

  constructor(words: Iterable<string>) {
    this.phrases = phraseSet(words);
    this.maxWords = Math.max(0, ...[...this.phrases].map((p) => (p ? p.split(' ').length : 0)));
  }

  has(line: string): boolean {
    if (countSpaceSeparated(line, this.maxWords) > this.maxWords) return false;
    return this.phrases.has(squash(line).replace(/[:.]$/, ''));
  }
}

const monthByName = new Map<string, number>();
for (const m of calendar.months) for (const n of [...m.names, ...m.abbreviations]) monthByName.set(n.toLowerCase(), m.month);

/** The month number of a name or abbreviation ("Aug", "august", "Sept."), or null. */
export const monthNumber = (name: string): number | null => monthByName.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
export const monthAlternation = alternation(monthByName.keys());
export const weekdayAlternation = alternation(calendar.weekdays.flatMap((w) => [...w.names, ...w.abbreviations]));

const weekdayByName = new Map<string, number>();
for (const w of calendar.weekdays) for (const n of [...w.names, ...w.abbreviations]) weekdayByName.set(n.toLowerCase(), w.weekday);

/** The ISO weekday (Monday = 1) of a name or abbreviation ("Fri", "friday"), or null. */
export const weekdayNumber = (name: string): number | null => weekdayByName.get(name.toLowerCase().replace(/\.$/, '')) ?? null;

/** Days of the month spelled as ordinals ("fourteenth", "twenty-eighth", "twenty eighth"): the lexicon's ordinals up to 31. */
const dayByOrdinal = new Map<string, number>();
for (const [word, n] of Object.entries(calendar.numbers.ordinals)) {
  if (n > 31) continue;
  dayByOrdinal.set(word, n);
  dayByOrdinal.set(word.replace('-', ' '), n);
}

/** The day a spelled ordinal names ("twenty-first" is 21), or null. */
export const dayOfOrdinal = (word: string): number | null => dayByOrdinal.get(word.toLowerCase().replace(/[\s\u00a0]+/g, ' ')) ?? null;
export const dayOrdinalAlternation = alternation(dayByOrdinal.keys());
