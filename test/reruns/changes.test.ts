// Every run is compared with the previous release: CHANGES.md and changes.json say what changed,
// and the version moves by semver (corrected value: patch; records added or removed, or a new
// column: minor; a removed or renamed column: major).
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffTables, nextVersion, type PreviousRelease } from '../../pipeline/emit/changes.js';
import { columnsOf } from '../../pipeline/emit/schemas.js';
import type { DatasetTables } from '../../pipeline/normalize/index.js';
import { build, copyRaw, FIXTURES, readJson, readTree, tempDir, treeDifferences } from './helpers.js';

const NEW_ID = 'zz-border-market';
type Changes = { version: string; previous_version: string | null; tables: Record<string, { added: string[]; removed: string[]; changed: Array<{ id: string; fields: Array<{ field: string; from: unknown; to: unknown }> }> }> };

describe('changes between releases', () => {
  let tmp: string;
  let raw: string;
  let out: string;
  const releases: Array<{ changes: Changes; changelog: string }> = [];
  const snapshot = async () => {
    releases.push({ changes: await readJson(path.join(out, 'changes.json')), changelog: await fs.readFile(path.join(out, 'CHANGES.md'), 'utf8') });
    return releases.at(-1)!;
  };
  const grows = (c: Changes) => Object.values(c.tables).some((t) => t.added.length || t.removed.length);

  beforeAll(async () => {
    tmp = await tempDir('changes');
    raw = await copyRaw(path.join(tmp, 'raw'));
    out = path.join(tmp, 'dist');
    await build(raw, out);
    await snapshot();
  });

  it('a first release is 1.0.0 and says so', () => {
    const { changes, changelog } = releases[0]!;
    expect(changes.version).toBe('1.0.0');
    expect(changes.previous_version).toBeNull();
    expect(changelog).toMatch(/^# Changelog\n[\s\S]*\n## 1\.0\.0\b[\s\S]*First release\./);
  });

  it('adding a source is a minor release listing what it added', async () => {
    await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, `${NEW_ID}.txt`));
    await fs.copyFile(path.join(FIXTURES, 'border-market.meta.json'), path.join(raw, `${NEW_ID}.meta.json`));
    await build(raw, out);
    const { changes, changelog } = await snapshot();
    expect(changes.version).toBe('1.1.0');
    expect(changes.previous_version).toBe('1.0.0');
    expect(changes.tables.sources!.added).toEqual([NEW_ID]);
    expect(changes.tables.mentions!.added.length).toBeGreaterThan(0);
    expect(changes.tables.sources!.removed).toEqual([]);
    // The changelog gains one entry on top and keeps the first one.
    expect(changelog.indexOf('## 1.1.0')).toBeGreaterThan(0);
    expect(changelog.indexOf('## 1.1.0')).toBeLessThan(changelog.indexOf('## 1.0.0'));
    expect(changelog).toContain(`added sources \`${NEW_ID}\``);
    expect(changelog.match(/^## /gm)).toHaveLength(2);
  });

  it('a run that changes nothing leaves the release byte-identical', async () => {
    const before = await readTree(out);
    const summary = await build(raw, out);
    expect(summary).toMatchObject({ changed: false, version: '1.1.0' });
    expect(treeDifferences(before, await readTree(out))).toEqual([]);
  });

  it('editing a value in a source lists the field changed, and versions it by the rules', async () => {
    // The first figure of the new source: one digit of its number changed, nothing else.
    const figures = await readJson<Array<Record<string, any>>>(path.join(out, 'json', 'figures.json'));
    const file = path.join(raw, `${NEW_ID}.txt`);
    const text = await fs.readFile(file, 'utf8');
    const span = (f: Record<string, any>) => f.figure_id.split(':f:')[1].split('-').map(Number) as [number, number];
    const figure = figures.find((f) => f.source_id === NEW_ID && /[1-8]/.test(text.slice(...span(f))));
    expect(figure, 'the fixture must yield a figure written in digits').toBeDefined();
    const [start, end] = span(figure!);
    const at = start + text.slice(start, end).search(/[1-8]/);
    await fs.writeFile(file, text.slice(0, at) + String(Number(text[at]) + 1) + text.slice(at + 1));

    await build(raw, out);
    const { changes, changelog } = await snapshot();
    const changed = changes.tables.figures!.changed.find((c) => c.id === figure!.figure_id);
    expect(changed?.fields.find((f) => f.field === 'value')).toMatchObject({ from: figure!.value });
    expect(changes.tables.sources!.changed.map((c) => c.id)).toEqual([NEW_ID]);
    expect(changes.version).toBe(grows(changes) ? '1.2.0' : '1.1.1');
    expect(changelog).toContain(`changed figures \`${figure!.figure_id}\`: `);
  });

  it('removing a source is a minor release listing the records removed', async () => {
    const previous = releases.at(-1)!.changes.version;
    const mentions = await readJson<Array<Record<string, any>>>(path.join(out, 'json', 'mentions.json'));
    await fs.rm(path.join(raw, `${NEW_ID}.txt`));
    await fs.rm(path.join(raw, `${NEW_ID}.meta.json`));
    await build(raw, out);
    const { changes, changelog } = await snapshot();
    const [major, minor] = previous.split('.').map(Number) as [number, number];
    expect(changes.version).toBe(`${major}.${minor + 1}.0`);
    expect(changes.tables.sources!.removed).toEqual([NEW_ID]);
    expect(changes.tables.mentions!.removed.sort()).toEqual(mentions.filter((m) => m.source_id === NEW_ID).map((m) => m.mention_id).sort());
    expect(changelog).toContain(`removed sources \`${NEW_ID}\``);
  });

  it('compares with --previous when given, instead of the output folder', async () => {
    const other = path.join(tmp, 'other');
    const summary = await build(raw, other, { previous: out });
    expect(summary.changed).toBe(false);
    expect((await readJson(path.join(other, 'changes.json'))).version).toBe(releases.at(-1)!.changes.version);
  });
});

describe('versions by semver', () => {
  const empty = { sources: [], actors: [], events: [], evidence: [], figures: [], mentions: [] } as unknown as DatasetTables;
  const previousWith = (columns: Partial<Record<string, string[]>>): PreviousRelease => ({
    version: '2.3.4', tables: {}, changelog: '',
    columns: { sources: columnsOf('sources'), actors: columnsOf('actors'), events: columnsOf('events'), evidence: columnsOf('evidence'), figures: columnsOf('figures'), mentions: columnsOf('mentions'), ...columns },
  });

  it.each([
    ['nothing changed', '2.3.4', previousWith({})],
    ['a column added', '2.4.0', previousWith({ events: columnsOf('events').slice(0, -1) })],
    ['a column removed', '3.0.0', previousWith({ events: [...columnsOf('events'), 'old_column'] })],
    ['a column renamed', '3.0.0', previousWith({ events: [...columnsOf('events').slice(0, -1), 'old_name'] })],
  ])('%s → %s', (_, version, previous) => {
    expect(diffTables(previous, empty, null).version).toBe(version);
  });

  it.each([
    [{ added: ['x'], removed: [], changed: [] }, '2.4.0'],
    [{ added: [], removed: ['x'], changed: [] }, '2.4.0'],
    [{ added: [], removed: [], changed: [{ id: 'x', fields: [{ field: 'value', from: 1, to: 2 }] }] }, '2.3.5'],
  ])('records %j → %s', (events, version) => {
    const none = { added: [], removed: [], changed: [] };
    const tables = { sources: none, actors: none, events, evidence: none, figures: none, mentions: none };
    expect(nextVersion('2.3.4', { columns: { added: [], removed: [] }, tables })).toBe(version);
  });
});
