// The event vocabulary, loaded from pipeline/lexicons/events/*.json and checked with zod so that a
// maintainer's typo names the file and the field. Trigger forms are generated from the lemmas
// (regular inflection); irregular forms are listed in the lexicon.
import { z } from 'zod';
import { loadLexicon } from '../../lib/lexicon-file.js';
import type { EventCandidate } from '../../model.js';


const load = <T>(file: string, schema: z.ZodType<T>): T => loadLexicon('events', file, schema);

const PLOVER = z.enum(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const phrase = z.string().min(1).regex(/^[^A-Z]+$/, 'write phrases in lower case');
const phrases = z.array(phrase);

const triggerFile = load('triggers.json', z.object({
  triggers: z.array(z.object({
    id: z.string().min(1),
    type: PLOVER,
    subtype: z.string().min(1),
    verbs: phrases.optional(),
    forms: phrases.optional(),
    nouns: phrases.optional(),
    with: phrases.optional(),
    unless: phrases.optional(),
    before: phrases.optional(),
    window: z.number().int().min(1).max(12).optional(),
    reaction: z.boolean().optional(),
    through: z.boolean().optional(),
    agents: phrases.optional(),
    stated: z.boolean().optional(),
    undergone: z.boolean().optional(),
    placeObject: z.boolean().optional(),
    elided: phrases.optional(),
    material: z.boolean().optional(),
    counterpart: z.boolean().optional(),
  }).strict()),
}));

export const cues = load('cues.json', z.object({
  modal: phrases, future: phrases, negation: phrases, hypothetical: phrases, planning: phrases,
  habitual: phrases, denial: phrases, mandative: phrases, saying: phrases, deciding: phrases, implicative: phrases, nominalBlockers: phrases,
  clauseBreaks: z.array(z.string().min(1)), locativePrepositions: phrases, agentMarkers: phrases,
  targetMarkers: phrases, collective: phrases, pronouns: z.record(z.string(), z.enum(['person', 'nonperson'])),
  groupNouns: phrases, bodyNouns: phrases, responsibilityClaims: phrases, disasters: phrases, grievances: phrases, perpetrators: phrases, vaguePeriods: phrases, lightVerbs: phrases, motionVerbs: phrases,
  before: phrases, reactionMarkers: phrases, passiveAuxiliaries: phrases,
  subsumes: z.array(z.object({ keep: PLOVER, drop: PLOVER, sameTrigger: z.boolean().optional() })),
}).passthrough());

export const salience = load('salience.json', z.object({
  pair: z.array(z.string().regex(/^[A-Z]{3}$/)).length(2),
  borderPlaces: phrases,
  borderActors: phrases,
}).passthrough());

export type EventType = EventCandidate['event_type'];

/** One way a trigger can be written, as a sequence of lower-case words. */
export interface TriggerForm {
  words: string[];
  pos: 'verb' | 'noun';
  /** Past participle or past tense form (for passives and tense). */
  past: boolean;
  entry: TriggerEntry;
}

export interface TriggerEntry {
  id: string;
  type: EventType;
  subtype: string;
  with: Set<string>;
  /** The trigger does not count when one of these follows within `window` words ("called on X" but not "called on X to"). */
  unless: Set<string>;
  before: Set<string>;
  window: number;
  /** The trigger runs through its `with` word ("the end of the Iran-Iraq war"): names in between are inside it. */
  through: boolean;
  reaction: boolean;
  /** Prepositions besides "by" that introduce a nominal's agent ("the visit of X", "pressure from X"). */
  agents: Set<string>;
  /** The trigger states what someone will do ("stood ready to"): told by a verb of saying, the sayer makes the statement. */
  stated: boolean;
  /** The subject suffers the act ("a checkpost came under rocket fire"): it is the target; the agent follows "from" or "by". */
  undergone: boolean;
  /** A place name as the verb's object stands for its `with` word ("closed Taftan", "reopened Rimdan"). */
  placeObject: boolean;
  /** Words that, earlier in the sentence, let the verb end its clause with its object left out ("Sharif invited Pezeshkian, and the president accepted"). */
  elided: Set<string>;
  /** A concession done, not declared ("reopened the crossing"): "agreed to" it only promises it. */
  material: boolean;
  /** The act counts only with its counterpart named ("transferred $20 million to Tavanir"): money moved with no recipient named may go between one government's own accounts. */
  counterpart: boolean;
}

const VOWEL = /[aeiou]/;
// A one-syllable verb ending in one vowel and a consonant doubles it ("ban", "scrap": "scrapped"); a
// longer one stressed on its last syllable ("kidnap": "kidnapped") lists its forms in the lexicon.
const doubles = (w: string): boolean => /^[^aeiou]*[aeiou][bdgmnprt]$/.test(w);

/** Regular inflections of a verb: base, 3rd person, past, -ing ("strike" also needs "struck" listed). */
export function inflect(verb: string): Array<{ form: string; past: boolean }> {
  const [head = '', ...rest] = verb.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const y = head.endsWith('y') && !VOWEL.test(head.at(-2) ?? '');
  const third = /(?:s|x|z|ch|sh)$/.test(head) ? `${head}es` : y ? `${head.slice(0, -1)}ies` : `${head}s`;
  const stem = doubles(head) ? head + head.at(-1) : head;
  const past = head.endsWith('e') ? `${head}d` : y ? `${head.slice(0, -1)}ied` : `${stem}ed`;
  const ing = head.endsWith('ie') ? `${head.slice(0, -2)}ying`
    : head.endsWith('e') && !head.endsWith('ee') ? `${head.slice(0, -1)}ing` : `${stem}ing`;
  return [
    { form: head + tail, past: false }, { form: third + tail, past: false },
    { form: past + tail, past: true }, { form: ing + tail, past: false },
  ];
}

/** The plural of a noun phrase's last word. */
export function pluralise(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop() ?? '';
  // "talks", "operations" are plural already; "clash", "ambush" take -es.
  const plural = last.endsWith('s') ? last : /(?:x|z|ch|sh)$/.test(last) ? `${last}es`
    : last.endsWith('y') && !VOWEL.test(last.at(-2) ?? '') ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...words, plural].join(' ');
}

