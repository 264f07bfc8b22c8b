// A snapshot record's candidates packed (pipeline/cache/snapshot-candidates.ts) give back what
// the record as plain JSON gave: on the extractions of every seed and gold-set text, and on
// hostile candidates, the same values with their keys in the same order; a candidate of any
// other shape is not packed (its record is written as before), and a damaged pack does not read.
// Through the snapshot, a packed record and a plain one are taken alike.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheSettings } from '../../pipeline/cache/index.js';
import { packCandidates, unpackCandidates } from '../../pipeline/cache/snapshot-candidates.js';
import { snapshotPath, SnapshotWriter, SourceSnapshot } from '../../pipeline/cache/source-snapshot.js';
import { extractSource } from '../../pipeline/extract/index.js';
import type { SourceDocument, SourceExtraction } from '../../pipeline/model.js';
import { listSources } from '../../pipeline/read/read-folder.js';
import { goldTexts } from '../fixtures/gold-texts.js';
import { tempDir } from '../reruns/helpers.js';

const doc = (text: string, i: number): SourceDocument => ({
  sourceId: `g${i}`, file: `g${i}.txt`, format: 'text', sha256: 'x', problems: [], text, content: text,
  title: null, publisher: null, author: null, url: null, language: 'en', published: i % 2 ? { value: '2024-09-14', basis: 'sidecar' } : null, dateline: null,
});

/** What a plain record gives back: the candidates through JSON, as the cache and the snapshot hold them. */
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Packed and unpacked, through JSON as the snapshot's line holds the pack. */
const roundTrip = (x: Pick<SourceExtraction, 'events' | 'figures'>, shared = new Map<string, string>()) => {
  const packed = packCandidates(x.events, x.figures);
  expect(packed).not.toBeNull();
  return unpackCandidates(throughJson(packed), shared);
};

const extractions = goldTexts().map((text, i) => extractSource(doc(text, i)));

const event = {
  sentence: { start: 0, end: 40 }, trigger: { start: 5, end: 11 }, rule: 'strike:verb', event_type: 'ASSAULT', subtype: 'missile strike',
  actor1_id: 'iran', actor2_id: null, mutual: false, date: '2024-01-16', location: 'Panjgur', country: 'PAK', fatalities: 2, injuries: null,
  salience: 'core', date_basis: 'sentence', quote: 'Iran’s missiles hit “Panjgur”.',
};
const figure = {
  start: 30, end: 42, text: 'two children', value: 2, unit: 'people', kind: 'fatalities', approximate: false, bound: null, subject: 'children',
  attribution: null, attributed_to: null, date: '2024-01-16', sentence: { start: 0, end: 40 }, rule: 'casualty-list', quote: 'Iran’s missiles hit “Panjgur”.',
};
/** An event's keys before its figure starts (which come before its date basis and quote). */
const { date_basis: _basis, quote: _quote, ...eventHead } = event;
const events = (...list: object[]) => list as unknown as SourceExtraction['events'];
const figures = (...list: object[]) => list as unknown as SourceExtraction['figures'];

