// Fatalities and injuries: a figure belongs to the attack its sentence states (the last one
// before the number), else to the latest attack earlier in its paragraph ("Two days later,
// Pakistan retaliated. ... Seven people lost their lives").
import type { FigureCandidate } from '../../model.js';
import { lowerBound } from '../../lib/sorted.js';
import type { Draft } from './refiners.js';

export function linkFigures(events: Draft[], figures: FigureCandidate[]): void {
  const attacks = events.filter((e) => e.event_type === 'ASSAULT').sort((a, b) => a.trigger.start - b.trigger.start);
  for (const f of figures) {
    if (f.kind !== 'fatalities' && f.kind !== 'injuries') continue;
    let target: Draft | null = null;
    // The latest attack whose trigger comes before the figure, in its sentence or earlier in its paragraph.
    const lo = lowerBound(attacks, f.start, (a) => a.trigger.start);
    const before = attacks[lo - 1];
    const after = attacks[lo];
    if (after && after.sentence.start === f.sentence.start && !(before && before.sentence.start === f.sentence.start)) target = after;
    else if (before && before.paragraph.start <= f.start && f.start <= before.paragraph.end) target = before;
    if (!target) continue;
    const key = f.kind === 'fatalities' ? 'fatalities' : 'injuries';
    target[key] = target[key] === null ? f.value : Math.min(target[key] ?? f.value, f.value);
    // Normalize links the figure to the merged event through this offset, wherever its sentence is.
    (target.figure_starts ??= []).push(f.start);
  }
}
