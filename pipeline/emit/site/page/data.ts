// The data the page carries: the tables its timeline, filters and table need (events, actors,
// sources) as published, its version and the changelog's latest entry, and where to find the
// rest (evidence and figures, in data files loaded on demand; see ../chunks.ts). Shared by the
// pipeline (which writes it) and the page (which reads it).
import type { Actor, Event, Evidence, Figure, Source } from '../../../generated/dataset.js';

export type { Actor, Event, Evidence, Figure, Source };

/** What the page shows of a source (its hashes and size stay in sources.json). */
export const PAGE_SOURCE_FIELDS = ['source_id', 'title', 'publisher', 'author', 'url', 'published'] as const;
export type PageSource = Pick<Source, (typeof PAGE_SOURCE_FIELDS)[number]>;

export interface PageData {
  version: string;
  /** The changelog's latest entry, as Markdown (rendered as text, never as HTML). */
  latestChange: string;
  events: Event[];
  actors: Actor[];
  sources: PageSource[];
  /** Index in `events` of the first event of each evidence data file (data/evidence-NNN.js). */
  evidenceChunkStarts: number[];
  /** How many figure data files there are (data/figures-NNN.js). */
  figureChunks: number;
}

/** One evidence data file: the evidence and the figures of a run of consecutive events. */
export interface EventDetailsChunk {
  evidence: Evidence[];
  figures: Figure[];
}

/** The global object property that data files assign their content to, by file name. */
export const CHUNK_GLOBAL = 'explorerChunks';

/** The id of the inline `<script type="application/json">` element that holds the PageData. */
export const DATA_ELEMENT_ID = 'explorer-data';

/** The published tables, for the download links (relative to dist/site/). */
export const TABLES = ['events', 'evidence', 'figures', 'actors', 'sources', 'mentions'] as const;
