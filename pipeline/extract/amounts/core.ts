// The shape every number rule proposes: a run of tokens [from, to) and the value it states.
import type { Amount } from '../../model.js';
import type { AmountLexicon, UnitSense } from './lexicon.js';
import type { Token } from './tokens.js';

export interface Core {
  from: number; // first token
  to: number; // past the last token
  value: number;
  rule: string;
  form: NonNullable<Amount['form']>;
  approximate?: boolean;
  bound?: 'lower' | 'upper' | null;
  /** A unit the rule itself fixed ("five-fold" is times). */
  unit?: UnitSense;
  /** A scale word already applied ("3bn", "two million"): ranges copy it to a bare first number. */
  scale?: number;
}

export interface NumberRule {
  name: string;
  match(tokens: readonly Token[], i: number, lex: AmountLexicon): Core | null;
}

/** tokens[i] follows tokens[i - 1] with nothing between them ("10k", "900-km"). */
export const adjacent = (tokens: readonly Token[], i: number): boolean => i > 0 && i < tokens.length && !tokens[i]!.spaceBefore;

/** tokens[i] continues the phrase: it exists and no line break precedes it. */
export const continues = (tokens: readonly Token[], i: number): boolean => i < tokens.length && !tokens[i]!.breakBefore;

/** Rounds away float noise (1.45 * 1e9) while keeping 15 significant digits. */
export const clean = (v: number): number => (Number.isSafeInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(15)));
