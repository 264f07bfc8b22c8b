// report.json: what the run did. Deterministic: no clock, no machine-specific paths.
import type { Normalized } from '../normalize/index.js';
import type { Problem } from '../model.js';
import { TABLES } from '../schemas/tables.js';

export interface RunFacts {
  sourcesFound: number;
  readProblems: Problem[];
  /** The previous release's changes.json, kept as it was when no data changed. */
  previousChangesJson: string | null;
}

export function buildReport(normalized: Normalized, version: string, facts: RunFacts) {
  const problems = [...facts.readProblems, ...normalized.problems];
  return {
    version,
    sources: {
      found: facts.sourcesFound,
      published: normalized.tables.sources.length,
      skipped: facts.sourcesFound - normalized.tables.sources.length,
    },
    records: Object.fromEntries(TABLES.map((t) => [t, normalized.tables[t].length])),
    rejects: normalized.rejects,
    undated_events: normalized.undated,
    problems,
  };
}
