// Attributes of an event from its sentence: the most specific place (location and country) and
// salience, core when the event concerns Iran and Pakistan together or their shared border region.
import type { ActorDefinition, Span } from '../../model.js';
import type { PlaceMention } from '../actors/index.js';
import { salience as lexicon } from './lexicon.js';
import { endsWithLocative } from './locative.js';

const SPECIFICITY: Record<PlaceMention['kind'], number> = { city: 0, other: 1, province: 2, region: 3, country: 4 };

/**
 * Whether a locative stands in content[from, place.start): the events of one sentence ask it of
 * the same places again, so a text's answers are kept by place (with the `from` they were read from).
 */
export type LocativeCache = Map<PlaceMention, { from: number; locative: boolean }>;
function governedByLocative(content: string, from: number, place: PlaceMention, seen: LocativeCache | undefined): boolean {
  const known = seen?.get(place);
  if (known && known.from === from) return known.locative;
  // "in", "at", "near" ... up to three words before the place ("in Pakistan's southwest Balochistan").
  const locative = endsWithLocative(content, from, place.start);
  seen?.set(place, { from, locative });
  return locative;
}

/**
 * The most specific place the sentence puts the event in: a place after a locative preposition
 * ("in Saravan", not the "Tehran" that stands for Iran), preferring places after the trigger and near it.
 */
export function locate(places: PlaceMention[], sentence: Span, trigger: Span, content: string, seen?: LocativeCache): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = Infinity;
  for (const p of places) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    const struckDirectly = p.start >= trigger.end && p.start - trigger.end <= 2; // "Iran struck Panjgur"
    if (!struckDirectly && !governedByLocative(content, Math.max(sentence.start, p.start - 50), p, seen)) continue;
    const before = p.end <= trigger.start;
    const score = SPECIFICITY[p.kind] * 10 + (before ? 5 : 0) + Math.min(4, Math.abs(p.start - trigger.end) / 100);
    if (score < bestScore) { best = p; bestScore = score; }
  }
  return best;
}

const BORDER_PLACES = new Set(lexicon.borderPlaces);
const BORDER_ACTORS = new Set(lexicon.borderActors);
const [A = 'IRN', B = 'PAK'] = lexicon.pair;
const fold = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").trim();

/** Whether a definition is a border actor's, decided once per definition (a text's events share them). */
const borderActors = new WeakMap<ActorDefinition, boolean>();
function isBorderActor(d: ActorDefinition): boolean {
  let known = borderActors.get(d);
  if (known === undefined) borderActors.set(d, (known = [d.name, ...d.aliases].some((n) => BORDER_ACTORS.has(fold(n)))));
  return known;
}

export function salienceOf(
  actorIds: Array<string | null>, place: PlaceMention | null, defs: Map<string, ActorDefinition>,
): 'core' | 'context' {
  const countries = new Set<string>();
  for (const id of actorIds) {
    const d = id ? defs.get(id) : undefined;
    if (!d) continue;
    if (d.country) countries.add(d.country);
    if (isBorderActor(d)) return 'core';
  }
  if (place?.country) countries.add(place.country);
  if (place && (BORDER_PLACES.has(fold(place.name)) || BORDER_PLACES.has(fold(place.text)))) return 'core';
  return countries.has(A) && countries.has(B) ? 'core' : 'context';
}
