/// <reference lib="dom" />
// The timeline: one labelled row per PLOVER type, each event a bar from its first to its last
// day (a month-precision event spans its month), filled for core and outlined for context.
// Zoom and pan change the visible window, which is the date-range filter, so the table and
// the URL follow the timeline. Drawn with Observable Plot; only the events in the window are
// drawn, and a frame's redraws are coalesced, so 10,000 events stay responsive.
import * as Plot from '@observablehq/plot';
import type { Event } from './data.js';
import { EVENT_TYPES, TYPE_COLOURS, type EventType } from './palette.js';
import { paintBars, type CanvasLayer, type PixelScale } from './timeline-canvas.js';
import { assignLanes, DAY_MS, type Bar } from './timeline-layout.js';

export interface TimelineCallbacks {
  select(eventId: string): void;
  /** The reader zoomed or panned: the new window, in ms since 1970 (end exclusive). */
  moveWindow(start: number, end: number): void;
}

const ROW_HEIGHT = 26;
const MARGIN = { top: 8, right: 16, bottom: 38, left: 124 }; // left fits "COOPERATE (999)"
const MIN_BAR_PX = 6; // a one-day event stays visible (and an outlined one readable) at any zoom
const SVG_LIMIT = 1500; // more bars than this are painted on a canvas (see timeline-canvas.ts)

