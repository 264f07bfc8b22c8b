// The date vocabulary, loaded from pipeline/lexicons/dates/*.json and checked with zod so that a
// maintainer's typo names the file and the field. Patterns are built from it, never hand-listed.
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';


const load = <T>(file: string, schema: z.ZodType<T>): T => loadLexicon('dates', file, schema);

const names = z.array(z.string().min(1));
const months = load('months.json', z.object({
  months: z.array(z.object({ month: z.number().int().min(1).max(12), names, abbreviations: names })).length(12),
}));
const weekdays = load('weekdays.json', z.object({
  weekdays: z.array(z.object({ weekday: z.number().int().min(1).max(7), names, abbreviations: names })).length(7),
}));
const numbers = load('numbers.json', z.object({
  units: z.record(z.string(), z.number().int()),
  teens: z.record(z.string(), z.number().int()),
  tens: z.record(z.string(), z.number().int()),
  ordinals: z.record(z.string(), z.number().int().min(1)),
  articles: names,
  vague: names,
}));
const units = load('units.json', z.object({
  units: z.array(z.object({ unit: z.string(), forms: names, letter: z.string().min(1), time: z.boolean() })),
}));
const modifiers = load('modifiers.json', z.object({
  parts: names,
  relative: z.record(z.string(), z.number().int().min(-1).max(1)),
}));
const references = load('reference-words.json', z.object({
  days: z.record(z.string(), z.number().int()),
  genericAfterToday: names,
  vague: z.record(z.string(), z.enum(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'])),
  seasons: z.record(z.string(), z.enum(['SP', 'SU', 'FA', 'WI'])),
  dayParts: z.record(z.string(), z.enum(['MO', 'AF', 'EV', 'NI'])),
  occasions: names,
}));

const holidays = load('holidays.json', z.object({
  lunarFeastModifiers: z.object({ description: z.string(), words: names }),
  holidays: z.array(z.object({
    names,
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    weekday: z.number().int().min(1).max(7).optional(),
    nth: z.number().int().min(-1).max(5).refine((n) => n !== 0, 'nth is 1-5, or -1 for the last').optional(),
    easter: z.number().int().optional(),
    hijri: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(30) }).optional(),
    week: z.boolean().optional(),
    lunarMonth: z.boolean().optional(),
    notBefore: names.optional(),
  }).refine((h) => [h.easter, h.month, h.hijri].filter((x) => x !== undefined).length === 1, 'give one of easter, month or hijri')
    .refine((h) => !h.lunarMonth || h.hijri?.day === 1, 'a lunar month is given by its first day')
    .refine((h) => (h.weekday === undefined) === (h.nth === undefined), 'weekday and nth go together')
    .refine((h) => h.day === undefined || h.weekday === undefined, 'give day or weekday, not both')),
}));
export type Holiday = (typeof holidays.holidays)[number];

const solarHijri = load('solar-hijri.json', z.object({
  months: z.array(z.object({ month: z.number().int().min(1).max(12), names })).length(12),
  yearNames: names,
  yearSuffixes: names,
  ambiguous: names,
}));

const fiscalYear = load('fiscal-year.json', z.object({ startMonth: z.number().int().min(1).max(12), words: names, gluedPrefixes: names, nouns: names }));

const scheduledVerbs = load('scheduled-verbs.json', z.object({ simple: names, progressive: names }));
const implicativeVerbs = load('implicative-verbs.json', z.object({ verbs: names }));
const planVerbs = load('plan-verbs.json', z.object({ verbs: names }));
const pastVerbs = load('past-verbs.json', z.object({ verbs: names }));

