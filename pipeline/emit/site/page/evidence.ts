/// <reference lib="dom" />
// The evidence panel: the selected event, every sentence that put it in the dataset (its words
// highlighted, see highlight.ts) with the source's title, publisher, date and link, and the
// figures tied to the event with their attribution. All text goes in as text nodes.
import type { Event, Evidence, Figure } from './data.js';
import type { EventDetails } from './details.js';
import { el, safeLink } from './dom.js';
import { highlightRanges, triggerTerms, type HighlightTerm } from './highlight.js';
import type { Lookup } from './lookup.js';
import { TYPE_COLOURS } from './palette.js';

/** What the panel says while an event's evidence loads, or when it could not be loaded. */
export function renderEvidenceNotice(panel: HTMLElement, text: string): void {
  panel.replaceChildren(el('h2', { text: 'Evidence', attrs: { id: 'evidence-title' } }), el('p', { class: 'hint', text }));
  panel.setAttribute('aria-busy', String(text.startsWith('Loading')));
}

export function renderEvidence(panel: HTMLElement, event: Event | null, details: EventDetails, lookup: Lookup, selectFigureSubject: (subject: string) => void): void {
  const title = el('h2', { text: 'Evidence', attrs: { id: 'evidence-title' } });
  panel.setAttribute('aria-busy', 'false');
  if (!event) {
    panel.replaceChildren(title, el('p', { class: 'hint', text: 'Select an event on the timeline or in the table to read the sentences behind it.' }));
    return;
  }
  const terms = highlightTermsFor(event, lookup);
  const { evidence, figures } = details;
  const facts: [string, string][] = [
    ['Date', `${event.date} (${event.date_precision}: ${event.date_start} to ${event.date_end})`],
    ['Type', `${event.event_type}${event.subtype ? ` — ${event.subtype}` : ''}`],
    ['Actor', lookup.actorName(event.actor1_id) || '—'],
    ['Counterpart', lookup.actorName(event.actor2_id) || '—'],
    ['Place', [event.location, event.country].filter(Boolean).join(', ') || '—'],
    ['Killed', event.fatalities === null ? '—' : `${event.fatalities}${event.fatalities_high !== null && event.fatalities_high !== event.fatalities ? ` (sources say ${event.fatalities_low}–${event.fatalities_high})` : ''}`],
    ['Injured', event.injuries === null ? '—' : String(event.injuries)],
    ['Salience', event.salience],
    ['Event id', event.event_id],
  ];
  const summary = el('p', { class: 'summary', text: event.summary });
  summary.style.setProperty('--type-colour', TYPE_COLOURS[event.event_type]);
  panel.replaceChildren(
    title,
    summary,
    el('dl', { class: 'facts' }, facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', { text: value })])),
    el('h3', { text: `Sources (${evidence.length})` }),
    el('p', { class: 'key' }, [el('mark', { class: 'actor', text: 'actor names' }), ' and ', el('mark', { class: 'trigger', text: 'words of the event type' }), ' are highlighted.']),
    el('ol', { class: 'quotes' }, evidence.map((item) => evidenceItem(item, terms, lookup))),
    el('h3', { text: `Figures tied to this event (${figures.length})` }),
    figures.length === 0
      ? el('p', { class: 'muted', text: 'None.' })
      : el('ul', { class: 'event-figures' }, figures.map((figure) => figureItem(figure, lookup, selectFigureSubject))),
  );
}

function highlightTermsFor(event: Event, lookup: Lookup): HighlightTerm[] {
  const terms: HighlightTerm[] = triggerTerms(event.subtype);
  for (const id of [event.actor1_id, event.actor2_id]) {
    const actor = id ? lookup.actors.get(id) : undefined;
    if (!actor) continue;
    for (const name of [actor.name, ...actor.aliases]) terms.push({ text: name, kind: 'actor' });
  }
  return terms;
}

/** The quote as text nodes, with <mark> around the highlighted words. */
export function highlightedQuote(quote: string, terms: HighlightTerm[]): HTMLElement {
  const block = el('blockquote', { class: 'quote' });
  let last = 0;
  for (const range of highlightRanges(quote, terms)) {
    block.append(quote.slice(last, range.start), el('mark', { class: range.kind, text: quote.slice(range.start, range.end) }));
    last = range.end;
  }
  block.append(quote.slice(last));
  return block;
}

function evidenceItem(item: Evidence, terms: HighlightTerm[], lookup: Lookup): HTMLElement {
  const source = lookup.sources.get(item.source_id);
  const meta = [source?.publisher, source?.published ? `published ${source.published}` : null, source?.author ? `by ${source.author}` : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
  return el('li', { class: 'evidence-item' }, [
    highlightedQuote(item.quote, terms),
    el('p', { class: 'cite' }, [
      el('cite', { text: source?.title ?? item.source_id }),
      meta ? ` — ${meta} · ` : ' — ',
      safeLink(source?.url ?? null, 'open the source'),
    ]),
    el('p', { class: 'provenance', text: `source ${item.source_id}, characters ${item.char_start}–${item.char_end}, rule ${item.rule}` }),
  ]);
}

export function describeFigure(figure: Figure): string {
  const hedge = figure.bound === 'lower' ? 'at least ' : figure.bound === 'upper' ? 'up to ' : figure.approximate ? 'about ' : '';
  // Large amounts read better as "2 billion" than as ten digits; smaller ones stay exact.
  const value = Math.abs(figure.value) >= 1e6
    ? figure.value.toLocaleString('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 })
    : figure.value.toLocaleString('en');
  return `${hedge}${value} ${figure.unit}`;
}

function figureItem(figure: Figure, lookup: Lookup, selectFigureSubject: (subject: string) => void): HTMLElement {
  const who = figure.attributed_to ? lookup.actorName(figure.attributed_to) : null;
  return el('li', {}, [
    el('strong', { text: describeFigure(figure) }),
    ` ${figure.kind}${figure.subject ? `, ${figure.subject}` : ''} — `,
    figure.attribution ? el('span', { text: `“${figure.attribution}”${who ? ` (${who})` : ''}` }) : el('span', { class: 'muted', text: 'no attribution' }),
    ` · ${lookup.sourceLabel(figure.source_id)} `,
    figure.subject
      ? el('button', { class: 'link', text: 'compare claims', attrs: { type: 'button' }, on: { click: () => selectFigureSubject(figure.subject ?? '') } })
      : null,
  ]);
}
