// The dataset's JSON Schemas as emit needs them: columns in order, and the files to ship.
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from '../schemas/paths.js';
import { TABLES, type TableName } from '../schemas/tables.js';

export interface JsonSchema {
  $id?: string;
  title: string;
  description: string;
  properties: Record<string, Record<string, unknown>>;
  required: string[];
  $defs?: Record<string, Record<string, unknown>>;
  'x-primaryKey'?: string[];
  'x-foreignKeys'?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
}

let cache: Map<TableName, { text: string; schema: JsonSchema }> | null = null;

export function tableSchemas(): Map<TableName, { text: string; schema: JsonSchema }> {
  cache ??= new Map(TABLES.map((t) => {
    const text = fs.readFileSync(path.join(SCHEMA_DIR, `${t}.schema.json`), 'utf8');
    return [t, { text, schema: JSON.parse(text) as JsonSchema }];
  }));
  return cache;
}

export function columnsOf(table: TableName): string[] {
  return Object.keys(tableSchemas().get(table)!.schema.properties);
}
