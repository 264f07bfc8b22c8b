// The fixed prose of the dataset card: PLOVER scopes, method, limitations, how to read the data.
// dataset-card.ts puts it together with what is computed from the schemas and the data.
import { DATASET } from './identity.js';

/** PLOVER event types as this dataset applies them (gold/GUIDELINES.md has the full rules). */
export const PLOVER: Record<string, string> = {
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

export const USAGE = [
  '## Use it', '',
  'From JavaScript or TypeScript (ESM, CommonJS and bundlers; types included, no dependencies):', '',
  '```sh', `npm install ${DATASET.name}`, '```', '',
  '```ts',
  `import { actorById, eventsBetween, evidenceFor, type EventType } from '${DATASET.name}';`,
  '',
  "const type: EventType = 'ASSAULT'; // a typo here is a compile error",
  "const strikes = eventsBetween('2024-01', '2024-01').filter((e) => e.event_type === type);",
  'for (const e of strikes) console.log(e.date, actorById(e.actor1_id)?.name, evidenceFor(e.event_id)[0]?.quote);',
  '```', '',
  'The tables are frozen arrays of plain records, typed `Row<Event>`, `Row<Figure>` and so on (the generated `Event`, read-only); every enumeration is a union of literals (`EventType`, `FigureUnit`, `FigureKind`, …). `eventsBetween(from, to)` takes ISO dates at day, month or year precision and keeps the events whose span (`date_start` to `date_end`) overlaps them. In CommonJS: `const { events } = require(\'' + DATASET.name + '\')`. The JSON Schemas are exported as `schemas` and as files (`' + DATASET.name + '/schemas/events.schema.json`).', '',
  'From Python, R or a spreadsheet, read the CSV files (or `datapackage.json` with a Frictionless tool, which knows every column\'s type):', '',
  '```python',
  'import pandas as pd',
  "events = pd.read_csv('csv/events.csv', keep_default_na=False, na_values=[''])",
  "events['source_ids'] = events['source_ids'].str.split(';')",
  '```', '',
];

export const CSV_CONVENTIONS = [
  'CSV files are RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, CRLF line ends (the Frictionless default dialect), UTF-8 without a byte-order mark, a header row. Rows keep the order of the JSON files; columns keep the order of the codebook. A list is joined with `;`; an empty cell is a missing value (`null` in JSON).', '',
  '**Formula escaping.** A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula, which a hostile text could abuse (CSV injection). As OWASP advises, every such text cell is written with an apostrophe (`\'`) in front: `-5 killed` is written `\'-5 killed`. A text that already begins with apostrophes before one of those characters gets one more, so the rule can always be undone: **remove one leading apostrophe from a text cell when the characters after it are more apostrophes and then one of `= + - @`, tab or carriage return.** Number and boolean columns are never escaped, nor are the JSON files, which hold the original text. In pandas:', '',
  '```python',
  'import re',
  "unescape = lambda s: s[1:] if isinstance(s, str) and re.match(r\"'+[=+\\-@\\t\\r]\", s) else s",
  "events = events.map(unescape)",
  '```', '',
];

export const METHOD = [
  '## Method', '',
  'Rule-based extraction, no statistical models, so that every value can be traced and every rule read:', '',
  '- **Dates** by a temporal tagger: explicit dates, dates relative to the publication date and to the narrative, written in EDTF at the precision the text supports (a day, a month, a year, a decade, an interval).',
  '- **Actors** by a curated lexicon of the subject (states, organs, officials, forces, armed groups, parties, international bodies), plus patterns for actors the lexicon lacks (`origin` says which).',
  '- **Amounts** by a number recogniser that reads units, scales ("$3 billion") and hedge words ("about", "at least"); a figure keeps its subject and the words that attribute it.',
  '- **Events** by a lexicon of PLOVER triggers, with roles from sentence structure; the reports of one happening are merged across sources.',
  '', 'Page furniture (bylines, datelines, teasers, author bios) is left out. Every record is validated against its JSON Schema; what fails is listed with the reason in `report.json`, never silently dropped. Every value carries its source, its offsets in the source\'s extracted text and the rule that produced it.', '',
];

export const LIMITATIONS = [
  '## Known limitations', '',
  '- Rules miss what they were not written for: unusual phrasings of events or dates are left out rather than guessed.',
  '- An event with no date expression in its sentence or discourse is not published (see `report.json`), even when the article\'s own date makes a guess easy.',
  '- Roles (who acted on whom) come from sentence patterns and may be wrong in complex sentences; check `evidence`.',
  '- Figures are claims: each keeps its source and attribution; events keep the most conservative fatality count with the range across sources.',
  '- Coverage is that of the sources: a handful of English-language news and analysis articles, not a census of events. Absence from the dataset is not evidence that something did not happen.', '',
];
