/// <reference lib="dom" />
// Past a few thousand bars an SVG element per event costs the browser seconds of layout and
// paint, so the timeline then paints the bars on a canvas laid exactly over Plot's chart
// (using Plot's own x and y scales) and keeps their pixel boxes for clicks and tooltips.
// Below that size every bar stays an SVG <rect> with its own tooltip.
import type { Bar } from './timeline-layout.js';

/** The part of a Plot scale the canvas needs: its (linear or UTC) domain and range. */
export interface PixelScale {
  domain?: Iterable<unknown> | undefined;
  range?: Iterable<unknown> | undefined;
}

/** A linear scale as arithmetic on numbers (ms for UTC), cheaper than 10,000 Date objects. */
function linear(scale: PixelScale): (value: number) => number {
  const [d0, d1] = Array.from(scale.domain ?? [], Number);
  const [r0 = 0, r1 = 0] = Array.from(scale.range ?? [], Number);
  const k = (r1 - r0) / ((d1 ?? 1) - (d0 ?? 0) || 1);
  return (value) => r0 + (value - (d0 ?? 0)) * k;
}

export interface CanvasLayer {
  canvas: HTMLCanvasElement;
  /** The bar under a point given in the chart's pixels, or null. */
  barAt(x: number, y: number): Bar | null;
}

export function paintBars(
  width: number,
  height: number,
  frame: { left: number; top: number; right: number; bottom: number },
  bars: Bar[],
  scales: { x: PixelScale; y: PixelScale },
  colour: (bar: Bar) => string,
): CanvasLayer {
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.className = 'timeline-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  const context = canvas.getContext('2d');
  const boxes = new Float64Array(bars.length * 4); // x, y, width, height per bar
  if (!context) return { canvas, barAt: () => null };
  context.scale(ratio, ratio);
  context.beginPath();
  context.rect(frame.left, frame.top, width - frame.left - frame.right, height - frame.top - frame.bottom);
  context.clip();
  context.lineWidth = 1.75;
  const [x, y] = [linear(scales.x), linear(scales.y)];
  bars.forEach((bar, i) => {
    const [x1, x2, y1, y2] = [x(bar.start), x(bar.end), y(bar.y1), y(bar.y2)];
    const box = [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)] as const;
    boxes.set(box, i * 4);
    const fill = colour(bar);
    if (bar.event.salience === 'core') {
      context.fillStyle = fill;
      context.fillRect(...box);
    } else {
      context.fillStyle = '#ffffff';
      context.strokeStyle = fill;
      context.fillRect(...box);
      context.strokeRect(box[0] + 0.875, box[1] + 0.875, Math.max(0, box[2] - 1.75), Math.max(0, box[3] - 1.75));
    }
  });
  const barAt = (x: number, y: number): Bar | null => {
    for (let i = bars.length - 1; i >= 0; i -= 1) { // the last painted is on top
      const [bx = 0, by = 0, bw = 0, bh = 0] = boxes.subarray(i * 4, i * 4 + 4);
      if (x >= bx && x <= bx + bw && y >= by && y <= by + bh) return bars[i] ?? null;
    }
    return null;
  };
  return { canvas, barAt };
}
