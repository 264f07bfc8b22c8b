// Loads and validates the amounts lexicons (pipeline/lexicons/amounts/*.json) once, and builds
// the token-sequence tries the rules look words up in.
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';
import { TokenTrie } from './token-trie.js';


const load = <T>(file: string, schema: z.ZodType<T>): T => loadLexicon('amounts', file, schema);

const valueMap = z.record(z.string(), z.number());
const numbersSchema = z.object({
  units: valueMap, teens: valueMap, tens: valueMap, scales: valueMap, ordinals: valueMap,
  hundred: z.array(z.string()), notFractionAlone: z.array(z.string()), half: z.array(z.string()),
  dozen: z.array(z.string()), negative: z.array(z.string()), point: z.array(z.string()), article: z.array(z.string()),
});
const scalesSchema = z.object({
  scales: z.array(z.object({ words: z.array(z.string()).min(1), value: z.number().positive() })),
  caseSensitive: z.array(z.string()),
});
const vagueSchema = z.object({ vague: valueMap, multiplierWords: valueMap, foldSuffix: z.array(z.string()), verbMultipliers: valueMap, verbCues: z.array(z.string()),
  comparativeMultipliers: valueMap, comparisonStarts: z.array(z.string()) });
const boundSchema = z.enum(['lower', 'upper']).nullable();
const hedgeSchema = z.object({ words: z.array(z.string()).min(1), approximate: z.boolean(), bound: boundSchema });
const hedgesSchema = z.object({ hedges: z.array(hedgeSchema), suffixes: z.array(hedgeSchema) });
const currenciesSchema = z.object({
  currencies: z.array(z.object({
    code: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "USD"').nullable(),
    name: z.string().min(1),
    factor: z.number().positive().optional(),
    context: z.literal('rupee').optional(),
    prefixes: z.array(z.string()),
    words: z.array(z.string()),
  })),
  rupeeContexts: z.array(z.object({ code: z.string(), cues: z.array(z.string()) })),
  caseSensitivePrefixes: z.array(z.string()),
});
const unitsSchema = z.object({
  units: z.array(z.object({ code: z.string().nullable(), name: z.string(), factor: z.number().positive().optional(), words: z.array(z.string()).min(1) })),
  caseSensitive: z.array(z.string()),
});

/** What a unit word resolves to: a dataset code where one fits, and always a name. */
export interface UnitSense {
  code: string | null;
  name: string;
  factor: number;
  currency: boolean;
  rupee: boolean;
}
export interface HedgeSense {
  approximate: boolean;
  bound: 'lower' | 'upper' | null;
}

function buildLexicon() {
  const numbers = load('numbers.json', numbersSchema);
  const scales = load('scales.json', scalesSchema);
  const vague = load('vague.json', vagueSchema);
  const hedges = load('hedges.json', hedgesSchema);
  const currencies = load('currencies.json', currenciesSchema);
  const units = load('units.json', unitsSchema);

  const scaleTrie = new TokenTrie<number>(new Set(scales.caseSensitive));
  for (const s of scales.scales) for (const w of s.words) scaleTrie.add(w, s.value);
  for (const w of numbers.dozen) scaleTrie.add(w, 12);

  const prefixTrie = new TokenTrie<UnitSense>(new Set(currencies.caseSensitivePrefixes), true);
  const unitTrie = new TokenTrie<UnitSense>(new Set(units.caseSensitive));
  for (const c of currencies.currencies) {
    const sense: UnitSense = { code: c.code, name: c.name, factor: c.factor ?? 1, currency: true, rupee: c.context === 'rupee' };
    for (const p of c.prefixes) prefixTrie.add(p, sense);
    for (const w of c.words) unitTrie.add(w, sense);
  }
  for (const u of units.units) {
    const sense: UnitSense = { code: u.code, name: u.name, factor: u.factor ?? 1, currency: false, rupee: false };
    for (const w of u.words) unitTrie.add(w, sense);
  }
  const hedgeTrie = new TokenTrie<HedgeSense>(new Set(), true);
  for (const h of hedges.hedges) for (const w of h.words) hedgeTrie.add(w, { approximate: h.approximate, bound: h.bound });

  const hedgeSuffixes = new Map<string, HedgeSense>();
  for (const h of hedges.suffixes) for (const w of h.words) hedgeSuffixes.set(w, { approximate: h.approximate, bound: h.bound });

  const rupeeCues = new Map<string, string>();
  for (const ctx of currencies.rupeeContexts) for (const cue of ctx.cues) rupeeCues.set(cue, ctx.code);

  return {
    units: new Map(Object.entries(numbers.units)),
    teens: new Map(Object.entries(numbers.teens)),
    tens: new Map(Object.entries(numbers.tens)),
    hundred: new Set(numbers.hundred),
    wordScales: new Map(Object.entries(numbers.scales)),
    ordinals: new Map(Object.entries(numbers.ordinals)),
    notFractionAlone: new Set(numbers.notFractionAlone),
    half: new Set(numbers.half),
    dozen: new Set(numbers.dozen),
    negative: new Set(numbers.negative),
    point: new Set(numbers.point),
    article: new Set(numbers.article),
    vague: new Map(Object.entries(vague.vague)),
    multiplierWords: new Map(Object.entries(vague.multiplierWords)),
    verbMultipliers: new Map(Object.entries(vague.verbMultipliers)),
    verbCues: new Set(vague.verbCues),
    comparativeMultipliers: new Map(Object.entries(vague.comparativeMultipliers)),
    comparisonStarts: new Set(vague.comparisonStarts),
    hedgeSuffixes,
    scaleTrie, prefixTrie, unitTrie, hedgeTrie, rupeeCues,
  };
}

export type AmountLexicon = ReturnType<typeof buildLexicon>;
let cached: AmountLexicon | null = null;
export function amountLexicon(): AmountLexicon {
  return (cached ??= buildLexicon());
}
