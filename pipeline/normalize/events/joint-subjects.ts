// Whether a mention states a mutual act: its clause names both parties together as the subject,
// "Iran and Pakistan recalled their ambassadors", "Islamabad and Tehran agreed", "both sides
// recalled", "Senior Iranian and Pakistani officials agreed". Merging needs it to tell a mutual act
// from a reprisal: "Pakistan recalled its ambassador" and "both sides recalled their ambassadors"
// are one happening though dated a day apart, while India's measures of 23 April and Pakistan's
// answer of 24 April are two.
// Near-misses: "Pakistan recalled its ambassador from Tehran" (one subject); "After Iran and
// Pakistan exchanged strikes, Pakistan recalled ..." (the pair is in another clause).
// Extraction knows this when it reads the roles; until candidates carry it, the clause before the
// trigger is read again here, with the names and aliases of the two actors and the lexicon's
// collective phrases.
import { z } from 'zod';
import type { Actor } from '../../generated/dataset.js';
import { loadLexicon } from '../../lib/lexicon-file.js';
import { namesJoinedByAnd } from './joined-names.js';

const COLLECTIVE = loadLexicon('events', 'cues.json', z.object({ collective: z.array(z.string().min(1)) })).collective;

/** How far before the trigger a joint subject is looked for: a subject stands near its verb, and a bound keeps the cost per mention constant. */
const REACH = 160;

/** What ends a clause before the trigger: punctuation, and the dash of a dateline ("TEHRAN – ..."). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/g;

/** Lower-case words separated by single spaces, padded with one space either side, for whole-word search. */
const words = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The last clause of `text`: what follows its last clause break. */
function lastClause(text: string): string {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return text.slice(start);
}

/** Each actor's names and aliases as words, made once per actor rather than once per mention. */
const wordedNames = new WeakMap<Actor, string[]>();

function namesOf(id: string, actors: Map<string, Actor>): string[] {
  const a = actors.get(id);
  if (!a) return [words(id).trim()].filter(Boolean);
  let names = wordedNames.get(a);
  if (!names) wordedNames.set(a, (names = [...new Set([a.name, ...a.aliases].map((n) => words(n).trim()).filter(Boolean))]));
  return names;
}

export interface MentionText {
  quote: string;
  sentence: { start: number };
  trigger: { start: number };
  actor1_id: string | null;
  actor2_id: string | null;
}

/** Whether the clause before the trigger names actor1 and actor2 together ("X and Y"), or both parties with a collective phrase. */
export function namesJointSubjects(m: MentionText, actors: Map<string, Actor>): boolean {
  if (!m.actor1_id || !m.actor2_id) return false;
  const end = Math.max(0, m.trigger.start - m.sentence.start);
  const clause = words(lastClause(m.quote.slice(Math.max(0, end - REACH), end)));
  if (COLLECTIVE.some((phrase) => clause.includes(` ${phrase} `))) return true;
  return namesJoinedByAnd(clause, namesOf(m.actor1_id, actors), namesOf(m.actor2_id, actors));
}
