// datapackage.json (Frictionless Data Package v2), with one Table Schema per CSV derived from
// schemas/: types, descriptions, enumerations as constraints, primary and foreign keys.
import type { Source } from '../generated/dataset.js';
import { TABLES, type TableName } from '../schemas/tables.js';
import { tableSchemas, type JsonSchema } from './schemas.js';
import { DATASET } from './identity.js';

type Prop = Record<string, unknown>;

function resolve(schema: JsonSchema, prop: Prop): { prop: Prop; nullable: boolean } {
  let nullable = Array.isArray(prop.type) && (prop.type as string[]).includes('null');
  let p = prop;
  if (Array.isArray(p.anyOf)) {
    const options = p.anyOf as Prop[];
    nullable ||= options.some((o) => o.type === 'null');
    p = { ...options.find((o) => o.type !== 'null')!, description: prop.description };
  }
  if (typeof p.$ref === 'string') {
    const def = schema.$defs?.[(p.$ref as string).replace('#/$defs/', '')] ?? {};
    p = { ...def, description: prop.description ?? def.description };
  }
  if (Array.isArray(p.enum)) nullable ||= (p.enum as unknown[]).includes(null);
  return { prop: p, nullable };
}

export function tableSchemaOf(table: TableName): Record<string, unknown> {
  const { schema } = tableSchemas().get(table)!;
  const fields = Object.entries(schema.properties).map(([name, raw]) => {
    const { prop, nullable } = resolve(schema, raw);
    const types = (Array.isArray(prop.type) ? prop.type : [prop.type]).filter((t) => t !== 'null');
    const constraints: Prop = { required: !nullable };
    const field: Prop = { name, description: String(prop.description ?? '') };
    if (types[0] === 'array') {
      Object.assign(field, { type: 'list', delimiter: ';', itemType: 'string' });
    } else if (types[0] === 'integer' || types[0] === 'number' || types[0] === 'boolean') {
      field.type = types[0];
      if (typeof prop.minimum === 'number') constraints.minimum = prop.minimum;
    } else if (prop.format === 'date') {
      field.type = 'date';
    } else {
      field.type = 'string';
      if (Array.isArray(prop.enum)) constraints.enum = (prop.enum as unknown[]).filter((v) => v !== null);
      else if (typeof prop.pattern === 'string') constraints.pattern = prop.pattern;
    }
    field.constraints = constraints;
    return field;
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields,
    missingValues: [''],
    primaryKey: schema['x-primaryKey'] ?? [],
    ...(schema['x-foreignKeys'] ? { foreignKeys: schema['x-foreignKeys'] } : {}),
  };
}

export function buildDatapackage(version: string, sources: Source[], created: string | null): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: DATASET.name,
    title: DATASET.title,
    description: DATASET.description,
    version,
    ...(created ? { created: `${created}T00:00:00Z` } : {}),
    homepage: DATASET.homepage,
    keywords: DATASET.keywords,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }],
    contributors: [{ title: DATASET.authors, roles: ['creator'] }],
    sources: sources.map((s) => ({
      title: [s.title ?? s.source_id, s.publisher].filter(Boolean).join(' — '),
      ...(s.url ? { path: s.url } : {}),
    })),
    resources: TABLES.map((t) => ({
      name: t,
      type: 'table',
      path: `csv/${t}.csv`,
      scheme: 'file',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: tableSchemas().get(t)!.schema.title,
      description: tableSchemas().get(t)!.schema.description,
      dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: tableSchemaOf(t),
    })),
  };
}
