// The publication-date evidence a careful reader of a saved page uses, one form per row; each page
// is written for the test around the one sign it shows (plus decoys where the row says so).
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../pipeline/read/html/index.js';
import { dateFromUrl } from '../../pipeline/read/url-date.js';

const PROSE = 'Officials from both countries met to discuss the border, trade and the return of ambassadors after weeks of tension.';
const BODY = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;
/** An article page: the headline, then what the row gives, then the body. */
const article = (underHeadline: string, head = ''): string =>
  `<html><head>${head}</head><body><article><h1>Border talks resume</h1>${underHeadline}${BODY}</article></body></html>`;

describe('publication date: one sign per page', () => {
  it.each([
    // [why, page, day, rule]
    ['JSON-LD @graph: the article, not the page object', article('', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2021-06-01"},{"@type":"NewsArticle","datePublished":"2021-05-04T10:00:00+02:00"}]}</script>'), '2021-05-04', 'json-ld'],
    ['JSON-LD with a list of types', article('', '<script type="application/ld+json">{"@type":["NewsArticle","Article"],"datePublished":"2021-05-04"}</script>'), '2021-05-04', 'json-ld'],
    ['JSON-LD article whose comments are dated later', article('', '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2021-05-04","comment":[{"@type":"Comment","datePublished":"2021-05-02"}]}</script>'), '2021-05-04', 'json-ld'],
    ['meta dc.date', article('', '<meta name="DC.date" content="2019-03-05">'), '2019-03-05', 'meta'],
    ['meta sailthru.date (ISO with a space)', article('', '<meta name="sailthru.date" content="2019-03-05 14:02:00">'), '2019-03-05', 'meta'],
    ['meta parsely-pub-date', article('', '<meta name="parsely-pub-date" content="2019-03-05T14:02:00Z">'), '2019-03-05', 'meta'],
    ['meta article.published', article('', '<meta name="article.published" content="2019-03-05T14:02:00Z">'), '2019-03-05', 'meta'],
    ['meta parsely-page (a JSON object)', article('', `<meta name="parsely-page" content='{"title":"Border talks","pub_date":"2019-03-05T14:02:00Z","section":"World"}'>`), '2019-03-05', 'meta'],
    ['meta shareaholic:article_published_time', article('', '<meta name="shareaholic:article_published_time" content="2019-03-05T14:02:00-05:00">'), '2019-03-05', 'meta'],
    ['meta date written out', article('', '<meta name="date" content="March 5, 2019">'), '2019-03-05', 'meta'],
    ['hAtom microformat abbr', article('<abbr class="published" title="2015-07-04T10:00:00">July 4</abbr>'), '2015-07-04', 'time'],
    ['Blogger abbr with itemprop', article('<abbr class="published" itemprop="datePublished" title="2019-10-16T09:05:00-07:00">Wednesday</abbr>'), '2019-10-16', 'itemprop'],
    ['<time pubdate>', article('<time pubdate datetime="2018-11-02T08:00">Nov 2</time>'), '2018-11-02', 'time'],
    ['<time> under the headline, not the one in the site header', `<header><time datetime="2026-11-22">Today</time></header>${article('<time datetime="2018-11-02T08:00">Nov 2</time>')}`, '2018-11-02', 'time'],
    ['"Posted by NAME on DATE" in a byline', article('<div class="byline">Posted by Jane Doe on March 3, 2020 at 5:00 pm</div>'), '2020-03-03', 'container'],
    ['"Published DATE, updated DATE"', article('<p class="meta">Published March 3, 2020, updated March 9, 2020</p>'), '2020-03-03', 'container'],
    ['"Updated DATE · Published DATE": the labelled publication', article('<p class="meta">Updated March 9, 2020 · Published March 3, 2020</p>'), '2020-03-03', 'container'],
    ['"Last updated DATE, originally created DATE"', article('<div class="post-date-and-author">by Jane Doe Last updated 04 Jun 2020, originally created 17 Jun 2019</div>'), '2019-06-17', 'container'],
    ['a kicker date just above the headline', `<div class="content"><div>02.12.19</div><h1>Border talks resume</h1>${BODY}</div>`, '2019-12-02', 'date-block'],
    ['"Posted on DATE by NAME" as a plain paragraph', article('<p>Posted on March 3, 2020 by Jane Doe</p>'), '2020-03-03', 'dateline'],
    ['a wire dateline outranks the share image\'s upload day', article(`<p>ISLAMABAD, Jan 25, 2024 (Reuters) - ${PROSE}</p>`, '<meta property="og:image" content="https://ex.com/uploads/2016/05/04/stock.jpg">'), '2024-01-25', 'dateline'],
    ['a day in the canonical URL (month name)', article('', '<link rel="canonical" href="https://www.example.com/world/2020/mar/03/border-talks-resume">'), '2020-03-03', 'url'],
  ])('%s', (_why, html, day, rule) => {
    const page = readHtmlPage(html);
    expect(page.published?.value).toBe(day);
    expect(page.publishedRule).toBe(rule);
  });
});

describe('dates that are not the publication', () => {
  it.each([
    ['a JSON-LD Comment', article('', '<script type="application/ld+json">{"@type":"BlogPosting","headline":"x","comment":[{"@type":"Comment","datePublished":"2022-01-09"}]}</script>')],
    ['a JSON-LD list of other articles', article('', '<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","datePublished":"2022-01-09"}}]}</script>')],
    ['a <time> in the comments', `${article('')}<section id="comments"><ol class="comment-list"><li class="comment"><time datetime="2018-11-05T08:00">Nov 5</time><p>Great post</p></li></ol></section>`],
    ['a date in a WordPress comment list', `${article('')}<ol class="commentlist"><li><div class="comment-meta"><a>November 5, 2018 at 8:00 am</a></div><p>Great post</p></li></ol>`],
    ['a date in Disqus', `${article('')}<div id="disqus_thread"><span class="post-date">November 5, 2018</span></div>`],
    ['a date under a "Related stories" heading (no class)', article('<section><h3>Related stories</h3><ul><li><a href="/a">Other story</a> <span class="date">June 10, 2024</span></li></ul></section>')],
    ['a date under a "More from" heading', article(`<div><h2>More from:</h2><p>June 10, 2024</p><p>${PROSE}</p></div>`)],
    ['today\'s date in the site header', `<header><div class="date">Sunday, November 22, 2026</div></header>${article('')}`],
    ['today\'s date by its class', `<div class="top-bar"><span class="current-date">Sunday, November 22, 2026</span></div><div class="content"><h1>Border talks resume</h1>${BODY}</div>`],
    ['a date far above the headline', `<div class="content"><span class="date">June 10, 2024</span>${'<div><a href="/x">Section</a></div>'.repeat(20)}<h1>Border talks resume</h1>${BODY}</div>`],
    ['an "Updated" date alone in a byline', article('<div class="byline">By Rob Picheta, CNN Updated 2010 GMT (0410 HKT) March 14, 2021</div>')],
    ['an "Updated" microformat', article('<abbr class="updated" title="2015-07-09T10:00:00">July 9</abbr>')],
    ['the date of an embedded tweet', article(`<blockquote class="twitter-tweet"><p>Great ad</p>— Jo (@jo) <a href="https://twitter.com/jo/status/1">November 2, 2023</a></blockquote>`)],
    ['a time in a feed of other stories', article(`<div class="feed-item"><time datetime="2020-10-19T11:00:03Z">7:00 a.m.</time><a href="/x">Other story</a></div>`)],
    ['a copyright year', `${article('')}<footer>© 2019 Example News</footer>`],
    ['a date in the body text, in a sentence', article(`<p>On March 3, 2010 the two countries signed the pipeline agreement.</p>`)],
  ])('%s', (_why, html) => {
    const published = readHtmlPage(html).published;
    expect(published === null || published.value.length < 10).toBe(true);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://ex.com/2024/01/25/talks', '2024-01-25'],
    ['https://ex.com/news/2024-01-25-talks', '2024-01-25'],
    ['https://ex.com/news/20240125/talks', '2024-01-25'],
    ['https://ex.com/news/talks_2024_01_25.html', '2024-01-25'],
    ['https://www.theguardian.com/world/2020/mar/03/talks', '2020-03-03'],
    ['https://ex.com/2024/08/talks', '2024-08'],
    ['https://ex.com/2024/02/30/talks', null],
    ['https://ex.com/news/article-20200399/talks', null],
    ['https://ex.com/2024/01-25/talks', '2024-01'],
    ['https://ex.com/news/talks?date=2024-01-25', null],
    ['https://2024-01-25.ex.com/talks', null],
    ['https://ex.com/p/12345678', null],
  ])('%s -> %s', (url, value) => {
    expect(dateFromUrl(url)).toBe(value);
  });
});
