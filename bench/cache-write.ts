// CPU (user and system apart) of writing sources' cache files as extraction workers do: THREADS
// writers at once, each writing its share of COUNT real sources (rows and entry values taken
// from a cache of format 3, e.g. bench/out/cache-2000) into a fresh cache folder, with the cache
// code of the checkout CODE (its writeSourceEntry where it has one, else its writeFragments and
// writeEntryText). Only the writes are timed: the data is loaded and encoded before. Run it for
// two checkouts alternately to compare them.
//
//   node --import tsx bench/cache-write.ts --code DIR --from CACHE [--count 1000] [--threads 2] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Source { key: string; texts: [string, string]; value: { mentions: Record<string, unknown> | null } & Record<string, unknown> }

/** Sources from a cache of format 3: each `<key>.json` entry and its `<key>.mentions` rows. */
function loadSources(from: string, count: number, share: number, shares: number): Source[] {
  const files = fs.readdirSync(from, { recursive: true }).map(String).filter((n) => n.endsWith('.json')).sort().slice(0, count);
  return files.filter((_, i) => i % shares === share).map((name) => {
    const text = fs.readFileSync(path.join(from, name), 'utf8');
    const value = JSON.parse(text).value as Source['value'];
    const rows = fs.readFileSync(path.join(from, name.replace(/\.json$/, '.mentions')));
    const m = value.mentions as { csv: { offset: number; bytes: number }; json: { offset: number; bytes: number } } | null;
    const texts: [string, string] = m ? [rows.toString('utf8', m.csv.offset, m.csv.offset + m.csv.bytes), rows.toString('utf8', m.json.offset, m.json.offset + m.json.bytes)] : ['', ''];
    return { key: path.basename(name, '.json'), texts, value };
  });
}

const { values } = parseArgs({ options: { code: { type: 'string' }, from: { type: 'string' }, count: { type: 'string' }, threads: { type: 'string' }, out: { type: 'string' }, share: { type: 'string' }, at: { type: 'string' } } });
const threads = Number(values.threads ?? 2);
const count = Number(values.count ?? 1000);
const out = path.resolve(values.out ?? `/tmp/cache-write-${process.pid}`);
if (values.share === undefined) {
  // Processes rather than worker threads (tsx's loader does not reach workers on Node 20): the
  // kernel's side of a file creation is the same, and each measures its own writes.
  fs.rmSync(out, { recursive: true, force: true });
  const at = Date.now() + 6000; // all start writing at once, after loading
  const runs = Array.from({ length: threads }, (_, share) => new Promise<{ n: number; user: number; system: number }>((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2), '--share', String(share), '--at', String(at), '--out', out], (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))));
  }));
  const parts = await Promise.all(runs);
  const n = parts.reduce((a, p) => a + p.n, 0);
  const sum = (k: 'user' | 'system') => parts.reduce((a, p) => a + p[k], 0);
  console.log(JSON.stringify({ code: values.code, sources: n, threads, userMsPerSource: sum('user') / 1000 / n, systemMsPerSource: sum('system') / 1000 / n }));
  fs.rmSync(out, { recursive: true, force: true });
} else {
  const cache = await import(path.join(path.resolve(values.code!), 'pipeline/cache/extract-cache.ts'));
  const sources = loadSources(path.resolve(values.from!), count, Number(values.share), threads);
  const settings = { dir: out, rulesVersion: 'b'.repeat(64) };
  await new Promise((r) => setTimeout(r, Math.max(0, Number(values.at) - Date.now())));
  const before = process.cpuUsage();
  for (const { key, texts, value } of sources) {
    const entryOf = ([csv, json]: unknown[]) => ({ ...value, mentions: value.mentions && { ...value.mentions, csv, json } });
    if (cache.writeSourceEntry) cache.writeSourceEntry(settings, key, texts, entryOf);
    else cache.writeEntryText(settings, key, entryOf((await cache.writeFragments(settings, key, texts))!));
  }
  const { user, system } = process.cpuUsage(before);
  console.log(JSON.stringify({ n: sources.length, user, system }));
}
