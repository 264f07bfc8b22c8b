// Furniture inside a page's <article>: the byline's meta block (by its class or by what it holds),
// and date headings of the body, which are content (a timeline), never the dateline.
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../pipeline/read/html/index.js';

const PROSE = 'Officials from Iran and Pakistan met in Quetta on Wednesday to agree on the reopening of three border markets closed since the spring, traders said.';
const MORE = 'The markets at Mand, Kuhak and Chedgi had handled most of the region’s small trade before they were shut, and local traders have lobbied for months to reopen them.';
const page = (inside: string): string =>
  `<html><head><title>Border markets reopen</title></head><body><article><h1>Border markets reopen</h1>${inside}</article></body></html>`;

describe('the byline\'s meta block', () => {
  it.each([
    ['class "meta"', '<div class="meta">City Desk <time datetime="2024-03-05">5 March 2024</time></div>'],
    ['class "post-meta"', '<div class="post-meta"><span>By Sara Ali</span> <span>Updated 6 March 2024</span></div>'],
    ['class "article__byline"', '<p class="article__byline">By Sara Ali, 5 March 2024</p>'],
    ['class "reading-time"', '<span class="reading-time">7 min read</span>'],
    ['class "timestamp"', '<div class="timestamp">05/03/2024 14:10</div>'],
    ['class "share-count"', '<div class="share-count">318 shares</div>'],
    // a byline's time with its date (a post stamp of a live page, a time and a weekday at most, is kept: see below)
    ['class "time" with a date', '<span class="time">5 March 2024, 14:10 GST</span>'],
    ['class "entry-date"', '<span class="entry-date">5 March 2024</span>'],
  ])('%s is left out', (_why, block) => {
    const { text } = readHtmlPage(page(`${block}<p>${PROSE}</p><p>${MORE}</p>`));
    expect(text).toContain(PROSE);
    expect(text).not.toMatch(/Sara Ali|City Desk|March 2024|min read|shares|14:10|Sunday/);
  });

  it('a block made only of a time, an update and a read time is blanked, whatever its class', () => {
    const block = '<div class="x1">Web Team 5 March 2024 10:30 AM Last updated 6 March 2024 7 min read</div>';
    const { content, text } = readHtmlPage(page(`<p>${PROSE}</p>${block}<p>${MORE}</p>`));
    expect(text).toContain('Last updated 6 March 2024');
    expect(content).not.toMatch(/Web Team|March 2024|min read/);
    expect(content).toContain(PROSE);
  });

  it.each([
    // a long block so named wraps the story
    ['class "meta" around the body', `<div class="meta"><p>${PROSE}</p><p>${MORE}</p></div>`, PROSE],
    // "metadata" is not the word "meta"
    ['class "metadata-table"', `<p>${PROSE}</p><table class="metadata-table"><tr><td>Trade in 2023: $2.3 billion</td></tr></table>`, 'Trade in 2023: $2.3 billion'],
    // a block that holds a heading is the article's header
    ['class "meta" holding the standfirst\'s heading', `<div class="meta"><h2>Three markets in Balochistan</h2></div><p>${PROSE}</p>`, 'Three markets in Balochistan'],
    // captions are content, in a block named "meta" or named so themselves
    ['a caption inside class "image-meta"', `<figure><img src="m.jpg"><div class="image-meta"><figcaption>Traders at the Mand market.</figcaption></div></figure><p>${PROSE}</p>`, 'Traders at the Mand market.'],
    ['a figcaption of class "u-meta"', `<figure><img src="m.jpg"><figcaption class="u-meta">Traders at the Mand market.</figcaption></figure><p>${PROSE}</p>`, 'Traders at the Mand market.'],
  ])('kept: %s', (_why, inside, kept) => {
    expect(readHtmlPage(page(inside)).text).toContain(kept);
  });
});

describe('date headings of the body are content', () => {
  it('keeps every entry of a timeline, the first one right under the standfirst', () => {
    const html = page(`<p>${PROSE}</p><h3>9 November 2022</h3><p>${MORE}</p><h3>14 February 2023</h3><p>${PROSE}</p>`);
    const article = readHtmlPage(html);
    expect(article.dateline).toBeNull();
    expect(article.content).toContain('9 November 2022');
    expect(article.content).toContain('14 February 2023');
  });

  it('a date in a paragraph under the headline is still the dateline', () => {
    const article = readHtmlPage(page(`<p>9 November 2022</p><p>${PROSE}</p><p>${MORE}</p>`));
    expect(article.dateline).toMatchObject({ year: 2022, month: 11, day: 9 });
    expect(article.published?.value).toBe('2022-11-09');
    expect(article.content).not.toContain('9 November 2022');
  });
});