export class Timeline {
  private events: Event[] = [];
  private window: [number, number] = [0, DAY_MS];
  private selected: string | null = null;
  private frame = 0;
  private drag: { x: number; window: [number, number]; moved: boolean } | null = null;
  private layer: CanvasLayer | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly describe: (event: Event) => string,
    private readonly callbacks: TimelineCallbacks,
  ) {
    container.addEventListener('click', (e) => this.onClick(e));
    container.addEventListener('keydown', (e) => this.onKey(e));
    container.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    container.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    container.addEventListener('pointermove', (e) => this.onPointerMove(e));
    container.addEventListener('pointerup', () => this.onPointerUp());
    container.addEventListener('mousemove', (e) => this.onHover(e));
    window.addEventListener('resize', () => this.schedule());
  }

  /** Shows these events in this window; redraws once per animation frame at most. */
  update(events: Event[], window: [number, number], selected: string | null): void {
    this.events = events;
    this.window = window;
    this.selected = selected;
    this.schedule();
  }

  /** Draws now (the first render, and tests, need not wait for a frame). */
  renderNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const width = Math.max(480, this.container.clientWidth);
    const [start, end] = this.window;
    const msPerPx = (end - start) / Math.max(1, width - MARGIN.left - MARGIN.right);
    const bars = assignLanes(this.events, EVENT_TYPES, MIN_BAR_PX * msPerPx);
    const core = bars.filter((bar) => bar.event.salience === 'core');
    const context = bars.filter((bar) => bar.event.salience !== 'core');
    const chosen = bars.filter((bar) => bar.event.event_id === this.selected);
    const painted = bars.length > SVG_LIMIT;
    const perType = new Map<EventType, number>();
    for (const bar of bars) perType.set(bar.event.event_type, (perType.get(bar.event.event_type) ?? 0) + 1);
    const rect = (data: Bar[], options: Plot.RectOptions): Plot.Rect =>
      Plot.rect(data, {
        x1: (bar: Bar) => new Date(bar.start),
        x2: (bar: Bar) => new Date(bar.end),
        y1: 'y1',
        y2: 'y2',
        clip: 'frame', // a bar that runs past the window is cut at its edge
        ...options,
      });
    const eventBars = (data: Bar[], options: Plot.RectOptions): Plot.Rect =>
      rect(data, { title: (bar: Bar) => this.describe(bar.event), render: tagWithEventIds(data), ...options });
    const height = EVENT_TYPES.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom;
    const svg = Plot.plot({
      width,
      height,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      style: { fontSize: '12px', color: '#1a1a1a', background: 'transparent' }, // a canvas may lie beneath
      x: { type: 'utc', domain: [new Date(start), new Date(end)], grid: true, label: null },
      y: {
        domain: [0, EVENT_TYPES.length],
        reverse: true,
        ticks: EVENT_TYPES.map((_, row) => row + 0.5),
        tickFormat: (value: number) => {
          const type = EVENT_TYPES[Math.floor(value)];
          const count = type ? perType.get(type) ?? 0 : 0;
          return type ? (count > 0 ? `${type} (${count})` : type) : '';
        },
        tickSize: 0,
        label: null,
      },
      color: { type: 'identity' },
      marks: [
        Plot.rect(EVENT_TYPES.filter((_, row) => row % 2 === 1).map((_, k) => 2 * k + 1), {
          y1: (row: number) => row, y2: (row: number) => row + 1, fill: '#000000', fillOpacity: 0.035, // zebra rows; translucent, as a canvas may lie beneath
        }),
        Plot.ruleY(EVENT_TYPES.map((_, row) => row), { stroke: '#e3e3e3' }),
        Plot.frame({ stroke: '#c8c8c8' }),
        painted ? null : eventBars(core, { fill: (bar: Bar) => colour(bar.event.event_type), stroke: (bar: Bar) => colour(bar.event.event_type) }),
        painted ? null : eventBars(context, { fill: '#ffffff', stroke: (bar: Bar) => colour(bar.event.event_type), strokeWidth: 1.75 }),
        rect(chosen, { fill: 'none', stroke: '#111111', strokeWidth: 3, inset: -2, className: 'chosen' }),
      ],
    });
    svg.setAttribute('aria-hidden', 'true'); // the table below carries the same events as text
    this.layer = null;
    const stack = document.createElement('div');
    stack.className = 'timeline-stack';
    if (painted) {
      const scales: { x: PixelScale; y: PixelScale } = { x: svg.scale('x') ?? {}, y: svg.scale('y') ?? {} };
      const frame = { left: MARGIN.left, top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom };
      this.layer = paintBars(width, height, frame, bars, scales, (bar) => colour(bar.event.event_type));
      this.layer.canvas.style.width = `${width}px`;
      stack.append(this.layer.canvas); // beneath the SVG, whose grid, axes and selection ring lie on top
    }
    stack.append(svg);
    this.container.dataset.drawn = String(bars.length);
    this.container.dataset.mode = painted ? 'canvas' : 'svg';
    this.container.replaceChildren(stack);
  }

  /** In canvas mode, the bar under the pointer (SVG bars carry their own data-event). */
  private paintedBarAt(e: MouseEvent): Bar | null {
    const svg = this.container.querySelector('svg');
    if (!this.layer || !svg) return null;
    const box = svg.getBoundingClientRect();
    return this.layer.barAt(e.clientX - box.left, e.clientY - box.top);
  }

  private onHover(e: MouseEvent): void {
    if (!this.layer) return;
    const bar = this.paintedBarAt(e);
    this.container.title = bar ? this.describe(bar.event) : '';
  }

  private schedule(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.renderNow());
  }

  private onClick(e: MouseEvent): void {
    if (this.drag?.moved) return;
    const target = (e.target as Element).closest('[data-event]');
    const id = target?.getAttribute('data-event') ?? this.paintedBarAt(e)?.event.event_id;
    if (id) this.callbacks.select(id);
  }

  private onKey(e: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      '+': () => this.zoom(0.5), '=': () => this.zoom(0.5), '-': () => this.zoom(2),
      ArrowLeft: () => this.pan(-0.25), ArrowRight: () => this.pan(0.25),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  /** Zooms (factor < 1 in) around a point given as a fraction of the plot's width. */
  zoom(factor: number, around = 0.5): void {
    const [start, end] = this.window;
    const pivot = start + (end - start) * around;
    const span = Math.max(4 * DAY_MS, (end - start) * factor);
    this.callbacks.moveWindow(pivot - span * around, pivot + span * (1 - around));
  }

  /** Pans by a fraction of the window (negative: earlier). */
  pan(fraction: number): void {
    const [start, end] = this.window;
    const shift = (end - start) * fraction;
    this.callbacks.moveWindow(start + shift, end + shift);
  }

  private plotFraction(clientX: number): number {
    const box = this.container.getBoundingClientRect();
    const inner = Math.max(1, box.width - MARGIN.left - MARGIN.right);
    return Math.min(1, Math.max(0, (clientX - box.left - MARGIN.left) / inner));
  }

  private onWheel(e: WheelEvent): void {
    // The wheel zooms only when the reader asked the timeline for it (focused it, or holds
    // Ctrl), so scrolling down the page is never caught by the chart.
    if (!e.ctrlKey && document.activeElement !== this.container) return;
    e.preventDefault();
    this.zoom(Math.exp(Math.sign(e.deltaY) * Math.min(0.5, Math.abs(e.deltaY) / 300)), this.plotFraction(e.clientX));
  }

  private onPointerDown(e: PointerEvent): void {
    this.drag = { x: e.clientX, window: this.window, moved: false };
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.drag || (e.buttons & 1) === 0) return;
    const dx = e.clientX - this.drag.x;
    if (Math.abs(dx) < 3 && !this.drag.moved) return;
    this.drag.moved = true;
    const [start, end] = this.drag.window;
    const inner = Math.max(1, this.container.clientWidth - MARGIN.left - MARGIN.right);
    const shift = (-dx / inner) * (end - start);
    this.callbacks.moveWindow(start + shift, end + shift);
  }

  private onPointerUp(): void {
    const drag = this.drag;
    setTimeout(() => {
      if (this.drag === drag) this.drag = null; // after the click that ends a drag is ignored
    }, 0);
  }
}

const colour = (type: EventType): string => TYPE_COLOURS[type];

/** A Plot render hook that writes each bar's event_id on its <rect>, for clicks and tests. */
function tagWithEventIds(data: Bar[]): Plot.RenderFunction {
  return function (index, scales, values, dimensions, context, next) {
    const group = next?.(index, scales, values, dimensions, context);
    if (!group) return null;
    const rects = group.querySelectorAll('rect');
    Array.from(index).forEach((i, k) => {
      const bar = data[i];
      rects[k]?.setAttribute('data-event', bar ? bar.event.event_id : '');
    });
    return group;
  };
}
