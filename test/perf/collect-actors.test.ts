// collectActors pools a pattern actor's names in one set as its sources come, instead of
// rebuilding its list at each source: the actors table must be the same, compared as JSON text
// (keys' and rows' order) with the routine it replaced, on the actors of the gold-set texts
// (each text's definitions given by several sources) and on hostile definitions.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../pipeline/generated/dataset.js';
import { compareText } from '../../pipeline/lib/json.js';
import type { SourceDocument, SourceExtraction } from '../../pipeline/model.js';
import { extractSource } from '../../pipeline/extract/index.js';
import { collectActors } from '../../pipeline/normalize/actors.js';
import { goldTexts } from '../fixtures/gold-texts.js';

/** The routine it replaced (normalize/actors.ts before), as the oracle. */
function oldCollectActors(extractions: Array<Pick<SourceExtraction, 'actorDefinitions'>>): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  for (const x of extractions) {
    for (const def of x.actorDefinitions) {
      const known = actors.get(def.actor_id);
      if (!known) actors.set(def.actor_id, { ...def, aliases: [...def.aliases] });
      else known.aliases = [...new Set([...known.aliases, ...def.aliases])].filter((a) => a !== known.name);
    }
  }
  for (const actor of actors.values()) actor.aliases.sort(compareText);
  return new Map([...actors].sort(([a], [b]) => compareText(a, b)));
}

const doc = (text: string, i: number): SourceDocument => ({
  sourceId: `g${i}`, file: `g${i}.txt`, format: 'text', sha256: 'x', problems: [], text, content: text,
  title: null, publisher: null, author: null, url: null, language: 'en', published: i % 2 ? { value: '2024-09-14', basis: 'sidecar' } : null, dateline: null,
});

const asText = (actors: Map<string, Actor>) => JSON.stringify([...actors]);
const same = (extractions: Array<Pick<SourceExtraction, 'actorDefinitions'>>) => {
  // Each routine gets its own copy: both write the actors they make, not the definitions, but a
  // shared definition must not hide a difference.
  const copy = () => JSON.parse(JSON.stringify(extractions)) as typeof extractions;
  expect(asText(collectActors(copy() as SourceExtraction[]))).toBe(asText(oldCollectActors(copy())));
};

/**
 * The same extractions with equal definitions made one object, as the pool's ExtractionCompactor
 * and the rerun's snapshot share them; the old routine gets them as separate copies.
 */
const sameShared = (extractions: Array<Pick<SourceExtraction, 'actorDefinitions'>>) => {
  const objects = new Map<string, SourceExtraction['actorDefinitions'][number]>();
  const shared = extractions.map((x) => ({
    actorDefinitions: x.actorDefinitions.map((d) => {
      const key = JSON.stringify(d);
      if (!objects.has(key)) objects.set(key, JSON.parse(key));
      return objects.get(key)!;
    }),
  }));
  const copy = JSON.parse(JSON.stringify(extractions)) as typeof extractions;
  expect(asText(collectActors(shared as SourceExtraction[]))).toBe(asText(oldCollectActors(copy)));
};

const def = (actor_id: string, name: string, aliases: string[], extra: Partial<Actor> = {}): Actor =>
  ({ actor_id, name, type: 'group', country: null, aliases, ...extra }) as Actor;

describe('collectActors', () => {
  const extractions = goldTexts().map((text, i) => extractSource(doc(text, i)));

  it('makes the actors table the old routine made, on the gold-set texts', () => {
    expect(extractions.reduce((n, x) => n + x.actorDefinitions.length, 0)).toBeGreaterThan(100);
    same(extractions);
    // Each source given three times, and the sources in reverse: every actor pooled from several.
    same([...extractions, ...extractions.slice().reverse(), ...extractions]);
  });

  it('makes the same table from definitions shared as one object, as a build gets them', () => {
    sameShared(extractions);
    sameShared([...extractions, ...extractions.slice().reverse(), ...extractions]);
    const once = def('a', 'Alpha', ['Alpha', 'x', 'x', 'b']);
    const other = def('a', 'Alpha', ['y']);
    const cases: Array<Array<Pick<SourceExtraction, 'actorDefinitions'>>> = [
      // An actor's only definition seen twice: the second sighting pools it (deduplicated, its name dropped).
      [{ actorDefinitions: [once] }, { actorDefinitions: [once] }],
      [{ actorDefinitions: [once, once] }],
      [{ actorDefinitions: [once] }],
      // Its first definition again after another one pooled it, and the other again.
      [{ actorDefinitions: [once] }, { actorDefinitions: [other] }, { actorDefinitions: [once, other] }],
      [{ actorDefinitions: [other] }, { actorDefinitions: [once] }, { actorDefinitions: [other] }, { actorDefinitions: [once] }],
      // Another actor's definitions between.
      [{ actorDefinitions: [once, def('b', 'B', ['B', 'b'])] }, { actorDefinitions: [def('b', 'B', ['B', 'b']), once] }],
    ];
    for (const c of cases) sameShared(c);
  });

  it('pools the same names on hostile definitions', () => {
    const cases: Array<Array<Pick<SourceExtraction, 'actorDefinitions'>>> = [
      // One source: its list kept as it is, duplicates and the actor's own name included.
      [{ actorDefinitions: [def('a', 'Alpha', ['Alpha', 'x', 'x', 'b'])] }],
      // Two and three sources: duplicates, the name, names from one source only, empty lists.
      [{ actorDefinitions: [def('a', 'Alpha', ['Alpha', 'x', 'x'])] }, { actorDefinitions: [def('a', 'Alpha', [])] }],
      [{ actorDefinitions: [def('a', 'Alpha', [])] }, { actorDefinitions: [def('a', 'Other name', ['Alpha', 'Other name', 'y'])] }, { actorDefinitions: [def('a', 'Alpha', ['y', 'z'])] }],
      // Names that differ only by case, space, accents, astral characters and lone surrogates.
      [{ actorDefinitions: [def('p', 'Jaish', ['jaish', 'Jaish ', 'Jaísh', '\u{1F600}', '\uD800'])] }, { actorDefinitions: [def('p', 'Jaish', ['Jaish', 'jaish', 'é', 'e\u0301', '\uDC00'])] }],
      // Several actors interleaved, one definition of each per source, ids out of order.
      [
        { actorDefinitions: [def('z', 'Zed', ['z1']), def('a', 'A', ['a1', 'A'])] },
        { actorDefinitions: [def('a', 'A', ['a2']), def('m', 'M', ['M', 'M'])] },
        { actorDefinitions: [def('z', 'Zed', ['z1', 'Zed']), def('m', 'M', ['m'])] },
      ],
      [],
      [{ actorDefinitions: [] }],
    ];
    for (const c of cases) same(c);
  });
});
