// The data the page carries: the dataset's tables as published, plus its version and the
// changelog's latest entry. Shared by the pipeline (which writes it) and the page (which reads it).
import type { Actor, Event, Evidence, Figure, Source } from '../../../generated/dataset.js';

export type { Actor, Event, Evidence, Figure, Source };

export interface PageData {
  version: string;
  /** The changelog's latest entry, as Markdown (rendered as text, never as HTML). */
  latestChange: string;
  events: Event[];
  evidence: Evidence[];
  figures: Figure[];
  actors: Actor[];
  sources: Source[];
}

/** The id of the inline `<script type="application/json">` element that holds the PageData. */
export const DATA_ELEMENT_ID = 'explorer-data';

/** The published tables, for the download links (relative to dist/site/). */
export const TABLES = ['events', 'evidence', 'figures', 'actors', 'sources', 'mentions'] as const;
