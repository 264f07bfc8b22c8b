// A page that gives no publication date at all: the day of its current version (its last update) is
// the only publication day it knows (pipeline/read/html/last-update.ts). Never when the page has
// a publication date, or a month in its address; never another page's update.
import { describe, expect, it } from 'vitest';
import { updateDay } from '../../pipeline/read/html/last-update.js';
import { readHtmlPage } from '../../pipeline/read/html/index.js';

const PROSE = 'Officials from both countries met to discuss the border, trade and the return of ambassadors after weeks of tension.';
const BODY = `<p>${PROSE}</p><p>${PROSE}</p>`;
const article = (underHeadline: string, head = '', after = ''): string =>
  `<html><head>${head}</head><body><article><h1>Border talks resume</h1>${underHeadline}${BODY}</article>${after}</body></html>`;

describe('updateDay: an update label and one full date', () => {
  it.each([
    ['Updated June 13, 2019', '', '2019-06-13'],
    ['Date of Last Revision: August 9, 2017', '', '2017-08-09'],
    ['Last modified: Monday, 4 May 2020 10:12 GMT', '', '2020-05-04'],
    ['This page was last edited on 7 April 2020, at 05:33.', '', '2020-04-07'],
    ['Page last revised 2018-02-14', '', '2018-02-14'],
    ['June 1, 2020', 'Last Updated:', '2020-06-01'],
    ['\n$Date: 2016/11/18 06:31:41 $\n', 'Updated:', '2016-11-18'],
    ['$Date: 2009-04-02 10:15:00 +0200 (Thu, 02 Apr 2009) $', 'Last modified:', '2009-04-02'],
    ['$Date$', 'Updated:', null],
    ['June 13, 2019', '', null],
    ['Published June 13, 2019', '', null],
    ['June 13, 2019', 'Edited by Jane Doe', null],
    ['Updated June 13, 2019 and July 2, 2019', '', null],
    ['Updated in the June 13, 2019 edition of the guide', '', null],
    ['Updated March 2019', '', null],
  ])('%j after %j -> %s', (text, before, day) => {
    expect(updateDay(text, before)).toBe(day);
  });
});

describe('a page with only an update date', () => {
  it.each([
    ['an "Updated" line under the headline', article('<div class="recipe-date">Updated June 13, 2019</div>'), '2019-06-13'],
    ['a <time> whose text says "Updated"', article('<time datetime="2020-03-12T10:42:00">Updated Mar 12, 2020</time>'), '2020-03-12'],
    ['a date after a "Last Updated:" label in another element', article('<span class="stamp">Last Updated: <span>June 1, 2020</span></span>'), '2020-06-01'],
    ['a revision line of terms of service', article('<p>Date of last revision: August 9, 2017</p>'), '2017-08-09'],
    ['a version-control stamp in the page footer', article('', '', '<div class="footer"><p>Updated: <!-- stamp -->$Date: 2016/11/18 06:31:41 $</p></div>'), '2016-11-18'],
    ['only a modified meta tag', '<meta property="article:modified_time" content="2024-03-02T10:00:00Z"><p>text</p>', '2024-03-02'],
    ['only dateModified in JSON-LD', '<script type="application/ld+json">{"@type":"Article","dateModified":"2024-03-02"}</script><p>x</p>', '2024-03-02'],
    ['the metadata before the visible line', article('<p>Updated June 13, 2019</p>', '<meta itemprop="dateModified" content="2019-06-14">'), '2019-06-14'],
  ])('%s', (_why, html, day) => {
    const page = readHtmlPage(html);
    expect(page.published).toEqual({ value: day, basis: 'inferred' });
    expect(page.publishedRule).toBe('last-update');
  });
});

describe('the update date is never taken over a publication date', () => {
  it.each([
    ['a publication meta tag', article('<p>Updated June 13, 2019</p>', '<meta property="article:published_time" content="2016-08-29T21:54:39Z">'), '2016-08-29'],
    ['JSON-LD datePublished beside dateModified', article('', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-15","dateModified":"2020-03-12"}</script>'), '2019-10-15'],
    ['a byline date above an "Updated" line', article('<div class="byline">By Jane Doe, March 3, 2020</div><p>Updated March 9, 2020</p>'), '2020-03-03'],
    ['a month in the page\'s address', article('<p>Updated June 13, 2019</p>', '<link rel="canonical" href="https://example.com/2018/05/border-talks">'), '2018-05'],
  ])('%s', (_why, html, value) => {
    const page = readHtmlPage(html);
    expect(page.published?.value).toBe(value);
    expect(page.publishedRule).not.toBe('last-update');
  });

  it.each([
    ['another story\'s update in a related list', article('', '', '<aside class="related"><a href="/x">Other story</a><span>Updated June 13, 2019</span></aside>')],
    ['an update in the site menu', `<nav><p>Updated June 13, 2019</p></nav>${article('')}`],
    ['an update without a year', article('<p>Updated June 13</p>')],
  ])('no date from %s', (_why, html) => {
    expect(readHtmlPage(html).published).toBeNull();
  });
});
