// The dataset card (dist/README.md, shipped in the npm package): what is in the dataset and
// what is not, coverage, the codebook with a real example value per column, method, limits,
// licence, citation and the latest changes. Written from the schemas and the data.
import type { DatasetTables } from '../normalize/index.js';
import { TABLES } from '../schemas/tables.js';
import { csvCell } from './csv.js';
import { DATASET } from './identity.js';
import { tableSchemas } from './schemas.js';

const PLOVER: Record<string, string> = {
  AGREE: 'agree to, offer, promise or commit to do something; an announced future visit or cooperation',
  CONSULT: 'meetings, visits, talks, calls (visitor is actor1, host actor2)',
  SUPPORT: 'express support, endorse, sign or ratify an agreement or MoU, recognise a state',
  CONCEDE: 'verbal concessions: ease restrictions, declare de-escalation or a ceasefire, apologise',
  COOPERATE: 'mutual material cooperation: joint exercises, trade or energy projects, intelligence sharing',
  AID: 'material aid to the recipient: arms, fuel, money, humanitarian aid',
  RETREAT: 'concessions with material effect: withdraw, release, return recalled envoys',
  REQUEST: 'requests, demands, appeals',
  ACCUSE: 'disapprove, condemn, blame, accuse, lodge a diplomatic protest',
  REJECT: 'refuse, decline, veto',
  THREATEN: 'threats and coercive warnings',
  PROTEST: 'civilian demonstrations, strikes, boycotts',
  SANCTION: 'reduce relations: recall or expel envoys, suspend ties, impose sanctions, designate as terrorist',
  MOBILIZE: 'deploy or alert forces; single-country exercises',
  COERCE: 'arrest, repress, seize, close a border, block',
  ASSAULT: 'strikes, bombings, shootings, killings, abductions (perpetrator actor1, target actor2)',
};

const cell = (v: unknown) => String(csvCell(v)).replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 80);

export function datasetCard(version: string, tables: DatasetTables, latestChange: string): string {
  const dated = tables.events.map((e) => e.date_start).sort();
  const span = dated.length ? `${dated[0]} to ${tables.events.map((e) => e.date_end).sort().at(-1)}` : 'no events yet';
  const lines = [
    `# ${DATASET.title}`, '',
    `Version ${version}. ${DATASET.description}`, '',
    '## What is in it', '',
    `${tables.sources.length} sources, ${tables.events.length} events (${tables.events.filter((e) => e.salience === 'core').length} core), ${tables.figures.length} figures, ${tables.actors.length} actors, ${tables.mentions.length} mentions. Events span ${span}.`, '',
    'Each event is one real-world happening merged across every source that reports it, with the sentences behind it in `evidence`. Each figure is one quantity as one source states it, with its unit, kind, subject and attribution. `mentions` lists every date, actor and amount found in the articles\' content, with offsets: the audit layer.', '',
    'Not in it: the articles themselves (they belong to their publishers; quotes are given with offsets and `sources.text_sha256` identifies the text they refer to), happenings no source dates at least to a decade, and planned, hypothetical or denied happenings.', '',
    '## Files', '',
    '| file | holds |', '| --- | --- |',
    '| `datapackage.json` | Frictionless Data Package v2: the tables, their schemas, licence and sources |',
    ...TABLES.map((t) => `| \`csv/${t}.csv\`, \`json/${t}.json\` | ${tableSchemas().get(t)!.schema.description} |`),
    '| `schemas/*.schema.json` | JSON Schema (2020-12) of each table: the one definition of every record |',
    '| `npm/` | the npm package `iran-pakistan-events`: typed tables and lookups |',
    '| `report.json` | what the last run did: sources read, records, rejects and undated events with reasons |',
    '| `CHANGES.md`, `changes.json` | the changelog; the latest entry for machines |',
    '| `site/index.html` | the explorer: a timeline of the events with their evidence |', '',
    'CSV files are RFC 4180 with CRLF line ends, UTF-8, a header row; a list is joined with `;`; an empty cell is a missing value. Text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with an apostrophe (`\'`) so that spreadsheets do not run them as formulas (OWASP\'s advice against CSV injection); to undo it, remove one leading apostrophe from a text cell whose next character is one of those. Numbers are never escaped; the JSON files are never escaped.', '',
    '## Codebook', '',
  ];
  for (const t of TABLES) {
    const { schema } = tableSchemas().get(t)!;
    const example = (tables[t] as unknown as Array<Record<string, unknown>>).find(Boolean) ?? {};
    lines.push(`### ${t}`, '', schema.description, '', '| column | meaning | example |', '| --- | --- | --- |');
    for (const [name, prop] of Object.entries(schema.properties)) lines.push(`| \`${name}\` | ${String(prop.description ?? '')} | ${cell(example[name])} |`);
    lines.push('');
  }
  lines.push('### Event types (PLOVER)', '', '| type | scope |', '| --- | --- |', ...Object.entries(PLOVER).map(([k, v]) => `| \`${k}\` | ${v} |`), '');
  lines.push(
    '## Method', '',
    'Rule-based extraction, no statistical models: dates by a temporal tagger (explicit, relative to the publication date and relative to the narrative, in EDTF at the precision the text supports), actors by a curated lexicon of the subject plus patterns for actors it lacks, amounts by a number recogniser with unit and hedge words, events by a lexicon of PLOVER triggers with roles from sentence structure. Page furniture (bylines, datelines, teasers, bios) is left out. Normalize merges the reports of one happening across sources and validates every record against its JSON Schema; what fails is listed in `report.json`, never silently dropped. Every value carries its source, offsets and the rule that produced it.', '',
    '## Known limitations', '',
    '- Rules miss what they were not written for: unusual phrasings of events or dates are left out rather than guessed.',
    '- An event with no date expression in its sentence or discourse is not published (see `report.json`), even when the article\'s own date makes a guess easy.',
    '- Roles (who acted on whom) come from sentence patterns and may be wrong in complex sentences; check `evidence`.',
    '- Figures are claims: each keeps its source and attribution; events keep the most conservative fatality count with the range across sources.', '',
    '## Licence and citation', '',
    `Data: ${DATASET.dataLicense} (Creative Commons Attribution 4.0). Code: ${DATASET.codeLicense}. Quotes remain their publishers'.`, '',
    `Cite as: ${DATASET.authors} (${version}). *${DATASET.title}* [Data set]. ${DATASET.homepage}. See CITATION.cff in the project.`, '',
    '## Latest changes', '',
    latestChange.replace(/^## /m, '### '),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
