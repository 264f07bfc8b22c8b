// The explorer's pure parts: URL state, filters, layout, figure groups, inline escaping.
import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineJson } from '../../pipeline/emit/site/inline.js';
import { resolveActor } from '../../pipeline/emit/site/page/controls.js';
import { groupFigures } from '../../pipeline/emit/site/page/figures.js';
import { INLINE_PATTERN } from '../../pipeline/emit/site/page/markdown.js';
import { formatHash, initialState, parseHash, passesFilters, searchWords } from '../../pipeline/emit/site/page/state.js';
import { assignLanes, DAY_MS, dayMs } from '../../pipeline/emit/site/page/timeline-layout.js';
import { EVENT_TYPES } from '../../pipeline/emit/site/page/palette.js';
import { smallInput } from './synthetic.js';

const input = smallInput();

describe('inlineJson', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['a\u2028b\u2029c & > <'],
  ])('keeps %j out of the HTML parser and reads back the same', (text) => {
    const json = inlineJson({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
  it('escapes attribute and element text', () => {
    expect(escapeHtml('"1.0" <b>&\'')).toBe('&#34;1.0&#34; &#60;b&#62;&#38;&#39;');
  });
});

describe('URL state', () => {
  it('round-trips every filter through the hash', () => {
    const state = { ...initialState(), actor: 'pakistan', types: ['ASSAULT', 'ACCUSE'] as const, salience: 'core' as const,
      from: '2024-01-01', to: '2024-01-31', source: 'dawn-2024-01-18', q: 'strike hideouts', event: 'e-1', sort: 'fatalities' as const, descending: true };
    const hash = formatHash({ ...state, types: [...state.types] });
    expect(parseHash(hash)).toEqual({ ...state, types: ['ASSAULT', 'ACCUSE'] });
  });
  it('writes nothing for the default state', () => {
    expect(formatHash(initialState())).toBe('');
  });
  it.each([
    ['#type=NOPE,ASSAULT', { types: ['ASSAULT'] }],
    ['#from=yesterday&to=2024-13', { from: null, to: null }],
    ['#salience=all&sort=-nonsense', { salience: null, sort: 'date', descending: false }],
  ])('ignores malformed values in %s', (hash, expected) => {
    expect(parseHash(hash)).toMatchObject(expected);
  });
});

describe('filters combine', () => {
  const ids = (partial: Partial<ReturnType<typeof initialState>>): string[] => {
    const state = { ...initialState(), ...partial };
    const words = searchWords(state.q);
    return input.events
      .filter((event) => passesFilters({ event, summaryLower: event.summary.toLowerCase() }, state, words))
      .map((e) => e.event_id);
  };
  it.each<[string, Partial<ReturnType<typeof initialState>>, string[]]>([
    ['actor as actor1 or actor2', { actor: 'jaish-al-adl' }, ['e-2024-01-16-iran-strike', 'e-hostile']],
    ['actor and type', { actor: 'pakistan', types: ['ASSAULT'] }, ['e-2024-01-18-pak-strike']],
    ['salience', { salience: 'context' }, ['e-196x-cooperate', 'e-2023-un-request', 'e-hostile']],
    ['date range overlaps a month and a year', { from: '2024-01-25', to: '2024-01-29' }, ['e-2024-01-accuse', 'e-2024-01-29-consult', 'e-2024-agree']],
    ['source', { source: 'irna-2024-01-17' }, ['e-2024-01-16-iran-strike', 'e-2024-01-29-consult', 'e-2024-agree', 'e-2023-un-request']],
    ['text, every word', { q: 'Pakistan STRIKES' }, ['e-2024-01-18-pak-strike']],
  ])('%s', (_, partial, expected) => {
    expect(ids(partial).sort()).toEqual([...expected].sort());
  });
});

describe('resolveActor', () => {
  it.each([
    ['Pakistan', 'pakistan'], ['islamabad', 'pakistan'], ['ISPR', 'ispr'], ['  army  of justice ', 'jaish-al-adl'], ['united-nations', 'united-nations'],
  ])('%s means %s', (text, id) => {
    expect(resolveActor(text, input.actors)?.actor_id).toBe(id);
  });
  it.each([[''], ['Pak'], ['India']])('%j means no actor', (text) => {
    expect(resolveActor(text, input.actors)).toBeNull();
  });
});

describe('timeline layout', () => {
  const bars = assignLanes(input.events, EVENT_TYPES, 0);
  const bar = (id: string) => bars.find((b) => b.event.event_id === id);
  it('a month-precision event spans its whole month, a day event one day', () => {
    expect(bar('e-2024-01-accuse')).toMatchObject({ start: dayMs('2024-01-01'), end: dayMs('2024-02-01') });
    expect(bar('e-2024-01-16-iran-strike')).toMatchObject({ start: dayMs('2024-01-16'), end: dayMs('2024-01-17') });
  });
  it('keeps a short event visible at the minimum width', () => {
    const wide = assignLanes(input.events, EVENT_TYPES, 30 * DAY_MS);
    const b = wide.find((x) => x.event.event_id === 'e-2024-01-16-iran-strike');
    expect(b && b.end - b.start).toBe(30 * DAY_MS);
  });
  it('puts overlapping events of one type in separate lanes of its row', () => {
    const [a, b] = [bar('e-2024-01-16-iran-strike'), bar('e-2024-01-18-pak-strike')];
    const row = EVENT_TYPES.indexOf('ASSAULT');
    for (const x of [a, b]) expect(x && x.y1 >= row && x.y2 <= row + 1).toBe(true);
    const overlapping = assignLanes([input.events[0]!, { ...input.events[0]!, event_id: 'copy' }], EVENT_TYPES, 0);
    expect(overlapping[0]!.y2 <= overlapping[1]!.y1 || overlapping[1]!.y2 <= overlapping[0]!.y1).toBe(true);
  });
});

describe('groupFigures', () => {
  it('puts competing claims about one subject side by side and marks them', () => {
    const groups = groupFigures(input.figures);
    const saravan = groups.find((g) => g.subject === 'killed in Saravan');
    expect(saravan?.figures.map((f) => f.value).sort()).toEqual([7, 9]);
    expect(saravan?.differing).toBe(true);
    expect(groups[0]).toBe(saravan); // differing groups come first
    expect(groups.find((g) => g.subject === 'bilateral trade')?.differing).toBe(false);
  });
});

describe('markdown inline pattern runs in linear time', () => {
  const time = (size: number): number => {
    const line = '[**`'.repeat(size / 4);
    const started = performance.now();
    for (const _ of line.matchAll(new RegExp(INLINE_PATTERN.source, 'g'))) void _;
    return performance.now() - started;
  };
  // The least of three runs each: one run's time counts whatever else the machine did meanwhile
  // (this file runs beside the other test files), and a quadratic scan would still be ~100 times.
  const least = (size: number): number => Math.min(time(size), time(size), time(size));
  it('1 MB of unclosed brackets costs about ten times 100 KB', () => {
    time(100_000);
    const small = Math.max(1, least(100_000));
    expect(least(1_000_000) / small).toBeLessThan(15 * 2);
  });
});
