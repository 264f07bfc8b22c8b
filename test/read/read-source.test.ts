// One saved page read as a source: what the sidecar knows from outside and what the page says.
import { describe, expect, it } from 'vitest';
import { readSource } from '../../pipeline/read/read-source.js';
import type { SourceFile } from '../../pipeline/read/read-folder.js';

const PROSE = 'Officials from both countries met to discuss the border, trade and the return of ambassadors.';
const page = (underHeadline: string): Uint8Array =>
  new TextEncoder().encode(`<html lang="en"><body><article><h1>Border talks resume</h1>${underHeadline}<p>${PROSE}</p><p>${PROSE}</p></article></body></html>`);
const file: SourceFile = { sourceId: 'talks', file: 'talks.html', path: '/nonexistent/talks.html', format: 'html', sidecarPath: '/nonexistent/talks.meta.json' };
const sidecar = (fields: object): Uint8Array => new TextEncoder().encode(JSON.stringify(fields));

async function published(html: Uint8Array, meta: object | null) {
  const reading = await readSource(file, { bytes: html, sidecar: meta ? sidecar(meta) : null });
  if (!reading.ok) throw new Error('not read');
  return reading.document.published;
}

describe('readSource: the publication date of a saved page', () => {
  it('ranks a day in the sidecar\'s URL with the page\'s metadata, above loose dates in the text', async () => {
    const html = page('<div>Posted in Tehran</div><time datetime="2026-11-22">Sunday</time>');
    expect(await published(html, { url: 'https://example.com/2024/01/25/border-talks' })).toEqual({ value: '2024-01-25', basis: 'url' });
  });

  it('keeps the sidecar\'s own date first', async () => {
    expect(await published(page(''), { url: 'https://example.com/2024/01/25/border-talks', published: '2024-01-26' })).toEqual({ value: '2024-01-26', basis: 'sidecar' });
  });

  it('falls back to a month in the sidecar\'s URL', async () => {
    expect(await published(page(''), { url: 'https://example.com/2024/01/border-talks' })).toEqual({ value: '2024-01', basis: 'url' });
  });
});
