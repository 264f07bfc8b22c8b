// Readable contrast: each event type's colour stands out from the white chart (WCAG 1.4.11,
// 3:1 for graphics) and the style sheet's text colours reach 4.5:1 on their backgrounds.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, TYPE_COLOURS } from '../../pipeline/emit/site/page/palette.js';

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('contrast', () => {
  it.each(EVENT_TYPES.map((t) => [t, TYPE_COLOURS[t]]))('%s (%s) on white is at least 3:1', (_, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
  it('every type has its own colour', () => {
    expect(new Set(Object.values(TYPE_COLOURS)).size).toBe(EVENT_TYPES.length);
  });
  const css = fs.readFileSync('pipeline/emit/site/page/style.css', 'utf8');
  const variable = (name: string): string => new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(css)?.[1] ?? 'missing';
  it.each([
    ['ink on paper', variable('ink'), variable('paper')],
    ['muted on paper', variable('muted'), variable('paper')],
    ['muted on panel', variable('muted'), variable('panel')],
    ['links on paper', variable('accent'), variable('paper')],
    ['ink on trigger highlight', variable('ink'), '#ffe08a'],
    ['ink on actor highlight', variable('ink'), '#cfe3ff'],
    ['ink on selected row', variable('ink'), '#dbe8f8'],
    ['badge', '#ffffff', '#9a4a00'],
  ])('%s is at least 4.5:1', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
