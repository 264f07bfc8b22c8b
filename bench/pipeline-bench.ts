// npm run bench [-- --sizes 1000,10000 --ratio-size 2000]: throughput, peak memory and scaling
// of the whole pipeline and of extraction alone on generated corpora, the time of a rerun after
// adding one source, and chrono-node parsing dates alone on the same text as the reference.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, 'ratio-size': { type: 'string' }, work: { type: 'string' } } });
const sizes = (values.sizes ?? '1000,10000').split(',').map(Number);
const ratioSize = Number(values['ratio-size'] ?? 2000);
const work = path.resolve(values.work ?? 'bench/out');
const project = path.resolve(import.meta.dirname, '..');
fs.mkdirSync(work, { recursive: true });

interface Run { seconds: number; maxRssMB: number }
function run(args: string[], env: Record<string, string> = {}): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(project, 'bench/run-build.ts'), ...args], { cwd: project, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
}

function corpus(n: number): { dir: string; bytes: number } {
  const dir = path.join(work, `corpus-${n}`);
  if (!fs.existsSync(dir) || fs.readdirSync(dir).length !== n) {
    fs.rmSync(dir, { recursive: true, force: true });
    generateCorpus(path.join(project, 'raw'), dir, n);
  }
  const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  return { dir, bytes };
}

async function chronoThroughput(dir: string): Promise<{ seconds: number; charsPerSecond: number } | null> {
  let chrono: { parse: (text: string, ref?: Date) => unknown[] };
  try {
    chrono = (await import(path.join(project, 'bench/node_modules/chrono-node/dist/esm/index.js'))) as typeof chrono;
  } catch {
    return null;
  }
  const texts = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const ref = new Date(Date.UTC(2024, 0, 25));
  chrono.parse(texts[0]!, ref);
  const started = performance.now();
  for (const t of texts) chrono.parse(t, ref);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, charsPerSecond: chars / seconds };
}

const cache = (name: string) => ({ IPE_CACHE_DIR: path.join(work, `cache-${name}`) });
const rows: Array<Record<string, unknown>> = [];
for (const n of [...new Set([...sizes, ratioSize])].sort((a, b) => a - b)) {
  const { dir, bytes } = corpus(n);
  const out = path.join(work, `dist-${n}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(cache(String(n)).IPE_CACHE_DIR, { recursive: true, force: true });
  const full = run(['--raw', dir, '--out', out], cache(String(n)));
  fs.rmSync(cache(`x${n}`).IPE_CACHE_DIR, { recursive: true, force: true });
  const extract = run(['--raw', dir, '--extract-only'], cache(`x${n}`));
  const chrono = await chronoThroughput(dir);
  const row: Record<string, unknown> = {
    sources: n, MB: +(bytes / 1e6).toFixed(1),
    pipeline_s: +full.seconds.toFixed(2), pipeline_sources_per_s: Math.round(n / full.seconds), pipeline_MB_per_s: +(bytes / 1e6 / full.seconds).toFixed(2), pipeline_peak_rss_MB: Math.round(full.maxRssMB),
    extract_s: +extract.seconds.toFixed(2), extract_MB_per_s: +(bytes / 1e6 / extract.seconds).toFixed(2), extract_peak_rss_MB: Math.round(extract.maxRssMB),
    chrono_s: chrono ? +chrono.seconds.toFixed(2) : null, chrono_Mchars_per_s: chrono ? +(chrono.charsPerSecond / 1e6).toFixed(2) : null,
    pipeline_vs_chrono: chrono ? +(full.seconds / chrono.seconds).toFixed(2) : null,
  };
  if (n === Math.max(...sizes)) {
    // A rerun after one new source: the previous release and the cache of the full run are kept.
    const added = path.join(work, `corpus-${n}-plus-one`);
    fs.rmSync(added, { recursive: true, force: true });
    fs.cpSync(dir, added, { recursive: true });
    fs.copyFileSync(path.join(project, 'raw', fs.readdirSync(path.join(project, 'raw')).find((f) => f.endsWith('.txt'))!), path.join(added, 'zz-new-source.txt'));
    const rerun = run(['--raw', added, '--out', out], cache(String(n)));
    row.rerun_plus_one_s = +rerun.seconds.toFixed(2);
    row.rerun_share_of_full = +(rerun.seconds / full.seconds).toFixed(3);
  }
  rows.push(row);
  console.error(JSON.stringify(row));
}
const small = rows.find((r) => r.sources === Math.min(...sizes));
const large = rows.find((r) => r.sources === Math.max(...sizes));
const growth = small && large ? +((large.pipeline_s as number) / (small.pipeline_s as number)).toFixed(2) : null;
console.log(`| sources | MB | pipeline s | sources/s | MB/s | peak RSS MB | extract s | extract MB/s | chrono s | chrono Mchar/s | pipeline ÷ chrono |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const r of rows) console.log(`| ${r.sources} | ${r.MB} | ${r.pipeline_s} | ${r.pipeline_sources_per_s} | ${r.pipeline_MB_per_s} | ${r.pipeline_peak_rss_MB} | ${r.extract_s} | ${r.extract_MB_per_s} | ${r.chrono_s ?? 'n/a'} | ${r.chrono_Mchars_per_s ?? 'n/a'} | ${r.pipeline_vs_chrono ?? 'n/a'} |`);
console.log(`time growth ${small?.sources} → ${large?.sources} sources: ×${growth} (${(large?.sources as number) / (small?.sources as number)}× sources)`);
if (large?.rerun_plus_one_s !== undefined) console.log(`rerun after adding one source to ${large.sources}: ${large.rerun_plus_one_s} s (${(100 * (large.rerun_share_of_full as number)).toFixed(1)} % of a full run)`);
fs.writeFileSync(path.join(work, 'results.json'), `${JSON.stringify({ rows, growth }, null, 2)}\n`);
