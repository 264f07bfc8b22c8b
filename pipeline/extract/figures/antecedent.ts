// The counted noun of a number written before it, when no noun follows the number:
//   more:       "Two more, at Gabd and Chedgi, have opened" (the markets of the sentence before)
//   partitive:  "Five of them were freed" (them: the guards of the sentence before, or the subject
//               of the one before that), "35 militants,
//               12 of whom were foreigners", "3 million Afghans, of whom 1.3 million are registered", "raided petrol
//               pumps ..., sealing 14 of them", "The wounded were taken ... two of them critical"
//   number of:  "put the number of attackers at about 20", "the number of refugees rose to 3,000",
//               "the number killed rose to 40"
//   numbered:   "the attackers numbered at least a dozen", "the attackers, numbering around 15",
//               "arrests totalled 40"
//   totals:     "Iran's population is about 89 million", "a population of 1.2 million"
//   subsets:    "23 Iranians, including 17 who had served their sentences and six convicted of smuggling"
//   openings:   "Of those deported last month, 412 were ...", "Trucks stranded at Taftan: about 700"
//               (./openings.ts)
// rejects: "one of them" (filtered as "one"), "them" with no person or thing noun before it,
//   "the number of days" (a duration), a noun with another number between it and the amount.
import { amountLexicon } from '../amounts/lexicon.js';
import type { AmountContext } from './context.js';
import type { FigureLexicon } from './lexicon.js';
import { openingNoun } from './openings.js';
import type { Word } from './words.js';

export interface Antecedent {
  kind: 'person' | 'thing';
  /** Set where the noun itself says how the persons fared: "the wounded", "the dead". */
  casualty: 'fatalities' | 'injuries' | null;
  text: string;
  /** Words of `after` the figure takes in ("of them": 2). */
  through: number;
}

const PRONOUNS = new Set(['them', 'these', 'those', 'whom', 'which']);
/** Verbs right after "N more" that is a clause's subject: "two more have opened", "three more were killed". */
const CLAUSE_VERBS = new Set(['are', 'were', 'was', 'is', 'have', 'has', 'had', 'will', 'would', 'could', 'remain', 'remained', 'followed', 'opened', 'died']);
const COUNT_VERBS = new Set(['numbered', 'numbering', 'number', 'numbers', 'totalled', 'totaled', 'totalling', 'totaling', 'total', 'totals']);
/** Plural nouns that do not end in -s. */
const PLURALS = new Set(['people', 'police', 'men', 'women', 'children', 'personnel', 'staff', 'crew', 'militia', 'zaireen', 'zairin', 'zaereen', 'ulema', 'levies']);
const NUMBER_OF_REACH = 14; // words from "number of X" to the amount ("put the number of people received at Taftan during the same period at 5,100")
const MODIFIERS = 2; // "the number of registered Afghan refugees"
const TOTAL_REACH = 5; // words from "population" to the amount

/**
 * Prepositions before a noun that is not what "them" refers back to: a place ("transferred to
 * hospitals") or the complement of another noun ("the ministers of the two countries").
 */
const LOCATIVE = new Set(['to', 'in', 'at', 'into', 'from', 'near', 'across', 'inside', 'outside', 'through', 'toward', 'towards', 'on', 'of']);
const DETERMINERS = new Set(['the', 'a', 'an', 'two', 'three', 'several', 'many', 'some', 'its', 'their', 'his', 'her']);
/** words[k] follows one of those prepositions, perhaps through determiners ("in three districts", "of the two"). */
const isPlace = (words: readonly Word[], k: number, kind: 'person' | 'thing'): boolean => {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (DETERMINERS.has(words[j]!.lower) || isNumber(words[j]!))) j--; // "of the two"
  // persons are given to, not sent to: "access to 311 Pakistanis ..., 42 of them"
  return j >= 0 && LOCATIVE.has(words[j]!.lower) && !(kind === 'person' && words[j]!.lower === 'to');
};
/** A plural noun: ends in -s, or is one of the plurals that do not. */
export const isPlural = (w: Word) => /(?:s|men)$/i.test(w.text) || PLURALS.has(w.lower); // "fishermen", "tribesmen"
const isNumber = (w: Word) => /^\d/.test(w.text);
/** A number in digits or in words ("six border markets"): the count an elided noun goes back to. */
const isCount = (w: Word): boolean => {
  if (isNumber(w)) return true;
  const numbers = amountLexicon();
  const first = w.lower.split('-')[0]!; // "twenty-five"
  return numbers.units.has(first) || numbers.teens.has(first) || numbers.tens.has(first);
};

/** A plural noun that says how persons fared: "deaths", "martyrs", "injuries". */
export function casualtyOf(w: Word | undefined, lex: FigureLexicon): Antecedent['casualty'] {
  if (!w || !/s$/.test(w.lower)) return null;
  if (lex.fatalityAfter.has(w.lower)) return 'fatalities';
  return lex.injuryAfter.has(w.lower) ? 'injuries' : null;
}

