// The closing credit line of a plain-text article ("Published in Dawn, May 3rd, 2024"): furniture
// whose date is `published` when the page has no dateline, never a mention; and the lines that
// look like it but are not the page's own credit.
import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../pipeline/read/text/index.js';
import { creditDate } from '../../pipeline/read/text/rules/credit-line.js';
import { readHtmlPage } from '../../pipeline/read/html/index.js';

const TITLE = 'Fuel smuggling on the western border';
const PROSE = 'Traders in Turbat say the seizures at the crossing have doubled since the spring, and that the drivers who carry the cans are the last to profit from the trade.';
const MORE = 'A fairer answer would be legal markets on both sides of the line, with fuel sold at a price that leaves the smugglers nothing to gain from running the hills at night.';
/** An editorial: title, two paragraphs, then the closing lines. */
const editorial = (...closing: string[]): string => `${TITLE}\n\n${PROSE}\n\n${MORE}\n\n${closing.join('\n\n')}\n`;

describe('creditDate: an opener, a name, one full date', () => {
  it.each([
    ['Published in The Frontier Chronicle, May 3rd, 2024', '2024-05-03'],
    ['Published in Dawn, May 21st, 2024.', '2024-05-21'],
    ['First published on 21st May 2024', '2024-05-21'],
    ['First published in The Quetta Herald on 2 June 2023 10:30 PKT', '2023-06-02'],
    ['This article first appeared in The Diplomat on March 22nd, 2024', '2024-03-22'],
    ['This article was originally published in Eurasia Review (22 March 2024)', '2024-03-22'],
    ['Published in Dawn on May 3, 2024, the study found that smuggling had doubled.', null],
    ['Published in the journal of a society that studies trade routes, May 3, 2024', null],
    ['Published in May 2024', null],
    ['The report, published in Dawn on May 3, 2024', null],
    ['Published in Dawn, May 3rd, 2024 and May 4th, 2024', null],
  ])('%j -> %s', (line, day) => {
    const date = creditDate(line);
    expect(date ? `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` : null).toBe(day);
  });
});

/** The date phrases left in the content: a credit line's date must not be one. */
const contentHas = (content: string, s: string): boolean => content.includes(s);

describe('the closing credit line gives published and is furniture', () => {
  it.each([
    ['a newspaper credit with an ordinal', editorial('Published in The Frontier Chronicle, May 3rd, 2024'), '2024-05-03', 'May 3rd, 2024'],
    ['after the author\'s line', editorial('The writer is a former diplomat.', 'Published in Dawn, May 21st, 2024'), '2024-05-21', 'May 21st, 2024'],
    ['a republication credit', editorial('This article first appeared in The Diplomat on 22 March 2024.'), '2024-03-22', '22 March 2024'],
    ['"First published" and a copyright line after it', editorial('First published on 2 June 2023', '© 2023 The Quetta Herald'), '2023-06-02', '2 June 2023'],
    ['before a list of other stories', editorial('Published in Dawn, May 3rd, 2024', 'More from', 'Another editorial on the budget', 'Published in Dawn, May 2nd, 2024'), '2024-05-03', 'May 3rd, 2024'],
  ])('%s', (_why, page, day, dateText) => {
    const article = readTextArticle(page);
    expect(article.published).toEqual({ value: day, basis: 'dateline' });
    expect(article.publishedRule).toBe('credit-line');
    expect(contentHas(article.content, dateText)).toBe(false);
    expect(contentHas(article.content, PROSE)).toBe(true);
  });

  it('a dateline at the top outranks the credit line', () => {
    const page = `${TITLE}\n\n2 May 2024\n\n${PROSE}\n\n${MORE}\n\nPublished in Dawn, May 3rd, 2024\n`;
    const article = readTextArticle(page);
    expect(article.published?.value).toBe('2024-05-02');
    expect(article.publishedRule).toBe('dateline');
    expect(contentHas(article.content, 'May 3rd, 2024')).toBe(false);
  });

  it.each([['© 2024 The Frontier Chronicle. All rights reserved.'], ['Copyright 2024 The Frontier Chronicle']])('a copyright line is no date mention and no publication date: %s', (line) => {
    const article = readTextArticle(editorial(line));
    expect(article.published).toBeNull();
    expect(contentHas(article.content, '2024')).toBe(false);
  });
});

describe('lines that are not the page\'s own credit', () => {
  it.each([
    ['the body goes on after it', `${TITLE}\n\n${PROSE}\n\nPublished in Dawn, May 3rd, 2024\n\n${MORE}\n\n${PROSE}\n\n${MORE}\n`],
    ['another story\'s credit in a list of other stories', editorial('Related stories', 'Smugglers and the state', 'Published in Dawn, May 1st, 2024')],
    ['a closing sentence quoting another paper\'s date', editorial('As Dawn noted in an editorial published in its pages on May 3rd, 2024, the markets were promised long ago.')],
    ['a credit line at the top of the page', `Published in Dawn, May 3rd, 2024\n\n${TITLE}\n\n${PROSE}\n\n${MORE}\n`],
  ])('%s', (_why, page) => {
    expect(readTextArticle(page).publishedRule).not.toBe('credit-line');
  });

  it('the quoted date stays a mention', () => {
    const page = editorial('As Dawn noted in an editorial published in its pages on May 3rd, 2024, the markets were promised long ago.');
    expect(contentHas(readTextArticle(page).content, 'May 3rd, 2024')).toBe(true);
  });
});

describe('HTML: the credit line under the article', () => {
  it('gives published when the page has no metadata date', () => {
    const html = `<html><body><article><h1>${TITLE}</h1><p>${PROSE}</p><p>${MORE}</p><p>Published in Dawn, May 3rd, 2024</p></article></body></html>`;
    const page = readHtmlPage(html);
    expect(page.published).toEqual({ value: '2024-05-03', basis: 'dateline' });
    expect(page.publishedRule).toBe('credit-line');
    expect(page.content?.includes('May 3rd, 2024')).toBe(false);
  });

  it('yields to the page\'s metadata', () => {
    const html = `<html><head><meta property="article:published_time" content="2024-05-02T23:00:00+05:00"></head><body><article><h1>${TITLE}</h1><p>${PROSE}</p><p>${MORE}</p><p>Published in Dawn, May 3rd, 2024</p></article></body></html>`;
    expect(readHtmlPage(html).publishedRule).toBe('meta');
  });
});
