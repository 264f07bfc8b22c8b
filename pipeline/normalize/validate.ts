// One ajv instance for the dataset's schemas, each compiled once; a record that fails is not
// published and is reported with its source, the record and the JSON path of each error.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMA_DIR } from '../schemas/paths.js';
import type { TableName } from '../schemas/tables.js';
import { lengthLimits } from './length-keyword.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export interface Reject {
  table: TableName;
  source_id: string | null;
  record: unknown;
  errors: string[];
}

let ajv: Ajv2020 | null = null;
const validators = new Map<TableName, ValidateFunction>();

/**
 * The validator of a table, compiled when first asked for: an extraction thread validates only
 * mention rows, and compiling all six schemas cost each thread most of a second.
 */
function compiled(table: TableName): ValidateFunction {
  const known = validators.get(table);
  if (known) return known;
  if (!ajv) {
    // validateSchema: false skips checking each schema against the 2020-12 meta-schema at every
    // compile, about half of compiling them (~50 of ~110 CPU ms a thread for all six): the schemas
    // are the project's own, and test/publish/schema-meta.test.ts checks them against it.
    ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, validateSchema: false });
    ajv.addKeyword('x-primaryKey');
    ajv.addKeyword('x-foreignKeys');
    ajv.removeKeyword('minLength');
    ajv.removeKeyword('maxLength');
    ajv.addKeyword(lengthLimits);
    addFormats(ajv);
  }
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${table}.schema.json`), 'utf8')));
  validators.set(table, validate);
  return validate;
}

/** Splits records into those that validate and rejects with ajv's messages. */
export function validateRecords<T extends object>(table: TableName, records: T[]): { valid: T[]; rejects: Reject[] } {
  const validate = compiled(table);
  const valid: T[] = [];
  const rejects: Reject[] = [];
  for (const record of records) {
    if (validate(record)) valid.push(record);
    else {
      const sourceId = (record as { source_id?: unknown }).source_id;
      rejects.push({
        table,
        source_id: typeof sourceId === 'string' ? sourceId : null,
        record,
        errors: (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`),
      });
    }
  }
  return { valid, rejects };
}
