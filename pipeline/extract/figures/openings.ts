// Counted nouns written in an opening before a bare number, when no noun follows it:
//   partitive:  "Of those deported last month, 412 were wanted" (persons: "those" + a participle),
//               "Of the 311 detainees, 42 were released"
//   label:      "Trucks stranded at Taftan: about 700 on Sunday", "Fatalities this week, by source:
//               20 according to ISPR; 29 if ...", "Killed: 5, injured: 12" (a fact box or list line)
// rejects: "Of these, 12" with no noun (unless "those" + a word: persons), a label with no person or
//   thing noun ("The result: 20"), a label longer than a line's heading, a number inside a clause of
//   its own after the colon ("Officials said: the attack killed 5" is read by the casualty rule).
import { casualtyOf, nounAt, type Antecedent } from './antecedent.js';
import type { FigureLexicon } from './lexicon.js';
import type { AmountContext } from './context.js';
import type { Word } from './words.js';

const LABEL_WORDS = 12; // the longest heading read as a label
const isNumber = (w: Word) => /^\d/.test(w.text);
const OF_OPENERS = new Set(['the', 'those', 'these', 'all']);

/** The first person or thing noun in words[from, to), with a word naming a casualty ("Fatalities", "Killed") first. */
function firstNoun(words: readonly Word[], from: number, to: number, content: string, lex: FigureLexicon): Antecedent | null {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.isBreak) continue;
    if (lex.fatalityAfter.has(w.lower) || lex.injuryAfter.has(w.lower)) {
      const casualty = lex.fatalityAfter.has(w.lower) ? 'fatalities' : 'injuries';
      return { kind: 'person', casualty: casualtyOf(w, lex) ?? casualty, text: w.text, through: 0 };
    }
    const noun = nounAt(words, k, lex);
    if (noun && k + noun[1] <= to) return { kind: noun[0], casualty: casualtyOf(words[k + noun[1] - 1], lex), text: content.slice(w.start, words[k + noun[1] - 1]!.end), through: 0 };
  }
  return null;
}

/** "Of those deported last month, N": the amount right after the comma that closes the opening. */
function ofOpening(before: readonly Word[], clipped: boolean, content: string, lex: FigureLexicon): Antecedent | null {
  const comma = before.length - 1;
  if (before[comma]?.text !== ',') return null;
  let s = comma - 1;
  while (s >= 0 && !before[s]!.isBreak) s--;
  s++; // the opening's first word
  if (s === 0 && clipped) return null; // an opening longer than the words read
  if (before[s]?.lower !== 'of' || !OF_OPENERS.has(before[s + 1]?.lower ?? '') || comma - s < 3) return null;
  const noun = firstNoun(before, s + 2, comma, content, lex);
  if (noun) return noun;
  // "those" with no noun names persons: "Of those deported", "Of those arrested"
  return before[s + 1]!.lower === 'those' ? { kind: 'person', casualty: null, text: content.slice(before[s + 1]!.start, before[comma - 1]!.end), through: 0 } : null;
}

/**
 * "Label: N" and "Label: N1 ...; N2": the number opens an item of the list after a short heading.
 * The heading is read in the sentence's opening words, however long the list before the number.
 */
function labelled(ctx: Pick<AmountContext, 'before' | 'opening' | 'clipped'>, content: string, lex: FigureLexicon): Antecedent | null {
  const last = ctx.before[ctx.before.length - 1];
  if (!last || (last.text !== ':' && last.text !== ';') || (last.text === ':' && ctx.clipped)) return null;
  // right after the colon, `before` is the opening (it is not clipped); after "; ", the opening holds the heading
  const before = last.text === ':' ? ctx.before : ctx.opening;
  // the colon right before the number, or (after "; ") the first one, within a heading's length of the start
  let colon = ctx.before.length - 1;
  if (last.text === ';') {
    colon = 0;
    while (colon < before.length && colon <= LABEL_WORDS && before[colon]!.text !== ':') colon++;
  }
  if (colon < 1 || colon > LABEL_WORDS || before[colon]?.text !== ':') return null;
  // a heading is read from its start ("Deaths this month, all districts:" counts deaths), unless
  // an item of its own ends before it: "Killed: 5, injured: 12"
  let s = colon - 1;
  while (s > 0 && !before[s - 1]!.isBreak) s--;
  const afterItem = s >= 2 && isNumber(before[s - 2]!);
  return firstNoun(before, afterItem ? s : 0, colon, content, lex);
}

/** The counted noun of an opening partitive or a label before the amount, or null. */
export function openingNoun(ctx: Pick<AmountContext, 'before' | 'opening' | 'clipped'>, content: string, lex: FigureLexicon): Antecedent | null {
  return ofOpening(ctx.before, ctx.clipped, content, lex) ?? labelled(ctx, content, lex);
}
