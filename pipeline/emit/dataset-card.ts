// The dataset card (dist/README.md, shipped in the npm package): what is in the dataset and
// what is not, coverage, the codebook with a real example value per column, method, limits,
// licence, citation and the latest changes. Written from the schemas and the data.
import type { DatasetTables } from '../normalize/index.js';
import { TABLES } from '../schemas/tables.js';
import { CSV_CONVENTIONS, LIMITATIONS, METHOD, PLOVER, USAGE } from './card-text.js';
import { csvCell } from './csv.js';
import { DATASET } from './identity.js';
import { tableSchemas } from './schemas.js';

type Row = Record<string, unknown>;

/** Text as a Markdown table cell: on one line, cut at `max` characters, pipes escaped. */
export function markdownText(text: string, max = Infinity): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return cut.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** A data value as a Markdown table cell: as the CSV writes it, cut at 80 characters. */
export const markdownCell = (value: unknown): string => markdownText(String(csvCell(value)), 80);

/** A value that says something: not null, not an empty list or text. */
export const saysSomething = (v: unknown): boolean => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);

/** The first value of a column that says something. */
export function exampleValue(rows: readonly Row[], column: string): unknown {
  // A loop, not rows.map(...).find(...): a table can have millions of rows.
  for (const r of rows) if (saysSomething(r[column])) return r[column];
  return undefined;
}

const span = (days: string[]) => (days.length ? `${days[0]} to ${days.at(-1)}` : 'none');

function coverage(tables: DatasetTables): string[] {
  const { events, sources } = tables;
  const eventDays = [...events.map((e) => e.date_start), ...events.map((e) => e.date_end)].sort();
  const published = sources.map((s) => s.published).filter((d): d is string => !!d).sort();
  const byType = new Map<string, number>();
  for (const e of events) byType.set(e.event_type, (byType.get(e.event_type) ?? 0) + 1);
  return [
    '## Coverage', '',
    `${sources.length} sources published ${span(published)}; ${events.length} events (${events.filter((e) => e.salience === 'core').length} core, ${events.filter((e) => e.salience === 'context').length} context) dated ${span(eventDays)}; ${tables.figures.length} figures; ${tables.actors.length} actors; ${tables.evidence.length} evidence sentences; ${tables.mentions.length} mentions.`, '',
    '| source | publisher | published | URL |', '| --- | --- | --- | --- |',
    ...sources.map((s) => `| ${markdownText(s.title ?? s.source_id)} | ${markdownCell(s.publisher)} | ${markdownCell(s.published)} | ${s.url ? `<${s.url}>` : ''} |`),
    '', '| event type | events |', '| --- | --- |',
    ...Object.keys(PLOVER).filter((t) => byType.has(t)).map((t) => `| \`${t}\` | ${byType.get(t)} |`), '',
  ];
}

function codebook(tables: DatasetTables): string[] {
  const lines = ['## Codebook', '', 'Every table and column, with its meaning and a real value from this release (as the CSV writes it; a dash when the column is empty in every row). JSON fields and CSV columns have the same names.', ''];
  for (const t of TABLES) {
    const { schema } = tableSchemas().get(t)!;
    // The mentions are not held as records: their first rows, up to an example of every column, are.
    const rows = t === 'mentions' ? tables.mentions.firstRows : tables[t] as unknown as Row[];
    const key = (schema['x-primaryKey'] ?? []).map((k) => `\`${k}\``).join(', ');
    lines.push(`### ${t}`, '', `${schema.description} Key: ${key}.`, '', '| column | meaning | example |', '| --- | --- | --- |');
    for (const [name, prop] of Object.entries(schema.properties)) {
      const example = exampleValue(rows, name);
      lines.push(`| \`${name}\` | ${markdownText(String(prop.description ?? ''))} | ${example === undefined ? '—' : markdownCell(example)} |`);
    }
    lines.push('');
  }
  lines.push(
    '### Event types (PLOVER)', '',
    '`event_type` follows PLOVER (the Political Language Ontology for Verifiable Event Records), the successor of CAMEO: sixteen types from cooperation to violence. actor1 acts, actor2 is the target or counterpart.', '',
    '| type | what it covers |', '| --- | --- |', ...Object.entries(PLOVER).map(([k, v]) => `| \`${k}\` | ${v} |`), '',
  );
  return lines;
}

export function datasetCard(version: string, tables: DatasetTables, latestChange: string): string {
  const lines = [
    `# ${DATASET.title}`, '',
    `Version ${version}. ${DATASET.description}`, '',
    '## What is in it', '',
    'Each **event** is one real-world happening merged across every source that reports it, dated at its true precision (EDTF) with `date_start`/`date_end` for sorting and filtering, typed by PLOVER, with the sentences behind it in **evidence**. Each **figure** is one quantity as one source states it, with its unit, kind, subject and attribution. **actors** are the states, organs, people, forces and groups involved; **sources** the articles; **mentions** every date, actor and amount found in the articles\' content, with offsets: the audit layer.', '',
    'Not in it: the articles themselves (they belong to their publishers; quotes are given with offsets, and `sources.text_sha256` identifies the text they refer to), happenings no source dates at least to a decade, and planned, hypothetical or denied happenings.', '',
    ...coverage(tables),
    ...USAGE,
    '## Files', '',
    'A release holds these files; the npm package holds the JSON tables (`data/`), the schemas, its code and types, this card and the licence.', '',
    '| file | holds |', '| --- | --- |',
    '| `datapackage.json` | Frictionless Data Package v2: the tables, their schemas, keys, licence and sources |',
    ...TABLES.map((t) => `| \`csv/${t}.csv\`, \`json/${t}.json\` | ${tableSchemas().get(t)!.schema.description} |`),
    '| `schemas/*.schema.json` | JSON Schema (2020-12) of each table: the one definition of every record |',
    '| `npm/` | the npm package `iran-pakistan-events`: typed tables and lookups |',
    '| `report.json` | what the last run did: sources read, records, rejects and undated events with reasons |',
    '| `CHANGES.md`, `changes.json` | the changelog; the latest entry for machines |',
    '| `site/index.html` | the explorer: a timeline of the events with their evidence |', '',
    ...CSV_CONVENTIONS,
    ...codebook(tables),
    ...METHOD,
    ...LIMITATIONS,
    '## Licence', '',
    `Data: ${DATASET.dataLicense} (Creative Commons Attribution 4.0 International): share and adapt it for any purpose, crediting "${DATASET.authors}". Code of the npm package: ${DATASET.codeLicense}. Quotes remain their publishers' and are included as short quotations for verification.`, '',
    '## How to cite', '',
    `The project's \`CITATION.cff\` holds the citation (GitHub and Zenodo read it). Please give the version you used:`, '',
    `> ${DATASET.authors} (${version}). *${DATASET.title}* (Version ${version}) [Data set]. ${DATASET.homepage}`, '',
    'Versions follow semver for data: a corrected value is a patch; new or removed records, or a new column, a minor release; a renamed or removed column a major release.', '',
    '## Latest changes', '',
    latestChange.trim().replace(/^(#+) /gm, '#$1 '),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
