// The explorer page: a static timeline of the dataset built into dist/site/. It works opened
// from disk (file://) and from any static host: the data the timeline and table need travels
// inside index.html as inline JSON, evidence and figures in data scripts under data/ that the
// page loads when they are shown (chunks.ts), and nothing is fetched from any other host.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Actor, Event, Evidence, Figure, Source } from '../../generated/dataset.js';
import { bundlePage } from './bundle.js';
import { chunkScriptParts, layoutChunks } from './chunks.js';
import { writeSiteDataFromTables } from './data-from-tables.js';
import { LiteralEncoder } from './literal-bytes.js';
import { writeWhole } from '../write-table.js';
import { renderShell } from './html.js';
import { PAGE_SOURCE_FIELDS, type PageSource } from './page/data.js';

export interface SiteInput {
  events: Event[];
  evidence: Evidence[];
  figures: Figure[];
  actors: Actor[];
  sources: Source[];
  version: string;
  /** The changelog's latest entry, as Markdown. */
  latestChange: string;
}

/** Where the explorer's data files begin: what the page needs to know of them. */
export interface SiteData {
  evidenceChunkStarts: number[];
  figureChunks: number;
}

/**
 * The explorer's data files (data/*.js), which depend on the events, evidence and figures alone:
 * a build writes them while the mentions table is written in another thread, before the version
 * that index.html shows is known. Made from the bytes of the release's evidence and figures
 * files where `jsonDir` holds them (data-from-tables.ts), else from the records.
 */
export async function writeSiteData(dir: string, input: Pick<SiteInput, 'events' | 'evidence' | 'figures'>, jsonDir?: string): Promise<SiteData> {
  const fromTables = jsonDir ? await writeSiteDataFromTables(dir, input, jsonDir) : null;
  if (fromTables) return fromTables;
  const { evidenceChunkStarts, figureChunks, jsonFiles } = layoutChunks(input.events, input.evidence, input.figures);
  await fs.mkdir(path.join(dir, 'data'));
  // Each file's literal made as bytes (literal-bytes.ts): the same bytes as files() gives as text.
  const encoder = new LiteralEncoder();
  for (const { file, slot, parts } of jsonFiles()) {
    const { head, tail } = chunkScriptParts(slot);
    await writeWhole(path.join(dir, file), async (write) => {
      await write(head);
      await write(encoder.escapeParts(parts));
      await write(tail);
    });
  }
  return { evidenceChunkStarts, figureChunks };
}

/** Writes index.html and its assets into dir (which exists and is empty but for `data`'s files, where given). */
export async function writeSite(dir: string, input: SiteInput, data?: SiteData): Promise<void> {
  const page = await bundlePage();
  const { events, actors, sources, version, latestChange } = input;
  const { evidenceChunkStarts, figureChunks } = data ?? await writeSiteData(dir, input);
  const pageSources = sources.map((s) => Object.fromEntries(PAGE_SOURCE_FIELDS.map((f) => [f, s[f]])) as PageSource);
  const html = renderShell({ version, latestChange, events, actors, sources: pageSources, evidenceChunkStarts, figureChunks });
  await fs.writeFile(path.join(dir, 'index.html'), html);
  await fs.writeFile(path.join(dir, 'explorer.js'), page.script);
  await fs.writeFile(path.join(dir, 'explorer.css'), page.style);
  await fs.writeFile(path.join(dir, 'LICENSES.txt'), page.licences);
}