const prefilter = load('prefilter.json', z.object({ triggers: names, openers: names, gluedOpeners: names }));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const longestFirst = (words: Iterable<string>): string[] => [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
/** The words as a plain regex alternation, longest first so that "Sept" wins over "Sep". */
export const plainAlternation = (words: Iterable<string>): string => joinedPlainly(longestFirst(words));
const joinedPlainly = (sorted: string[]): string => sorted.map(escape).join('|');

/**
 * A regex alternation of the words, longest first so that "Sept" wins over "Sep": written as a
 * trie (`wordTrie`) where that is sure to match the same, else plainly. The regex engine then
 * tries at a position only the words that begin with the character there, instead of every word
 * in turn (the number words are ~100, and most rules try them where they fail).
 */
export const alternation = (words: Iterable<string>): string => {
  const sorted = longestFirst(words);
  if (sorted.length === 0) return '';
  return trieOf(sorted.map((w) => [...w].map(escape))) ?? joinedPlainly(sorted);
};

/**
 * The same alternation as `alternation`, with the words that share a beginning written once as a
 * trie ("sept|sep" as "sep(?:t|)"), so that the regex engine tries at a position only the words
 * that begin with the character there instead of every word in turn. It matches what the plain
 * alternation matches, trying the same words in the same order: two words that differ in a
 * character cannot both match there (checked: no two pieces at a branch are the same letter in
 * another case, which the i flag would match alike), and a word that ends where a longer one
 * goes on is tried after it, as it is there.
 */
export function wordTrie(words: Iterable<string>): string {
  const trie = trieOf(longestFirst(words).map((w) => [...w].map(escape)));
  if (trie === null) throw new Error('words that differ only by case at a branch: no trie');
  return trie;
}

/** A piece as the i flag (with u) compares it: "K" and "k", "ſ" and "s" alike; a white space as `\s+`. */
const caseless = (piece: string): string => (/^\s$/u.test(piece) ? '\\s+' : piece.toUpperCase().toLowerCase());

/** The trie of words given as pieces, longest first; null when two pieces at a branch may match one character. */
function trieOf(words: string[][]): string | null {
  const byFirst = new Map<string, string[][]>();
  const folded = new Set<string>();
  let endsHere = false;
  for (const w of words) {
    const [first, ...rest] = w;
    if (first === undefined) endsHere = true;
    else {
      if (!byFirst.has(first)) {
        if (folded.has(caseless(first))) return null;
        folded.add(caseless(first));
      }
      byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
    }
  }
  const branches: string[] = [];
  for (const [first, rests] of byFirst) {
    const rest = trieOf(rests);
    if (rest === null) return null;
    branches.push(first + rest);
  }
  // The word that ends here is shorter than every word that goes on: it comes last, as in the alternation.
  if (endsHere) branches.push('');
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
}

const monthByName = new Map<string, number>();
for (const m of months.months) for (const n of [...m.names, ...m.abbreviations]) monthByName.set(n.toLowerCase(), m.month);
const solarMonthByName = new Map<string, number>();
for (const m of solarHijri.months) for (const n of m.names) solarMonthByName.set(n.toLowerCase(), m.month);
const weekdayByName = new Map<string, number>();
for (const w of weekdays.weekdays) for (const n of [...w.names, ...w.abbreviations]) weekdayByName.set(n.toLowerCase(), w.weekday);

export interface UnitEntry { unit: string; letter: string; time: boolean }
const unitByForm = new Map<string, UnitEntry>();
for (const u of units.units) for (const f of u.forms) unitByForm.set(f.toLowerCase(), { unit: u.unit, letter: u.letter, time: u.time });

const holidayByName = new Map<string, Holiday>();
for (const h of holidays.holidays) for (const n of h.names) holidayByName.set(n.toLowerCase().replace(/’/g, "'"), h);

const squash = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');

export const lexicon = {
  /** Full month names, capitalised. */
  monthNames: alternation(months.months.flatMap((m) => m.names)),
  /** Abbreviations ("Jan", "Sept"), to be followed by an optional full stop. */
  monthAbbreviations: alternation(months.months.flatMap((m) => m.abbreviations)),
  month: (name: string): number | null => monthByName.get(squash(name)) ?? null,
  /** Solar Hijri month names ("Ordibehesht", "Esfand"), capitalised. */
  solarMonthNames: alternation(solarHijri.months.flatMap((m) => m.names)),
  solarMonth: (name: string): number | null => solarMonthByName.get(squash(name)) ?? null,
  /** Whether a Solar Hijri month name is also a word or a personal name ("Mehr", "Azar"). */
  solarMonthAmbiguous: (name: string): boolean => solarHijri.ambiguous.some((a) => a.toLowerCase() === squash(name)),
  /** What names a Solar Hijri year before "year" ("the Iranian year 1402"). */
  solarYearNames: alternation(solarHijri.yearNames),
  /** Era marks after a Solar Hijri year ("1402 SH"). */
  solarYearSuffixes: alternation(solarHijri.yearSuffixes),
  /** Words before a fiscal year written across two years ("the fiscal year 2024-25", "FY 2024-25"). */
  fiscalYearWords: alternation(fiscalYear.words),
  /** Words after two consecutive years that make them a fiscal year ("the 2025-26 budget"). */
  fiscalYearNouns: alternation(fiscalYear.nouns),
  /** The month a fiscal year written across two calendar years starts in. */
  fiscalYearStart: fiscalYear.startMonth,
  weekdayNames: alternation(weekdays.weekdays.flatMap((w) => w.names)),
  weekday: (name: string): number | null => weekdayByName.get(squash(name)) ?? null,
  unitForms: alternation(units.units.flatMap((u) => u.forms)),
  unit: (form: string): UnitEntry | null => unitByForm.get(squash(form)) ?? null,
  /** The number words from ten to nineteen and the tens ("twenty" … "ninety"). */
  teenAndTensWords: alternation([...Object.keys(numbers.teens), ...Object.keys(numbers.tens)]),
  /** The unit number words ("one" … "nine"). */
  unitWords: alternation(Object.keys(numbers.units)),
  numberWords: alternation([
    ...Object.keys(numbers.units), ...Object.keys(numbers.teens), ...Object.keys(numbers.tens),
    ...Object.keys(numbers.tens).flatMap((t) => Object.keys(numbers.units).flatMap((u) => [`${t}-${u}`, `${t} ${u}`])),
    ...numbers.articles, ...numbers.vague,
  ]),
  /** The count a number word or digits stand for; null for vague words ("several": X). */
  count(word: string): number | null {
    const w = squash(word).replace(/[-\s]+/g, ' ');
    if (/^\d+$/.test(w)) return Number(w);
    if (numbers.articles.includes(w)) return 1;
    const [a, b] = w.split(' ');
    const value = (x: string | undefined): number | undefined => (x === undefined ? undefined : numbers.units[x] ?? numbers.teens[x] ?? numbers.tens[x]);
    const first = value(a);
    if (first === undefined) return null;
    return b === undefined ? first : first + (value(b) ?? 0);
  },
  ordinalWords: alternation(Object.keys(numbers.ordinals)),
  /** Ordinal words that name a day of a month, the tens and units joined by a hyphen or a space ("third", "twenty-first"). */
  dayOrdinalWords: alternation(Object.keys(numbers.ordinals).filter((o) => (numbers.ordinals[o] ?? 32) <= 31).map((o) => o.replace('-', ' ')))
    .replaceAll('\\s+', '[\\s-]+'),
  /** The number of an ordinal word or numeral ("twentieth", "20th"); null for anything else. */
  ordinal(word: string): number | null {
    const w = squash(word).replace(/[-\s]+/g, ' ');
    const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
    if (digits) return Number(digits[1]);
    return numbers.ordinals[w] ?? numbers.ordinals[w.replace(' ', '-')] ?? null;
  },
  parts: alternation(modifiers.parts),
  relativeWords: alternation(Object.keys(modifiers.relative)),
  relative: (word: string): number => modifiers.relative[squash(word)] ?? 0,
  referenceDays: references.days,
  referenceDayWords: alternation(Object.keys(references.days)),
  genericAfterToday: alternation(references.genericAfterToday),
  vague: references.vague,
  vagueWords: alternation(Object.keys(references.vague)),
  seasons: references.seasons,
  seasonWords: alternation(Object.keys(references.seasons)),
  dayParts: references.dayParts,
  /** Names of holidays, as written ("Thanksgiving Day", "Easter"). */
  holidayNames: alternation(holidays.holidays.flatMap((h) => h.names)),
  /** Nouns that make a lunar feast's name their modifier ("Arbaeen pilgrims"): see holidays.json. */
  lunarFeastModifiers: new Set(holidays.lunarFeastModifiers.words.map((w) => w.toLowerCase())),
  holiday: (name: string): Holiday | null => holidayByName.get(name.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")) ?? null,
  dayPartWords: alternation(Object.keys(references.dayParts)),
  occasionWords: alternation(references.occasions),
  /** Present forms that tell a scheduled happening ("the ministers meet Monday"): see scheduled-verbs.json. */
  scheduledSimple: alternation(scheduledVerbs.simple),
  /** The -ing forms that tell one after "is" or "are" ("is travelling to Tehran on Sunday"). */
  scheduledProgressive: alternation(scheduledVerbs.progressive),
  /** Past verbs whose infinitive happens with them ("declined to comment on Tuesday"): see implicative-verbs.json. */
  implicativeVerbs: alternation(implicativeVerbs.verbs),
  /** Verbs whose infinitive, however long, is a plan ("invited him to attend a conference in February"): see plan-verbs.json. */
  planVerbs: alternation(planVerbs.verbs),
  /** Irregular simple-past forms ("held", "sold"): see past-verbs.json. */
  pastVerbs: alternation(pastVerbs.verbs),
  /** Words one of which every expression contains (besides digits): see prefilter.ts. */
  triggerWords: [
    ...months.months.flatMap((m) => [...m.names, ...m.abbreviations]), ...weekdays.weekdays.flatMap((w) => w.names.flatMap((n) => [n, `${n}s`])),
    ...units.units.flatMap((u) => u.forms), ...Object.keys(references.seasons), ...prefilter.triggers,
    ...holidays.holidays.flatMap((h) => h.names), ...solarHijri.months.flatMap((m) => m.names),
  ].map((w) => w.toLowerCase()),
  /** Lower-case words written glued to the digits after them that open an expression ("FY2023-24", "Q1"). */
  gluedOpeners: new Set([...fiscalYear.gluedPrefixes, ...prefilter.gluedOpeners].map((w) => w.toLowerCase())),
  /** Lower-case words an expression may open with before its trigger ("the late 1990s"). */
  openers: new Set([
    ...prefilter.openers, ...Object.keys(numbers.units), ...Object.keys(numbers.teens), ...Object.keys(numbers.tens),
    ...numbers.articles, ...numbers.vague.flatMap((v) => v.split(' ')), ...weekdays.weekdays.flatMap((w) => w.names),
    ...Object.keys(numbers.ordinals).flatMap((o) => o.split(/[-\s]/)),
    ...solarHijri.yearNames.flatMap((n) => n.split(' ')), ...fiscalYear.words.flatMap((n) => n.split(' ')),
  ].map((w) => w.toLowerCase())),
};
