// The floors of test/quality/gold.test.ts: what the pipeline reaches today, measured with
// `npm run eval` (seeds) and `npm run eval -- --raw test/gold/SET/raw --gold test/gold/SET` (unseen, unseen2 … unseen13).
// Each is the measured value cut to three decimals. Raise them when the numbers improve; never lower them to make a change pass.
export const FLOORS: Record<'seeds' | 'unseen' | 'unseen2' | 'unseen3' | 'unseen4' | 'unseen5' | 'unseen6' | 'unseen7' | 'unseen8' | 'unseen9' | 'unseen10' | 'unseen11' | 'unseen12' | 'unseen13', Record<string, number>> = {
  seeds: {
    'dates.p': 1, 'dates.r': 1,
    'actors.p': 1, 'actors.r': 1,
    'figures.p': 1, 'figures.r': 1,
    'events_lenient.p': 1, 'events_lenient.r': 0.907,
    'events_strict.f': 0.893,
    'dataset_events.p': 1, 'dataset_events.r': 0.941,
    'published_exact': 5,
    'duplicates': 0,
  },
  unseen: {
    'dates.p': 1, 'dates.r': 1,
    'actors.p': 1, 'actors.r': 1,
    'figures.p': 0.983, 'figures.r': 1,
    'events_lenient.p': 0.985, 'events_lenient.r': 0.797,
    'events_strict.f': 0.881,
    'dataset_events.p': 0.95, 'dataset_events.r': 0.904,
    'published_exact': 6,
    'duplicates': 3,
  },
  unseen2: {
    'dates.p': 1, 'dates.r': 0.992,
    'actors.p': 0.982, 'actors.r': 0.991,
    'figures.p': 1, 'figures.r': 1,
    'events_lenient.p': 0.96, 'events_lenient.r': 0.858,
    'events_strict.f': 0.841,
    'dataset_events.p': 0.955, 'dataset_events.r': 0.877,
    'published_exact': 6,
    'duplicates': 4,
  },
  unseen3: {
    'dates.p': 1, 'dates.r': 1,
    'actors.p': 1, 'actors.r': 1,
    'figures.p': 1, 'figures.r': 1,
    'events_lenient.p': 0.981, 'events_lenient.r': 0.815,
    'events_strict.f': 0.722,
    'dataset_events.p': 0.962, 'dataset_events.r': 0.912,
    'published_exact': 5,
    'duplicates': 2,
  },
  // unseen4's dataset precision and duplicate ceiling were lowered once (0.895 → 0.882, 7 → 8) when "Mr Dar"
  // became Ishaq Dar: the visit and the call on the prime minister, one event before, are now two, as the gold
  // codes them (events lenient and strict rose), but the scorer counts the gold's CONSULTs of one initiator on
  // nested dates as one happening, so the second is a duplicate there.
  unseen4: {
    'dates.p': 0.988, 'dates.r': 0.988,
    'actors.p': 0.977, 'actors.r': 1,
    'figures.p': 0.958, 'figures.r': 1,
    'events_lenient.p': 0.948, 'events_lenient.r': 0.778,
    'events_strict.f': 0.705,
    'dataset_events.p': 0.882, 'dataset_events.r': 0.882,
    'published_exact': 5,
    'duplicates': 8,
  },
  unseen5: {
    'dates.p': 0.985, 'dates.r': 0.985,
    'actors.p': 0.979, 'actors.r': 1,
    'figures.p': 0.978, 'figures.r': 1,
    'events_lenient.p': 0.944, 'events_lenient.r': 0.739,
    'events_strict.f': 0.699,
    'dataset_events.p': 0.943, 'dataset_events.r': 0.862,
    'published_exact': 5,
    'duplicates': 1,
  },
  unseen6: {
    'dates.p': 0.951, 'dates.r': 0.963,
    'actors.p': 0.987, 'actors.r': 0.962,
    'figures.p': 0.942, 'figures.r': 0.987,
    'events_lenient.p': 0.913, 'events_lenient.r': 0.688,
    'events_strict.f': 0.542,
    'dataset_events.p': 0.9, 'dataset_events.r': 0.666,
    'published_exact': 5,
    'duplicates': 2,
  },
  // unseen7's events lenient floors were lowered (seventh session: 0.924 → 0.905, 0.71 → 0.695) with the same
  // events out: the standfirst of eval_36, now read as content, moved every offset and so every event id, and
  // the scorer pairs predicted with gold events greedily in id order, so one correct event lost its pairing
  // to another (the events table without its ids is the same before and after).
  unseen7: {
    'dates.p': 0.988, 'dates.r': 0.955,
    'actors.p': 0.95, 'actors.r': 0.987,
    'figures.p': 0.962, 'figures.r': 1,
    'events_lenient.p': 0.905, 'events_lenient.r': 0.695,
    'events_strict.f': 0.704,
    'dataset_events.p': 0.903, 'dataset_events.r': 0.734,
    'published_exact': 5,
    'duplicates': 4,
  },
  unseen8: {
    'dates.p': 0.973, 'dates.r': 0.986,
    'actors.p': 1, 'actors.r': 0.988,
    'figures.p': 0.985, 'figures.r': 0.958,
    'events_lenient.p': 0.961, 'events_lenient.r': 0.746,
    'events_strict.f': 0.689,
    'dataset_events.p': 0.955, 'dataset_events.r': 0.781,
    'published_exact': 5,
    'duplicates': 1,
  },
  unseen9: {
    'dates.p': 0.986, 'dates.r': 1,
    'actors.p': 0.956, 'actors.r': 0.97,
    'figures.p': 0.952, 'figures.r': 1,
    'events_lenient.p': 0.904, 'events_lenient.r': 0.73,
    'events_strict.f': 0.68,
    'dataset_events.p': 0.926, 'dataset_events.r': 0.775,
    'published_exact': 5,
    'duplicates': 3,
  },
  // unseen10's floors were lowered (seventh session: dates.p 0.978 → 0.967, events_lenient.p 0.907 → 0.894,
  // dataset_events.p 0.87 → 0.859, duplicates 7 → 8) by one decision: a part of the document's day ("this
  // afternoon", "last night") is that day, as five other gold sets list "the same night", "Tuesday evening",
  // "tomorrow night", and unseen11 "this morning"; unseen10's annotator left "this afternoon" out. The new
  // dated events raised its events recall (53.3 → 55.4) and strict F1.
  unseen10: {
    'dates.p': 0.967, 'dates.r': 0.988,
    'actors.p': 1, 'actors.r': 0.988,
    'figures.p': 0.955, 'figures.r': 0.901,
    'events_lenient.p': 0.894, 'events_lenient.r': 0.554,
    'events_strict.f': 0.483,
    'dataset_events.p': 0.859, 'dataset_events.r': 0.644,
    'published_exact': 5,
    'duplicates': 8,
  },
  // unseen11's dataset precision and duplicate ceiling were lowered (seventh session: 0.913 → 0.895, 3 → 4)
  // when eval_55's photo caption (content under the guidelines) was read: its handshake is a third meeting
  // row beside the talks. Its dataset recall rose (67.2 → 74.1) and dates 96.4 / 87.9 → 100 / 98.9.
  unseen11: {
    'dates.p': 1, 'dates.r': 0.989,
    'actors.p': 0.975, 'actors.r': 1,
    'figures.p': 0.984, 'figures.r': 1,
    'events_lenient.p': 0.88, 'events_lenient.r': 0.637,
    'events_strict.f': 0.571,
    'dataset_events.p': 0.895, 'dataset_events.r': 0.741,
    'published_exact': 5,
    'duplicates': 4,
  },
  unseen12: {
    'dates.p': 0.967, 'dates.r': 0.956,
    'actors.p': 1, 'actors.r': 0.988,
    'figures.p': 0.986, 'figures.r': 1,
    'events_lenient.p': 0.851, 'events_lenient.r': 0.5,
    'events_strict.f': 0.41,
    'dataset_events.p': 0.924, 'dataset_events.r': 0.576,
    'published_exact': 5,
    'duplicates': 2,
  },
  unseen13: {
    // first scored on the seventh session's final code (33bd833): dates 78.6 / 87.1, actors 96.2 / 96.2,
    // figures 92.9 / 80.0, events lenient 86.0 / 56.6, strict F1 52.4, published 4 / 5
    'dates.p': 0.956, 'dates.r': 0.946,
    'actors.p': 0.974, 'actors.r': 0.962,
    'figures.p': 0.944, 'figures.r': 0.784,
    'events_lenient.p': 0.92, 'events_lenient.r': 0.605,
    'events_strict.f': 0.555,
    'dataset_events.p': 0.96, 'dataset_events.r': 0.705,
    'published_exact': 5,
    'duplicates': 2,
  },
};
