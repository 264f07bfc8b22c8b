// Relative dates in a live page's posts count from the post's day (the stamp's own day, else the day
// carried from the stamp before it), read end to end: the page read as a source, then extracted.
// Dates outside the posts (the headline and lead above the first stamp) still count from the publication.
import { describe, expect, it } from 'vitest';
import { findPosts } from '../../pipeline/extract/dates/posts.js';
import { extractSource } from '../../pipeline/extract/index.js';
import { readSource } from '../../pipeline/read/read-source.js';
import type { SourceFile } from '../../pipeline/read/read-folder.js';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The date mentions of a page published on `published`, as [text, EDTF] in text order. */
async function mentions(page: string, format: 'text' | 'html', published: string): Promise<Array<[string, string]>> {
  const file: SourceFile = { sourceId: 'live', file: `live.${format === 'html' ? 'html' : 'txt'}`, path: '/nonexistent/live', format, sidecarPath: '/nonexistent/live.meta.json' };
  const reading = await readSource(file, { bytes: encode(page), sidecar: encode(JSON.stringify({ published })) });
  if (!reading.ok) throw new Error('not read');
  return extractSource(reading.document).dates.map((d) => [d.text, d.value]);
}

// Published Monday 3 November 2025; the newest post first, and the posts run back across midnight.
const ACROSS_MIDNIGHT = [
  'LIVE: The Taftan crossing stays shut',
  '',
  'Talks on reopening the crossing are due on Friday, officials in Quetta say.',
  '',
  '00:40 PKT',
  'Customs officers told drivers the lorries would be cleared tomorrow.',
  '',
  '23:55 PKT',
  'The interior ministry said today that the gate would stay closed.',
  '',
  '21:10 PKT',
  'Traders said the gate was shut yesterday after shots were fired near the fence.',
  'It was last closed on 14 October 2025.',
  '',
].join('\n');

describe('relative dates in the posts of a live page', () => {
  it('counts from each post\'s day, across midnight, in a plain-text page', async () => {
    expect(await mentions(ACROSS_MIDNIGHT, 'text', '2025-11-03')).toEqual([
      ['Friday', '2025-11-07'], // above the first stamp: from the publication
      ['tomorrow', '2025-11-04'], // 00:40 on the publication day
      ['today', '2025-11-02'], // 23:55: the evening before
      ['yesterday', '2025-11-01'], // 21:10, that same evening
      ['14 October 2025', '2025-10-14'],
    ]);
  });

  it('counts from the day a stamp names, and carries it to the times alone after it, in an HTML page', async () => {
    const post = (stamp: string, body: string): string => `<article class="entry"><span class="stamp">${stamp}</span><p>${body}</p></article>`;
    const html = '<html><head><title>Live: Gwadar port talks</title></head><body><main class="liveblog"><h1>Live: Gwadar port talks</h1>'
      + post('10:15 PKT', 'The two delegations resumed their talks on the port\'s power supply today, a spokesman said in Islamabad.')
      + post('Saturday, 19:40 PKT', 'Iran\'s deputy foreign minister arrived in Islamabad today for two days of talks with his Pakistani counterparts.')
      + post('16:05 PKT', 'A Pakistani official said on Thursday the first round had gone well, and that the envoys would meet again tomorrow.')
      + '</main></body></html>';
    expect(await mentions(html, 'html', '2025-11-03')).toEqual([
      ['today', '2025-11-03'],
      ['today', '2025-11-01'],
      ['Thursday', '2025-10-30'], // the Thursday before that Saturday
      ['tomorrow', '2025-11-02'],
    ]);
  });

  it('reads a page with a single stamp from the publication, as an article with no posts', async () => {
    const page = 'Pakistan and Iran agree to extend the barter deal\n\nUpdated 14:05\n\nThe commerce ministers agreed yesterday to extend the barter arrangement for another year, the ministry said today in a statement issued in Islamabad.\n';
    expect(await mentions(page, 'text', '2025-11-03')).toEqual([['yesterday', '2025-11-02'], ['today', '2025-11-03']]);
  });
});

describe('the day of each post', () => {
  const days = (stamps: string[], published = '2025-11-03'): string[] =>
    findPosts(stamps.map((s) => `${s}\nA post.\n`).join('\n'), published).map((p) => p.day.value);

  it('steps back a day where the clock passes midnight on a page that runs back in time', () => {
    expect(days(['01:10 PKT', '00:05 PKT', '23:40 PKT', '22:15 PKT'])).toEqual(['2025-11-03', '2025-11-03', '2025-11-02', '2025-11-02']);
    expect(days(['9.30am', '8.15am', '11.50pm'])).toEqual(['2025-11-03', '2025-11-03', '2025-11-02']);
  });

  it('steps ahead a day where the clock passes midnight on a page that runs forward', () => {
    expect(days(['21:30 GST', '22:45 GST', '00:20 GST', '02:00 GST'])).toEqual(['2025-11-03', '2025-11-03', '2025-11-04', '2025-11-04']);
  });

  it('keeps the day a stamp names, and does not step when the page\'s way is unclear', () => {
    expect(days(['00:30 PKT', 'Sunday, 23:50 PKT', '22:10 PKT'])).toEqual(['2025-11-03', '2025-11-02', '2025-11-02']);
    expect(days(['10:00 PKT', '08:00 PKT', '11:00 PKT'])).toEqual(['2025-11-03', '2025-11-03', '2025-11-03']);
  });
});
