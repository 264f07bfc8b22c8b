// Loads and validates the actor lexicon. Every problem is reported with the file, the entry
// (by index and id) and the field, so that a maintainer can fix a typo without reading code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  actorFileSchema,
  nonActorFileSchema,
  titleFileSchema,
  type ActorEntry,
  type NonActors,
  type Title,
} from './schema.js';

export const ACTOR_LEXICON_DIR = fileURLToPath(new URL('../../../lexicons/actors/', import.meta.url));

export interface ActorLexicon {
  entries: ActorEntry[];
  titles: Title[];
  ranks: string[];
  nonActors: NonActors;
}

export class LexiconError extends Error {}

/** Parses one lexicon file's JSON with a schema; throws a LexiconError naming file, entry and field. */
export function parseLexiconFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LexiconError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = describePath(json, issue.path);
    return `  ${where}: ${issue.message}`;
  });
  throw new LexiconError(`${file}: invalid lexicon\n${lines.join('\n')}`);
}

/** "entries[3] (id "jaish-al-adl") field country" from a zod issue path. */
function describePath(json: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return 'file';
  const [list, index, ...rest] = path;
  let where = String(list);
  if (typeof index === 'number') {
    const item = (json as Record<string, unknown[]>)[String(list)]?.[index] as Record<string, unknown> | undefined;
    const id = item && typeof item === 'object' ? (item.id ?? item.kind ?? item.name) : undefined;
    where += `[${index}]${id ? ` (${JSON.stringify(id)})` : ''}`;
  } else if (index !== undefined) {
    rest.unshift(index);
  }
  return rest.length ? `${where} field ${rest.map(String).join('.')}` : where;
}

/** Checks rules that span entries: unique ids, known office kinds. */
export function checkLexicon(lexicon: ActorLexicon): void {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  lexicon.entries.forEach((e, i) => {
    if (seen.has(e.id)) problems.push(`  entry ${JSON.stringify(e.id)} is defined twice`);
    seen.set(e.id, i);
  });
  const kinds = new Set(lexicon.titles.map((t) => t.kind));
  for (const e of lexicon.entries) {
    for (const o of e.offices ?? []) {
      if (!kinds.has(o.kind)) problems.push(`  entry ${JSON.stringify(e.id)} field offices: unknown office kind ${JSON.stringify(o.kind)} (titles.json)`);
      if (o.to !== null && o.to < o.from) problems.push(`  entry ${JSON.stringify(e.id)} field offices: term ends (${o.to}) before it starts (${o.from})`);
    }
  }
  if (problems.length) throw new LexiconError(`actor lexicon: inconsistent\n${problems.join('\n')}`);
}

/** Reads every lexicon file in a folder (titles.json and non-actors.json by name; the rest are entries). */
export function loadActorLexicon(dir: string = ACTOR_LEXICON_DIR): ActorLexicon {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const lexicon: ActorLexicon = { entries: [], titles: [], ranks: [], nonActors: { about: '', names: [], heads: [] } };
  // states.json first: an alias shared by two entries defaults to the one loaded first.
  files.sort((a, b) => Number(b === 'states.json') - Number(a === 'states.json'));
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const label = dir === ACTOR_LEXICON_DIR ? `pipeline/lexicons/actors/${file}` : join(dir, file);
    if (file === 'titles.json') {
      const titles = parseLexiconFile(label, text, titleFileSchema);
      lexicon.titles.push(...titles.titles);
      lexicon.ranks.push(...titles.ranks);
    } else if (file === 'non-actors.json') lexicon.nonActors = parseLexiconFile(label, text, nonActorFileSchema);
    else lexicon.entries.push(...parseLexiconFile(label, text, actorFileSchema).entries);
  }
  checkLexicon(lexicon);
  return lexicon;
}
