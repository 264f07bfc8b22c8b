// What a rerun reads of the previous release to carry event ids over: each event's type,
// initiator, target and date, and where each evidence row stands, read a record at a time, with
// the same result as reading the tables whole, also from a release whose files were re-laid out or lost by hand.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPreviousEvents, readPreviousTables } from '../../pipeline/emit/previous-release.js';
import { build, copyRaw, tempDir } from './helpers.js';

type Row = Record<string, unknown>;
const pick = (rows: Row[], fields: string[]) => rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])));

describe('readPreviousEvents', () => {
  let release: string;
  let whole: Record<'events' | 'evidence', Row[]>;

  beforeAll(async () => {
    const tmp = await tempDir('previous-events');
    release = path.join(tmp, 'dist');
    await build(await copyRaw(path.join(tmp, 'raw')), release);
    whole = await readPreviousTables(release, ['events', 'evidence']);
  });

  const expected = () => ({ events: pick(whole.events, ['event_id', 'event_type', 'actor1_id', 'actor2_id', 'date']), evidence: pick(whole.evidence, ['event_id', 'source_id', 'char_start']) });

  it('keeps the fields ids are carried over by, of every record, in order', async () => {
    expect(whole.evidence.length).toBeGreaterThan(10);
    expect(await readPreviousEvents(release)).toEqual(expected());
  });

  it('reads a table laid out otherwise (re-indented by hand) whole, to the same result', async () => {
    const copy = `${release}-reindented`;
    await fs.cp(release, copy, { recursive: true });
    await fs.writeFile(path.join(copy, 'json', 'evidence.json'), JSON.stringify(whole.evidence));
    expect(await readPreviousEvents(copy)).toEqual(expected());
  });

  it('counts a missing or unreadable table as empty', async () => {
    const copy = `${release}-damaged`;
    await fs.cp(release, copy, { recursive: true });
    await fs.rm(path.join(copy, 'json', 'events.json'));
    await fs.writeFile(path.join(copy, 'json', 'evidence.json'), '[\n  {\n    "event_id": ');
    expect(await readPreviousEvents(copy)).toEqual({ events: [], evidence: [] });
  });
});
