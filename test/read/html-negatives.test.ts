// Pages that must yield no date, and markup that must not break the reader.
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../pipeline/read/html/index.js';
import { readFileSync } from 'node:fs';

describe('no publication date', () => {
  it.each([
    ['a relative time', readFileSync(new URL('../fixtures/read/relative-only.html', import.meta.url), 'utf8')],
    ['an ambiguous numeric date', '<article><h1>Headline here</h1><div class="date">03/04/2024</div></article>'],
    ['a month in the URL and nothing else', '<meta property="og:url" content="https://example.com/2024/08/story"><p>x</p>'],
    ['a date of another story in a link list', '<nav><span class="date">June 10, 2024</span></nav><p>Body</p>'],
  ])('%s', (_why, html) => {
    const published = readHtmlPage(html).published;
    expect(published === null || published.value.length < 10).toBe(true);
  });
});

describe('markup that must not break the reader', () => {
  it.each([
    ['unclosed tags', '<html><body><article><h1>Title of it<p>First para<p>Second para<div>Third'],
    ['stray closing tags', '</div></p><article><p>Text</p></span></article></body>'],
    ['entities', '<article><p>Iran &amp; Pakistan &ndash; talks &#8220;resume&#8221; &#x2014; caf&eacute;</p></article>'],
    ['broken JSON-LD', '<script type="application/ld+json">{"datePublished": </script><p>Text</p>'],
    ['empty input', ''],
  ])('%s', (_why, html) => {
    expect(() => readHtmlPage(html)).not.toThrow();
  });

  it('decodes entities', () => {
    expect(readHtmlPage('<article><p>Iran &amp; Pakistan &ndash; caf&eacute; &#8220;x&#8221;</p></article>').text).toBe('Iran & Pakistan – café “x”');
  });

  it('reads 100,000 nested elements quickly', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text</p>${'</div>'.repeat(depth)}</body></html>`;
    const t0 = performance.now();
    const page = readHtmlPage(html);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(page.text).toContain('Deep text');
  });
});
