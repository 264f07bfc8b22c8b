/// <reference lib="dom" />
// The figures view: every figure grouped by what it counts, so competing claims about one
// subject (Saravan: seven or nine dead) sit side by side with who made each. A group whose
// figures of one kind and unit disagree is marked "differing figures".
import type { Figure } from './data.js';
import { el } from './dom.js';
import { describeFigure } from './evidence.js';
import type { Lookup } from './lookup.js';

const MAX_GROUPS = 300; // beyond this the search box narrows the list

export interface FigureGroup {
  subject: string; // as first written; groups join subjects that differ only in case and spacing
  figures: Figure[];
  differing: boolean;
}

export function groupFigures(figures: Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const figure of figures) {
    const subject = figure.subject?.trim() || '(no subject stated)';
    const key = subject.toLowerCase().replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { subject, figures: [], differing: false };
    group.figures.push(figure);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const valuesByMeasure = new Map<string, Set<number>>();
    for (const f of group.figures) {
      const measure = `${f.kind}|${f.unit}`;
      valuesByMeasure.set(measure, (valuesByMeasure.get(measure) ?? new Set()).add(f.value));
    }
    group.differing = [...valuesByMeasure.values()].some((values) => values.size > 1);
  }
  return [...groups.values()].sort(
    (a, b) => Number(b.differing) - Number(a.differing) || b.figures.length - a.figures.length || a.subject.localeCompare(b.subject, 'en'),
  );
}

export function renderFigures(container: HTMLElement, count: HTMLElement, groups: FigureGroup[], query: string, lookup: Lookup, openEvent: (id: string) => void): void {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = groups.filter((g) => words.every((w) => g.subject.toLowerCase().includes(w)));
  const figureTotal = shown.reduce((n, g) => n + g.figures.length, 0);
  count.textContent = `${figureTotal} figures in ${shown.length} subjects${shown.length > MAX_GROUPS ? ` (the first ${MAX_GROUPS} subjects are listed; search to narrow)` : ''}`;
  container.replaceChildren(...shown.slice(0, MAX_GROUPS).map((group) => groupCard(group, lookup, openEvent)));
}

function groupCard(group: FigureGroup, lookup: Lookup, openEvent: (id: string) => void): HTMLElement {
  const header = ['Figure', 'Kind', 'Attribution', 'Source', 'Date', 'Sentence', 'Event'];
  return el('section', { class: `figure-group${group.differing ? ' differing' : ''}` }, [
    el('h3', {}, [group.subject, group.differing ? el('span', { class: 'badge', text: 'differing figures' }) : null]),
    el('table', { class: 'figures' }, [
      el('thead', {}, [el('tr', {}, header.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
      el('tbody', {}, group.figures.map((figure) => {
        const who = figure.attributed_to ? lookup.actorName(figure.attributed_to) : '';
        return el('tr', {}, [
          el('td', { class: 'value', text: describeFigure(figure) }),
          el('td', { text: figure.kind }),
          el('td', { text: [figure.attribution, who && `(${who})`].filter(Boolean).join(' ') || '—' }),
          el('td', { text: lookup.sourceLabel(figure.source_id) }),
          el('td', { text: figure.date ?? '' }),
          el('td', { class: 'sentence', text: figure.quote }),
          el('td', {}, [
            figure.event_id
              ? el('button', { class: 'link', text: 'open event', attrs: { type: 'button' }, on: { click: () => openEvent(figure.event_id ?? '') } })
              : '—',
          ]),
        ]);
      })),
    ]),
  ]);
}
