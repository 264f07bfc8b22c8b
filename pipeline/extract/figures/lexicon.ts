// The figure lexicon (pipeline/lexicons/amounts/figures.json), validated once, as phrase sets.
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';
import { PhraseSet } from './words.js';

const schema = z.object({
  persons: z.array(z.string()), things: z.array(z.string()), seats: z.array(z.string()), durations: z.array(z.string()),
  fatalityBefore: z.array(z.string()), fatalityAfter: z.array(z.string()), injuryBefore: z.array(z.string()), injuryAfter: z.array(z.string()),
  tradeCues: z.array(z.string()), referentialBefore: z.array(z.string()), ageBefore: z.array(z.string()),
  attributionLeads: z.array(z.string()), reportingVerbs: z.array(z.string()), months: z.array(z.string()),
  comparisonCues: z.array(z.string()), peopleTotals: z.array(z.string()), tolls: z.array(z.string()),
  rateCues: z.array(z.string()), rateCurrencies: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "IRR"')),
});

function build() {
  const d = loadLexicon('amounts', 'figures.json', schema);
  const set = (xs: string[]) => new PhraseSet(xs);
  return {
    persons: set(d.persons), things: set(d.things), seats: set(d.seats), durations: set(d.durations),
    fatalityBefore: set(d.fatalityBefore), fatalityAfter: set(d.fatalityAfter), injuryBefore: set(d.injuryBefore), injuryAfter: set(d.injuryAfter),
    tradeCues: set(d.tradeCues), referentialBefore: set(d.referentialBefore), ageBefore: set(d.ageBefore),
    attributionLeads: set(d.attributionLeads), reportingVerbs: set(d.reportingVerbs), months: set(d.months),
    comparisonCues: set(d.comparisonCues), peopleTotals: set(d.peopleTotals), tolls: set(d.tolls),
    rateCues: set(d.rateCues), rateCurrencies: new Map(Object.entries(d.rateCurrencies)),
  };
}

export type FigureLexicon = ReturnType<typeof build>;
let cached: FigureLexicon | null = null;
export const figureLexicon = (): FigureLexicon => (cached ??= build());
