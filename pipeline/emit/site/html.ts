// The page's HTML shell: static, labelled controls that page/main.ts fills and wires up.
// Only the version and the data are interpolated, both escaped (see inline.ts).
import { DATA_ELEMENT_ID, TABLES } from './page/data.js';
import { escapeHtml, inlineJson } from './inline.js';
import type { PageData } from './page/data.js';

/**
 * No script but the page's own file runs, nothing is fetched from anywhere, styles may be set
 * inline (Plot writes style attributes on its SVG).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const downloadLinks = (): string =>
  TABLES.map(
    (table) =>
      `<li>${table}: <a href="../csv/${table}.csv" download>CSV</a> · <a href="../json/${table}.json" download>JSON</a></li>`,
  ).join('\n        ');

export function renderShell(data: PageData): string {
  const version = escapeHtml(data.version);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>Iran–Pakistan Relations Events and Figures ${version} — explorer</title>
<link rel="stylesheet" href="explorer.css">
</head>
<body>
<a class="skip" href="#main">Skip to the events</a>
<header class="masthead">
  <h1>Iran–Pakistan Relations Events and Figures</h1>
  <p class="meta">Dataset version <strong id="version">${version}</strong> · events with the sentences behind them</p>
  <div class="masthead-row">
    <details class="downloads">
      <summary>Download the data</summary>
      <ul>
        ${downloadLinks()}
        <li><a href="../datapackage.json" download>datapackage.json</a> (Frictionless Data Package)</li>
      </ul>
    </details>
    <details class="latest-change">
      <summary>Latest change</summary>
      <div id="changelog"></div>
    </details>
  </div>
</header>
<noscript><p class="notice">The explorer needs JavaScript; the data itself is in ../csv/ and ../json/.</p></noscript>
<div class="tabs" role="tablist" aria-label="Views">
  <button type="button" role="tab" id="tab-events" aria-controls="panel-events" aria-selected="true">Events</button>
  <button type="button" role="tab" id="tab-figures" aria-controls="panel-figures" aria-selected="false" tabindex="-1">Figures</button>
</div>
<main id="main">
<section id="panel-events" role="tabpanel" aria-labelledby="tab-events">
  <form id="filters" class="filters" aria-label="Filter events">
    <div class="field">
      <label for="actor-search">Actor (name or alias)</label>
      <input id="actor-search" type="search" list="actor-list" autocomplete="off" placeholder="e.g. Pakistan, ISPR">
      <datalist id="actor-list"></datalist>
      <p id="actor-chosen" class="hint" aria-live="polite"></p>
    </div>
    <div class="field">
      <label for="salience">Salience</label>
      <select id="salience">
        <option value="">core and context</option>
        <option value="core">core only</option>
        <option value="context">context only</option>
      </select>
    </div>
    <div class="field">
      <label for="source">Source</label>
      <select id="source"><option value="">all sources</option></select>
    </div>
    <div class="field">
      <label for="date-from">From</label>
      <input id="date-from" type="date">
    </div>
    <div class="field">
      <label for="date-to">To</label>
      <input id="date-to" type="date">
    </div>
    <div class="field grow">
      <label for="text-search">Search summaries</label>
      <input id="text-search" type="search" placeholder="words in the summary">
    </div>
    <fieldset class="types">
      <legend>Event type (PLOVER)</legend>
      <div id="type-boxes" class="type-boxes"></div>
    </fieldset>
    <div class="field actions">
      <button type="button" id="reset-filters">Clear all filters</button>
    </div>
  </form>
  <p id="event-count" class="count" role="status"></p>
  <section class="timeline-panel" aria-labelledby="timeline-title">
    <div class="timeline-head">
      <h2 id="timeline-title">Timeline</h2>
      <p class="key"><span class="swatch filled"></span> core <span class="swatch outlined"></span> context · each bar spans the dates its event covers</p>
      <div class="zoom" role="group" aria-label="Zoom and pan the timeline">
        <button type="button" id="pan-left" aria-label="Pan earlier">◀</button>
        <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
        <button type="button" id="zoom-out" aria-label="Zoom out">−</button>
        <button type="button" id="pan-right" aria-label="Pan later">▶</button>
        <button type="button" id="zoom-reset">Whole period</button>
      </div>
    </div>
    <div id="timeline" class="timeline" tabindex="0" role="group"
      aria-label="Timeline of the events shown. Plus and minus zoom, left and right arrows pan; the wheel zooms and dragging pans."></div>
    <p class="key">Click a bar to read its sources. Zoom with + and −, or Ctrl + wheel (plain wheel once the chart is focused); drag or use ◀ ▶ to move in time. The visible period is the date filter. Each type's row shows how many events it holds.</p>
  </section>
  <div class="split">
    <section class="table-panel" aria-labelledby="table-title">
      <h2 id="table-title">Events</h2>
      <div id="event-table"></div>
    </section>
    <aside id="evidence" class="evidence" aria-labelledby="evidence-title" tabindex="-1">
      <h2 id="evidence-title">Evidence</h2>
      <p class="hint">Select an event on the timeline or in the table to read the sentences behind it.</p>
    </aside>
  </div>
</section>
<section id="panel-figures" role="tabpanel" aria-labelledby="tab-figures" hidden>
  <div class="field grow">
    <label for="figure-search">Search figure subjects</label>
    <input id="figure-search" type="search" placeholder="e.g. killed, trade">
  </div>
  <p id="figure-count" class="count" role="status"></p>
  <div id="figure-groups"></div>
</section>
</main>
<footer class="footer"><p>Data licence CC BY 4.0 · code MIT · quotes belong to their publishers · <a href="LICENSES.txt">bundled libraries' licences</a></p></footer>
<script type="application/json" id="${DATA_ELEMENT_ID}">${inlineJson(data)}</script>
<script src="explorer.js"></script>
</body>
</html>
`;
}
