// A district's administration named by its district: the local government body that reports
// tolls, closures and crossings in Pakistan's border districts (gold: "Chagai district administration").
//
// Accepts: "the Chagai district administration said", "Kech District Administration" (the district
//   from the places lexicon; country from it).
// Rejects: "the district administration" (no district named: a description), a capitalised word the
//   places lexicon lacks ("the Local district administration"), and a district named with a state's
//   name ("Iran district administration": no district).
import { placesIn } from '../places.js';
import { candidate, slugify, type ActorCandidate, type ActorRule } from '../types.js';

const ADMINISTRATION = /\b[Dd]istrict [Aa]dministration\b/g;
const MAX_DISTRICT_WORDS = 3; // "Dera Ghazi Khan district administration"

export const districtAdministrations: ActorRule = {
  name: 'district-administration',
  extract({ content, tokens, tokenStartingAt }) {
    const found: ActorCandidate[] = [];
    for (const hit of content.matchAll(ADMINISTRATION)) {
      const head = tokenStartingAt(hit.index);
      if (head === undefined || head === 0) continue;
      // the place that ends right before "district"
      const near = placesIn(content, tokens, Math.max(0, head - MAX_DISTRICT_WORDS), head);
      const district = near.find((p) => p.end === hit.index - 1 && p.kind !== 'country' && content[p.end] === ' ');
      if (!district) continue;
      const end = hit.index + hit[0].length;
      const text = content.slice(district.start, end);
      const name = `${district.text} district administration`;
      const id = slugify(name);
      found.push(candidate({
        start: district.start, end, text, ids: [id], rule: 'pattern:district-administration', origin: 'pattern',
        definition: { actor_id: id, name, aliases: [], type: 'government', country: district.country, wikidata: null, origin: 'pattern' },
      }));
    }
    return found;
  },
};
