/// <reference lib="dom" />
// Evidence and figures, loaded when they are first shown: each lives in a data script under
// data/ (see ../chunks.ts) that a <script> element loads (a page opened from file:// may not
// fetch local files, but may run its own scripts). The script assigns its parsed JSON to a
// global slot, which is read once and cleared.
import { CHUNK_GLOBAL, type Event, type EventDetailsChunk, type Evidence, type Figure, type PageData } from './data.js';

export interface EventDetails {
  evidence: Evidence[];
  figures: Figure[];
}

const loads = new Map<string, Promise<unknown>>();

/** Runs data/<name>.js once and returns what it assigned. */
export function loadChunk(name: string): Promise<unknown> {
  let load = loads.get(name);
  if (!load) {
    load = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `data/${name}.js`;
      script.onload = () => {
        const slots = (globalThis as unknown as Record<string, Record<string, unknown> | undefined>)[CHUNK_GLOBAL];
        const value = slots?.[name];
        if (slots) delete slots[name];
        script.remove();
        if (value === undefined) reject(new Error(`data/${name}.js held no data`));
        else resolve(value);
      };
      script.onerror = () => {
        script.remove();
        loads.delete(name); // a later selection may try again
        reject(new Error(`could not load data/${name}.js`));
      };
      document.head.append(script);
    });
    loads.set(name, load);
  }
  return load;
}

const padded = (k: number): string => String(k).padStart(3, '0');

export class DetailStore {
  private readonly eventIndex: Map<string, number>;
  private readonly byEvent = new Map<string, EventDetails>();
  private readonly indexedChunks = new Set<number>();
  private allFigures: Promise<Figure[]> | null = null;

  constructor(private readonly data: PageData) {
    this.eventIndex = new Map(data.events.map((e: Event, i) => [e.event_id, i]));
  }

  /** The evidence and figures of one event (empty for an unknown id). */
  async forEvent(eventId: string): Promise<EventDetails> {
    const index = this.eventIndex.get(eventId);
    if (index === undefined) return { evidence: [], figures: [] };
    const k = chunkOf(this.data.evidenceChunkStarts, index);
    if (k >= 0) {
      const chunk = (await loadChunk(`evidence-${padded(k)}`)) as EventDetailsChunk;
      if (!this.indexedChunks.has(k)) {
        this.indexedChunks.add(k);
        this.index(chunk);
      }
    }
    return this.byEvent.get(eventId) ?? { evidence: [], figures: [] };
  }

  /** Every figure, in the order of figures.json. */
  figures(): Promise<Figure[]> {
    this.allFigures ??= Promise.all(
      Array.from({ length: this.data.figureChunks }, (_, k) => loadChunk(`figures-${padded(k)}`) as Promise<Figure[]>),
    ).then((chunks) => chunks.flat());
    return this.allFigures;
  }

  private index(chunk: EventDetailsChunk): void {
    const entry = (id: string): EventDetails => {
      let details = this.byEvent.get(id);
      if (!details) this.byEvent.set(id, (details = { evidence: [], figures: [] }));
      return details;
    };
    for (const item of chunk.evidence) entry(item.event_id).evidence.push(item);
    for (const figure of chunk.figures) if (figure.event_id !== null) entry(figure.event_id).figures.push(figure);
  }
}

/** The chunk whose run of events holds `index`: the last start at or before it (-1 if none). */
export function chunkOf(starts: number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= index) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
