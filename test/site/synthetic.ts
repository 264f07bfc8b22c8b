// Synthetic dataset tables for the explorer's tests: small, hand-made, valid against
// schemas/*.schema.json, and independent of the extractors. One source is hostile: its title,
// publisher and quotes carry markup that must show as text and never run.
import type { SiteInput } from '../../pipeline/emit/site/index.js';
import type { Actor, Event, Evidence, Figure, Source } from '../../pipeline/generated/dataset.js';

const sha = (n: number): string => n.toString(16).padStart(64, '0');

export const HOSTILE_TITLE = '<script>window.__pwned = "title"</script> Border report';
export const HOSTILE_QUOTE =
  'Pakistan said <img src=x onerror="window.__pwned=\'quote\'"> the strike </script><script>window.__pwned="inline"</script> killed nine.';

const sources: Source[] = [
  { source_id: 'dawn-2024-01-18', title: 'Pakistan strikes militant hideouts in Iran', publisher: 'Dawn', author: 'Staff Reporter', url: 'https://www.dawn.com/news/1', language: 'en', published: '2024-01-18', published_basis: 'sidecar', sha256: sha(1), text_sha256: sha(2), chars: 4000 },
  { source_id: 'irna-2024-01-17', title: 'Iran targets Jaish al-Adl bases', publisher: 'IRNA', author: null, url: 'https://en.irna.ir/news/2', language: 'en', published: '2024-01-17', published_basis: 'html', sha256: sha(3), text_sha256: sha(4), chars: 3000 },
  { source_id: 'hostile', title: HOSTILE_TITLE, publisher: '<img src=x onerror="window.__pwned=\'publisher\'">', author: '<b>bold</b>', url: 'https://example.org/a?b=<c>', language: 'en', published: '2024-01', published_basis: 'inferred', sha256: sha(5), text_sha256: sha(6), chars: 500 },
];

const actor = (actor_id: string, name: string, aliases: string[], type: Actor['type'], country: string | null): Actor =>
  ({ actor_id, name, aliases, type, country, wikidata: null, origin: 'lexicon' });

const actors: Actor[] = [
  actor('pakistan', 'Pakistan', ['Islamabad', 'Pakistani'], 'state', 'PAK'),
  actor('iran', 'Iran', ['Tehran', 'Islamic Republic of Iran'], 'state', 'IRN'),
  actor('ispr', 'Inter-Services Public Relations', ['ISPR'], 'military', 'PAK'),
  actor('jaish-al-adl', 'Jaish al-Adl', ['Jaish ul-Adl', 'Army of Justice'], 'armed_group', 'IRN'),
  actor('united-nations', 'United Nations', ['UN'], 'igo', null),
];

type EventSeed = [id: string, date: string, precision: Event['date_precision'], start: string, end: string, type: Event['event_type'], subtype: string | null, actor1: string | null, actor2: string | null, salience: Event['salience'], source: string, summary: string];

const seeds: EventSeed[] = [
  ['e-2024-01-16-iran-strike', '2024-01-16', 'day', '2024-01-16', '2024-01-16', 'ASSAULT', 'missile and drone strike', 'iran', 'jaish-al-adl', 'core', 'irna-2024-01-17', 'Iran strikes Jaish al-Adl bases in Balochistan'],
  ['e-2024-01-18-pak-strike', '2024-01-18', 'day', '2024-01-18', '2024-01-18', 'ASSAULT', 'air strike', 'pakistan', 'iran', 'core', 'dawn-2024-01-18', 'Pakistan strikes militant hideouts in Saravan, Iran'],
  ['e-2024-01-17-protest', '2024-01-17', 'day', '2024-01-17', '2024-01-17', 'PROTEST', 'recall of ambassador', 'pakistan', 'iran', 'core', 'dawn-2024-01-18', 'Pakistan recalls its ambassador from Tehran'],
  ['e-2024-01-accuse', '2024-01', 'month', '2024-01-01', '2024-01-31', 'ACCUSE', 'accusation of sheltering militants', 'ispr', 'iran', 'core', 'dawn-2024-01-18', 'ISPR accuses Iran of sheltering militants'],
  ['e-2024-01-29-consult', '2024-01-29/2024-01-30', 'interval', '2024-01-29', '2024-01-30', 'CONSULT', 'foreign minister visit', 'iran', 'pakistan', 'core', 'irna-2024-01-17', 'Iranian foreign minister visits Islamabad'],
  ['e-2024-agree', '2024', 'year', '2024-01-01', '2024-12-31', 'AGREE', 'security agreement', 'pakistan', 'iran', 'core', 'irna-2024-01-17', 'Pakistan and Iran agree to a security mechanism'],
  ['e-196x-cooperate', '196X', 'decade', '1960-01-01', '1969-12-31', 'COOPERATE', 'border demarcation', 'iran', 'pakistan', 'context', 'dawn-2024-01-18', 'Iran and Pakistan demarcate their border'],
  ['e-2023-un-request', '2023-06-04', 'day', '2023-06-04', '2023-06-04', 'REQUEST', 'call for restraint', 'united-nations', null, 'context', 'irna-2024-01-17', 'The UN calls for restraint'],
  ['e-hostile', '2024-01-20', 'day', '2024-01-20', '2024-01-20', 'THREATEN', 'warning', 'pakistan', 'jaish-al-adl', 'context', 'hostile', 'Pakistan warns <b>militants</b> <script>window.__pwned="summary"</script>'],
];

