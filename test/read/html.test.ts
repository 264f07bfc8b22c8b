// The HTML reader on small pages written for these tests (test/fixtures/read/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml, readHtmlPage } from '../../pipeline/read/html/index.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/read/${name}`, import.meta.url));
const read = (name: string, url?: string) => readHtmlPage(decodeHtml(fixture(name)).html, url ? { url } : {});

describe('decodeHtml', () => {
  it.each([
    ['windows-1252.html', 'windows-1252', 'Diplomats met at a café in Islamabad – an informal'],
    ['iso-8859-1.html', 'windows-1252', 'Diplomats met at a café in Islamabad - an informal'],
    ['meta-offset.html', 'utf-8', 'Storm hits the coast'],
  ])('%s decodes as %s', (name, charset, expected) => {
    const decoded = decodeHtml(fixture(name));
    expect(decoded.charset).toBe(charset);
    expect(readHtmlPage(decoded.html).text).toContain(expected);
  });

  it('takes the BOM over a declaration', () => {
    const body = new TextEncoder().encode('<meta charset="windows-1252"><p>café</p>');
    const decoded = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...body]));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.html).toContain('café');
    expect(decoded.html.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads undeclared invalid UTF-8 as windows-1252 and says so', () => {
    const decoded = decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
    expect(decoded.html).toBe('<p>café</p>');
    expect(decoded.problems).toHaveLength(1);
  });

  it('reports an unknown charset and falls back to UTF-8', () => {
    const decoded = decodeHtml(new TextEncoder().encode('<meta charset="x-no-such-charset"><p>ok</p>'));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.problems[0]).toMatch(/unknown charset/);
  });
});

