// The floors of test/quality/gold.test.ts: what the pipeline reaches today, measured with
// `npm run eval` (seeds) and `npm run eval -- --raw test/gold/unseen/raw --gold test/gold/unseen`.
// Each is the measured value cut to three decimals. Raise them when the numbers improve; never lower them to make a change pass.
export const FLOORS: Record<'seeds' | 'unseen', Record<string, number>> = {
  seeds: {
    'dates.p': 1, 'dates.r': 1,
    'actors.p': 1, 'actors.r': 1,
    'figures.p': 1, 'figures.r': 1,
    'events_lenient.p': 1, 'events_lenient.r': 0.907,
    'events_strict.f': 0.873,
    'dataset_events.p': 1, 'dataset_events.r': 0.941,
    'published_exact': 5,
    'duplicates': 0,
  },
  unseen: {
    'dates.p': 0.913, 'dates.r': 0.875,
    'actors.p': 1, 'actors.r': 1,
    'figures.p': 0.983, 'figures.r': 1,
    'events_lenient.p': 0.985, 'events_lenient.r': 0.797,
    'events_strict.f': 0.881,
    'dataset_events.p': 0.95, 'dataset_events.r': 0.904,
    'published_exact': 6,
    'duplicates': 3,
  },
};
