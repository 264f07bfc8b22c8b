// The evidence rows of merged events, and for each sentence and figure the events stated there
// (what normalize links figures by). One row per event and sentence of a source: a happening
// mentioned twice in one sentence is one row.
import type { Evidence } from '../../generated/dataset.js';
import { compareText } from '../../lib/json.js';
import { innerMap, type BySourceOffset } from './by-source-offset.js';

/** What a row is made of: a mention's source, sentence, quote and rule, and the figures it gave. */
export interface RowMention {
  source_id: string;
  sentence: { start: number; end: number };
  quote: string;
  rule: string;
  figure_starts: readonly number[];
}

export interface ClusterEvidence {
  /** Each cluster's rows, by source then offset. */
  rowsOf: Evidence[][];
  /** For each source and sentence start, the ids of the events stated there, in the clusters' order. */
  eventsBySentence: BySourceOffset<string[]>;
  /** For each source and figure start, the event whose fatalities or injuries the figure gave (the last cluster to give it). */
  eventsByFigure: BySourceOffset<string>;
}

/** `ids`: each cluster's event id, all different. */
export function clusterEvidence(clusters: ReadonlyArray<readonly RowMention[]>, ids: readonly string[]): ClusterEvidence {
  const eventsBySentence: BySourceOffset<string[]> = new Map();
  const eventsByFigure: BySourceOffset<string> = new Map();
  const rowsOf = clusters.map((cluster, i) => {
    const event_id = ids[i]!;
    const rows: Evidence[] = [];
    for (const m of cluster) {
      if (m.figure_starts.length) {
        const figures = innerMap(eventsByFigure, m.source_id);
        for (const start of m.figure_starts) figures.set(start, event_id);
      }
      const sentences = innerMap(eventsBySentence, m.source_id);
      const here = sentences.get(m.sentence.start);
      // Ids are all different and each cluster's rows are made together, so the sentence's list
      // ends with this cluster's id once one of its mentions there was met: no set of rows seen.
      if (here?.at(-1) === event_id) continue;
      if (here) here.push(event_id);
      else sentences.set(m.sentence.start, [event_id]);
      rows.push({ event_id, source_id: m.source_id, quote: m.quote, char_start: m.sentence.start, char_end: m.sentence.end, rule: m.rule });
    }
    return rows.sort((a, b) => compareText(a.source_id, b.source_id) || a.char_start - b.char_start);
  });
  return { rowsOf, eventsBySentence, eventsByFigure };
}
