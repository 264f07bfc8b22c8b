// Runs a text through the recogniser, the sentence splitter and the figure rules.
import type { ActorMention, DateMention, FigureCandidate } from '../../pipeline/model.js';
import { recognizeAmounts } from '../../pipeline/extract/amounts/index.js';
import { findFigures } from '../../pipeline/extract/figures/index.js';
import { splitSentences } from '../../pipeline/extract/sentences.js';

export function figuresOf(content: string, actors: ActorMention[] = [], dates: DateMention[] = []): FigureCandidate[] {
  return findFigures({ content, sentences: splitSentences(content), amounts: recognizeAmounts(content), actors, dates });
}
