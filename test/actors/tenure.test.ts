// The start of the term of an official named by office bounds an undated text's publication.
import { describe, expect, it } from 'vitest';
import { titledTenureStart as tenureOf } from '../../pipeline/extract/actors/tenure.js';
import { actorIndex, readActors } from '../../pipeline/extract/actors/index.js';

const titledTenureStart = (text: string): string | null => tenureOf(readActors(text));

/** The first start of a lexicon person's term in an office kind, read from the lexicon itself. */
function termStart(id: string, kind: string): string {
  const first = (actorIndex().entries.get(id)?.offices ?? []).filter((t) => t.kind === kind).map((t) => t.from).sort()[0];
  if (!first) throw new Error(`the lexicon gives ${id} no ${kind} term`);
  return first;
}

describe('the latest start of a term the text names', () => {
  it('reads an office written before a name the lexicon knows', () => {
    expect(titledTenureStart('Foreign Minister Abbas Araghchi spoke by telephone on Tuesday.')).toBe(termStart('abbas-araghchi', 'foreign-minister'));
  });

  it('reads an office and a name in apposition', () => {
    expect(titledTenureStart('Iran’s foreign minister, Abbas Araghchi, said the border would reopen.')).toBe(termStart('abbas-araghchi', 'foreign-minister'));
  });

  it('takes the latest start when several officials are named', () => {
    const text = 'Interior Minister Mostafa Mohammad-Najjar met Foreign Minister Abbas Araghchi.';
    expect(titledTenureStart(text)).toBe(termStart('abbas-araghchi', 'foreign-minister'));
  });

  it.each([
    ['an office the person never held', 'President Abbas Araghchi said.'],
    ['a former holder', 'Former Foreign Minister Abbas Araghchi said.'],
    ['a name without an office', 'Abbas Araghchi said the talks went well.'],
    ['a person the lexicon lacks', 'Foreign Minister Jane Example said.'],
  ])('bounds nothing for %s', (_, text) => {
    expect(titledTenureStart(text)).toBeNull();
  });
});
