// Adding a source never changes the ids of what that source does not touch.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, copyRaw, FIXTURES, readJson, tempDir } from './helpers.js';

// Sorts before every seed id: ids must not depend on a source's position in the folder.
const NEW_ID = '000-border-market';
type Row = Record<string, any>;

describe('stable ids when a source is added', () => {
  const before: Record<string, Row[]> = {};
  const after: Record<string, Row[]> = {};

  beforeAll(async () => {
    const tmp = await tempDir('stable');
    const raw = await copyRaw(path.join(tmp, 'raw'));
    await build(raw, path.join(tmp, 'before'));
    // A source about something else: a border market opened in May 2023.
    await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, `${NEW_ID}.txt`));
    await fs.copyFile(path.join(FIXTURES, 'border-market.meta.json'), path.join(raw, `${NEW_ID}.meta.json`));
    await build(raw, path.join(tmp, 'after'));
    for (const t of ['events', 'evidence', 'actors', 'figures', 'mentions', 'sources']) {
      before[t] = await readJson(path.join(tmp, 'before', 'json', `${t}.json`));
      after[t] = await readJson(path.join(tmp, 'after', 'json', `${t}.json`));
    }
  });

  it('the new source was read and adds records', () => {
    expect(after.sources!.map((s) => s.source_id)).toContain(NEW_ID);
    expect(after.mentions!.some((m) => m.source_id === NEW_ID)).toBe(true);
  });

  it('keeps every event id, and events the new source does not state are unchanged', () => {
    const now = new Map(after.events!.map((e) => [e.event_id, e]));
    const touched = new Set(after.evidence!.filter((e) => e.source_id === NEW_ID).map((e) => e.event_id));
    expect(before.events!.length).toBeGreaterThan(0);
    for (const event of before.events!) {
      expect(now.has(event.event_id), `event ${event.event_id} disappeared`).toBe(true);
      if (!touched.has(event.event_id)) expect(now.get(event.event_id)).toEqual(event);
    }
  });

  it('keeps every actor id', () => {
    const ids = new Set(after.actors!.map((a) => a.actor_id));
    for (const a of before.actors!) expect(ids.has(a.actor_id), a.actor_id).toBe(true);
  });

  it('keeps every figure id and figure of the other sources', () => {
    const now = new Map(after.figures!.map((f) => [f.figure_id, f]));
    for (const f of before.figures!) {
      // The event a figure points to may be one the new source merged into; its id must stay.
      expect(now.get(f.figure_id)).toEqual(f);
    }
  });

  it('keeps the mentions of the other sources', () => {
    expect(after.mentions!.filter((m) => m.source_id !== NEW_ID)).toEqual(before.mentions);
  });
});
