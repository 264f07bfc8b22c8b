/// <reference lib="dom" />
// The explorer's entry point: reads the data from the page (JSON.parse of an inline JSON
// element, never evaluated as code), keeps one ViewState mirrored in the URL's hash, and
// redraws the views from it after every change. Evidence and figures load when first shown
// (details.ts).
import { bindControls, fillControls, syncControls } from './controls.js';
import { DATA_ELEMENT_ID, type Event, type PageData } from './data.js';
import { byId } from './dom.js';
import { DetailStore } from './details.js';
import { renderEvidence, renderEvidenceNotice } from './evidence.js';
import { groupFigures, renderFigures, type FigureGroup } from './figures.js';
import { buildLookup } from './lookup.js';
import { renderMarkdown } from './markdown.js';
import { formatHash, parseHash, passesFilters, searchWords, type IndexedEvent, type SortKey, type ViewState } from './state.js';
import { EventTable, sortEvents } from './table.js';
import { Timeline } from './timeline.js';
import { DAY_MS, dayMs } from './timeline-layout.js';
import { bindTabs, showView } from './tabs.js';

const data = JSON.parse(byId(DATA_ELEMENT_ID).textContent ?? '{}') as PageData;
const lookup = buildLookup(data);
const details = new DetailStore(data);
const indexed: IndexedEvent[] = data.events.map((event) => ({ event, summaryLower: event.summary.toLowerCase() }));
const extent = dataExtent(data.events);
let state: ViewState = parseHash(location.hash);
let shownEvidence: string | null | undefined;
let figureGroups: FigureGroup[] | null = null;
let shownFigureQuery: string | null = null;
let figuresLoading = false;

const describe = (e: Event): string =>
  `${e.date} · ${e.event_type}${e.subtype ? ` (${e.subtype})` : ''} · ${e.salience}\n${e.summary}`;

const timeline = new Timeline(byId('timeline'), describe, {
  select: (id) => change({ event: id }),
  moveWindow: (start, end) => change(windowToRange(start, end)),
});
const table = new EventTable(byId('event-table'), lookup.actorName, {
  select: (id) => change({ event: id }),
  sort: (key: SortKey) => change({ sort: key, descending: state.sort === key ? !state.descending : false }),
});

function change(partial: Partial<ViewState>): void {
  state = { ...state, ...partial };
  const hash = formatHash(state);
  if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  refresh();
}

function refresh(): void {
  const words = searchWords(state.q);
  const shown = indexed.filter((item) => passesFilters(item, state, words)).map((item) => item.event);
  const count = byId('event-count');
  count.textContent = `Showing ${shown.length} of ${data.events.length} events`;
  count.dataset.shown = String(shown.length);
  timeline.update(shown, currentWindow(), state.event);
  table.update(sortEvents(shown, state.sort, state.descending, lookup.actorName), state.sort, state.descending, state.event, true);
  if (shownEvidence !== state.event) {
    shownEvidence = state.event;
    showEvidence(state.event);
  }
  showView(state.view);
  if (state.view === 'figures' && shownFigureQuery !== state.figureQuery) showFigures();
  syncControls(state, lookup);
}

function showEvidence(eventId: string | null): void {
  const panel = byId('evidence');
  const event = eventId ? lookup.events.get(eventId) ?? null : null;
  const selectSubject = (subject: string) => change({ view: 'figures', figureQuery: subject });
  if (!event) {
    renderEvidence(panel, null, { evidence: [], figures: [] }, lookup, selectSubject);
    return;
  }
  renderEvidenceNotice(panel, 'Loading the sources of this event…');
  details.forEvent(event.event_id).then(
    (found) => {
      if (shownEvidence === event.event_id) renderEvidence(panel, event, found, lookup, selectSubject);
    },
    (error: unknown) => {
      if (shownEvidence !== event.event_id) return;
      renderEvidenceNotice(panel, `The evidence could not be loaded (${String(error)}); it is also in ../json/evidence.json.`);
      shownEvidence = undefined; // selecting the event again retries
    },
  );
}

function showFigures(): void {
  if (figureGroups) {
    shownFigureQuery = state.figureQuery;
    renderFigures(byId('figure-groups'), byId('figure-count'), figureGroups, state.figureQuery, lookup, (id) => change({ view: 'events', event: id }));
    return;
  }
  if (figuresLoading) return;
  figuresLoading = true;
  byId('figure-count').textContent = 'Loading the figures…';
  details.figures().then(
    (figures) => {
      figureGroups = groupFigures(figures);
      if (state.view === 'figures') showFigures();
    },
    (error: unknown) => {
      figuresLoading = false;
      byId('figure-count').textContent = `The figures could not be loaded (${String(error)}); they are also in ../json/figures.json.`;
    },
  );
}

/** The timeline's window: the date-range filter, or the whole period the data covers. */
function currentWindow(): [number, number] {
  return [state.from ? dayMs(state.from) : extent[0], state.to ? dayMs(state.to) + DAY_MS : extent[1]];
}

/** Turns a zoomed or panned window into whole days; the whole period means no range filter. */
function windowToRange(start: number, end: number): Partial<ViewState> {
  const span = Math.min(end - start, (extent[1] - extent[0]) * 1.5);
  const middle = (start + end) / 2;
  start = middle - span / 2;
  end = middle + span / 2;
  if (start <= extent[0] && end >= extent[1]) return { from: null, to: null };
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(Math.floor(start / DAY_MS) * DAY_MS), to: iso(Math.ceil(end / DAY_MS) * DAY_MS - DAY_MS) };
}

function dataExtent(events: Event[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const e of events) {
    low = Math.min(low, dayMs(e.date_start));
    high = Math.max(high, dayMs(e.date_end) + DAY_MS);
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [dayMs('2020-01-01'), dayMs('2025-01-01')];
  const pad = Math.max(DAY_MS, (high - low) * 0.02);
  return [low - pad, high + pad];
}

const started = performance.now();
byId('changelog').replaceChildren(renderMarkdown(data.latestChange));
byId('version').textContent = data.version;
fillControls(data);
bindControls(data, change);
bindTabs((view) => change({ view }));
for (const [id, act] of [
  ['zoom-in', () => timeline.zoom(0.5)], ['zoom-out', () => timeline.zoom(2)],
  ['pan-left', () => timeline.pan(-0.25)], ['pan-right', () => timeline.pan(0.25)],
  ['zoom-reset', () => change({ from: null, to: null })],
] as const) byId(id).addEventListener('click', act);
window.addEventListener('hashchange', () => {
  if (location.hash !== formatHash(state)) {
    state = parseHash(location.hash);
    refresh();
  }
});
refresh();
timeline.renderNow();
document.documentElement.dataset.renderMs = String(Math.round(performance.now() - started));
document.documentElement.dataset.ready = 'true';