describe('readHtmlPage: publication date', () => {
  it.each([
    // [fixture, expected published, basis, why]
    ['jsonld-published-vs-modified.html', '2024-02-27', 'html', 'JSON-LD datePublished, not dateModified or article:modified_time'],
    ['meta-offset.html', '2023-11-08', 'html', 'article:published_time keeps its own day (18:09 at -07:00 is the 9th in UTC)'],
    ['density.html', '2024-01-25', 'html', '"Posted on January 25, 2024" in a date block under the headline'],
    ['url-dated.html', '2024-01-19', 'url', 'a day in og:url'],
  ])('%s -> %s (%s)', (name, value, basis) => {
    expect(read(name).published).toEqual({ value, basis });
  });

  it('keeps the local day of a UTC time when the page writes the same moment locally', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T01:09:55Z"}</script>
      <script type="application/ld+json">{"@type":"WebPage","datePublished":"2023-11-08 18:09:55"}</script><p>x</p>`;
    expect(readHtmlPage(html).published?.value).toBe('2023-11-08');
  });

  it('keeps a UTC day when nothing on the page says otherwise', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-20T09:49:32+0000"}</script><p>x</p>`;
    expect(readHtmlPage(html).published?.value).toBe('2020-01-20');
  });

  it('moves a UTC time into the site\'s zone when all other timestamps on the page share one offset', () => {
    const html = `<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">
      <script>var video = {"date":"Fri, 01 May 2020 23:00:00 -0400"};</script><p>x</p>`;
    expect(readHtmlPage(html).published?.value).toBe('2020-05-01');
  });

  it('keeps the UTC day when the page also writes UTC times (mixed offsets)', () => {
    const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T04:41:34.000Z"}</script>
      <script>var a = "2023-11-09 00:04:11 +00:00", b = "Thu, 09 Nov 2023 04:30:07 -0600";</script><p>x</p>`;
    expect(readHtmlPage(html).published?.value).toBe('2023-11-09');
  });

  it('reads a day-first dotted date under the headline', () => {
    const html = '<article><h1>What is on the cards for the new commission?</h1><span class="date">02.12.19</span><p>Text of the article that follows the headline and the date line.</p></article>';
    expect(readHtmlPage(html).published).toEqual({ value: '2019-12-02', basis: 'html' });
  });

  it('takes the upload day of the share image as a last resort', () => {
    const html = '<meta property="og:image" content="https://www.example.org/files/2016/05/04/report-og.png"><p>x</p>';
    expect(readHtmlPage(html).published).toEqual({ value: '2016-05-04', basis: 'html' });
  });

  it('uses the URL given from outside when the page has no date', () => {
    expect(read('relative-only.html', 'https://example.com/news/2024/02/05/talks-continue').published).toEqual({ value: '2024-02-05', basis: 'url' });
  });

  it('finds a dateline in the article text (basis dateline)', () => {
    const html = '<html><body><article><h1>Border talks resume</h1><p>January 25, 2024</p><p>Officials from both countries met in Quetta to discuss the border, trade and the return of ambassadors.</p></article></body></html>';
    const page = readHtmlPage(html);
    expect(page.dateline).toMatchObject({ year: 2024, month: 1, day: 25, text: 'January 25, 2024' });
    expect(page.text.slice(page.dateline!.start, page.dateline!.end)).toBe('January 25, 2024');
  });
});

describe('readHtmlPage: metadata', () => {
  const page = read('jsonld-published-vs-modified.html');
  it.each([
    ['title', 'Iran and Pakistan reopen border crossing'],
    ['publisher', 'Example News'],
    ['author', 'Sana Khan'],
    ['url', 'https://news.example.com/world/iran-pakistan-border'],
    ['language', 'en-GB'],
  ] as const)('%s', (field, value) => {
    expect(page[field]).toBe(value);
  });

  it('drops the site suffix from <title>', () => {
    expect(read('density.html').title).toBe('Gas pipeline talks');
  });

  it.each([
    ['a profile link falls back to the JSON-LD name', '<meta property="article:author" content="https://www.facebook.com/examplenews"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Sana Khan"}}</script><p>x</p>', 'Sana Khan'],
    ['"By " is dropped', '<meta name="author" content="By Ivan Penn"><p>x</p>', 'Ivan Penn'],
    ['a handle or a path is no name', '<meta name="author" content="@ExampleNews"><meta name="byl" content="/staff/jdoe"><p>x</p>', null],
    ['a trailing link is dropped', '<meta name="author" content="The Washington Times https://www.washingtontimes.com"><p>x</p>', 'The Washington Times'],
  ])('author: %s', (_why, html, author) => {
    expect(readHtmlPage(html).author).toBe(author);
  });

  it.each([
    ['<html lang="en_US"><p>x</p></html>', 'en-US'],
    ['<html><head><meta property="og:locale" content="en_GB"></head><p>x</p></html>', 'en-GB'],
    ['<html><head><meta http-equiv="content-language" content="en-US"></head><p>x</p></html>', 'en-US'],
    ['<html lang="  "><p>x</p></html>', null],
  ])('language of %s', (html, language) => {
    expect(readHtmlPage(html).language).toBe(language);
  });

  it('keeps only http(s) canonical URLs', () => {
    expect(readHtmlPage('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').url).toBeNull();
  });
});

describe('readHtmlPage: the article only', () => {
  it('keeps title, paragraphs, headings and captions with blank lines between them', () => {
    const { text } = read('jsonld-published-vs-modified.html');
    expect(text.split('\n\n')).toEqual([
      'Iran and Pakistan reopen border crossing',
      // <p class="byline">By Sana Khan</p> is the byline's block: furniture, left out.
      'The Taftan crossing between Iran and Pakistan reopened on Tuesday after a week-long closure, officials said.',
      'Trade resumes',
      'Traders on both sides welcomed the decision, saying that hundreds of trucks had been stranded at the border for days.',
      'Trucks queue at the Taftan crossing.',
    ]);
  });

  it.each(['NAVTEXT', 'ASIDETEXT', 'SHARETEXT', 'FOOTERTEXT'])('leaves out %s', (marker) => {
    expect(read('jsonld-published-vs-modified.html').text).not.toContain(marker);
  });

  it('finds the article by text density where there is no semantic markup', () => {
    const { text } = read('density.html');
    expect(text).toContain('Officials from Iran and Pakistan resumed talks');
    expect(text).not.toMatch(/Link one|Contact us|Sport/);
  });

  it('reads a page wrapped in one big form (ASP.NET) but leaves out a newsletter form', () => {
    const para = 'Indonesia is home to between 10 and 15 per cent of all known species of plants, mammals and birds.';
    const html = `<body><form id="aspnetForm"><div class="content"><h1>Indonesia</h1><p>${para}</p><p>${para}</p><p>${para}</p>
      <form class="signup-box"><p>NEWSLETTERTEXT Get our weekly email</p><input name="email"></form></div></form></body>`;
    const { text } = readHtmlPage(html);
    expect(text).toContain(para);
    expect(text).not.toContain('NEWSLETTERTEXT');
  });

  it('reads paragraphs written with <br><br>, and a single <br> as a space', () => {
    const html = '<div class="post-body">And then I decided to make Emacs speak to me.<br>Module advice.el provided the ability to add advice.<br><br>Speak line moved to after next-line and previous-line, and that was that for the first version of the module.</div>';
    expect(readHtmlPage(html).text.split('\n\n')).toEqual([
      'And then I decided to make Emacs speak to me. Module advice.el provided the ability to add advice.',
      'Speak line moved to after next-line and previous-line, and that was that for the first version of the module.',
    ]);
  });

  it('leaves out a block headed "Related stories" whose text is links, and keeps a section headed "Latest" written in prose', () => {
    const para = 'Officials from both countries met to discuss the border, trade and the return of ambassadors.';
    const html = `<article><h1>Border talks resume</h1><p>${para}</p><p>${para}</p>
      <section><h2>Latest</h2><p>LATESTPROSE ${para}</p></section>
      <section><h2>Related stories</h2><ul><li><a href="/a">RELATEDLINK Iran and Pakistan sign a trade deal</a> Ministers met in Tehran on Monday to talk about gas and trade.</li><li><a href="/b">Border crossing reopens to trucks</a> Trade resumes after a week of closure at Taftan.</li></ul></section></article>`;
    const { text } = readHtmlPage(html);
    expect(text).toContain('LATESTPROSE');
    expect(text).not.toContain('RELATEDLINK');
  });

  it.each([
    ['a cookie banner', '<div id="cookie-banner"><p>MARKER We use cookies to improve your experience.</p></div>'],
    ['noscript', '<noscript><p>MARKER Please enable JavaScript to view the comments.</p></noscript>'],
    ['a template', '<template><p>MARKER a widget template</p></template>'],
    ['a newsletter block', '<div class="newsletter-signup"><p>MARKER Sign up for our newsletter.</p></div>'],
    ['a comment section', '<section id="comments"><p>MARKER Great article, thanks for writing it.</p></section>'],
  ])('leaves out %s', (_what, block) => {
    const para = 'Officials from both countries met to discuss the border, trade and the return of ambassadors.';
    expect(readHtmlPage(`<article><h1>Border talks resume</h1><p>${para}</p>${block}<p>${para}</p></article>`).text).not.toContain('MARKER');
  });

  it('gives only the title for a page whose text is all script', () => {
    expect(read('script-only.html').text).toBe('App');
  });
});

describe('titles', () => {
  it.each([
    ['<title>Gas pipeline talks resume - Daily Example</title><p>x</p>', 'Gas pipeline talks resume'],
    ['<meta property="og:site_name" content="Boston News, Weather | WHDH 7News"><meta property="og:title" content="Two people hurt in Roxbury - Boston News, Weather | WHDH 7News"><p>x</p>', 'Two people hurt in Roxbury'],
    ['<meta property="og:site_name" content="WSVN 7News | Miami News | Fort Lauderdale"><meta property="og:title" content="Driver killed in Miami crash - WSVN 7News | Miami News"><p>x</p>', 'Driver killed in Miami crash'],
    ['<nav><h1>Sections</h1><a href="/a">World</a></nav><article><h1>Border talks resume</h1><p>x</p></article>', 'Border talks resume'],
    ['<title>Iran - Pakistan border reopens</title><p>x</p>', 'Iran - Pakistan border reopens'],
    ['<meta property="og:site_name" content="Dawn"><meta property="og:title" content="Talks resume in Quetta | Dawn"><p>x</p>', 'Talks resume in Quetta'],
    ['<meta property="og:title" content="Australian &amp;#039;megablaze&amp;#039; brought under control"><p>x</p>', "Australian 'megablaze' brought under control"],
  ])('%s', (html, title) => {
    expect(readHtmlPage(html).title).toBe(title);
  });
});
