/// <reference lib="dom" />
// The filter controls: filled from the data once, set from the state after every change, and
// reporting what the reader changes. The actor box accepts a name or any alias.
import type { Actor, PageData } from './data.js';
import { byId, el } from './dom.js';
import type { Lookup } from './lookup.js';
import { EVENT_TYPES, TYPE_COLOURS, TYPE_LABELS, type EventType } from './palette.js';
import type { ViewState } from './state.js';

export type StateChange = (change: Partial<ViewState>) => void;

/** The actor a typed name or alias means (case and spacing ignored), or null. */
export function resolveActor(text: string, actors: Actor[]): Actor | null {
  const wanted = normalise(text);
  if (!wanted) return null;
  return (
    actors.find((a) => normalise(a.name) === wanted || a.actor_id === wanted) ??
    actors.find((a) => a.aliases.some((alias) => normalise(alias) === wanted)) ??
    null
  );
}

const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function fillControls(data: PageData): void {
  byId('actor-list').replaceChildren(
    ...[...data.actors]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((a) => el('option', { attrs: { value: a.name, label: a.aliases.length ? `also: ${a.aliases.join(', ')}` : a.type } })),
  );
  byId('source').append(
    ...[...data.sources]
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.source_id.localeCompare(b.source_id))
      .map((s) => el('option', { text: `${s.published ?? 'undated'} — ${s.title ?? s.source_id}`, attrs: { value: s.source_id } })),
  );
  byId('type-boxes').replaceChildren(
    ...EVENT_TYPES.map((type) => {
      const box = el('input', { attrs: { type: 'checkbox', id: `type-${type}`, value: type } });
      const swatch = el('span', { class: 'swatch filled', attrs: { 'aria-hidden': 'true' } });
      swatch.style.setProperty('--type-colour', TYPE_COLOURS[type]);
      return el('label', { class: 'type-box', attrs: { for: `type-${type}`, title: TYPE_LABELS[type] } }, [box, swatch, type]);
    }),
  );
}

export function syncControls(state: ViewState, lookup: Lookup): void {
  const actorInput = byId<HTMLInputElement>('actor-search');
  const actor = state.actor ? lookup.actors.get(state.actor) : undefined;
  if (document.activeElement !== actorInput) actorInput.value = actor?.name ?? state.actor ?? '';
  byId('actor-chosen').textContent = actor
    ? `Showing events of ${actor.name}${actor.aliases.length ? ` (also known as ${actor.aliases.join(', ')})` : ''}.`
    : state.actor ? `No actor has the id ${state.actor}.` : '';
  byId<HTMLSelectElement>('salience').value = state.salience ?? '';
  byId<HTMLSelectElement>('source').value = state.source ?? '';
  byId<HTMLInputElement>('date-from').value = state.from ?? '';
  byId<HTMLInputElement>('date-to').value = state.to ?? '';
  const search = byId<HTMLInputElement>('text-search');
  if (search.value !== state.q && document.activeElement !== search) search.value = state.q;
  for (const type of EVENT_TYPES) byId<HTMLInputElement>(`type-${type}`).checked = state.types.includes(type);
  const figureSearch = byId<HTMLInputElement>('figure-search');
  if (document.activeElement !== figureSearch) figureSearch.value = state.figureQuery;
}

export function bindControls(data: PageData, change: StateChange): void {
  const actorInput = byId<HTMLInputElement>('actor-search');
  const chooseActor = (final: boolean): void => {
    const text = actorInput.value;
    if (text.trim() === '') return change({ actor: null });
    const actor = resolveActor(text, data.actors);
    if (actor) change({ actor: actor.actor_id });
    else if (final) byId('actor-chosen').textContent = `No actor is called “${text}”; pick one from the list.`;
  };
  actorInput.addEventListener('input', () => chooseActor(false));
  actorInput.addEventListener('change', () => chooseActor(true));
  byId('filters').addEventListener('submit', (e) => e.preventDefault());
  byId('salience').addEventListener('change', (e) => {
    const value = (e.target as HTMLSelectElement).value;
    change({ salience: value === 'core' || value === 'context' ? value : null });
  });
  byId('source').addEventListener('change', (e) => change({ source: (e.target as HTMLSelectElement).value || null }));
  byId('date-from').addEventListener('change', (e) => change({ from: (e.target as HTMLInputElement).value || null }));
  byId('date-to').addEventListener('change', (e) => change({ to: (e.target as HTMLInputElement).value || null }));
  byId('text-search').addEventListener('input', (e) => change({ q: (e.target as HTMLInputElement).value }));
  byId('figure-search').addEventListener('input', (e) => change({ figureQuery: (e.target as HTMLInputElement).value }));
  byId('type-boxes').addEventListener('change', () => {
    const types = EVENT_TYPES.filter((type: EventType) => byId<HTMLInputElement>(`type-${type}`).checked);
    change({ types });
  });
  byId('reset-filters').addEventListener('click', () =>
    change({ actor: null, types: [], salience: null, from: null, to: null, source: null, q: '' }),
  );
}
