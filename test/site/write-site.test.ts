// What writeSite puts on disk: the page, its script, styles and licences, with the data the
// timeline needs inline as JSON that the HTML parser cannot end early, and evidence and figures
// in data scripts under data/.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSite } from '../../pipeline/emit/site/index.js';
import { DATA_ELEMENT_ID, TABLES } from '../../pipeline/emit/site/page/data.js';
import { smallInput } from './synthetic.js';

const input = smallInput();
let dir: string;
let html: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'site-files-'));
  await writeSite(dir, input);
  html = await fs.readFile(path.join(dir, 'index.html'), 'utf8');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('writeSite', () => {
  it('writes the page and its assets, nothing else', async () => {
    expect((await fs.readdir(dir)).sort()).toEqual(['LICENSES.txt', 'data', 'explorer.css', 'explorer.js', 'index.html']);
    expect((await fs.readdir(path.join(dir, 'data'))).sort()).toEqual(['evidence-000.js', 'figures-000.js']);
    expect(await fs.readFile(path.join(dir, 'LICENSES.txt'), 'utf8')).toMatch(/## @observablehq\/plot\n\nCopyright/);
  });

  it('carries the data as inline JSON that parses back to the input', () => {
    const open = `<script type="application/json" id="${DATA_ELEMENT_ID}">`;
    const start = html.indexOf(open) + open.length;
    const json = html.slice(start, html.indexOf('</script>', start));
    expect(json).not.toMatch(/</); // the hostile source's "</script>" cannot end the element
    const data = JSON.parse(json);
    expect(data.events).toEqual(input.events);
    expect(data.actors).toEqual(input.actors);
    // only what the page shows of each source
    expect(data.sources).toEqual(input.sources.map(({ source_id, title, publisher, author, url, published }) => ({ source_id, title, publisher, author, url, published })));
    expect(data).not.toHaveProperty('evidence');
    expect(data).not.toHaveProperty('figures');
    expect(data.evidenceChunkStarts).toEqual([0]);
    expect(data.figureChunks).toBe(1);
    expect(data.version).toBe(input.version);
    expect(data.latestChange).toBe(input.latestChange);
  });

  it('puts the evidence and figures into data scripts that only assign parsed JSON', async () => {
    const globals: Record<string, unknown> = {};
    vm.runInNewContext(await fs.readFile(path.join(dir, 'data', 'evidence-000.js'), 'utf8'), globals);
    vm.runInNewContext(await fs.readFile(path.join(dir, 'data', 'figures-000.js'), 'utf8'), globals);
    const chunks = globals.explorerChunks as Record<string, { evidence: unknown[]; figures: unknown[] } | unknown[]>;
    expect(chunks['evidence-000']).toEqual({ evidence: input.evidence, figures: input.figures.filter((f) => f.event_id !== null) });
    expect(chunks['figures-000']).toEqual(input.figures);
  });

  it('has exactly two script elements: the data and the page’s own file', () => {
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script type="application/json" id="${DATA_ELEMENT_ID}">`, '<script src="explorer.js">']);
    expect(html).toContain("script-src 'self'");
  });

  it('loads nothing from another host and links every download', () => {
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    for (const table of TABLES) {
      expect(html).toContain(`href="../csv/${table}.csv"`);
      expect(html).toContain(`href="../json/${table}.json"`);
    }
    expect(html).toContain('href="../datapackage.json"');
  });

  it('escapes the version where it is written into the HTML', async () => {
    const other = await fs.mkdtemp(path.join(os.tmpdir(), 'site-version-'));
    await writeSite(other, { ...input, version: '1.0.0"><script>x</script>' });
    const page = await fs.readFile(path.join(other, 'index.html'), 'utf8');
    expect(page).toContain('1.0.0&#34;&#62;&#60;script&#62;x&#60;/script&#62;');
    await fs.rm(other, { recursive: true, force: true });
  });
});
