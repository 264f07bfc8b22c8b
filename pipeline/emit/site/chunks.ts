// Splits what the explorer shows only on demand (the evidence behind events, and the figures)
// into data files next to index.html, so the page itself carries only what its timeline,
// filters and table need. At 10,000 sources the evidence and figures are ~90 % of the data; a
// page that inlined them grew to ~85 MB.
//
// Each file is a script (the only way a page opened from file:// may load local data) that
// assigns one JSON string literal, parsed with JSON.parse, to a global slot: the text is never
// evaluated as code beyond that one literal, and the page's CSP `script-src 'self'` allows it.
import type { Event, Evidence, Figure } from './page/data.js';
import { CHUNK_GLOBAL, type EventDetailsChunk } from './page/data.js';
import { inlineJson } from './inline.js';

/** Upper size of one data file, in characters of JSON; a chunk holds at least one item. */
export const CHUNK_CHARS = 256 * 1024;

export interface ChunkLayout {
  /** Index in `events` of the first event of each evidence chunk. */
  evidenceChunkStarts: number[];
  /** How many figure chunks there are. */
  figureChunks: number;
  /**
   * Each file's name (relative to the site folder) and script text, rendered as they are asked
   * for: at 10,000 sources the files are ~85 MB of text, which a writer need not hold at once.
   */
  files(): Generator<[string, string]>;
}

export const evidenceChunkName = (k: number): string => `evidence-${String(k).padStart(3, '0')}`;
export const figureChunkName = (k: number): string => `figures-${String(k).padStart(3, '0')}`;

/** The script text of a data file: one JSON string literal, assigned to its slot. */
export function chunkScript(name: string, value: unknown): string {
  // Markup characters are \u-escaped here too, so no source text appears as markup in any file.
  const literal = inlineJson(JSON.stringify(value));
  return `(globalThis.${CHUNK_GLOBAL}=globalThis.${CHUNK_GLOBAL}||{})[${JSON.stringify(name)}]=JSON.parse(${literal});\n`;
}

/** Cuts items, in order, into runs of at most `limit` characters of JSON (at least one item each). */
function cut<T>(items: T[], size: (item: T) => number, limit: number): number[] {
  const starts: number[] = [];
  let used = Infinity;
  for (const [i, item] of items.entries()) {
    const n = size(item);
    if (used + n > limit) {
      starts.push(i);
      used = 0;
    }
    used += n;
  }
  return starts;
}

/** Where the chunks start; each file's text is made only when files() reaches it. */
export function layoutChunks(events: Event[], evidence: Evidence[], figures: Figure[], limit = CHUNK_CHARS): ChunkLayout {
  const evidenceOf = groupByEvent(evidence);
  const figuresOf = groupByEvent(figures);
  const details = events.map((e): EventDetailsChunk => ({ evidence: evidenceOf.get(e.event_id) ?? [], figures: figuresOf.get(e.event_id) ?? [] }));
  const evidenceChunkStarts = cut(details, (d) => JSON.stringify(d).length, limit);
  const figureStarts = cut(figures, (f) => JSON.stringify(f).length, limit);
  function* files(): Generator<[string, string]> {
    for (const [k, start] of evidenceChunkStarts.entries()) {
      const slice = details.slice(start, evidenceChunkStarts[k + 1] ?? details.length);
      const chunk: EventDetailsChunk = { evidence: slice.flatMap((d) => d.evidence), figures: slice.flatMap((d) => d.figures) };
      yield [`data/${evidenceChunkName(k)}.js`, chunkScript(evidenceChunkName(k), chunk)];
    }
    for (const [k, start] of figureStarts.entries()) {
      yield [`data/${figureChunkName(k)}.js`, chunkScript(figureChunkName(k), figures.slice(start, figureStarts[k + 1] ?? figures.length))];
    }
  }
  return { evidenceChunkStarts, figureChunks: figureStarts.length, files };
}

function groupByEvent<T extends { event_id: string | null }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.event_id === null) continue;
    const list = groups.get(item.event_id);
    if (list) list.push(item);
    else groups.set(item.event_id, [item]);
  }
  return groups;
}
