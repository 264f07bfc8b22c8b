// The plain-text reader on the five founding articles, checked against their gold files: every date
// and actor the gold lists stays in the content, and the furniture around them goes.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../pipeline/read/text/index.js';

const raw = new URL('../../raw/', import.meta.url);
const goldDir = new URL('../gold/seeds/', import.meta.url);
const ids = readdirSync(raw).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

interface Gold {
  dates: { text: string }[];
  actors: { name: string; aliases: string[] }[];
}
const text = (id: string): string => readFileSync(new URL(`${id}.txt`, raw), 'utf8');
const gold = (id: string): Gold => JSON.parse(readFileSync(new URL(`${id}.json`, goldDir), 'utf8')) as Gold;
const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
const seed = (n: string): string => ids.find((id) => id.startsWith(n))!;

describe.each(ids)('%s', (id) => {
  const source = text(id);
  const article = readTextArticle(source);

  it('keeps every offset: same length, line ends in place', () => {
    expect(article.content.length).toBe(source.length);
    expect([...article.content.matchAll(/\r?\n/g)].map((m) => m.index)).toEqual([...source.matchAll(/\r?\n/g)].map((m) => m.index));
  });

  it('keeps every gold date in the content, as often as the gold lists it', () => {
    const wanted = new Map<string, number>();
    for (const d of gold(id).dates) wanted.set(d.text, (wanted.get(d.text) ?? 0) + 1);
    for (const [dateText, times] of wanted) expect(count(article.content, dateText), dateText).toBeGreaterThanOrEqual(times);
  });

  it('keeps a mention of every gold actor in the content', () => {
    for (const a of gold(id).actors) {
      expect([a.name, ...a.aliases].some((form) => article.content.includes(form)), a.name).toBe(true);
    }
  });
});

describe('seed furniture', () => {
  it.each([
    ['001', ['9 min read', 'Live Story', '[Getty]', 'Giorgio Cafiero is the CEO', 'Follow him on Twitter', '23 January, 2024']],
    ['002', ['• Home', '(Ministry of Foreign Affairs via AP, File)', 'June 10, 2024', 'On May 19', 'On June 4', 'Issue: Geopolitics', 'Country: Iran', 'Sirajuddin Haqqani', 'Erdogan', 'Syed Mohammad Ali is a Lecturer', 'The views and opinions expressed', 'Subscribe to Receive']],
    ['003', ['08 Aug', 'Related news']],
    ['004', ['Conflict Economy & Business', 'New Atlanticist', 'January 25, 2024', 'By Muhammad Faisal', 'is a PhD candidate', 'Further reading', 'REUTERS/Akhtar Soomro']],
  ])('seed %s: furniture is blanked', (n, gone) => {
    const { content } = readTextArticle(text(seed(n)));
    for (const g of gone) expect(content, g).not.toContain(g);
  });

  it.each([
    ['001', ['Activists protest in Lahore on 19 January 2024', '"Carrying out attacks inside Pakistan', 'Deterioration of trust']],
    ['002', ['FILE - In this photo released by', 'Thursday, Feb. 8, 2024.', 'Split Focus', 'Edge of Escalation: Navigating']],
    ['003', ['Iran and Pakistan: Navigating Neighborhood Ties']],
    ['004', ['Image: A man looks at a television screen', 'January 18, 2024.', 'Rethinking border security']],
  ])('seed %s: content stays', (n, kept) => {
    const { content } = readTextArticle(text(seed(n)));
    for (const k of kept) expect(content, k).toContain(k);
  });

  it('seed 003: the teaser repeating the first sentence is furniture', () => {
    expect(count(readTextArticle(text(seed('003'))).content, 'The August 2025 visit')).toBe(1);
  });
});

describe('seed titles and datelines', () => {
  it.each([
    ['000', null, null, null],
    ['001', 'Where is the Iran-Pakistan relationship heading?', { text: '23 January, 2024', year: 2024, month: 1, day: 23 }, '2024-01-23'],
    ['002', 'Edge of Escalation: Navigating the Fragile Peace Between Pakistan and Iran', null, null],
    ['003', 'Iran and Pakistan: Navigating Neighborhood Ties and Strategic Alliance', { text: '08 Aug', year: null, month: 8, day: 8 }, null],
    ['004', 'The skies are quiet, but the Iran-Pakistan strikes left lasting diplomatic damage', { text: 'January 25, 2024', year: 2024, month: 1, day: 25 }, '2024-01-25'],
  ])('seed %s', (n, title, dateline, published) => {
    const source = text(seed(n));
    const article = readTextArticle(source);
    expect(article.title).toBe(title);
    if (dateline === null) expect(article.dateline).toBeNull();
    else {
      expect(article.dateline).toMatchObject(dateline);
      expect(source.slice(article.dateline!.start, article.dateline!.end)).toBe(dateline.text);
    }
    expect(article.published).toEqual(published ? { value: published, basis: 'dateline' } : null);
  });
});
