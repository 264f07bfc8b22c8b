// The actors table: every actor some source mentions, one row per actor_id.
import type { Actor } from '../generated/dataset.js';
import type { SourceExtraction } from '../model.js';
import { compareText } from '../lib/json.js';

export function collectActors(extractions: SourceExtraction[]): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  for (const x of extractions) {
    for (const def of x.actorDefinitions) {
      const known = actors.get(def.actor_id);
      if (!known) actors.set(def.actor_id, { ...def, aliases: [...def.aliases] });
      // Pattern actors found in several sources pool the names each source uses.
      else known.aliases = [...new Set([...known.aliases, ...def.aliases])].filter((a) => a !== known.name);
    }
  }
  for (const actor of actors.values()) actor.aliases.sort(compareText);
  return new Map([...actors].sort(([a], [b]) => compareText(a, b)));
}
