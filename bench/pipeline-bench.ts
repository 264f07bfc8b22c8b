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

interface Run { seconds: number; cpuSeconds: number; maxRssMB: number; extracted: number | null; reused: number | null }
/** node's options as `npm run pipeline` gives them (the young generation, --expose-gc), so that the bench runs as users do. */
const pipelineFlags = (JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')).scripts.pipeline as string).split(/\s+/).filter((word) => word.startsWith('--'));
function run(args: string[]): Run {
  const out = execFileSync(process.execPath, [...pipelineFlags, '--import', 'tsx', path.join(project, 'bench/run-build.ts'), ...args], { cwd: project, encoding: 'utf8', maxBuffer: 1 << 26 });
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

async function chronoThroughput(dir: string): Promise<{ seconds: number; cpuSeconds: number; charsPerSecond: number } | null> {
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
  const cpu = process.cpuUsage();
  for (const t of texts) chrono.parse(t, ref);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, charsPerSecond: chars / seconds };
}

// Full runs start cold: a fresh, empty extraction cache of their own (which they fill, as a
// user's first run would). The rerun after adding one source is warm: it reuses the cache and the
// release of the full run.
const cacheDir = (name: string) => path.join(work, `cache-${name}`);
const freshCache = (name: string) => {
  fs.rmSync(cacheDir(name), { recursive: true, force: true });
  return ['--cache', cacheDir(name)];
};
const rows: Array<Record<string, unknown>> = [];
for (const n of [...new Set([...sizes, ratioSize])].sort((a, b) => a - b)) {
  const { dir, bytes } = corpus(n);
  const out = path.join(work, `dist-${n}`);
  fs.rmSync(out, { recursive: true, force: true });
  // The rerun adds a source to the folder the full run read, as a user adds one to raw/: that
  // size's full run reads a copy of the corpus that the rerun then grows by one file.
  const reruns = n === Math.max(...sizes);
  const added = path.join(work, `corpus-${n}-plus-one`);
  if (reruns) {
    fs.rmSync(added, { recursive: true, force: true });
    fs.cpSync(dir, added, { recursive: true });
    // A user's archive was not copied a moment ago: the rerun snapshot does not stamp a file
    // changed less than 2 s before a run (cache/source-snapshot.ts, RACY_NS), and the rerun would
    // read those sources' results from the cache entries, as after an edit.
    await new Promise((resolve) => setTimeout(resolve, 2500));
  }
  const full = run(['--raw', reruns ? added : dir, '--out', out, ...freshCache(String(n))]);
  const extract = run(['--raw', dir, '--extract-only', ...freshCache(`x${n}`)]);
  fs.rmSync(cacheDir(`x${n}`), { recursive: true, force: true });
  const chrono = await chronoThroughput(dir);
  const row: Record<string, unknown> = {
    sources: n, MB: +(bytes / 1e6).toFixed(1),
    pipeline_s: +full.seconds.toFixed(2), pipeline_cpu_s: +full.cpuSeconds.toFixed(2), pipeline_sources_per_s: Math.round(n / full.seconds), pipeline_MB_per_s: +(bytes / 1e6 / full.seconds).toFixed(2), pipeline_peak_rss_MB: Math.round(full.maxRssMB),
    extract_s: +extract.seconds.toFixed(2), extract_cpu_s: +extract.cpuSeconds.toFixed(2), extract_MB_per_s: +(bytes / 1e6 / extract.seconds).toFixed(2), extract_peak_rss_MB: Math.round(extract.maxRssMB),
    chrono_s: chrono ? +chrono.seconds.toFixed(2) : null, chrono_Mchars_per_s: chrono ? +(chrono.charsPerSecond / 1e6).toFixed(2) : null,
    pipeline_vs_chrono: chrono ? +(full.seconds / chrono.seconds).toFixed(2) : null,
    chrono_cpu_s: chrono ? +chrono.cpuSeconds.toFixed(2) : null,
    // The same comparison in CPU time (the pipeline's on all its threads): steadier on a busy machine.
    pipeline_cpu_vs_chrono_cpu: chrono ? +(full.cpuSeconds / chrono.cpuSeconds).toFixed(2) : null,
  };
  if (reruns) {
    // A rerun after one new source: the previous release and the cache of the full run are kept.
    fs.copyFileSync(path.join(project, 'raw', fs.readdirSync(path.join(project, 'raw')).find((f) => f.endsWith('.txt'))!), path.join(added, 'zz-new-source.txt'));
    const rerun = run(['--raw', added, '--out', out, '--cache', cacheDir(String(n))]);
    row.rerun_plus_one_s = +rerun.seconds.toFixed(2);
    row.rerun_share_of_full = +(rerun.seconds / full.seconds).toFixed(3);
    // CPU time and memory too: on a shared machine the clock also counts other sessions' work.
    row.rerun_cpu_s = +rerun.cpuSeconds.toFixed(2);
    row.rerun_cpu_share_of_full = +(rerun.cpuSeconds / full.cpuSeconds).toFixed(3);
    row.rerun_peak_rss_MB = Math.round(rerun.maxRssMB);
    row.rerun_extracted = rerun.extracted;
    row.rerun_reused = rerun.reused;
  }
  rows.push(row);
  console.error(JSON.stringify(row));
}
const small = rows.find((r) => r.sources === Math.min(...sizes));
const large = rows.find((r) => r.sources === Math.max(...sizes));
const growth = small && large ? +((large.pipeline_s as number) / (small.pipeline_s as number)).toFixed(2) : null;
console.log(`| sources | MB | pipeline s | pipeline CPU s | sources/s | MB/s | peak RSS MB | extract s | extract CPU s | extract MB/s | chrono s | chrono Mchar/s | pipeline ÷ chrono | CPU: pipeline ÷ chrono |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const r of rows) console.log(`| ${r.sources} | ${r.MB} | ${r.pipeline_s} | ${r.pipeline_cpu_s} | ${r.pipeline_sources_per_s} | ${r.pipeline_MB_per_s} | ${r.pipeline_peak_rss_MB} | ${r.extract_s} | ${r.extract_cpu_s} | ${r.extract_MB_per_s} | ${r.chrono_s ?? 'n/a'} | ${r.chrono_Mchars_per_s ?? 'n/a'} | ${r.pipeline_vs_chrono ?? 'n/a'} | ${r.pipeline_cpu_vs_chrono_cpu ?? 'n/a'} |`);
console.log(`time growth ${small?.sources} → ${large?.sources} sources: ×${growth} (${(large?.sources as number) / (small?.sources as number)}× sources)`);
if (large?.rerun_plus_one_s !== undefined) console.log(`rerun after adding one source to ${large.sources}: ${large.rerun_plus_one_s} s (${(100 * (large.rerun_share_of_full as number)).toFixed(1)} % of a full run; CPU ${large.rerun_cpu_s} s, ${(100 * (large.rerun_cpu_share_of_full as number)).toFixed(1)} % of a full run's; peak RSS ${large.rerun_peak_rss_MB} MB; ${large.rerun_extracted} sources extracted, ${large.rerun_reused} from the cache)`);
fs.writeFileSync(path.join(work, 'results.json'), `${JSON.stringify({ rows, growth }, null, 2)}\n`);
