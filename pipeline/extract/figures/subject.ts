// What a figure counts, in the text's words: the noun phrase of a count ("memoranda of
// understanding", "Iranian security forces"), the trade a value measures ("bilateral trade"),
// the noun a distance or sum qualifies ("border", "army contract").
import type { AmountContext } from './context.js';
import type { FigureLexicon } from './lexicon.js';
import type { Word } from './words.js';

const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'them', 'these', 'those', 'whom', 'our', 'which', 'of']);
const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'per', 'was', 'were', 'is', 'are', 'that', 'which', 'who',
  'long', 'wide', 'year', 'annually', 'each', 'between', 'across', 'along', 'near', 'through', 'into', 'inside', 'of', 'over', 'under', 'than', 'since']);
// modifiers kept before a trade word: adjectives by their ending, names, hyphenated compounds
const MODIFIER = /^(?:\p{Lu}.*|.*-.*|.*(?:al|ic|ar|an|ish|ese|ern|ive|ed))$/u;

const text = (content: string, words: readonly Word[], from: number, to: number) => content.slice(words[from]!.start, words[to - 1]!.end);

/** The trade phrase nearest the amount: "bilateral trade", "informal Iran-Pakistan trade". */
function tradePhrase(ctx: AmountContext, content: string, lex: FigureLexicon): string | null {
  const scan = (words: readonly Word[], order: number[]) => {
    for (const k of order) {
      const n = lex.tradeCues.matchAt(words, k);
      if (!n) continue;
      let s = k;
      while (s > 0 && k - s < 2 && MODIFIER.test(words[s - 1]!.text) && !STOP.has(words[s - 1]!.lower)) s--;
      return text(content, words, s, k + n);
    }
    return null;
  };
  const back = ctx.before.map((_, k) => ctx.before.length - 1 - k);
  return scan(ctx.before, back) ?? scan(ctx.after, ctx.after.map((_, k) => k));
}

export function subjectOf(ctx: AmountContext, kind: string, content: string, lex: FigureLexicon): string | null {
  const { after, head } = ctx;
  if (head) {
    let from = head.from;
    while (from < head.at && DETERMINERS.has(after[from]!.lower)) from++;
    let to = head.to;
    // a complement: "memoranda of understanding"; a second noun: "agreements and memoranda"
    const complement = () => {
      if (after[to]?.lower === 'of' && after[to + 1] && !DETERMINERS.has(after[to + 1]!.lower) && !after[to + 1]!.isBreak) to += 2;
    };
    complement();
    const second = after[to]?.lower === 'and' ? Math.max(lex.things.matchAt(after, to + 1), lex.persons.matchAt(after, to + 1)) : 0;
    if (second) {
      to += 1 + second;
      complement();
    }
    return text(content, after, from, to);
  }
  if (ctx.antecedent && !ctx.amount.unit) return ctx.antecedent.text; // "Five of them": the guards
  if (kind === 'trade_value' || kind === 'multiplier' || kind === 'percent') return tradePhrase(ctx, content, lex);
  // the noun the amount qualifies: "a 900-kilometer border", "a $48.2 million army contract"
  let to = 0;
  while (to < after.length && to < 3 && !after[to]!.isBreak && !STOP.has(after[to]!.lower) && !/^\d/.test(after[to]!.text)) to++;
  return to > 0 ? text(content, after, 0, to) : null;
}
