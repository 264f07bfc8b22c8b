// The dataset card (dist/README.md, also the npm package's README) and CITATION.cff.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../pipeline/helpers.js';
import { markdownCell } from '../../../pipeline/emit/dataset-card.js';
import { DATASET } from '../../../pipeline/emit/identity.js';
import { tableSchemas } from '../../../pipeline/emit/schemas.js';
import { TABLES } from '../../../pipeline/schemas/tables.js';
import { readReleaseJson, releaseFile } from '../release.js';

/** The body of a `## heading` section, up to the next heading of the same level. */
function section(card: string, heading: string): string {
  const start = card.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = card.indexOf('\n## ', start + 1);
  return card.slice(start, end < 0 ? undefined : end);
}

/** Rows of the Markdown table under `### table` in the codebook: column → example cell. */
function codebookRows(card: string, table: string): Map<string, string> {
  const body = section(card, 'Codebook').split(`\n### ${table}\n`)[1]!.split('\n### ')[0]!;
  const rows = body.split('\n').filter((l) => l.startsWith('| `'));
  // The example is the last cell; cells escape their pipes, so split on unescaped ones.
  return new Map(rows.map((l) => {
    const cells = l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
    return [cells[0]!.replace(/`/g, ''), cells.at(-1)!];
  }));
}

export function cardChecks(): void {
  describe('the dataset card', () => {
    const card = () => fs.readFileSync(releaseFile('README.md'), 'utf8');

    it.each(['What is in it', 'Coverage', 'Use it', 'Files', 'Codebook', 'Method', 'Known limitations', 'Licence', 'How to cite', 'Latest changes'])('has a "%s" section', (heading) => {
      expect(section(card(), heading).length).toBeGreaterThan(40);
    });

    it('says what is not in the dataset', () => {
      expect(section(card(), 'What is in it')).toMatch(/Not in it: the articles themselves/);
    });

    it('covers every source and the span of the events', () => {
      const coverage = section(card(), 'Coverage');
      for (const s of readReleaseJson<Array<{ title: string | null; publisher: string | null }>>('json', 'sources.json')) {
        if (s.title) expect(coverage).toContain(s.title);
        if (s.publisher) expect(coverage).toContain(s.publisher);
      }
      const events = readReleaseJson<Array<{ date_start: string; date_end: string }>>('json', 'events.json');
      const first = events.map((e) => e.date_start).sort()[0]!;
      const last = events.map((e) => e.date_end).sort().at(-1)!;
      expect(coverage).toContain(`dated ${first} to ${last}`);
    });

    it.each(TABLES)('documents every column of %s with its meaning and a real example value', (table) => {
      const rows = codebookRows(card(), table);
      const { schema } = tableSchemas().get(table)!;
      expect([...rows.keys()]).toEqual(Object.keys(schema.properties));
      const records = readReleaseJson<Array<Record<string, unknown>>>('json', `${table}.json`);
      for (const [column, example] of rows) {
        expect(schema.properties[column]!.description, column).toBeTruthy();
        const cells = new Set(records.map((r) => markdownCell(r[column])));
        if (example === '—') expect(records.every((r) => r[column] === null || r[column] === '' || (Array.isArray(r[column]) && !(r[column] as unknown[]).length)), column).toBe(true);
        else expect(cells.has(example), `${table}.${column} example ${example}`).toBe(true);
      }
    });

    it('explains every PLOVER event type of the schema', () => {
      const types = (tableSchemas().get('events')!.schema.$defs!.EventType!.enum as string[]);
      const codebook = section(card(), 'Codebook');
      for (const t of types) expect(codebook).toMatch(new RegExp(`\\| \`${t}\` \\| \\w`));
    });

    it('says how CSV cells are escaped against formula injection and how to undo it', () => {
      expect(card()).toMatch(/OWASP/);
      expect(card()).toMatch(/remove one leading apostrophe/);
    });

    it('gives the licence, the citation and the latest changelog entry', () => {
      expect(section(card(), 'Licence')).toContain('CC-BY-4.0');
      expect(section(card(), 'How to cite')).toContain('CITATION.cff');
      const changelog = fs.readFileSync(releaseFile('CHANGES.md'), 'utf8');
      const latest = /^## (.+)$/m.exec(changelog)![1]!;
      expect(section(card(), 'Latest changes')).toContain(`### ${latest}`);
    });
  });

  describe('CITATION.cff', () => {
    const cff = fs.readFileSync(path.join(PROJECT, 'CITATION.cff'), 'utf8');
    const top = new Map([...cff.matchAll(/^([a-z-]+): *"?([^"\n]*)"?$/gm)].map((m) => [m[1]!, m[2]!]));

    it('describes the dataset as the identity does', () => {
      expect(top.get('cff-version')).toBe('1.2.0');
      expect(top.get('type')).toBe('dataset');
      expect(top.get('title')).toBe(DATASET.title);
      expect(top.get('license')).toBe(DATASET.dataLicense);
      expect(top.get('message')).toBeTruthy();
      expect(cff).toContain(`  - name: "${DATASET.authors}"`);
      expect(cff).not.toMatch(/\t/);
    });
  });
}
