// A source's mention rows are rendered by a template (emit/mention-block.ts renderRows): its CSV rows
// and JSON record texts must be the bytes the generic writers give (csvRows; jsonPieces, as
// JSON.stringify(rows, null, 2) lays records out), on any text a mention can hold.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate-corpus.js';
import { csvRows } from '../../pipeline/emit/csv.js';
import { blockRecords, renderMentions, renderRows, surelyValid } from '../../pipeline/emit/mention-block.js';
import { columnsOf } from '../../pipeline/emit/schemas.js';
import { jsonPieces, RECORD_SEPARATOR } from '../../pipeline/emit/write-table.js';
import type { Mention } from '../../pipeline/generated/dataset.js';
import type { SourceExtraction } from '../../pipeline/model.js';
import { mentionRows } from '../../pipeline/normalize/mention-rows.js';
import { validateRecords } from '../../pipeline/normalize/validate.js';
import { SCHEMA_DIR } from '../../pipeline/schemas/paths.js';

/** Pieces a text could hold: delimiters, quotes, line breaks, formula starts, escapes, non-ASCII, lone and paired surrogates. */
const PIECES = ['a', 'Iran', ' ', ',', '"', "'", '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', '\\', '/', '\u0000', '\u001f', '\u007f',
  'é', '—', '’', '\u2028', 'ایران', 'پاکستان', '😀', '\ud83d', '\ude00', ';', '""', '1', '-5', '</script>', ''];

function hostileText(random: () => number, least = 0): string {
  const n = least + Math.floor(random() * 7);
  let text = '';
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

/** The straightforward rendering: the generic CSV writer and JSON.stringify's layout, record by record. */
function reference(rows: Mention[]): { csv: string; json: string } {
  const bodies: string[] = [];
  for (const piece of rows.length ? jsonPieces(rows) : []) bodies.push(...piece.bodies);
  return { csv: csvRows(columnsOf('mentions'), rows), json: bodies.join(RECORD_SEPARATOR) };
}

describe('the mention rows template', () => {
  it('writes the generic writers\' bytes on hostile rows', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 200; round++) {
      // Ids as the schema's patterns allow them (a valid row's), a leading "-" among them.
      const sid = ['s1', '-lead', '.x', 'a.b_c-d', '7'][round % 5]!;
      const rows: Mention[] = Array.from({ length: Math.floor(random() * 12) }, (_, i) => ({
        mention_id: `${sid}:${'dam'[i % 3]}:${i}-${i + 3}`,
        // Now and then a row of another source: laid out with its own id.
        source_id: random() < 0.05 ? '-other' : sid,
        kind: (['date', 'actor', 'amount'] as const)[i % 3]!,
        text: hostileText(random, 1),
        char_start: i === 0 ? -0 : Math.floor(random() * 1e6),
        char_end: Math.floor(random() * 1e9),
        value: hostileText(random),
        rule: hostileText(random, 1),
      }));
      expect(renderRows(rows)).toEqual(reference(rows));
    }
  });

  it('renders nothing for no rows', () => {
    expect(renderRows([])).toEqual({ csv: '', json: '' });
    expect(reference([])).toEqual({ csv: '', json: '' });
  });

  it('renders a source\'s valid rows as the generic writers do, rejects left out, and its JSON reads back to the rows', () => {
    const random = seededRandom(5);
    const found = (i: number) => ({ start: i * 10, end: i * 10 + 4, text: hostileText(random), rule: hostileText(random) });
    const x = {
      source: { source_id: 'src-9' },
      dates: Array.from({ length: 40 }, (_, i) => ({ ...found(i), value: hostileText(random) })),
      actors: Array.from({ length: 40 }, (_, i) => ({ ...found(i), actor_id: hostileText(random) })),
      amounts: Array.from({ length: 40 }, (_, i) => ({ ...found(i), value: [-1.5, 0, 1e21, 2 ** 53, 0.1 + 0.2, -0][i % 6]! })),
    } as unknown as Pick<SourceExtraction, 'source' | 'dates' | 'actors' | 'amounts'>;
    const { valid, rejects } = validateRecords('mentions', mentionRows(x));
    expect(rejects.length).toBeGreaterThan(0); // empty texts and rules are rejected
    expect(valid.length).toBeGreaterThan(20);
    const rendered = renderMentions(x);
    expect(rendered.count).toBe(valid.length);
    expect({ csv: rendered.csv, json: rendered.json }).toEqual(reference(valid));
    expect(blockRecords(rendered.json)).toEqual(JSON.parse(JSON.stringify(valid)));
  });
});

