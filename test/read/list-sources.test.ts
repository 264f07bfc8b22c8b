// Listing raw/: a regular file listed in the folder is taken without resolving it again (the
// listing's own fast path), while links and other entries are still resolved, so that a link is
// followed only when it ends inside the folder (README, "How to add a source").
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSources } from '../../pipeline/read/read-folder.js';

describe('listSources', () => {
  let tmp: string;
  let raw: string;
  let listed: Awaited<ReturnType<typeof listSources>>;

  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'list-sources-'));
    raw = path.join(tmp, 'raw');
    const outside = path.join(tmp, 'outside');
    await fs.mkdir(raw);
    await fs.mkdir(outside);
    await fs.writeFile(path.join(raw, 'plain.txt'), 'A plain article.');
    await fs.writeFile(path.join(raw, 'plain.meta.json'), '{}');
    await fs.writeFile(path.join(raw, 'página-ü.txt'), 'An article whose file name is not ASCII.');
    await fs.writeFile(path.join(raw, 'page.html'), '<p>A saved page.</p>');
    await fs.writeFile(path.join(outside, 'secret.txt'), 'Not to be published.');
    await fs.symlink('plain.txt', path.join(raw, 'link-inside.txt'));
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(raw, 'link-outside.txt'));
    await fs.symlink('loop.txt', path.join(raw, 'loop.txt'));
    await fs.mkdir(path.join(raw, 'folder.txt'));
    await fs.writeFile(path.join(raw, 'notes.docx'), 'not a source');
    listed = await listSources(raw);
  });

  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('lists regular files and links that stay inside the folder, with their sidecars', async () => {
    const root = await fs.realpath(raw);
    expect(listed.files.map((f) => [f.sourceId, f.format, f.sidecarPath && path.basename(f.sidecarPath)])).toEqual([
      ['link-inside', 'text', null],
      ['page', 'html', null],
      ['plain', 'text', 'plain.meta.json'],
    ]);
    for (const f of listed.files) expect(f.path).toBe(path.join(root, f.file));
  });

  it('reports links that lead outside, loops, folders, invalid ids and other files instead of listing them', () => {
    const byFile = new Map(listed.problems.map((p) => [p.file, p]));
    for (const name of ['link-outside.txt', 'loop.txt', 'folder.txt']) {
      expect(byFile.get(name)?.problem).toMatch(/not a regular file inside the raw folder/);
      expect(byFile.get(name)?.action).toBe('ignored');
    }
    expect(byFile.get('página-ü.txt')?.problem).toMatch(/not a valid source id/);
    expect(byFile.get('notes.docx')?.severity).toBe('warning');
    expect(listed.problems).toHaveLength(5);
  });
});
