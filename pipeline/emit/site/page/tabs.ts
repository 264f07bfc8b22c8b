/// <reference lib="dom" />
// The two views (events, figures) as ARIA tabs: click or arrow keys switch, one tab stop.
import { byId } from './dom.js';

type View = 'events' | 'figures';
const VIEWS: View[] = ['events', 'figures'];

export function bindTabs(choose: (view: View) => void): void {
  for (const view of VIEWS) {
    const tab = byId(`tab-${view}`);
    tab.addEventListener('click', () => choose(view));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      e.preventDefault();
      const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length] ?? 'events';
      choose(next);
      byId(`tab-${next}`).focus();
    });
  }
}

export function showView(view: View): void {
  for (const each of VIEWS) {
    const active = each === view;
    const tab = byId(`tab-${each}`);
    tab.setAttribute('aria-selected', String(active));
    tab.tabIndex = active ? 0 : -1;
    byId(`panel-${each}`).hidden = !active;
  }
}
