// The dataset contract (../shared/DATASET.md) as the tests check it: folders, files and the
// columns of every table, written out here independently of schemas/.
export const CONTRACT_COLUMNS = {
  sources: ['source_id', 'title', 'publisher', 'author', 'url', 'language', 'published', 'published_basis', 'sha256', 'text_sha256', 'chars'],
  actors: ['actor_id', 'name', 'aliases', 'type', 'country', 'wikidata', 'origin'],
  events: ['event_id', 'date', 'date_precision', 'date_start', 'date_end', 'event_type', 'subtype', 'actor1_id', 'actor2_id', 'location', 'country', 'fatalities', 'fatalities_low', 'fatalities_high', 'injuries', 'salience', 'source_ids', 'summary'],
  evidence: ['event_id', 'source_id', 'quote', 'char_start', 'char_end', 'rule'],
  figures: ['figure_id', 'source_id', 'value', 'unit', 'kind', 'approximate', 'bound', 'subject', 'attribution', 'attributed_to', 'event_id', 'date', 'quote', 'char_start', 'char_end'],
  mentions: ['mention_id', 'source_id', 'kind', 'text', 'char_start', 'char_end', 'value', 'rule'],
} as const;

export const CONTRACT_FILES = [
  'datapackage.json', 'report.json', 'CHANGES.md', 'changes.json', 'README.md',
  ...Object.keys(CONTRACT_COLUMNS).flatMap((t) => [`csv/${t}.csv`, `json/${t}.json`, `schemas/${t}.schema.json`]),
  'npm/package.json', 'site/index.html',
];