function buildIndex(): Map<string, TriggerForm[]> {
  const index = new Map<string, TriggerForm[]>();
  const add = (text: string, pos: 'verb' | 'noun', past: boolean, entry: TriggerEntry): void => {
    const words = text.split(' ');
    const first = words[0] ?? '';
    const list = index.get(first) ?? [];
    if (!list.some((f) => f.entry === entry && f.pos === pos && f.words.join(' ') === text)) list.push({ words, pos, past, entry });
    index.set(first, list);
  };
  for (const t of triggerFile.triggers) {
    const entry: TriggerEntry = {
      id: t.id, type: t.type, subtype: t.subtype, with: new Set(t.with ?? []), unless: new Set(t.unless ?? []), before: new Set(t.before ?? []),
      window: t.window ?? 4, through: t.through ?? false, reaction: t.reaction ?? false, agents: new Set(['by', ...(t.agents ?? [])]),
      stated: t.stated ?? false, undergone: t.undergone ?? false, placeObject: t.placeObject ?? false, elided: new Set(t.elided ?? []),
      material: t.material ?? false, counterpart: t.counterpart ?? false,
    };
    for (const v of t.verbs ?? []) for (const f of inflect(v)) add(f.form, 'verb', f.past, entry);
    // Listed forms are irregular pasts and participles ("struck", "shot"), unless they read as -ing or -s.
    for (const f of t.forms ?? []) add(f, 'verb', !/(?:ing|s)$/.test(f.split(' ')[0] ?? ''), entry);
    for (const n of t.nouns ?? []) for (const f of new Set([n, pluralise(n)])) add(f, 'noun', false, entry);
  }
  // Longest first, so that "missile strike" wins over "missile".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export const triggerIndex = buildIndex();

const toSet = (xs: string[]): Set<string> => new Set(xs);
export const cueSets = {
  clauseBreaks: toSet(cues.clauseBreaks),
  locative: toSet(cues.locativePrepositions),
  agent: toSet(cues.agentMarkers),
  target: toSet(cues.targetMarkers),
  nominalBlockers: toSet(cues.nominalBlockers),
  passive: toSet(cues.passiveAuxiliaries),
  before: toSet(cues.before),
  groupNouns: toSet(cues.groupNouns),
  lightVerbs: toSet(cues.lightVerbs),
};
