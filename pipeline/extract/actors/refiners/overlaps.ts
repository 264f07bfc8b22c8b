// Overlap removal: one mention per stretch of text. A pattern never wins over a lexicon name
// inside it that is not a state or an organ form ("Zainebiyoun militia" stays
// "Zainebiyoun"); otherwise the longer
// one wins, and at equal length a lexicon entry wins over a pattern.
import type { ActorCandidate, ActorRefiner } from '../types.js';
import { Coverage } from './coverage.js';

export const removeOverlaps: ActorRefiner = (candidates, { content, index }) => {
  if (disjointInOrder(candidates)) return candidates; // the common case: nothing to settle
  // an organ form, alone or with its state, may be taken into a pattern's name ("the National
  // Assembly's Standing Committee on Power", "Pakistan's Senate Special Committee on Water Resources")
  const lexiconNonStates = new Coverage(content.length, candidates.filter((c) => c.origin === 'lexicon' && !c.organKind && c.via !== 'form' && index.entries.get(c.ids[0] ?? '')?.type !== 'state'));
  const viable = candidates.filter((c) => c.origin === 'lexicon' || !lexiconNonStates.overlaps(c));
  const ordered = [...viable].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(b.origin === 'lexicon') - Number(a.origin === 'lexicon') || a.start - b.start,
  );
  const kept: ActorCandidate[] = [];
  const coverage = new Coverage(content.length);
  for (const c of ordered) {
    if (coverage.overlaps(c)) continue;
    coverage.take(c);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};

/** Whether each candidate ends before the next one starts. */
function disjointInOrder(candidates: ActorCandidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if ((candidates[i - 1] as ActorCandidate).end > (candidates[i] as ActorCandidate).start) return false;
  return true;
}
