// A name inside a relative clause set off by a comma is told of in passing: a pronoun after the
// clause does not take it up. Run through the whole extractor, whose actor lexicon knows the Levies.
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../pipeline/extract/index.js';
import type { SourceDocument } from '../../pipeline/model.js';

const doc = (text: string): SourceDocument => ({
  sourceId: 't', file: 't.txt', format: 'text', sha256: 'x', problems: [], text, content: text,
  title: null, publisher: null, author: null, url: null, language: 'en', published: { value: '2024-09-14', basis: 'sidecar' }, dateline: null,
});

describe('a pronoun after a relative clause', () => {
  it('does not take up a name inside the clause', () => {
    const text = 'On 9 September 2024, Pakistan and Iran held talks. The two ministers condemned the attack on a Levies checkpost near Mashkel, in which three Levies personnel were killed, and they agreed that the border must never be used by terrorists.';
    const { events } = extractSource(doc(text));
    const agreements = events.filter((e) => e.event_type === 'AGREE');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.actor1_id).not.toBe('pakistan-levies');
    // the clause's own happening keeps its victim
    expect(events.some((e) => e.event_type === 'ASSAULT' && e.actor2_id === 'pakistan-levies')).toBe(true);
  });
});
