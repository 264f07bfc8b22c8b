// Organs named again by a common noun ("the assembly", "the committee", "the ministry"): the coder
// reads them as the organ named earlier whose name holds the noun (events/bodies.ts).
import { describe, expect, it } from 'vitest';
import type { ActorDefinition, ActorMention } from '../../pipeline/model.js';
import { bodyReferences } from '../../pipeline/extract/events/bodies.js';
import { findEvents } from '../../pipeline/extract/events/index.js';
import { brief, inputFor, type Given } from './helpers.js';

const organ = (actor_id: string, name: string, type: ActorDefinition['type'], aliases: string[] = []): ActorDefinition =>
  ({ actor_id, name, aliases, type, country: 'PAK', wikidata: null, origin: 'lexicon' });

const ORGANS = [
  organ('kp-assembly', 'Khyber Pakhtunkhwa Assembly', 'government', ['Provincial Assembly of Khyber Pakhtunkhwa']),
  organ('senate-defence-committee', 'Senate Standing Committee on Defence', 'government'),
  organ('commerce-ministry', 'Ministry of Commerce', 'government'),
  organ('foreign-ministry', 'Ministry of Foreign Affairs', 'government', ['Foreign Office']),
];

/** Mentions of the organs above, by their names as written. */
function organMentions(text: string): ActorMention[] {
  return ORGANS.flatMap((d) => [d.name, ...d.aliases].flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))]
    .map((m) => ({ start: m.index, end: m.index + n.length, text: n, actor_id: d.actor_id, rule: 'test' }))))
    .sort((a, b) => a.start - b.start);
}

function eventsWithOrgans(text: string, given: Given) {
  const input = inputFor(text, given);
  const organs = organMentions(text);
  const used = new Set(organs.map((m) => m.actor_id));
  return findEvents({ ...input, actors: [...input.actors, ...organs].sort((a, b) => a.start - b.start),
    definitions: [...input.definitions, ...ORGANS.filter((d) => used.has(d.actor_id))] });
}

const defs = new Map(ORGANS.map((d) => [d.actor_id, d]));
const referred = (text: string): string[] => bodyReferences(text, organMentions(text), defs).map((m) => `${m.text}=${m.actor_id}`);

describe('organs named again by a common noun', () => {
  it.each<[string, string[]]>([
    ['The Khyber Pakhtunkhwa Assembly met on Monday. The assembly passed a resolution.', ['assembly=kp-assembly']],
    ['The Khyber Pakhtunkhwa Assembly met on Monday. The provincial assembly passed a resolution.', ['provincial assembly=kp-assembly']],
    ['The Senate Standing Committee on Defence met. Later the committee’s chairman spoke.', ['committee=senate-defence-committee']],
    // A modifier the organ's names lack names another organ.
    ['The Ministry of Commerce issued data. The interior ministry said nothing.', []],
    // "the Ministry of ..." is a name of its own, read or not.
    ['The Ministry of Commerce issued data. The Ministry of Interior said nothing.', []],
    // Nothing named before: nothing to refer to.
    ['The assembly passed a resolution. The Khyber Pakhtunkhwa Assembly met on Monday.', []],
  ])('%s', (text, expected) => {
    expect(referred(text)).toEqual(expected);
  });

  // The phrase's offsets are read from the match (no `d` flag): they must fall on the words
  // whatever spaces stand between them.
  it.each([
    'The Khyber Pakhtunkhwa Assembly met. Then the \t provincial\u2003assembly voted; the  ASSEMBLY’s \n speaker left.',
    'The Khyber Pakhtunkhwa Assembly met.\nThe\u00a0assembly\u00a0provincial and the the assembly, the assembly.',
  ])('cuts each phrase at its words in %j', (text) => {
    const found = bodyReferences(text, organMentions(text), defs);
    expect(found.length).toBeGreaterThan(1);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).toMatch(/^(?:\p{L}+\s+)?assembly$/iu);
      expect(text.slice(Math.max(0, m.start - 8), m.start)).toMatch(/\b[Tt]he\s+$/);
    }
  });

  it('reads the words of each organ\'s own names when two organs share a name', () => {
    const text = 'The Joint Committee met. The joint committee spoke. The Joint Council met. The joint council spoke.';
    const committee = organ('committee', 'Joint Committee', 'government');
    const council = organ('council', 'Joint Committee', 'government', ['Joint Council']);
    const mentions = (id: string, names: string[]): ActorMention[] => names.flatMap((n) => [...text.matchAll(new RegExp(n, 'g'))]
      .map((m) => ({ start: m.index, end: m.index + n.length, text: n, actor_id: id, rule: 'test' })));
    expect(bodyReferences(text, mentions('committee', ['Joint Committee']), new Map([['committee', committee]])).map((m) => m.text))
      .toEqual(['joint committee']);
    // The same name with an alias more: its words are its own, not the first organ's.
    expect(bodyReferences(text, mentions('council', ['Joint Committee', 'Joint Council']).sort((x, y) => x.start - y.start), new Map([['council', council]]))
      .map((m) => m.text)).toEqual(['joint committee', 'joint council']);
  });

  it('lets the organ act, and speak for a verb joined by "and"', () => {
    const text = 'On 16 January 2024, the Khyber Pakhtunkhwa Assembly debated the border. The assembly condemned Iran for the strikes and asked Iran to investigate.';
    expect(eventsWithOrgans(text, { dates: [['16 January 2024', '2024-01-16']] }).map(brief))
      .toEqual(['ACCUSE kp-assembly>iran 2024-01-16', 'REQUEST kp-assembly>iran 2024-01-16']);
  });

  it('lets the organ a ministry names be the one who acts', () => {
    const text = 'On 16 January 2024, the Foreign Office summoned the Iranian envoy. The ministry also recalled its ambassador from Tehran.';
    expect(eventsWithOrgans(text, { dates: [['16 January 2024', '2024-01-16']] }).map(brief))
      .toEqual(['ACCUSE foreign-ministry>iran 2024-01-16', 'SANCTION foreign-ministry>iran 2024-01-16']);
  });
});