describe('the mention rows\' quick check', () => {
  it('is written for this mentions schema (a change to it must be made to surelyValid too)', () => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, 'mentions.schema.json'), 'utf8')) as {
      properties: Record<string, Record<string, unknown>>; required: string[]; additionalProperties: boolean; $defs: Record<string, { enum?: string[] }>;
    };
    const rules = Object.fromEntries(Object.entries(schema.properties).map(([k, { description: _, ...rule }]) => [k, rule]));
    expect(rules).toEqual({
      mention_id: { type: 'string', pattern: '^[A-Za-z0-9._:-]+$' },
      source_id: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,128}$' },
      kind: { $ref: '#/$defs/MentionKind' },
      text: { type: 'string', minLength: 1 },
      char_start: { type: 'integer', minimum: 0 },
      char_end: { type: 'integer', minimum: 0 },
      value: { type: 'string' },
      rule: { type: 'string', minLength: 1 },
    });
    expect(schema.required).toEqual(Object.keys(rules));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$defs.MentionKind!.enum).toEqual(['date', 'actor', 'amount']);
  });

  it('passes only rows ajv accepts, and most valid ones', () => {
    const random = seededRandom(17);
    const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
    // Each field valid most of the time (the first list), otherwise not (the second).
    const field = (good: readonly unknown[], bad: readonly unknown[]) => (random() < 0.85 ? pick(good) : pick(bad));
    const offsets: [unknown[], unknown[]] = [[0, -0, 5, 2 ** 53], [-1, 1.5, NaN, Infinity, '3', null]];
    const texts: [unknown[], unknown[]] = [['x', 'Iran', 'ایران', '😀', '\ud83d', ' ', '"a,b"\r\n'], ['', 3, null, undefined]];
    let quick = 0;
    let valid = 0;
    for (let i = 0; i < 5000; i++) {
      const row = {
        mention_id: field(['s1:d:0-4', 'a.b_c-d:a:3-9', '-x:m:1-2', 'x'.repeat(300)], ['', 'a b', 'a,b', 'é:d:1-2', 's1\n', 7, null]),
        source_id: field(['s1', '-lead', 'a.b_c-d', 'x'.repeat(128)], ['x'.repeat(129), '', 'a:b', 'ü', 's1\n', 3, undefined]),
        kind: field(['date', 'actor', 'amount'], ['Date', 'figure', '', null]),
        text: field(...texts), char_start: field(...offsets), char_end: field(...offsets),
        value: field(['', ...texts[0]], [3, null, undefined]), rule: field(...texts),
      } as unknown as Mention;
      const accepted = validateRecords('mentions', [row]).valid.length === 1;
      if (surelyValid(row)) {
        expect(accepted, JSON.stringify(row)).toBe(true);
        quick++;
      }
      if (accepted) valid++;
    }
    expect(valid).toBeGreaterThan(1000);
    expect(quick).toBe(valid);
  });

  it('gives the rows of a source with no reject as ajv does', () => {
    const x = {
      source: { source_id: 'src-1' },
      dates: [{ start: 0, end: 4, text: '2024', rule: 'year', value: '2024' }],
      actors: [{ start: 10, end: 14, text: 'Iran', rule: 'country', actor_id: 'IRN' }],
      amounts: [{ start: 20, end: 22, text: '$5', rule: 'usd', value: 5 }],
    } as unknown as Pick<SourceExtraction, 'source' | 'dates' | 'actors' | 'amounts'>;
    const { valid, rejects } = validateRecords('mentions', mentionRows(x));
    expect(rejects).toEqual([]);
    expect(renderMentions(x)).toEqual({ count: 3, rejects: [], ...reference(valid) });
  });
});
