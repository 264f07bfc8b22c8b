// Normalize: resolves actors, merges events across sources, gives every record its stable id,
// links figures to their events, and validates every record against schemas/.
import type { Actor, Event, Evidence, Figure, Mention, Source } from '../generated/dataset.js';
import type { Problem, SourceExtraction } from '../model.js';
import { compareText } from '../lib/json.js';
import { collectActors } from './actors.js';
import { mergeEvents, type UndatedEvent } from './events/index.js';
import type { PreviousEvents } from './events/ids.js';
import { validateRecords, type Reject } from './validate.js';

export interface DatasetTables {
  sources: Source[];
  actors: Actor[];
  events: Event[];
  evidence: Evidence[];
  figures: Figure[];
  mentions: Mention[];
}

export interface Normalized {
  tables: DatasetTables;
  rejects: Reject[];
  undated: UndatedEvent[];
  problems: Problem[];
}

const FIGURE_KINDS_OF_EVENTS = new Set(['fatalities', 'injuries']);

export interface NormalizeOptions {
  /**
   * The caller lets go of the extractions afterwards: each source's mentions and figures are
   * dropped from its extraction once they are rows, so that a large build never holds both.
   */
  consume?: boolean;
  /** Called between the steps, when what a step built is kept and what it dropped is garbage. */
  betweenSteps?: () => void;
}

/** `previous`: the previous release's events and evidence, whose event ids are carried over. */
export function normalize(extractions: SourceExtraction[], previous: PreviousEvents | null = null, options: NormalizeOptions = {}): Normalized {
  const ordered = [...extractions].sort((a, b) => compareText(a.source.source_id, b.source.source_id));
  const actors = collectActors(ordered);
  const merged = mergeEvents(ordered.map((x) => ({ source_id: x.source.source_id, events: x.events })), actors, previous);
  options.betweenSteps?.();

  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  // Sources are in source_id order and each adds its own rows, so sorting each source's rows on
  // their own gives the order of one sort over all (sorts are stable) in linear time overall.
  for (const x of ordered) {
    const sid = x.source.source_id;
    const sourceFigures: Figure[] = [];
    const sourceMentions: Mention[] = [];
    for (const f of x.figures) {
      const candidates = merged.eventsBySentence.get(`${sid}:${f.sentence.start}`) ?? [];
      // A casualty count belongs to the event the coder took it for (wherever in the paragraph
      // that event is stated), else to the event its sentence states; other figures only when
      // the sentence states exactly one event.
      const eventId = merged.eventsByFigure.get(`${sid}:${f.start}`)
        ?? (candidates.length === 1 || (candidates.length && FIGURE_KINDS_OF_EVENTS.has(f.kind)) ? candidates[0]! : null);
      sourceFigures.push({
        figure_id: flatText([sid, ':f:', f.start, '-', f.end]), source_id: sid, value: f.value, unit: f.unit as Figure['unit'], kind: f.kind,
        approximate: f.approximate, bound: f.bound, subject: f.subject, attribution: f.attribution, attributed_to: f.attributed_to,
        event_id: eventId, date: f.date, quote: f.quote, char_start: f.sentence.start, char_end: f.sentence.end,
      });
    }
    const mention = (kind: Mention['kind'], m: { start: number; end: number; text: string; rule: string }, value: string): Mention =>
      ({ mention_id: flatText([sid, ':', kind.charAt(0), ':', m.start, '-', m.end]), source_id: sid, kind, text: m.text, char_start: m.start, char_end: m.end, value, rule: m.rule });
    for (const d of x.dates) sourceMentions.push(mention('date', d, d.value));
    for (const a of x.actors) sourceMentions.push(mention('actor', a, a.actor_id));
    for (const a of x.amounts) sourceMentions.push(mention('amount', a, decimal(a.value)));
    sourceMentions.sort((a, b) => a.char_start - b.char_start || compareText(a.kind, b.kind) || a.char_end - b.char_end);
    sourceFigures.sort((a, b) => a.char_start - b.char_start || compareText(a.figure_id, b.figure_id));
    for (const m of sourceMentions) mentions.push(m);
    for (const f of sourceFigures) figures.push(f);
    if (options.consume) {
      x.dates = [];
      x.actors = [];
      x.amounts = [];
      x.figures = [];
    }
  }

  options.betweenSteps?.();
  const rejects: Reject[] = [];
  const checked = <T extends object>(table: Parameters<typeof validateRecords>[0], records: T[]): T[] => {
    const { valid, rejects: bad } = validateRecords(table, records);
    rejects.push(...bad);
    return valid;
  };
  const tables: DatasetTables = {
    sources: checked('sources', ordered.map((x) => x.source)),
    actors: checked('actors', [...actors.values()]),
    events: checked('events', merged.events),
    evidence: checked('evidence', merged.evidence),
    figures: checked('figures', figures),
    mentions: checked('mentions', mentions),
  };
  // A record that references one that was rejected would dangle: reject it too, with the reason.
  const eventIds = new Set(tables.events.map((e) => e.event_id));
  tables.evidence = tables.evidence.filter((e) => eventIds.has(e.event_id) || !rejects.push({ table: 'evidence', source_id: e.source_id, record: e, errors: [`/event_id refers to event ${e.event_id}, which was rejected`] }));
  for (const f of tables.figures) if (f.event_id && !eventIds.has(f.event_id)) f.event_id = null;
  return { tables, rejects, undated: merged.undated, problems: ordered.flatMap((x) => x.problems) };
}

/**
 * The parts joined as one flat string. A template literal makes a rope of its parts, which V8
 * flattens only when the string is first read: at 10,000 sources the ids of the mentions alone
 * held ~200 MB more as ropes than flat until validation read them (~2.5× their flat size).
 */
function flatText(parts: Array<string | number>): string {
  return parts.join('');
}

/** A number in plain decimal notation (no exponent), as the mentions table writes values. */
export function decimal(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}
