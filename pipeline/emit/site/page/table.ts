/// <reference lib="dom" />
// The event table: the same events as the timeline, sortable by any column, a page of rows at
// a time. Rows are keyboard-navigable (arrow keys move, Enter or Space selects) with a single
// tab stop, so 10,000 events do not mean 10,000 tab presses.
import type { Event } from './data.js';
import { el } from './dom.js';
import { TYPE_COLOURS } from './palette.js';
import type { SortKey } from './state.js';

const PAGE_SIZE = 100;

interface Column {
  key: SortKey;
  label: string;
  cell(event: Event): string;
}

export interface TableCallbacks {
  select(eventId: string): void;
  sort(key: SortKey): void;
}

export class EventTable {
  private page = 0;
  private rows: Event[] = [];
  private sort: SortKey = 'date';
  private descending = false;
  private selected: string | null = null;
  private columns: Column[];

  constructor(
    private readonly container: HTMLElement,
    actorName: (id: string | null) => string,
    private readonly callbacks: TableCallbacks,
  ) {
    this.columns = [
      { key: 'date', label: 'Date', cell: (e) => e.date },
      { key: 'type', label: 'Type', cell: (e) => e.event_type },
      { key: 'actor1', label: 'Actors', cell: (e) => [actorName(e.actor1_id), actorName(e.actor2_id)].filter(Boolean).join(' → ') },
      { key: 'summary', label: 'Summary', cell: (e) => e.summary },
      { key: 'fatalities', label: 'Killed', cell: (e) => fatalities(e) },
      { key: 'salience', label: 'Salience', cell: (e) => e.salience },
    ];
  }

  /** Shows these (already sorted) events, on the page that holds the selected one. */
  update(rows: Event[], sort: SortKey, descending: boolean, selected: string | null, keepPage = false): void {
    this.rows = rows;
    this.sort = sort;
    this.descending = descending;
    this.selected = selected;
    const at = selected ? rows.findIndex((e) => e.event_id === selected) : -1;
    if (at >= 0) this.page = Math.floor(at / PAGE_SIZE);
    else if (!keepPage) this.page = 0;
    this.page = Math.min(this.page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1));
    this.render();
  }

  private render(): void {
    const { sort, descending, selected } = this;
    const first = this.page * PAGE_SIZE;
    const shown = this.rows.slice(first, first + PAGE_SIZE);
    const head = el('tr', {}, this.columns.map((column) => {
      const active = column.key === sort;
      return el('th', { attrs: { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' } }, [
        el('button', {
          text: `${column.label}${active ? (descending ? ' ▼' : ' ▲') : ''}`,
          attrs: { type: 'button', 'aria-label': `Sort by ${column.label.toLowerCase()}` },
          on: { click: () => this.callbacks.sort(column.key) },
        }),
      ]);
    }));
    const focusIndex = Math.max(0, shown.findIndex((e) => e.event_id === selected));
    const body = shown.map((event, k) =>
      el('tr', {
        class: event.event_id === selected ? 'selected' : '',
        attrs: {
          'data-event': event.event_id,
          tabindex: k === focusIndex ? '0' : '-1',
          'aria-selected': event.event_id === selected ? 'true' : 'false',
        },
        on: {
          click: () => this.callbacks.select(event.event_id),
          keydown: (e) => this.onKey(e as KeyboardEvent, event),
        },
      }, this.columns.map((column) => {
        const cell = el('td', { text: column.cell(event), class: `col-${column.key}` });
        if (column.key === 'type') cell.style.setProperty('--type-colour', TYPE_COLOURS[event.event_type]);
        return cell;
      })),
    );
    const table = el('table', { class: 'events', attrs: { 'aria-label': 'Events shown, one row each' } }, [
      el('thead', {}, [head]),
      el('tbody', {}, body),
    ]);
    this.container.replaceChildren(el('div', { class: 'table-scroll' }, [table]), this.pager());
  }

  private pager(): HTMLElement {
    const pages = Math.max(1, Math.ceil(this.rows.length / PAGE_SIZE));
    const go = (page: number) => () => {
      this.page = page;
      this.render();
    };
    return el('nav', { class: 'pager', attrs: { 'aria-label': 'Table pages' } }, [
      el('button', { text: '‹ Previous', attrs: { type: 'button', ...(this.page === 0 ? { disabled: '' } : {}) }, on: { click: go(this.page - 1) } }),
      el('span', { text: ` Page ${this.page + 1} of ${pages} ` }),
      el('button', { text: 'Next ›', attrs: { type: 'button', ...(this.page >= pages - 1 ? { disabled: '' } : {}) }, on: { click: go(this.page + 1) } }),
    ]);
  }

  private onKey(e: KeyboardEvent, event: Event): void {
    const row = e.currentTarget as HTMLTableRowElement;
    const move = (next: Element | null): void => {
      if (!(next instanceof HTMLTableRowElement)) return;
      row.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    };
    if (e.key === 'ArrowDown') move(row.nextElementSibling);
    else if (e.key === 'ArrowUp') move(row.previousElementSibling);
    else if (e.key === 'Home') move(row.parentElement?.firstElementChild ?? null);
    else if (e.key === 'End') move(row.parentElement?.lastElementChild ?? null);
    else if (e.key === 'Enter' || e.key === ' ') this.callbacks.select(event.event_id);
    else return;
    e.preventDefault();
  }
}

function fatalities(event: Event): string {
  if (event.fatalities === null) return '';
  const { fatalities_low: low, fatalities_high: high } = event;
  return low !== null && high !== null && low !== high ? `${event.fatalities} (${low}–${high})` : String(event.fatalities);
}

/** Sorts events for the table by a column; ties fall back to date then id, so order is stable. */
export function sortEvents(events: Event[], key: SortKey, descending: boolean, actorName: (id: string | null) => string): Event[] {
  const value = (e: Event): string | number => {
    switch (key) {
      case 'date': return e.date_start;
      case 'type': return e.event_type;
      case 'actor1': return actorName(e.actor1_id).toLowerCase();
      case 'summary': return e.summary.toLowerCase();
      case 'fatalities': return e.fatalities ?? -1;
      case 'salience': return e.salience;
    }
  };
  const keyed = events.map((event) => ({ event, value: value(event) }));
  const sign = descending ? -1 : 1;
  keyed.sort((a, b) =>
    (a.value < b.value ? -sign : a.value > b.value ? sign : 0) ||
    (a.event.date_start < b.event.date_start ? -1 : a.event.date_start > b.event.date_start ? 1 : 0) ||
    (a.event.event_id < b.event.event_id ? -1 : 1));
  return keyed.map((item) => item.event);
}
