// The actors table: every actor some source mentions, one row per actor_id.
import type { Actor } from '../generated/dataset.js';
import type { SourceExtraction } from '../model.js';
import { compareText } from '../lib/json.js';

export function collectActors(extractions: SourceExtraction[]): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  // Pattern actors found in several sources pool the names each source uses: the names of such an
  // actor, gathered in one set as its sources come (rebuilding its list at each source made
  // pooling quadratic in the sources that name it), its own name left out at the end.
  const pooled = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const def of x.actorDefinitions) {
      const known = actors.get(def.actor_id);
      if (!known) {
        actors.set(def.actor_id, { ...def, aliases: [...def.aliases] });
        continue;
      }
      let names = pooled.get(def.actor_id);
      if (!names) pooled.set(def.actor_id, (names = new Set(known.aliases)));
      for (const alias of def.aliases) names.add(alias);
    }
  }
  for (const [id, names] of pooled) {
    const actor = actors.get(id)!;
    names.delete(actor.name);
    actor.aliases = [...names];
  }
  for (const actor of actors.values()) actor.aliases.sort(compareText);
  return new Map([...actors].sort(([a], [b]) => compareText(a, b)));
}