/** A person or thing phrase starting at words[k], as [kind, length], or null. */
export function nounAt(words: readonly Word[], k: number, lex: FigureLexicon): ['person' | 'thing', number] | null {
  if (lex.durations.matchAt(words, k)) return null;
  if (casualtyOf(words[k]!, lex)) return ['person', 1]; // "the number of deaths", "of martyrs"
  const p = lex.persons.matchAt(words, k);
  const t = lex.things.matchAt(words, k);
  if (!p && !t) return null;
  return p >= t ? ['person', p] : ['thing', t];
}

/** The nearest plural person or thing noun, scanning back from the end of `words`. */
function nearestNoun(words: readonly Word[], content: string, lex: FigureLexicon): Antecedent | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    // "The wounded were transferred ...": a participle after "the" names persons
    if (words[k - 1]?.lower === 'the' && lex.fatalityAfter.has(w.lower)) {
      return { kind: 'person', casualty: 'fatalities', text: content.slice(words[k - 1]!.start, w.end), through: 2 };
    }
    if (words[k - 1]?.lower === 'the' && lex.injuryAfter.has(w.lower)) {
      return { kind: 'person', casualty: 'injuries', text: content.slice(words[k - 1]!.start, w.end), through: 2 };
    }
    const noun = pluralNounAt(words, k, content, lex);
    if (noun) return noun;
  }
  return null;
}

/** The plural person or thing noun starting at words[k] (not a place), or null. */
function pluralNounAt(words: readonly Word[], k: number, content: string, lex: FigureLexicon): Antecedent | null {
  const noun = nounAt(words, k, lex);
  const last = noun && words[k + noun[1] - 1];
  if (!noun || !last || !isPlural(last) || isPlace(words, k, noun[0])) return null;
  return { kind: noun[0], casualty: casualtyOf(last, lex), text: content.slice(words[k]!.start, last.end), through: 2 };
}

/**
 * The first plural person or thing noun of a sentence, its subject as a rule: what "of them" points
 * back to past a sentence that names no one ("The fishermen were detained, together with four
 * boats. We asked for their release. Eleven of them will be freed": the fishermen, not the boats).
 */
function subjectNoun(words: readonly Word[], content: string, lex: FigureLexicon): Antecedent | null {
  for (let k = 0; k < words.length; k++) {
    const noun = pluralNounAt(words, k, content, lex);
    if (noun) return noun;
  }
  return null;
}

/** "the number of X ... N": X, when no other number stands between. */
function numberOf(before: readonly Word[], content: string, lex: FigureLexicon): Antecedent | null {
  for (let k = before.length - 2; k >= 0 && before.length - k <= NUMBER_OF_REACH; k--) {
    if (before[k]!.isBreak || isNumber(before[k]!)) return null;
    if (before[k]!.lower !== 'number') continue;
    // "the number killed rose to 40", "the number of dead", "the number executed this year to 11"
    const fared = before[k + 1]!.lower === 'of' ? before[k + 2] : before[k + 1];
    const casualty = fared && lex.fatalityAfter.has(fared.lower) ? 'fatalities' : fared && lex.injuryAfter.has(fared.lower) ? 'injuries' : null;
    if (casualty) return { kind: 'person', casualty, text: content.slice(before[k]!.start, fared!.end), through: 0 };
    if (before[k + 1]!.lower !== 'of') continue;
    for (let m = k + 2; m <= k + 2 + MODIFIERS && m < before.length; m++) {
      const noun = nounAt(before, m, lex);
      if (noun) return { kind: noun[0], casualty: casualtyOf(before[m + noun[1] - 1], lex), text: content.slice(before[k + 2]!.start, before[m + noun[1] - 1]!.end), through: 0 };
    }
    return null;
  }
  return null;
}

/** "Iran's population is about 89 million": a noun that names a number of persons, a few words before. */
function peopleTotal(before: readonly Word[], content: string, lex: FigureLexicon): Antecedent | null {
  for (let k = before.length - 1; k >= 0 && before.length - k <= TOTAL_REACH; k--) {
    if (before[k]!.isBreak || isNumber(before[k]!)) return null;
    const n = lex.peopleTotals.matchAt(before, k);
    if (!n) continue;
    const last = before[k + n - 1]!.lower === 'of' ? k + n - 2 : k + n - 1; // "group of": the noun is "group"
    return { kind: 'person', casualty: null, text: content.slice(before[k]!.start, before[last]!.end), through: 0 };
  }
  return null;
}

/** "the attackers numbered N": the noun right before a verb of counting. */
function countedBy(before: readonly Word[], content: string, lex: FigureLexicon): Antecedent | null {
  const verb = before.length - 1;
  if (verb < 1 || !COUNT_VERBS.has(before[verb]!.lower)) return null;
  const end = before[verb - 1]!.isBreak ? verb - 1 : verb; // "The attackers, numbering around 15"
  const p = lex.persons.matchEndingAt(before, end);
  const t = lex.things.matchEndingAt(before, end);
  if (!p && !t) return null;
  const n = Math.max(p, t);
  return { kind: p >= t ? 'person' : 'thing', casualty: casualtyOf(before[end - 1], lex), text: content.slice(before[end - n]!.start, before[end - 1]!.end), through: 0 };
}

