// The ids a release adds to the mentions table, held as changes.json lists them (mention-ids.ts),
// are what reading each record's first line gives (mentionIdOf), errors included, and changes.json
// written from them (changes-json.ts) is byte for byte toJsonText of the changes with the ids as strings.
import { describe, expect, it } from 'vitest';
import { changesJsonPieces } from '../../pipeline/emit/changes-json.js';
import type { ReleaseChanges } from '../../pipeline/emit/changes.js';
import { ListedIds, mentionIdOf } from '../../pipeline/emit/mention-ids.js';
import { jsonPieces, RECORD_SEPARATOR } from '../../pipeline/emit/write-table.js';
import { toJsonText } from '../../pipeline/lib/json.js';
import { seededRandom } from '../../bench/generate-corpus.js';

const describeError = (error: unknown) => `${(error as Error).constructor.name}: ${(error as Error).message}`;

/** The straightforward reading: each record's id, or the error. */
function straightforward(block: string): string[] | string {
  try {
    return block.split(RECORD_SEPARATOR).map(mentionIdOf);
  } catch (error) {
    return describeError(error);
  }
}

/** The ids ListedIds reads, checked to be listed as changes.json lists them as strings; or the error. */
function listed(block: string): string[] | string {
  let list: ListedIds;
  try {
    list = new ListedIds();
    list.addBlock(block);
  } catch (error) {
    return describeError(error);
  }
  const ids = list.ids();
  expect(list.length).toBe(ids.length);
  // As the list stands in changes.json: tables → mentions → added.
  expect([...list.jsonPieces()].join('')).toBe(JSON.stringify(ids, null, 2).replaceAll('\n', '\n      '));
  return ids;
}

/** A block as emit renders one: the records' texts joined by the separator. */
const blockOf = (rows: Array<Record<string, unknown>>) => [...jsonPieces(rows)].flatMap((p) => p.bodies).join(RECORD_SEPARATOR);
const row = (id: unknown, text = 'Pakistan') => ({ mention_id: id, source_id: 'src', kind: 'actor', text, char_start: 0, char_end: 8 });

// Ids a source_id might make: quotes, backslashes, control characters, non-ASCII, surrogates, the separator's text.
const HOSTILE_IDS = [
  'src-1:a:0-8', 'a"b:a:1-2', 'a\\b:a:1-2', 'tab\there', 'new\nline', 'cr\r', 'Peshāwar—“quoted”', 'emoji😀:d:3-4',
  'sep\u2028ara\u2029tor', 'lone\ud800', 'lone\udc00', 'x\n  },\n  {\n:a:1-2', '', ',', '"', 'ends with comma,', 'nul\u0000',
  '\u007f\u0080\u00ff', '\ufffd', '    "mention_id": "x"',
];

describe('the ids of a block', () => {
  it('are those of its records, in order, for rendered blocks', () => {
    for (const id of HOSTILE_IDS) {
      const block = blockOf([row(id), row(`${id}2`, 'Iran “x”'), row('plain:a:1-2')]);
      expect(listed(block)).toEqual([id, `${id}2`, 'plain:a:1-2']);
    }
    const random = seededRandom(3);
    const rows = Array.from({ length: 500 }, (_, i) => row(HOSTILE_IDS[Math.floor(random() * HOSTILE_IDS.length)]! + i));
    expect(listed(blockOf(rows))).toEqual(rows.map((r) => r.mention_id));
  });

  it('are read, or refused, as mentionIdOf reads them on blocks not laid out as written', () => {
    const blocks = [
      '', '    "mention_id": "a:b"', '    "mention_id": "a:b",', '    "mention_id": "a:b" ,\n    "x": 1', '    "mention_id": "a:b",\r\n    "x": 1',
      '    "mention_id": 5,\n    "x": 1', '    "mention_id": null', '    "mention_id": "a\tb",\n    "x": 1', '    "mention_id": "a"b",\n    "x": 1',
      '    "mention_id": "a\\u0041",\n    "x": 1', '    "mention_id": "\\ud800"', '    "mention_id": "",\n    "x": 1', '    "mention_id": "\n    "x": 1',
      '    "mention_id": ",\n    "x": 1', '    "mention_id": ","', '    "mention_id": "a",,', '    "mention_id":"a",\n    "x": 1',
      '    "source_id": "a",\n    "mention_id": "b"', '    "mention_id": ', `    "mention_id": "a"${RECORD_SEPARATOR}`,
      `    "mention_id": "a"${RECORD_SEPARATOR}    "mention_id": "b"${RECORD_SEPARATOR}    "kind": "x"`, '    "mention_id": "caf\u00e9 \u2014 ok"',
      '    "mention_id": "lone \ud800 raw"', '    "mention_id": "pair 😀 raw"',
    ];
    for (const block of blocks) expect(listed(block), JSON.stringify(block)).toEqual(straightforward(block));
  });
});

describe('the added ids in changes.json', () => {
  /** The ids as ListedIds holds them: some added one by one, some as blocks. */
  function listedIds(ids: string[]): ListedIds {
    const list = new ListedIds();
    for (let i = 0; i < ids.length;) {
      const n = 1 + (i % 4);
      if (n === 1) list.add(ids[i]!);
      else list.addBlock(blockOf(ids.slice(i, i + n).map((id) => row(id))));
      i += n;
    }
    return list;
  }

  const changes = (added: string[] | ListedIds, mentionsChanged: ReleaseChanges['tables']['mentions']['changed'] = []): ReleaseChanges => ({
    version: '1.3.0', previous_version: '1.2.0', date: '2024-05-01', columns: { added: ['events.x'], removed: [] },
    tables: {
      sources: { added: ['s"1'], removed: [], changed: [] },
      actors: { added: [], removed: ['a'], changed: [] },
      events: { added: [], removed: [], changed: [{ id: 'e1', fields: [{ field: 'summary', from: 'a\nb', to: ['x', null, 1.5] }] }] },
      evidence: { added: [], removed: [], changed: [] },
      figures: { added: [], removed: [], changed: [] },
      mentions: { added, removed: ['m-1', 'm\u2028'], changed: mentionsChanged },
    },
  });

  it.each([0, 1, 2, 7, 300])('is toJsonText of the changes, %i ids added', (n) => {
    const random = seededRandom(n + 1);
    const ids = Array.from({ length: n }, (_, i) => `${HOSTILE_IDS[Math.floor(random() * HOSTILE_IDS.length)]}:${i}`);
    const list = listedIds(ids);
    expect(list.ids()).toEqual(ids);
    const changed = [{ id: 'm-2', fields: [{ field: 'text', from: '}\n  }\n}', to: { nested: ['"mentions": {'] } }] }];
    for (const mentionsChanged of [[], changed]) {
      expect([...changesJsonPieces(changes(list, mentionsChanged))].join('')).toBe(toJsonText(changes(ids, mentionsChanged)));
    }
  });

  it('is toJsonText of the changes when the mentions are not the last table', () => {
    const ids = ['a:1', 'b"2'];
    const moved = changes(listedIds(ids));
    const { mentions, ...others } = moved.tables;
    const reordered = { ...moved, tables: { mentions, ...others } } as ReleaseChanges;
    expect([...changesJsonPieces(reordered)].join('')).toBe(toJsonText({ ...reordered, tables: { ...reordered.tables, mentions: { ...mentions, added: ids } } }));
  });
});
