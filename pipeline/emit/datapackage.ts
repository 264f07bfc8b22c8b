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

/** A pattern for items joined with ";", from the items' own anchored pattern. */
export function listPattern(itemPattern: string): string {
  const item = itemPattern.replace(/^\^/, '').replace(/\$$/, '');
  return `^${item}(?:;${item})*$`;
}

export function tableSchemaOf(table: TableName): Record<string, unknown> {
  const { schema } = tableSchemas().get(table)!;
  const fields = Object.entries(schema.properties).map(([name, raw]) => {
    const { prop, nullable } = resolve(schema, raw);
    const types = (Array.isArray(prop.type) ? prop.type : [prop.type]).filter((t) => t !== 'null');
    const constraints: Prop = { required: !nullable };
    const field: Prop = { name, description: String(prop.description ?? '') };
    if (types[0] === 'array') {
      // The v2 profile has no list type yet: a list is a string of items joined with ";".
      field.type = 'string';
      field.description = `${field.description} A list: items joined with ";".`.trim();
      const item = (prop.items as Prop | undefined)?.pattern;
      if (typeof item === 'string') constraints.pattern = listPattern(item);
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

/** The package's `created` timestamp from an input date (2024, 2024-08, 2024-08-05): its first
 * day at midnight UTC. Never the clock, so that a rerun writes the same bytes. */
export function createdTimestamp(date: string | null): string | null {
  const day = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date ?? '');
  return day ? `${day[1]}-${day[2] ?? '01'}-${day[3] ?? '01'}T00:00:00Z` : null;
}

/** A source as Frictionless lists it: title (with publisher and date where known) and URL. */
function describeSource(s: Source): Record<string, string> {
  const title = [s.title ?? s.source_id, s.publisher, s.published].filter(Boolean).join(' — ');
  return { title, ...(s.url ? { path: s.url } : {}) };
}

export function buildDatapackage(version: string, sources: Source[], created: string | null): Record<string, unknown> {
  const timestamp = createdTimestamp(created);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: DATASET.name,
    title: DATASET.title,
    description: DATASET.description,
    version,
    ...(timestamp ? { created: timestamp } : {}),
    homepage: DATASET.homepage,
    keywords: DATASET.keywords,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }],
    contributors: [{ title: DATASET.authors, roles: ['creator'] }],
    sources: sources.map(describeSource),
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
