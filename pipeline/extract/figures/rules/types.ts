import type { FigureCandidate } from '../../../model.js';
import type { AmountContext } from '../context.js';
import type { FigureLexicon } from '../lexicon.js';

export interface FigureReading {
  kind: FigureCandidate['kind'];
  unit: string;
  rule: string;
}

/** A figure rule reads one amount in its sentence and says what kind of figure it is, or nothing. */
export interface FigureRule {
  name: string;
  classify(ctx: AmountContext, lex: FigureLexicon): FigureReading | null;
}
