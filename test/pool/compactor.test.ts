// The pool shares what extractions repeat (equal strings, equal actor definitions) so a large
// build holds one copy; the values normalize reads must stay exactly the same.
import { describe, expect, it } from 'vitest';
import { ExtractionCompactor } from '../../pipeline/extract-pool.js';
import type { SourceExtraction } from '../../pipeline/model.js';

/** A fresh object per call, as each worker result or cache read gives. */
function extraction(sourceId: string): SourceExtraction {
  const fresh = (s: string) => s.split('').join(''); // a new string object with the same value
  return {
    source: { source_id: sourceId } as SourceExtraction['source'],
    dates: [{ start: 0, end: 7, text: fresh('January'), value: '2024-01', rule: fresh('month-name') }],
    actors: [{ start: 10, end: 18, text: fresh('Pakistan'), actor_id: 'pakistan', rule: 'lexicon:pakistan' }],
    actorDefinitions: [{ actor_id: 'pakistan', name: 'Pakistan', aliases: ['Islamabad'], type: 'state', country: 'PAK', wikidata: 'Q843', origin: 'lexicon' } as SourceExtraction['actorDefinitions'][number]],
    amounts: [],
    figures: [],
    events: [],
    problems: [],
  };
}

describe('ExtractionCompactor', () => {
  it('keeps every value and shares equal strings and actor definitions across sources', () => {
    const compactor = new ExtractionCompactor();
    const a = compactor.compact(extraction('a'));
    const b = compactor.compact(extraction('b'));
    expect(a).toEqual(extraction('a'));
    expect(b).toEqual(extraction('b'));
    expect(b.actorDefinitions[0]).toBe(a.actorDefinitions[0]);
    expect(b.actors[0]).not.toBe(a.actors[0]); // mentions stay objects of their own
  });

  it('keeps actor definitions apart when they differ', () => {
    const compactor = new ExtractionCompactor();
    const a = compactor.compact(extraction('a'));
    const other = extraction('b');
    other.actorDefinitions[0]!.aliases.push('Pakistani government');
    const b = compactor.compact(other);
    expect(b.actorDefinitions[0]).not.toBe(a.actorDefinitions[0]);
    expect(b.actorDefinitions[0]!.aliases).toEqual(['Islamabad', 'Pakistani government']);
  });
});
