// Splits what the explorer shows only on demand (the evidence behind events, and the figures)
// into data files next to index.html, so the page itself carries only what its timeline,
// filters and table need. At 10,000 sources the evidence and figures are ~90 % of the data; a
// page that inlined them grew to ~85 MB.
//
// Each file is a script (the only way a page opened from file:// may load local data) that
// assigns one JSON string literal, parsed with JSON.parse, to a global slot: the text is never
// evaluated as code beyond that one literal, and the page's CSP `script-src 'self'` allows it.
import type { Event, Evidence, Figure } from './page/data.js';
import { CHUNK_GLOBAL } from './page/data.js';
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
  /** Each file before it is made a script: what chunkScriptParts wraps (writeSite writes these as bytes). */
  jsonFiles(): Generator<JsonFile>;
}

/** A data file's name (relative to the site folder), its slot, and the JSON text its script assigns. */
export interface JsonFile {
  file: string;
  slot: string;
  /** The JSON text, in parts (joined, a copy as large as the file: LiteralEncoder escapes them one after the other). */
  parts: string[];
}

export const evidenceChunkName = (k: number): string => `evidence-${String(k).padStart(3, '0')}`;
export const figureChunkName = (k: number): string => `figures-${String(k).padStart(3, '0')}`;

/** The script text of a data file: one JSON string literal, assigned to its slot. */
export function chunkScript(name: string, value: unknown): string {
  return chunkScriptOfJson(name, JSON.stringify(value));
}

/** chunkScript of a value given as its JSON text. */
function chunkScriptOfJson(name: string, json: string): string {
  // Markup characters are \u-escaped here too, so no source text appears as markup in any file.
  const literal = inlineJson(json);
  const { head, tail } = chunkScriptParts(name);
  return `${head}${literal.slice(1, -1)}${tail}`;
}

/** What a data file holds around its literal's inside: the assignment up to the opening quote, and from the closing one. */
export function chunkScriptParts(name: string): { head: string; tail: string } {
  return { head: `(globalThis.${CHUNK_GLOBAL}=globalThis.${CHUNK_GLOBAL}||{})[${JSON.stringify(name)}]=JSON.parse("`, tail: '");\n' };
}

/** Cuts items, in order, into runs of at most `limit` characters of JSON (at least one item each). */
function cut(sizes: number[], limit: number): number[] {
  const starts: number[] = [];
  let used = Infinity;
  for (const [i, n] of sizes.entries()) {
    if (used + n > limit) {
      starts.push(i);
      used = 0;
    }
    used += n;
  }
  return starts;
}

// JSON.stringify({ evidence, figures }) is these texts around its lists' items: each item is
// stringified once, and a chunk's text is its items' texts joined (the same bytes).
export const DETAILS_OPEN = '{"evidence":[';
export const DETAILS_MIDDLE = '],"figures":[';
export const DETAILS_CLOSE = ']}';
const listLength = (texts: string[]) => texts.reduce((n, t) => n + t.length, Math.max(0, texts.length - 1));

/**
 * The items of a list as JSON.stringify writes them inside its brackets ('' for none): one call
 * per event instead of one per evidence row (~144,000 at 10,000 sources), the same text as its
 * items' texts joined with ','.
 */
const listItems = (items: readonly object[] | undefined): string => (items?.length ? JSON.stringify(items).slice(1, -1) : '');

/** Where the chunks start; each file's text is made only when files() reaches it. */
export function layoutChunks(events: Event[], evidence: Evidence[], figures: Figure[], limit = CHUNK_CHARS): ChunkLayout {
  const figureTexts = new Map<Figure, string>(figures.map((f) => [f, JSON.stringify(f)]));
  const evidenceOf = groupByEvent(evidence);
  const figuresOf = groupByEvent(figures);
  const details = events.map((e) => ({
    evidence: listItems(evidenceOf.get(e.event_id)),
    figures: (figuresOf.get(e.event_id) ?? []).map((f) => figureTexts.get(f)!),
  }));
  const evidenceChunkStarts = cut(details.map((d) => DETAILS_OPEN.length + d.evidence.length + DETAILS_MIDDLE.length + listLength(d.figures) + DETAILS_CLOSE.length), limit);
  const figureList = figures.map((f) => figureTexts.get(f)!);
  const figureStarts = cut(figureList.map((t) => t.length), limit);
  function* jsonFiles(): Generator<JsonFile> {
    for (const [k, start] of evidenceChunkStarts.entries()) {
      const slice = details.slice(start, evidenceChunkStarts[k + 1] ?? details.length);
      const parts = [DETAILS_OPEN, slice.flatMap((d) => (d.evidence ? [d.evidence] : [])).join(','), DETAILS_MIDDLE, slice.flatMap((d) => d.figures).join(','), DETAILS_CLOSE];
      yield { file: `data/${evidenceChunkName(k)}.js`, slot: evidenceChunkName(k), parts };
    }
    for (const [k, start] of figureStarts.entries()) {
      yield { file: `data/${figureChunkName(k)}.js`, slot: figureChunkName(k), parts: ['[', figureList.slice(start, figureStarts[k + 1] ?? figureList.length).join(','), ']'] };
    }
  }
  function* files(): Generator<[string, string]> {
    for (const { file, slot, parts } of jsonFiles()) yield [file, chunkScriptOfJson(slot, parts.join(''))];
  }
  return { evidenceChunkStarts, figureChunks: figureStarts.length, files, jsonFiles };
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
