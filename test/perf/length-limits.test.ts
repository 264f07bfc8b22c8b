// minLength and maxLength decided by a string's UTF-16 length where that settles them, counted in
// characters (ajv's ucs2length) only between n and 2n units: validation must pass and fail the
// same strings with the same errors as ajv's own keyword, on hostile strings (surrogate pairs,
// lone halves of either kind at either end, astral runs) against limits 0 to 6, and on the
// evidence rows of the gold-set texts' sentences with their quotes cut to each length.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { PROJECT_ROOT, ruleFiles } from '../../pipeline/cache/rules-version.js';
import { lengthLimits } from '../../pipeline/normalize/length-keyword.js';
import { validateRecords } from '../../pipeline/normalize/validate.js';
import { SCHEMA_DIR } from '../../pipeline/schemas/paths.js';
import { goldTexts } from '../fixtures/gold-texts.js';

const stock = new Ajv2020({ allErrors: true, strict: true });
const fast = new Ajv2020({ allErrors: true, strict: true });
fast.removeKeyword('minLength');
fast.removeKeyword('maxLength');
fast.addKeyword(lengthLimits);

/** What a validator said of a value: whether it passed, and its errors as a Reject reports them. */
function verdict(validate: ReturnType<typeof stock.compile>, value: unknown) {
  const ok = validate(value);
  return { ok, errors: (validate.errors ?? []).map((e) => ({ path: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, message: e.message, params: e.params })) };
}

const PIECES = ['a', 'é', '\u4e2d', '\ud83d\ude00', '\ud83d', '\ude00', '\u2019', ' ', '\udbff\udfff', '\ud800'];

/** Every string of up to 3 pieces, then random longer ones (a fixed seed). */
function hostileStrings(): string[] {
  const out = [''];
  for (const a of PIECES) {
    out.push(a);
    for (const b of PIECES) {
      out.push(a + b);
      for (const c of PIECES) out.push(a + b + c);
    }
  }
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const n = Math.floor(next() * 14);
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(next() * PIECES.length)]!;
    out.push(s);
  }
  return out;
}

describe('length limits without counting where the UTF-16 length decides', () => {
  it('passes and fails as ajv does, with its errors, for limits 0 to 6 (alone, together, nested)', () => {
    const strings = hostileStrings();
    for (let limit = 0; limit <= 6; limit++) {
      const schemas = [
        { type: 'string', minLength: limit },
        { type: 'string', maxLength: limit },
        { type: 'string', minLength: limit, maxLength: limit + 1 },
        { type: 'object', properties: { q: { type: 'string', minLength: limit }, r: { type: ['string', 'null'], maxLength: limit } } },
      ];
      for (const schema of schemas) {
        const a = stock.compile(schema);
        const b = fast.compile(schema);
        for (const s of strings) {
          const value = schema.type === 'object' ? { q: s, r: s.slice(1) } : s;
          expect(verdict(b, value), JSON.stringify({ schema, s })).toEqual(verdict(a, value));
        }
        expect(verdict(b, 12)).toEqual(verdict(a, 12)); // not a string: the keyword does not apply
      }
    }
  });

  it('rejects the same evidence rows as ajv alone, with the same messages, on gold-set sentences cut to every short length', () => {
    const validate = stock.compile(evidenceSchema());
    const rows = goldTexts().flatMap((text, i) => {
      const sentence = text.slice(0, 40);
      return [0, 1, 2, 3].map((cut) => ({ event_id: `ev-${i}`, source_id: `s${i}`, quote: sentence.slice(0, cut), char_start: 0, char_end: cut, rule: cut ? 'r' : '' }))
        .concat([{ event_id: `ev-${i}`, source_id: `s${i}`, quote: text, char_start: 0, char_end: text.length, rule: '\ud83d' }]);
    });
    const { valid, rejects } = validateRecords('evidence', rows);
    expect(valid).toEqual(rows.filter((r) => validate(r)));
    expect(rejects.map((r) => r.errors)).toEqual(rows.filter((r) => !validate(r)).map((r) => (validate(r), validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`))));
    expect(rejects.length).toBeGreaterThan(0);
  });

  it('is part of the rules version, as the validation of the cached mention rows that uses it is', () => {
    expect(ruleFiles(PROJECT_ROOT)).toEqual(expect.arrayContaining(['pipeline/normalize/validate.ts', 'pipeline/normalize/length-keyword.ts']));
  });
});

/** The evidence table's schema, without the dataset's own keywords and id, for a bare ajv. */
function evidenceSchema(): object {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'evidence.schema.json'), 'utf8'));
  delete schema['x-primaryKey'];
  delete schema['x-foreignKeys'];
  delete schema.$id;
  return schema;
}
