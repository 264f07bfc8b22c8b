// The explorer page: a static timeline of the dataset built into dist/site/. It works opened
// from disk (file://) and from any static host: the data travels inside index.html as inline
// JSON, the script and styles are files next to it, and nothing is fetched from anywhere.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Actor, Event, Evidence, Figure, Source } from '../../generated/dataset.js';
import { bundlePage } from './bundle.js';
import { renderShell } from './html.js';

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

/** Writes index.html and its assets into dir (which exists and is empty). */
export async function writeSite(dir: string, input: SiteInput): Promise<void> {
  const page = await bundlePage();
  const { events, evidence, figures, actors, sources, version, latestChange } = input;
  const html = renderShell({ version, latestChange, events, evidence, figures, actors, sources });
  await fs.writeFile(path.join(dir, 'index.html'), html);
  await fs.writeFile(path.join(dir, 'explorer.js'), page.script);
  await fs.writeFile(path.join(dir, 'explorer.css'), page.style);
  await fs.writeFile(path.join(dir, 'LICENSES.txt'), page.licences);
}
