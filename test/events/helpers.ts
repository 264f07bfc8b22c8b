// Hand-made inputs for the event coder: the actor, date and place mentions a sentence would get
// from the other extractors, built here so that these tests do not depend on them.
import type { ActorDefinition, ActorMention, DateMention, EventCandidate, FigureCandidate } from '../../pipeline/model.js';
import type { PlaceMention } from '../../pipeline/extract/actors/index.js';
import { findEvents, type EventInput } from '../../pipeline/extract/events/index.js';
import { splitSentences } from '../../pipeline/extract/sentences.js';

const actor = (actor_id: string, name: string, type: ActorDefinition['type'], country: string | null, aliases: string[] = []): ActorDefinition =>
  ({ actor_id, name, aliases, type, country, wikidata: null, origin: 'lexicon' });

export const DEFINITIONS: ActorDefinition[] = [
  actor('iran', 'Iran', 'state', 'IRN', ['Tehran', 'Iranian', 'the Islamic Republic', 'Iranian forces']),
  actor('pakistan', 'Pakistan', 'state', 'PAK', ['Islamabad', 'Pakistani', 'Pakistan’s army']),
  actor('irgc', 'Islamic Revolutionary Guard Corps', 'military', 'IRN', ['IRGC']),
  actor('jaish-al-adl', 'Jaish al-Adl', 'armed_group', 'IRN'),
  actor('bla', 'Balochistan Liberation Army', 'armed_group', 'PAK', ['BLA']),
  actor('syria', 'Syria', 'state', 'SYR'),
  actor('iraq', 'Iraq', 'state', 'IRQ'),
  actor('usa', 'United States', 'state', 'USA', ['US', 'Washington']),
  actor('china', 'China', 'state', 'CHN', ['Beijing']),
  actor('israel', 'Israel', 'state', 'ISR', ['Israeli']),
  actor('raisi', 'Ebrahim Raisi', 'person', 'IRN', ['Raisi']),
  actor('amir-abdollahian', 'Hossein Amir-Abdollahian', 'person', 'IRN', ['Amir-Abdollahian']),
  actor('unsc', 'United Nations Security Council', 'igo', null, ['UN Security Council']),
  actor('islamic-state', 'Islamic State', 'armed_group', null, ['IS']),
  actor('taliban', 'Taliban', 'armed_group', 'AFG'),
  actor('pezeshkian', 'Masoud Pezeshkian', 'person', 'IRN', ['Pezeshkian']),
  actor('araghchi', 'Abbas Araghchi', 'person', 'IRN', ['Araghchi']),
  actor('sharif', 'Shehbaz Sharif', 'person', 'PAK', ['Sharif']),
  actor('dar', 'Ishaq Dar', 'person', 'PAK', ['Dar']),
  actor('spokesperson', 'Mumtaz Zahra Baloch', 'person', 'PAK'),
  actor('soviet-union', 'Soviet Union', 'state', 'SUN'),
  actor('afghanistan', 'Afghanistan', 'state', 'AFG', ['Afghans']),
  actor('india', 'India', 'state', 'IND', ['New Delhi', 'Indian']),
  actor('nsc', 'National Security Committee', 'government', 'PAK'),
];
const BY_ID = new Map(DEFINITIONS.map((d) => [d.actor_id, d]));

/** Every name of a known actor in the text, longest first, without overlaps. */
export function actorMentions(text: string): ActorMention[] {
  const names = DEFINITIONS.flatMap((d) => [d.name, ...d.aliases].map((n) => ({ n, id: d.actor_id })))
    .sort((a, b) => b.n.length - a.n.length);
  const taken: ActorMention[] = [];
  const used = new Uint8Array(text.length);
  for (const { n, id } of names) {
    const re = new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + n.length };
      if (used[span.start] || used[span.end - 1]) continue;
      used.fill(1, span.start, span.end);
      taken.push({ ...span, text: n, actor_id: id, rule: `test:${id}` });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface Given {
  dates?: Array<[string, string]>; // [text as written, EDTF]
  places?: Array<[string, string | null, PlaceMention['kind']]>; // [name as written, country, kind]
  figures?: Array<[string, number, 'fatalities' | 'injuries']>;
  published?: string | null;
}

const spansOf = (text: string, needle: string): number[] => {
  if (!needle) return [];
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
};

export function inputFor(content: string, given: Given = {}): EventInput {
  const sentences = splitSentences(content);
  const dates: DateMention[] = (given.dates ?? []).flatMap(([t, value]) =>
    spansOf(content, t).map((start) => ({ start, end: start + t.length, text: t, value, rule: 'test' })));
  const places: PlaceMention[] = (given.places ?? []).flatMap(([t, country, kind]) =>
    spansOf(content, t).map((start) => ({ start, end: start + t.length, text: t, name: t, country, kind })));
  const figures: FigureCandidate[] = (given.figures ?? []).flatMap(([t, value, kind]) => spansOf(content, t).map((start) => ({
    start, end: start + t.length, text: t, value, unit: 'people', kind, approximate: false, bound: null, subject: null,
    attribution: null, attributed_to: null, date: null, rule: 'test',
    sentence: sentences.find((s) => s.start <= start && start < s.end) ?? { start, end: start + t.length },
  })));
  const actors = actorMentions(content);
  const used = new Set(actors.map((a) => a.actor_id));
  return { content, sentences, dates, actors, definitions: DEFINITIONS.filter((d) => used.has(d.actor_id)), places, figures,
    published: given.published === undefined ? '2024-12' : given.published };
}

export function eventsIn(content: string, given: Given = {}): EventCandidate[] {
  return findEvents(inputFor(content, given));
}

/** "ASSAULT iran>pakistan 2024-01-16": a compact reading of an event for tables. */
export const brief = (e: EventCandidate): string => `${e.event_type} ${e.actor1_id ?? '-'}>${e.actor2_id ?? '-'} ${e.date ?? 'undated'}`;

export const nameOf = (id: string): string => BY_ID.get(id)?.name ?? id;
