import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_LEXICON_DIR, LexiconError, loadActorLexicon, parseLexiconFile } from '../../pipeline/extract/actors/lexicon/load.js';
import { actorFileSchema } from '../../pipeline/extract/actors/lexicon/schema.js';

const file = (entry: object) => JSON.stringify({ about: 'test', entries: [{ id: 'iran', name: 'Iran', type: 'state', country: 'IRN', aliases: [] }, entry] });

describe('a broken lexicon entry gives a message naming file, entry and field', () => {
  it.each([
    [{ id: 'jaish-al-adl', name: 'Jaish al-Adl', type: 'militant', country: 'IRN' }, /groups\.json[\s\S]*entries\[1\] \("jaish-al-adl"\) field type/],
    [{ id: 'jaish-al-adl', name: 'Jaish al-Adl', type: 'armed_group', country: 'Iran' }, /entries\[1\] \("jaish-al-adl"\) field country: must be an ISO 3166 alpha-3 code/],
    [{ id: 'Jaish al Adl', name: 'Jaish al-Adl', type: 'armed_group', country: 'IRN' }, /field id: must be a lower-case slug/],
    [{ id: 'jaish-al-adl', name: 'Jaish al-Adl', type: 'armed_group', country: 'IRN', wikidata: 'Q1x' }, /field wikidata: must be a Wikidata QID/],
    [{ id: 'jaish-al-adl', name: 'Jaish al-Adl', type: 'armed_group', country: 'IRN', alias: ['Jaysh al-Adl'] }, /entries\[1\] \("jaish-al-adl"\)[\s\S]*alias/],
    [{ id: 'x', name: 'X', type: 'person', country: 'IRN', offices: [{ kind: 'foreign-minister', from: '2024', to: null }] }, /field offices\.0\.from: must be an ISO date/],
  ])('%j', (entry, message) => {
    expect(() => parseLexiconFile('groups.json', file(entry), actorFileSchema)).toThrow(LexiconError);
    expect(() => parseLexiconFile('groups.json', file(entry), actorFileSchema)).toThrow(message);
  });

  it('reports a file that is not JSON', () => {
    expect(() => parseLexiconFile('groups.json', '{ "about": ', actorFileSchema)).toThrow(/groups\.json: not valid JSON/);
  });

  it('reports duplicate ids and unknown office kinds across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actors-lexicon-'));
    cpSync(ACTOR_LEXICON_DIR, dir, { recursive: true });
    const states = JSON.parse(readFileSync(join(dir, 'states.json'), 'utf8'));
    states.entries.push({ ...states.entries[0] });
    states.entries.push({ id: 'someone', name: 'Someone', type: 'person', country: 'IRN', offices: [{ kind: 'grand-vizier', from: '2020-01-01', to: null }] });
    writeFileSync(join(dir, 'states.json'), JSON.stringify(states));
    expect(() => loadActorLexicon(dir)).toThrow(/entry "iran" is defined twice[\s\S]*entry "someone" field offices: unknown office kind "grand-vizier"/);
  });

  it('loads the shipped lexicon', () => {
    const lexicon = loadActorLexicon();
    expect(lexicon.entries.length).toBeGreaterThan(300);
    expect(lexicon.titles.length).toBeGreaterThan(10);
  });
});
