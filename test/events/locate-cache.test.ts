// locate() keeps, per text, whether a locative governs each place: the answers with the cache must
// be those read afresh, for every event of a sentence and when a place is read from another start.
import { describe, expect, it } from 'vitest';
import type { PlaceMention } from '../../pipeline/extract/actors/index.js';
import { locate, type LocativeCache } from '../../pipeline/extract/events/attributes.js';

/** The places named in `content`, found by their text. */
function placesIn(content: string, names: Array<[string, PlaceMention['kind'], string]>): PlaceMention[] {
  return names.map(([name, kind, country]) => {
    const start = content.indexOf(name);
    return { start, end: start + name.length, text: name, name, kind, country };
  });
}

describe('locate with a cache of locatives', () => {
  const content = 'Guards clashed with smugglers near Taftan and fired across the border at Panjgur, '
    + 'while officials in Quetta said the attack on Mand killed two. Islamabad protested.';
  const sentence = { start: 0, end: content.indexOf(' Islamabad') };
  const places = placesIn(content, [['Taftan', 'city', 'PAK'], ['Panjgur', 'city', 'PAK'], ['Quetta', 'city', 'PAK'], ['Mand', 'city', 'PAK']]);
  const triggers = ['clashed', 'fired', 'said', 'attack', 'killed'].map((w) => ({ start: content.indexOf(w), end: content.indexOf(w) + w.length }));

  it('gives, event after event, what it gives with no cache', () => {
    const seen: LocativeCache = new Map();
    const fresh = triggers.map((t) => locate(places, sentence, t, content)?.name ?? null);
    const cached = triggers.map((t) => locate(places, sentence, t, content, seen)?.name ?? null);
    expect(cached).toEqual(fresh);
    expect(fresh).toContain('Taftan'); // the test reads places at all
    expect(seen.size).toBeGreaterThan(0);
  });

  it('reads a place again when the window starts elsewhere', () => {
    // "near Taftan" is a locative from the sentence's start; from just before "Taftan" it is not.
    const seen: LocativeCache = new Map();
    const taftan = places[0]!;
    const trigger = triggers[3]!; // after Taftan: Taftan is not struck directly
    expect(locate([taftan], sentence, trigger, content, seen)?.name).toBe('Taftan');
    const late = { start: taftan.start - 1, end: sentence.end };
    expect(locate([taftan], late, trigger, content, seen)).toBeNull();
    expect(locate([taftan], late, trigger, content)).toBeNull();
  });
});
