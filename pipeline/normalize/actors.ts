// The actors table: every actor some source mentions, one row per actor_id.
import type { Actor } from '../generated/dataset.js';
import type { SourceExtraction } from '../model.js';
import { compareText } from '../lib/json.js';

type Definition = SourceExtraction['actorDefinitions'][number];

export function collectActors(extractions: SourceExtraction[]): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  // Pattern actors found in several sources pool the names each source uses: the names of such an
  // actor, gathered in one set as its sources come (rebuilding its list at each source made
  // pooling quadratic in the sources that name it), its own name left out at the end.
  const pooled = new Map<string, Set<string>>();
  // Equal definitions arrive as one object (the pool's ExtractionCompactor and the rerun's
  // snapshot share them: ~50 objects for 228,000 definitions of 10,000 sources), so a definition
  // whose names are in its actor's pool already adds nothing and is passed over. Not before its
  // actor is pooled: a second sighting of an actor's only definition is what pools it (its list
  // deduplicated, its own name dropped).
  const first = new Map<string, Definition>();
  const inPool = new Set<Definition>();
  for (const x of extractions) {
    for (const def of x.actorDefinitions) {
      if (inPool.has(def)) continue;
      const known = actors.get(def.actor_id);
      if (!known) {
        actors.set(def.actor_id, { ...def, aliases: [...def.aliases] });
        first.set(def.actor_id, def);
        continue;
      }
      let names = pooled.get(def.actor_id);
      if (!names) {
        pooled.set(def.actor_id, (names = new Set(known.aliases)));
        inPool.add(first.get(def.actor_id)!);
      }
      for (const alias of def.aliases) names.add(alias);
      inPool.add(def);
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
