// The rows event ids are carried over by, kept in the cache for the release a run wrote
// (emit/previous-ids.ts): the same rows readPreviousEvents reads out of that release, and never
// used for a release whose events or evidence file differs from the one they were taken from.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPreviousEvents } from '../../pipeline/emit/previous-release.js';
import { readPreviousIds } from '../../pipeline/emit/previous-ids.js';
import { build, copyRaw, FIXTURES, tempDir } from './helpers.js';

describe('the id rows kept in the cache', () => {
  let tmp: string;
  let cache: string;
  let out: string;

  beforeAll(async () => {
    tmp = await tempDir('previous-ids');
    const raw = await copyRaw(path.join(tmp, 'raw'));
    cache = path.join(tmp, 'cache');
    out = path.join(tmp, 'dist');
    await build(raw, out, { cache });
    await fs.copyFile(path.join(FIXTURES, 'border-market.txt'), path.join(raw, '000-border-market.txt'));
    await build(raw, out, { cache });
  });

  it('are the rows read out of the release itself', async () => {
    const kept = readPreviousIds(cache, out);
    const read = await readPreviousEvents(out);
    expect(read.evidence.length).toBeGreaterThan(10);
    expect(kept).toEqual(read);
  });

  it('hold for a copy of the release elsewhere (the same bytes)', async () => {
    const copy = path.join(tmp, 'copy');
    await fs.cp(out, copy, { recursive: true });
    expect(readPreviousIds(cache, copy)).toEqual(await readPreviousEvents(copy));
  });

  it.each(['events', 'evidence'])('are not used once %s.json is changed, even at the same length', async (table) => {
    const copy = path.join(tmp, `changed-${table}`);
    await fs.cp(out, copy, { recursive: true });
    const file = path.join(copy, 'json', `${table}.json`);
    const text = await fs.readFile(file, 'utf8');
    const at = text.indexOf('"ev-') + 4; // a character of the first event id
    await fs.writeFile(file, `${text.slice(0, at)}${text[at] === '0' ? '1' : '0'}${text.slice(at + 1)}`);
    expect(readPreviousIds(cache, copy)).toBeNull();
  });

  it('are not used without the cache\'s record', async () => {
    expect(readPreviousIds(path.join(tmp, 'no-cache'), out)).toBeNull();
  });
});
