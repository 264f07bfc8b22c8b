// normalize/validate.ts compiles the schemas without checking them against the JSON Schema 2020-12
// meta-schema (the check was half of compiling them, on every run and in every thread). This test
// is that check: every schema of schemas/ is a valid 2020-12 schema, and compiles in strict mode.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../../pipeline/schemas/paths.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** An ajv that checks schemas against the meta-schema (its default), with validate.ts's strictness. */
function checkingAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  ajv.addKeyword('x-primaryKey');
  ajv.addKeyword('x-foreignKeys');
  addFormats(ajv);
  return ajv;
}

const schemaFiles = fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.schema.json')).sort();

describe('the dataset schemas against the 2020-12 meta-schema', () => {
  it('finds the six tables\u2019 schemas', () => {
    expect(schemaFiles.length).toBeGreaterThanOrEqual(6);
  });

  it.each(schemaFiles)('%s is a valid schema and compiles in strict mode', (name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8'));
    const ajv = checkingAjv();
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('would catch a schema the meta-schema rejects', () => {
    const ajv = checkingAjv();
    expect(ajv.validateSchema({ type: 'object', properties: { a: { type: 'strin' } } })).toBe(false);
    expect(ajv.validateSchema({ type: 'object', required: 'a' })).toBe(false);
  });
});
