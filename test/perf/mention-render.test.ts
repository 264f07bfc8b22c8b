// A source's mention rows are rendered by a template (emit/mention-block.ts renderRows): its CSV rows
// and JSON record texts must be the bytes the generic writers give (csvRows; jsonPieces, as
// JSON.stringify(rows, null, 2) lays records out), on any text a mention can hold.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate-corpus.js';
import { csvRows } from '../../pipeline/emit/csv.js';
import { blockRecords, renderMentions, renderRows } from '../../pipeline/emit/mention-block.js';
import { columnsOf } from '../../pipeline/emit/schemas.js';
import { jsonPieces, RECORD_SEPARATOR } from '../../pipeline/emit/write-table.js';
import type { Mention } from '../../pipeline/generated/dataset.js';
import type { SourceExtraction } from '../../pipeline/model.js';
import { mentionRows } from '../../pipeline/normalize/mention-rows.js';
import { validateRecords } from '../../pipeline/normalize/validate.js';

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