/** The counted noun before an amount with none after it, or null. */
export function antecedentOf(ctx: AmountContext, previousSentence: () => Word[], earlierSentence: () => Word[], content: string, lex: FigureLexicon): Antecedent | null {
  if (ctx.head || ctx.amount.unit) return null;
  const { after, before } = ctx;
  // "eight of the dead", "At least five of the wounded": a part of the persons who died or were hurt
  const fared = after[0]?.lower === 'of' && after[1]?.lower === 'the' ? after[2] : undefined;
  const casualty = fared && lex.fatalityAfter.has(fared.lower) ? 'fatalities' : fared && lex.injuryAfter.has(fared.lower) ? 'injuries' : null;
  if (fared && casualty) return { kind: 'person', casualty, text: content.slice(after[1]!.start, fared.end), through: 3 };
  if (after[0]?.lower === 'of' && PRONOUNS.has(after[1]?.lower ?? '')) {
    return nearestNoun(before, content, lex) ?? nearestNoun(previousSentence(), content, lex) ?? subjectNoun(earlierSentence(), content, lex);
  }
  // "Two more, at Gabd and Chedgi, have opened": a count that goes on from a noun named before
  if (after[0]?.lower === 'more' && (after[1] === undefined || after[1].isBreak || CLAUSE_VERBS.has(after[1].lower))) {
    const noun = nearestNoun(before, content, lex) ?? nearestNoun(previousSentence(), content, lex);
    return noun && { ...noun, through: 1 };
  }
  // "3 million Afghans, of whom 1.3 million are registered": the pronoun before the number
  const n = before.length;
  if (n >= 3 && before[n - 2]!.lower === 'of' && (before[n - 1]!.lower === 'whom' || before[n - 1]!.lower === 'which')) {
    const noun = nearestNoun(before.slice(0, n - 2), content, lex);
    return noun && { ...noun, through: 0 };
  }
  return numberOf(before, content, lex) ?? countedBy(before, content, lex) ?? peopleTotal(before, content, lex) ?? subsetOf(ctx, content, lex) ?? openingNoun(ctx, content, lex) ?? ellipticalSubject(ctx, previousSentence, content, lex);
}

/** Words that may stand before a number opening its sentence: "Another 112 are expected", "A further 300 were". */
const ELLIPSIS_LEADS = [['another'], ['a', 'further'], ['an', 'additional'], ['only'], ['just']];
const ELLIPSIS_MODIFIERS = 3; // words from a number to its noun ("47 Pakistani zaireen", "3,240 registered pilgrims")

/**
 * "47 Pakistani zaireen were handed over on Wednesday. Another 112 are expected to return", "six border
 * markets ... Only three were operating": a number
 * that opens its sentence as the subject of a verb, with no noun, counts what the last number of the
 * sentence before counted ("Some 19,600 have crossed since July 18": the pilgrims counted before).
 * rejects: a number inside its sentence ("In 2023, 500 were ..."), a number with no verb after it,
 * and a sentence before with no counted noun (no guess from any noun it happens to name).
 */
function ellipticalSubject(ctx: AmountContext, previousSentence: () => Word[], content: string, lex: FigureLexicon): Antecedent | null {
  const { before, after } = ctx;
  if (ctx.clipped || !after[0] || !CLAUSE_VERBS.has(after[0].lower)) return null;
  const lead = before.map((w) => w.lower).join(' ');
  if (before.length > 0 && !ELLIPSIS_LEADS.some((l) => l.join(' ') === lead)) return null;
  const words = previousSentence();
  for (let k = words.length - 1; k >= 0; k--) {
    if (!isCount(words[k]!)) continue;
    for (let m = k + 1; m <= k + ELLIPSIS_MODIFIERS && m < words.length && !words[m]!.isBreak && !isCount(words[m]!); m++) {
      const noun = nounAt(words, m, lex);
      const last = noun && words[m + noun[1] - 1];
      if (noun && last && isPlural(last)) return { kind: noun[0], casualty: casualtyOf(last, lex), text: content.slice(words[m]!.start, last.end), through: 0 };
    }
  }
  return null;
}

const SUBSET_LEADS = new Set(['including', 'among']);
const PARTICIPLE = /^\p{Ll}{3,}ed$/u;
/** Words back from the number to "including" ("including 17 who had completed sentences for illegal entry and six convicted"). */
const SUBSET_REACH = 16;

/**
 * "23 Iranian nationals, including 17 who had completed sentences and six convicted of smuggling": a
 * number that a relative pronoun or a participle follows, in a list opened by "including" or "among",
 * counts the noun before that word.
 */
function subsetOf(ctx: AmountContext, content: string, lex: FigureLexicon): Antecedent | null {
  const next = ctx.after[0];
  if (!next || !(next.lower === 'who' || next.lower === 'whom' || PARTICIPLE.test(next.text))) return null;
  const { before } = ctx;
  for (let k = before.length - 1; k >= 0 && before.length - k <= SUBSET_REACH; k--) {
    if (!SUBSET_LEADS.has(before[k]!.lower)) continue;
    const noun = nearestNoun(before.slice(0, k), content, lex);
    return noun && { ...noun, through: 0 };
  }
  return null;
}
