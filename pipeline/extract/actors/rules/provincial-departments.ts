// A province's department named by the province: the provincial government's line departments that
// report seizures, surveys and closures ("Balochistan's Fisheries Department", "the Balochistan
// Planning and Development Department"). The lexicon lists only the home departments.
//
// Accepts: "Balochistan's Fisheries Department said", "the Balochistan Planning and Development
//   Department estimated", "Sindh Excise and Taxation Department" (the province from the places
//   lexicon; country from it; the name without the possessive).
// Rejects: "the Fisheries Department" (no province: a description), "the Quetta Fisheries Department"
//   (a city, not a province), "Iran's Fisheries Department" (a state: the state's organ, not a
//   province's), "Balochistan's fisheries department" (lower case: a description).
import { placesIn } from '../places.js';
import { candidate, slugify, type ActorCandidate, type ActorRule } from '../types.js';

const DEPARTMENT = /\bDepartment\b/g;
/** The province's name, then up to five capitalised words (with "and", "&") ending right before "Department". */
const MAX_LOOK_BACK = 10;
const SUBJECT_WORDS = /^(?:['’]s)?\s+((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){1,5})$/u;

export const provincialDepartments: ActorRule = {
  name: 'provincial-department',
  extract({ content, tokens, tokenStartingAt }) {
    const found: ActorCandidate[] = [];
    for (const hit of content.matchAll(DEPARTMENT)) {
      const head = tokenStartingAt(hit.index);
      if (head === undefined || head === 0) continue;
      const near = placesIn(content, tokens, Math.max(0, head - MAX_LOOK_BACK), head);
      for (let i = near.length - 1; i >= 0; i--) {
        const province = near[i]!;
        if (province.kind !== 'province') continue;
        const subject = SUBJECT_WORDS.exec(content.slice(province.end, hit.index));
        if (!subject) continue;
        const end = hit.index + hit[0].length;
        const name = `${province.name} ${subject[1]!.trim().replace(/\s+/g, ' ')} Department`;
        const id = slugify(name);
        found.push(candidate({
          start: province.start, end, text: content.slice(province.start, end), ids: [id], rule: 'pattern:provincial-department', origin: 'pattern',
          definition: { actor_id: id, name, aliases: [], type: 'government', country: province.country, wikidata: null, origin: 'pattern' },
        }));
        break;
      }
    }
    return found;
  },
};