describe('packed candidates', () => {
  it('give back the candidates of every seed and gold-set text, keys in the same order', () => {
    let candidates = 0;
    let withFigures = 0;
    for (const x of extractions) {
      const back = roundTrip(x);
      // JSON.stringify compares the keys' order too.
      expect(JSON.stringify(back)).toBe(JSON.stringify({ events: x.events, figures: x.figures }));
      expect(back).toStrictEqual(throughJson({ events: x.events, figures: x.figures }));
      candidates += x.events.length + x.figures.length;
      withFigures += x.events.filter((e) => e.figure_starts).length;
    }
    expect(candidates).toBeGreaterThan(1000);
    expect(withFigures).toBeGreaterThan(10);
  });

  it('give back hostile texts and numbers', () => {
    const texts = ['', '\t\n\r', '"\\/', '\u0000\u001f\u007f', '’“”—', 'کراچی', '😀', '\ud800 lone \udfff', '\u2028\u2029', '\ufeff\uffff', '0', 'null'];
    const numbers = [0, -1, 1.5, 1e21, 3000000000, Number.MAX_SAFE_INTEGER, -0, NaN, Infinity];
    const manyEvents = texts.flatMap((t, i) => [
      { ...event, rule: t, subtype: t || null, actor1_id: null, actor2_id: t, mutual: i % 2 === 0, date: null, location: t, country: null, fatalities: numbers[i % numbers.length]!, injuries: i, quote: t, date_basis: null },
      { ...eventHead, salience: 'context', fatalities: null, figure_starts: i % 3 ? [i, numbers[i % numbers.length]!] : [], date_basis: t, quote: `${t}${t}` },
    ].map((e) => (i % 4 === 1 ? { ...e } : e)));
    const manyFigures = texts.map((t, i) => ({ ...figure, text: t, value: numbers[i % numbers.length]!, unit: t, bound: i % 2 ? 'lower' : null, subject: null, attribution: t, attributed_to: t || null, date: null, quote: t, approximate: i % 2 === 1 }));
    const x = { events: events(...manyEvents), figures: figures(...manyFigures) };
    const back = roundTrip(x);
    expect(JSON.stringify(back)).toBe(JSON.stringify(x));
    expect(back).toStrictEqual(throughJson(x));
  });

  it('share their strings with the records taken before', () => {
    const shared = new Map<string, string>();
    roundTrip({ events: events(event), figures: figures(figure) }, shared);
    expect([...shared.keys()]).toEqual(expect.arrayContaining([event.quote, event.rule, figure.text]));
    const again = roundTrip({ events: events({ ...event }), figures: figures() }, shared);
    expect(again.events[0]!.quote).toBe(event.quote);
  });

  it.each([
    ['an event with another key', events({ ...event, extra: 1 }), figures()],
    ['an event without a key', events((({ date_basis: _, ...rest }) => rest)(event)), figures()],
    ['an event with its keys in another order', events((({ sentence, trigger, ...rest }) => ({ trigger, sentence, ...rest }))(event)), figures()],
    ['an event with figure starts after its date basis', events({ ...event, figure_starts: [1] }), figures()],
    ['a text field holding a number', events({ ...event, location: 7 }), figures()],
    ['a text field holding undefined', events({ ...event, subtype: undefined }), figures()],
    ['a number field holding a string', events({ ...event, fatalities: '2' }), figures()],
    ['a span with another key', events({ ...event, sentence: { start: 0, end: 40, text: 'x' } }), figures()],
    ['a span with its keys in another order', events({ ...event, trigger: { end: 11, start: 5 } }), figures()],
    ['a span holding a string', events({ ...event, trigger: { start: '5', end: 11 } }), figures()],
    ['a figure with another key', events(event), figures({ ...figure, unitName: 'Dollar' })],
    ['a figure whose sentence is null', events(event), figures({ ...figure, sentence: null })],
    ['a figure holding an object', events(event), figures({ ...figure, value: { n: 2 } })],
  ])('are not made of %s (the record is written as JSON objects)', (_, e, f) => {
    expect(packCandidates(e, f)).toBeNull();
  });

  it.each([
    ['not a list of three lists', [[], []]],
    ['an unknown tag', [['a'], [7], []]],
    ['a string index out of range', [['a'], [0, 0, 1, 0, 1, 5, 0, 0, null, null, false, null, null, null, null, null, 0, 0, 0], []]],
    ['an event cut short', [['a'], [0, 0, 1], []]],
    ['a figure cut short', [['a'], [], [0, 1, 0]]],
    ['a number in the strings', [[1], [], []]],
  ])('do not read from a pack with %s', (_, packed) => {
    expect(() => unpackCandidates(packed, new Map())).toThrow();
  });
});

describe('a snapshot of packed records', () => {
  it('gives back the results a plain record gave, and takes a plain record (another shape, or an older snapshot) as before', async () => {
    const dir = await tempDir('snapshot-candidates');
    for (const [i] of extractions.slice(0, 30).entries()) await fs.writeFile(path.join(dir, `g${i}.txt`), 'x');
    const files = (await listSources(dir)).files;
    const settings = cacheSettings(path.join(dir, 'cache'));
    const resultOf = (i: number) => ({ extraction: throughJson(extractions[i]!), problems: [], mentions: null });
    // One result whose candidates cannot be packed: its record is a plain one.
    const odd = resultOf(0);
    odd.extraction.events = events(...odd.extraction.events, { ...event, extra: true });
    const writer = new SnapshotWriter(settings);
    for (const [i, file] of files.entries()) writer.addResult(file, `s${i}`, i === 0 ? odd : resultOf(i));
    writer.finish();
    const lines = (await fs.readFile(snapshotPath(settings), 'latin1')).split('\n').filter((l) => !l.startsWith('["#definition'));
    expect(lines.filter((l) => l.split('\t').length === 3)).toHaveLength(files.length - 1);

    const snapshot = SourceSnapshot.read(settings)!;
    for (const [i, file] of files.entries()) {
      const taken = snapshot.take(file, `s${i}`)!;
      const expected = { ...(i === 0 ? odd : resultOf(i)), reused: true };
      expect(JSON.stringify(taken.result)).toBe(JSON.stringify(expected));
      expect(taken.result).toStrictEqual(expected);
      expect(taken.candidatesShared).toBe(i !== 0);
    }
  });
});
