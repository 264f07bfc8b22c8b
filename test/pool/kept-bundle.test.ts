// A bundle kept between runs (pipeline/kept-bundle.ts) must never be stale: it is used again only
// while every input, every file its plugins read and every folder an import resolves in is as it
// was; any change builds again. And what it keeps is what esbuild gives for that code.
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptBundle, RACY_MS, type KeptBundleSpec } from '../../pipeline/kept-bundle.js';

let root = '';
let spec: KeptBundleSpec;
const settle = () => new Promise((resolve) => setTimeout(resolve, RACY_MS + 150));
const write = (name: string, text: string) => fs.writeFile(path.join(root, name), text);
const kept = async () => {
  const bundle = await keptBundle(spec);
  return { built: bundle.built, text: await fs.readFile(bundle.files.a!, 'utf8'), file: bundle.files.a! };
};

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'kept-bundle-'));
  await fs.mkdir(path.join(root, 'src'));
  await write('src/a.ts', "import { b } from './b.js';\nimport { c } from './c.js';\nexport const a = `${b} ${c}`;\n");
  await write('src/b.ts', "export const b: string = 'bee';\n");
  await write('src/c.ts', "export const c: string = 'sea';\n");
  await write('plugin-reads.txt', 'one');
  // A plugin that reads a file of its own: the bundle depends on it, though esbuild never lists it.
  const readsAFile = (watch: (file: string) => void): Plugin => ({
    name: 'reads-a-file',
    setup(b) {
      b.onLoad({ filter: /c\.ts$/ }, async (args) => {
        watch(path.join(root, 'plugin-reads.txt'));
        const extra = await fs.readFile(path.join(root, 'plugin-reads.txt'), 'utf8');
        return { contents: (await fs.readFile(args.path, 'utf8')).replace('sea', `sea ${extra}`), loader: 'ts' };
      });
    },
  });
  spec = {
    name: 'a',
    dir: path.join(root, 'kept'),
    root,
    options: { entryPoints: [path.join(root, 'src/a.ts')], absWorkingDir: root, bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' },
    plugins: (watch) => [readsAFile(watch)],
    extension: '.mjs',
  };
  await settle();
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('a bundle kept between runs', () => {
  it('is built once, then used again while nothing changed, and is what esbuild gives', async () => {
    const first = await kept();
    expect(first.built).toBe(true);
    expect(first.text).toContain('sea one');
    const again = await kept();
    expect(again).toEqual({ ...first, built: false });
    const fresh = await build({ ...spec.options, outdir: spec.dir, write: false, plugins: spec.plugins!(() => {}) });
    expect(again.text).toBe(fresh.outputFiles[0]!.text);
  });

  it('is built again when an input changes, and not kept while the change is racy', async () => {
    await write('src/b.ts', "export const b: string = 'bumblebee';\n");
    const edited = await kept();
    expect(edited.built).toBe(true);
    expect(edited.text).toContain('bumblebee');
    // Changed within RACY_MS of the build: used, but built again until it settles.
    expect((await kept()).built).toBe(true);
    await settle();
    expect((await kept()).built).toBe(true);
    expect(await kept()).toMatchObject({ built: false, text: edited.text });
  });

  it('is built again when a file a plugin read changes', async () => {
    await write('plugin-reads.txt', 'two');
    const edited = await kept();
    expect(edited).toMatchObject({ built: true });
    expect(edited.text).toContain('sea two');
  });

  it('is built again when a new file changes how an import resolves', async () => {
    await settle();
    expect((await kept()).built).toBe(true); // the settled edit of plugin-reads.txt, kept now
    expect((await kept()).built).toBe(false);
    // esbuild takes ./b.js itself where it exists, before b.ts.
    await write('src/b.js', "export const b = 'wasp';\n");
    const shadowed = await kept();
    expect(shadowed.built).toBe(true);
    expect(shadowed.text).toContain('wasp');
    await fs.rm(path.join(root, 'src/b.js'));
    expect((await kept()).text).toContain('bumblebee');
  });

  it('is built again when its output or its manifest is missing or damaged', async () => {
    await settle();
    const settled = await kept();
    expect((await kept()).built).toBe(false);
    await fs.rm(settled.file);
    expect((await kept()).built).toBe(true);
    for (const name of await fs.readdir(spec.dir)) if (name.endsWith('.json')) await fs.writeFile(path.join(spec.dir, name), '{"key":');
    expect((await kept()).built).toBe(true);
  });

  it('is built again under other options (one bundle is kept under a name)', async () => {
    await settle();
    await kept();
    expect((await kept()).built).toBe(false);
    const minified = await keptBundle({ ...spec, options: { ...spec.options, minify: true } });
    expect(minified.built).toBe(true);
    expect(await fs.readFile(minified.files.a!, 'utf8')).not.toContain('// src/b.ts');
    expect((await kept()).built).toBe(true);
  });
});
