// One source file to a SourceDocument: decoded, furniture marked, metadata gathered.
import { readFileSync } from 'node:fs';
import type { Problem, PublishedDate, SourceDocument } from '../model.js';
import { sha256Hex } from '../lib/hash.js';
import { decodeTextBytes } from './decode-text.js';
import { decodeHtml, readHtmlPage } from './html/index.js';
import type { SourceFile } from './read-folder.js';
import { parseSidecar } from './sidecar.js';
import { readTextArticle } from './text/index.js';
import { dateFromUrl } from './url-date.js';

export type SourceReading = { ok: true; document: SourceDocument } | { ok: false; problems: Problem[] };

/** The bytes of a source and of its sidecar (null when it has none), when the caller read them already. */
export interface SourceBytes {
  bytes: Uint8Array;
  sidecar: Uint8Array | null;
}

// Read synchronously: a source is a few small files, and an extraction thread has nothing else to
// do meanwhile; the promise API's open, stat, read and close round trips cost it several times the CPU.
export async function readSourceBytes(file: SourceFile): Promise<SourceBytes> {
  return {
    bytes: plainBytes(readFileSync(file.path)),
    sidecar: file.sidecarPath ? plainBytes(readFileSync(file.sidecarPath)) : null,
  };
}

/** The bytes of a Buffer as a plain Uint8Array (no copy), so no Buffer method is used by mistake. */
const plainBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

export async function readSource(file: SourceFile, input?: SourceBytes): Promise<SourceReading> {
  const problems: Problem[] = [];
  const report = (text: string, action: string, severity: Problem['severity'] = 'warning') =>
    problems.push({ source_id: file.sourceId, file: file.file, stage: 'read', severity, problem: text, action });

  const { bytes, sidecar: sidecarBytes } = input ?? await readSourceBytes(file);
  let sidecar = {} as ReturnType<typeof parseSidecar>['sidecar'];
  if (sidecarBytes) {
    const reading = parseSidecar(new TextDecoder().decode(sidecarBytes));
    sidecar = reading.sidecar;
    for (const p of reading.problems) report(`sidecar: ${p}`, 'the field was ignored; the source is still published');
  }

  let text: string;
  let content: string;
  let page: Partial<ReturnType<typeof readHtmlPage>> = {};
  if (file.format === 'html') {
    const decoded = decodeHtml(bytes);
    for (const p of decoded.problems) report(`decoding (${decoded.charset}): ${p}`, 'decoded with replacement characters');
    // A URL known from the sidecar is the page's address: its day ranks with the page's metadata.
    page = readHtmlPage(decoded.html, { url: sidecar.url ?? null });
    text = page.text ?? '';
    // The reader blanks the dateline and leftover furniture (bylines, credits) as in plain text.
    content = page.content ?? text;
  } else {
    const decoded = decodeTextBytes(bytes);
    if (!decoded.ok) {
      report(decoded.problem, 'skipped', 'error');
      return { ok: false, problems };
    }
    for (const p of decoded.problems) report(p, 'decoded with replacement characters');
    text = decoded.text;
    const article = readTextArticle(text);
    content = article.content;
    page = { title: article.title, dateline: article.dateline, published: article.published };
  }
  if (!content.trim()) {
    report(bytes.length ? 'no article text (empty after removing markup and page furniture)' : 'empty file', 'skipped', 'error');
    return { ok: false, problems };
  }
  // A page whose only text is its title (the rest script, style or furniture) still tells who
  // published what and when: its row is published, and extraction sees the title alone.
  if (page.title && isOnly(content, page.title)) {
    report('no article text besides the title, once markup, scripts and page furniture are removed', 'published with its metadata; only the title was extracted');
  }

  const url = sidecar.url ?? page.url ?? null;
  const fromUrl = dateFromUrl(url);
  // Outside knowledge first, then the page's own metadata and dateline, then its address.
  const published: PublishedDate | null = sidecar.published
    ? { value: sidecar.published, basis: 'sidecar' }
    : page.published ?? (fromUrl ? { value: fromUrl, basis: 'url' } : null);

  return {
    ok: true,
    document: {
      sourceId: file.sourceId,
      file: file.file,
      format: file.format,
      sha256: sha256Hex(bytes),
      text,
      content,
      title: sidecar.title ?? page.title ?? null,
      publisher: sidecar.publisher ?? page.publisher ?? null,
      author: sidecar.author ?? page.author ?? null,
      url,
      language: sidecar.language ?? page.language ?? null,
      published,
      dateline: page.dateline ?? null,
      problems,
    },
  };
}

/**
 * Whether text is `part` (its first occurrence) and blanks around it: what
 * `!text.replace(part, '').trim()` tells, without copying the text.
 */
export function isOnly(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at === -1) return !text.trim();
  return !text.slice(0, at).trim() && !text.slice(at + part.length).trim();
}
