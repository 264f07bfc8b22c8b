// Lays events out on the timeline's rows: each PLOVER type has a row, and events of a type that
// overlap in time go to separate lanes within it (up to MAX_LANES; beyond that they share the
// lane that frees up first). Pure, so it is tested in Node.
import type { Event } from './data.js';
import type { EventType } from './palette.js';

export const DAY_MS = 86_400_000;
const MAX_LANES = 3;
const ROW_PADDING = 0.12; // fraction of a row left blank above and below its lanes

export interface Bar {
  event: Event;
  start: number; // ms since 1970, UTC
  end: number; // exclusive: the day after date_end, or wider to reach the minimum width
  y1: number; // row units: row r spans [r, r + 1]
  y2: number;
}

/** Milliseconds of an ISO day (YYYY-MM-DD) at 00:00 UTC. */
export const dayMs = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);

/** Each event's first and day-after-last ms, parsed once: layouts rerun on every zoom step. */
const spans = new WeakMap<Event, [number, number]>();
function spanOf(event: Event): [number, number] {
  let span = spans.get(event);
  if (!span) spans.set(event, (span = [dayMs(event.date_start), dayMs(event.date_end) + DAY_MS]));
  return span;
}

export function assignLanes(events: Event[], types: readonly EventType[], minWidthMs: number): Bar[] {
  const rowOf = new Map(types.map((type, row) => [type, row]));
  const byRow = new Map<number, { event: Event; start: number; end: number }[]>();
  for (const event of events) {
    const row = rowOf.get(event.event_type);
    if (row === undefined) continue;
    const [start, dayAfter] = spanOf(event);
    const end = Math.max(dayAfter, start + minWidthMs);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    let list = byRow.get(row);
    if (!list) byRow.set(row, (list = []));
    list.push({ event, start, end });
  }
  const bars: Bar[] = [];
  for (const [row, list] of byRow) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    const laneEnds: number[] = [];
    const lanes = list.map((item) => {
      let lane = laneEnds.findIndex((laneEnd) => laneEnd <= item.start);
      if (lane === -1) {
        if (laneEnds.length < MAX_LANES) lane = laneEnds.push(0) - 1;
        else lane = laneEnds.indexOf(Math.min(...laneEnds));
      }
      laneEnds[lane] = Math.max(laneEnds[lane] ?? 0, item.end);
      return lane;
    });
    const count = laneEnds.length;
    const height = (1 - 2 * ROW_PADDING) / count;
    list.forEach((item, k) => {
      const top = row + ROW_PADDING + (lanes[k] ?? 0) * height;
      bars.push({ ...item, y1: top + height * 0.08, y2: top + height * 0.92 });
    });
  }
  return bars;
}