describe('editorial boxes set beside the story', () => {
  const BOX = '<li><b>2014</b> – Gunmen abduct five border guards near Jakigur; four are freed two months later.</li>';
  it.each([
    ['an aside named "timeline"', `<aside class="timeline"><h3>Past incidents</h3><ul>${BOX}</ul></aside>`],
    ['an aside headed "Timeline: …"', `<aside class="box"><h3>Timeline: trouble on the road</h3><ul>${BOX}</ul></aside>`],
    ['an aside named "key-facts"', `<aside id="key-facts"><ul>${BOX}</ul></aside>`],
  ])('%s inside the article is content', (_why, box) => {
    const { text } = readHtmlPage(page(`<p>${PROSE}</p>${box}<p>${MORE}</p>`));
    expect(text).toContain('Gunmen abduct five border guards');
    expect(text).toContain(MORE);
  });

  it.each([
    ['an aside of related stories', `<aside class="related"><h3>Related</h3><ul>${BOX}</ul></aside>`],
    ['an aside with no editorial name', `<aside class="box"><h3>Most read</h3><ul>${BOX}</ul></aside>`],
  ])('%s is left out', (_why, box) => {
    const { text } = readHtmlPage(page(`<p>${PROSE}</p>${box}<p>${MORE}</p>`));
    expect(text).not.toContain('Gunmen abduct');
  });

  it('a timeline aside outside the article is a sidebar', () => {
    const html = `<html><head><title>Border markets reopen</title></head><body><article><h1>Border markets reopen</h1><p>${PROSE}</p><p>${MORE}</p></article><aside class="timeline"><h3>Timeline</h3><ul>${BOX}</ul></aside></body></html>`;
    expect(readHtmlPage(html).text).not.toContain('Gunmen abduct');
  });
});

describe('a live page', () => {
  const POST = (stamp: string, body: string): string => `<article class="entry"><span class="stamp">${stamp}</span><p>${body}</p></article>`;
  const live = (cls: string): string => `<html><head><title>Live</title></head><body><main class="${cls}"><h1>LIVE: Border markets reopen</h1>`
    + `${POST('11:20 PKT', PROSE)}${POST('Sunday, 21:30 PKT', MORE)}</main></body></html>`;

  it('reads every post of the stream, not its longest one', () => {
    const { text } = readHtmlPage(live('liveblog'));
    expect(text).toContain('LIVE: Border markets reopen');
    expect(text).toContain(PROSE);
    expect(text).toContain(MORE);
  });

  it('keeps each post stamp as a line of the text and blanks it in the content', () => {
    const { text, content } = readHtmlPage(live('live-updates'));
    expect(text.split('\n')).toContain('Sunday, 21:30 PKT');
    expect(content).not.toMatch(/21:30|Sunday|11:20/);
    // a stamp is its own line even as an inline element of a paragraph, and of class "time"
    const inline = readHtmlPage(page(`<p><time class="time">09:15 PKT</time> ${PROSE}</p><p><span class="time">08:40 PKT</span> ${MORE}</p>`));
    expect(inline.text.split('\n')).toContain('09:15 PKT');
    expect(inline.content).toContain(PROSE);
    expect(inline.content).not.toContain('09:15');
  });

  it('takes the longest of several articles side by side on a page not named live', () => {
    const html = `<html><body><main class="stories"><article><p>${PROSE} ${MORE}</p></article><article><p>${MORE}</p></article></main></body></html>`;
    const { text } = readHtmlPage(html);
    expect(text).toContain(PROSE);
    expect(text.split(MORE).length - 1).toBe(1);
  });
});

describe('the headline\'s own block: standfirst and lead photo', () => {
  const BODY = `<p>${PROSE}</p><p>${MORE}</p><p>${PROSE.replace('Quetta', 'Gwadar')}</p>`;
  it('keeps the standfirst and caption of an article\'s own <header>, not its byline or kicker', () => {
    const html = `<html><body><nav>Home</nav><article><header><p class="kicker">Saturday Feature</p><h1>Border markets reopen</h1>` +
      '<p class="standfirst">Three markets on the Makran coast trade again after months shut.</p>' +
      '<p class="byline">By Sara Ali · Published <time datetime="2024-03-05">5 March 2024</time></p></header>' +
      `<figure><img src="m.jpg"><figcaption>Traders at the Mand market on Wednesday.</figcaption></figure>${BODY}</article></body></html>`;
    const { text } = readHtmlPage(html);
    expect(text).toContain('Three markets on the Makran coast trade again');
    expect(text).toContain('Traders at the Mand market on Wednesday.');
    expect(text).not.toMatch(/Sara Ali|Saturday Feature|Home/);
  });

  it('reads the block around the body when it holds the headline, the standfirst and the caption', () => {
    const html = '<html><body><div class="page"><div class="story"><div class="news-meta"><time datetime="2024-03-05">5 March 2024</time></div>' +
      '<h1>Border markets reopen</h1><p class="lead">Three markets on the Makran coast trade again.</p>' +
      '<figure><img src="m.jpg"><figcaption>Traders at the Mand market, 4 March 2024.</figcaption></figure>' +
      `<div class="body">${BODY}</div></div></div></body></html>`;
    const { text } = readHtmlPage(html);
    expect(text).toContain('Three markets on the Makran coast trade again.');
    expect(text).toContain('Traders at the Mand market, 4 March 2024.');
  });

  it('does not take a block whose other text is a list of other stories', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Another story about the border markets and the trade of the region, number ${i}</a></li>`).join('');
    const html = `<html><body><div class="column"><h1>Border markets reopen</h1><ul>${links}</ul><div class="body">${BODY}</div></div></body></html>`;
    const { text } = readHtmlPage(html);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('Another story about the border markets');
  });
});
