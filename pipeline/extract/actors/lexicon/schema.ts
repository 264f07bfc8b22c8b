// The shape of the actor lexicon files (pipeline/lexicons/actors/*.json), checked with zod when
// they are loaded so that a maintainer's typo is reported with the file, entry and field.
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "jaish-al-adl"');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166 alpha-3 code such as "IRN" (or "SUN" for a former state)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');
const name = z.string().trim().min(1, 'must not be empty');

export const ACTOR_TYPES = ['state', 'government', 'person', 'military', 'armed_group', 'party', 'igo', 'organization'] as const;

/** A term in office: from inclusive, to exclusive (null: still in office). */
export const officeTermSchema = z.strictObject({
  kind: slug,
  /** The state whose office it is; defaults to the person's country. */
  country: iso3.nullable().optional(),
  from: isoDate,
  to: isoDate.nullable(),
});

export const actorEntrySchema = z.strictObject({
  id: slug,
  name,
  type: z.enum(ACTOR_TYPES),
  country: iso3.nullable(),
  wikidata: z.string().regex(/^Q\d+$/, 'must be a Wikidata QID such as "Q794"').nullable().optional(),
  aliases: z.array(name).default([]),
  /** Capital cities: metonyms for the state, unless used as a place ("in Tehran"). */
  capitals: z.array(name).optional(),
  /** Demonyms: mentions of the state ("Iranian officials"); the plural is generated. */
  demonyms: z.array(name).optional(),
  /** Organ names that combine with the state's names ("Pakistan's Foreign Office"). */
  forms: z.array(name).optional(),
  /** The organ's kind across states ("foreign-ministry"), for forms used alone. */
  kind: slug.optional(),
  /** Whether a form used alone ("the foreign ministry") may resolve to this organ. */
  generic: z.boolean().optional(),
  /** A provincial organ's province (places.json): a form used alone ("the provincial assembly") is the organ of the province named last before it. */
  province: name.optional(),
  /** Every alias must match with its capitals ("Pakistan Army", not "Pakistan's army"). */
  caseSensitive: z.boolean().optional(),
  offices: z.array(officeTermSchema).optional(),
});

export const actorFileSchema = z.strictObject({
  about: z.string(),
  entries: z.array(actorEntrySchema),
});

export const titleSchema = z.strictObject({
  kind: slug,
  /** Combines with a state's names, demonyms and capitals ("Iran's foreign minister"). */
  qualified: z.boolean().optional(),
  /** The state the office belongs to when named by its forms alone (null: an igo's office). */
  country: iso3.nullable().optional(),
  forms: z.array(name).min(1),
});

export const titleFileSchema = z.strictObject({
  about: z.string(),
  titles: z.array(titleSchema),
  /** Titles that stand before a name but name no office ("Colonel", "Ambassador"). */
  ranks: z.array(name),
});

export const nonActorFileSchema = z.strictObject({
  about: z.string(),
  names: z.array(name),
  heads: z.array(name),
});

export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type OfficeTerm = z.infer<typeof officeTermSchema>;
export type Title = z.infer<typeof titleSchema>;
export type NonActors = z.infer<typeof nonActorFileSchema>;
