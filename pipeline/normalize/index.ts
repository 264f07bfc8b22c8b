// Normalize: resolves actors, merges events across sources, gives every record its stable id,
// links figures to their events, and validates every record against schemas/.
//
// What is global, and why: the actors table (a pattern actor pools the names every source gives
// it), the event merge (a new source can join, split or re-date any happening), the event ids
// (carried over from the previous release by evidence rows) and the figures' event links (they
// name merged events). The mention rows are not: each source's depend on its own extraction
// alone, so they arrive rendered and validated with it (emit/mention-block.ts), from the cache
// on a rerun, and are only put in source order here.
import type { Actor, Event, Evidence, Figure, Source } from '../generated/dataset.js';
import type { Problem, SourceExtraction } from '../model.js';
import { compareText } from '../lib/json.js';
import { blockInMemory, MentionTable, renderMentions, type MentionBlock } from '../emit/mention-block.js';
import { collectActors } from './actors.js';
import { mergeEvents, type PriorMerge, type UndatedEvent } from './events/index.js';
import type { MergeState } from './events/merge-state.js';
import type { PreviousEvents } from './events/ids.js';
import { flatText } from './mention-rows.js';
import { validateRecords, type Reject } from './validate.js';

export { decimal } from './mention-rows.js';

export interface DatasetTables {
  sources: Source[];
  actors: Actor[];
  events: Event[];
  evidence: Evidence[];
  figures: Figure[];
  mentions: MentionTable;
}

/**
 * A source's extraction, with its mention rows when they were rendered already (by extraction, or
 * the cache), and a digest of it where one is known (the cache key it was read or written under).
 */
export type NormalizeInput = SourceExtraction & { mentionBlock?: MentionBlock | null; digest?: string | null };

export interface Normalized {
  tables: DatasetTables;
  rejects: Reject[];
  undated: UndatedEvent[];
  problems: Problem[];
  /** What the next run's merge may take over (with options.priorMerge), and how many mentions this one took over. */
  mergeState: MergeState | null;
  replayed: number;
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
  /** The merge state a previous run left, to take its decisions over where nothing changed (events/merge-state.ts). */
  priorMerge?: PriorMerge | null;
}

/** The extractions in the order of the tables' rows: by source_id. */
const inSourceOrder = (extractions: NormalizeInput[]): NormalizeInput[] => [...extractions].sort((a, b) => compareText(a.source.source_id, b.source.source_id));

/**
 * The mentions table normalize will make of these extractions, known before it runs where every
 * source's rows were rendered already (by extraction or the cache); else null.
 */
export function renderedMentionTable(extractions: NormalizeInput[]): MentionTable | null {
  const blocks: MentionBlock[] = [];
  for (const x of inSourceOrder(extractions)) {
    if (!x.mentionBlock) return null;
    blocks.push(x.mentionBlock);
  }
  return new MentionTable(blocks);
}

/** `previous`: the previous release's events and evidence, whose event ids are carried over. */
export function normalize(extractions: NormalizeInput[], previous: PreviousEvents | null = null, options: NormalizeOptions = {}): Normalized {
  const ordered = inSourceOrder(extractions);
  const actors = collectActors(ordered);
  const merged = mergeEvents(ordered.map((x) => ({ source_id: x.source.source_id, events: x.events, digest: x.digest })), actors, previous, options.priorMerge);
  options.betweenSteps?.();

  const figures: Figure[] = [];
  const blocks: MentionBlock[] = [];
  // Sources are in source_id order and each adds its own rows, so sorting each source's rows on
  // their own gives the order of one sort over all (sorts are stable) in linear time overall.
  for (const x of ordered) {
    const sid = x.source.source_id;
    const sourceFigures: Figure[] = [];
    const sentences = merged.eventsBySentence.get(sid);
    const figureEvents = merged.eventsByFigure.get(sid);
    for (const f of x.figures) {
      const candidates = sentences?.get(f.sentence.start) ?? [];
      // A casualty count belongs to the event the coder took it for (wherever in the paragraph
      // that event is stated), else to the event its sentence states; other figures only when
      // the sentence states exactly one event.
      const eventId = figureEvents?.get(f.start)
        ?? (candidates.length === 1 || (candidates.length && FIGURE_KINDS_OF_EVENTS.has(f.kind)) ? candidates[0]! : null);
      sourceFigures.push({
        figure_id: flatText([sid, ':f:', f.start, '-', f.end]), source_id: sid, value: f.value, unit: f.unit as Figure['unit'], kind: f.kind,
        approximate: f.approximate, bound: f.bound, subject: f.subject, attribution: f.attribution, attributed_to: f.attributed_to,
        event_id: eventId, date: f.date, quote: f.quote, char_start: f.sentence.start, char_end: f.sentence.end,
      });
    }
    sourceFigures.sort((a, b) => a.char_start - b.char_start || compareText(a.figure_id, b.figure_id));
    for (const f of sourceFigures) figures.push(f);
    blocks.push(x.mentionBlock ?? blockInMemory(sid, renderMentions(x)));
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
    mentions: new MentionTable(blocks),
  };
  // Validated where they were rendered; their rejects come last, as the mentions table does.
  for (const b of blocks) rejects.push(...b.rejects);
  // A record that references one that was rejected would dangle: reject it too, with the reason.
  const eventIds = new Set(tables.events.map((e) => e.event_id));
  tables.evidence = tables.evidence.filter((e) => eventIds.has(e.event_id) || !rejects.push({ table: 'evidence', source_id: e.source_id, record: e, errors: [`/event_id refers to event ${e.event_id}, which was rejected`] }));
  for (const f of tables.figures) if (f.event_id && !eventIds.has(f.event_id)) f.event_id = null;
  return { tables, rejects, undated: merged.undated, problems: ordered.flatMap((x) => x.problems), mergeState: merged.state, replayed: merged.replayed };
}