const events: Event[] = seeds.map(([event_id, date, date_precision, date_start, date_end, event_type, subtype, actor1_id, actor2_id, salience, source, summary]) => ({
  event_id, date, date_precision, date_start, date_end, event_type, subtype, actor1_id, actor2_id,
  location: event_type === 'ASSAULT' ? 'Saravan' : null, country: event_type === 'ASSAULT' ? 'IRN' : null,
  fatalities: event_id === 'e-2024-01-18-pak-strike' ? 7 : null,
  fatalities_low: event_id === 'e-2024-01-18-pak-strike' ? 7 : null,
  fatalities_high: event_id === 'e-2024-01-18-pak-strike' ? 9 : null,
  injuries: null, salience, source_ids: [source], summary,
}));

const QUOTES: Record<string, string> = {
  'e-2024-01-16-iran-strike': 'Iran launched missile and drone strikes on what it called Jaish al-Adl bases in Pakistan.',
  'e-2024-01-18-pak-strike': 'Pakistan carried out precision military strikes against terrorist hideouts in Saravan, killing nine militants.',
  'e-hostile': HOSTILE_QUOTE,
};

const evidence: Evidence[] = events.map((e, k) => {
  const quote = QUOTES[e.event_id] ?? `${e.summary}, the report said.`;
  return { event_id: e.event_id, source_id: e.source_ids[0], quote, char_start: k * 200, char_end: k * 200 + quote.length, rule: `events/${e.event_type.toLowerCase()}` };
});

const figure = (figure_id: string, source_id: string, value: number, attribution: string | null, attributed_to: string | null, event_id: string | null, quote: string): Figure =>
  ({ figure_id, source_id, value, unit: 'people', kind: 'fatalities', approximate: false, bound: null, subject: 'killed in Saravan', attribution, attributed_to, event_id, date: '2024-01-18', quote, char_start: 10, char_end: 10 + quote.length });

const figures: Figure[] = [
  figure('f-saravan-7', 'irna-2024-01-17', 7, 'according to Iranian authorities', 'iran', 'e-2024-01-18-pak-strike', 'Seven people were killed, according to Iranian authorities.'),
  figure('f-saravan-9', 'dawn-2024-01-18', 9, 'the ISPR said', 'ispr', 'e-2024-01-18-pak-strike', 'Nine militants were killed, the ISPR said.'),
  { ...figure('f-trade', 'dawn-2024-01-18', 2_000_000_000, null, null, null, 'Trade stands at $2 billion.'), unit: 'USD', kind: 'trade_value', subject: 'bilateral trade', date: '2023', approximate: true },
  { ...figure('f-hostile', 'hostile', 3, '<img src=x onerror="window.__pwned=\'figure\'">', null, 'e-hostile', HOSTILE_QUOTE), subject: '<script>window.__pwned="subject"</script>' },
];

export const LATEST_CHANGE = '## 1.2.0\n\n- **Added** 3 events\n- Changed `events.csv` <script>window.__pwned="changelog"</script>\n- See [the card](https://example.org/card) and [bad](javascript:alert(1))\n';

export function smallInput(): SiteInput {
  return { events, evidence, figures, actors, sources, version: '1.2.0', latestChange: LATEST_CHANGE };
}

const TYPES: Event['event_type'][] = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/** n events spread over 1990-2025 by a fixed linear congruential sequence (reproducible). */
export function largeInput(n: number): SiteInput {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const base = smallInput();
  const many: Event[] = [];
  const manyEvidence: Evidence[] = [];
  for (let i = 0; i < n; i += 1) {
    const day = new Date(Date.UTC(1990, 0, 1) + Math.floor(next() * 35 * 365) * 86_400_000);
    const monthly = next() < 0.2;
    const start = monthly ? new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)) : day;
    const end = monthly ? new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)) : day;
    const iso = (d: Date): string => d.toISOString().slice(0, 10);
    const type = TYPES[Math.floor(next() * TYPES.length)] ?? 'AGREE';
    const actor1 = actors[Math.floor(next() * actors.length)]?.actor_id ?? null;
    const event_id = `gen-${String(i).padStart(5, '0')}`;
    const summary = `${actor1} ${type.toLowerCase()} event number ${i}`;
    many.push({
      event_id, date: monthly ? iso(start).slice(0, 7) : iso(start), date_precision: monthly ? 'month' : 'day', date_start: iso(start), date_end: iso(end),
      event_type: type, subtype: null, actor1_id: actor1, actor2_id: null, location: null, country: null, fatalities: null, fatalities_low: null,
      fatalities_high: null, injuries: null, salience: next() < 0.5 ? 'core' : 'context', source_ids: ['dawn-2024-01-18'], summary,
    });
    manyEvidence.push({ event_id, source_id: 'dawn-2024-01-18', quote: `${summary}.`, char_start: 0, char_end: summary.length + 1, rule: 'synthetic' });
  }
  return { ...base, events: many, evidence: manyEvidence };
}
