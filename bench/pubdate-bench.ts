// Publication-date bench: the pipeline's HTML reader on htmldate's English evaluation pages.
//
// usage: npm run bench:pubdate [-- DIR] [--out DIR] [--with-url] [--without-metadata] [--repeat N] [--errors N] [--no-baseline]
//   DIR         the bench folder (default ../shared/bench/pubdate beside the project): dev.jsonl, pages/
//   --out       where predictions go (default $TMPDIR/pubdate-bench)
//   --with-url  also give the reader the page's URL from dev.jsonl (the pipeline has only the
//               page itself, like the held-out check, so this is off by default)
//   --without-metadata  remove JSON-LD, meta tags, itemprop dates and canonical links first: how
//               well the visible dates alone (time, bylines, date lines) do on pages without metadata
// Prints precision, recall, accuracy and F-score (scored by ../shared/tools/pubdate.mjs) and pages per
// second (decode + parse + read, pages already in memory, best of --repeat passes after a warm-up);
// then metascraper's best variant scored the same way when bench/node_modules has it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml, readHtmlPage } from '../pipeline/read/html/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const flag = (name: string): boolean => {
  const i = args.indexOf(name);
  return i !== -1 && args.splice(i, 1).length > 0;
};
const outDir = resolve(opt('--out') ?? join(tmpdir(), 'pubdate-bench'));
const repeat = Number(opt('--repeat') ?? 3);
const errors = opt('--errors') ?? '0';
const withUrl = flag('--with-url');
const withoutMetadata = flag('--without-metadata');
const noBaseline = flag('--no-baseline');
const benchDir = resolve(args[0] ?? join(root, '..', 'shared', 'bench', 'pubdate'));
const scorer = resolve(benchDir, '..', '..', 'tools', 'pubdate.mjs');
const goldPath = join(benchDir, 'dev.jsonl');
if (!existsSync(goldPath)) {
  console.error(`bench:pubdate: no dev.jsonl in ${benchDir} (give the bench folder as the first argument)`);
  process.exit(2);
}

interface GoldPage { id: string; file: string; url: string; date: string }
const gold: GoldPage[] = readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldPage);
const pages = gold.map((g) => ({ ...g, bytes: readFileSync(join(benchDir, 'pages', g.file)) }));
const megabytes = pages.reduce((s, p) => s + p.bytes.length, 0) / 1e6;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The page without the metadata a careful site writes (JSON-LD, meta tags, itemprop dates, canonical link). */
const stripMetadata = (html: string): string =>
  html
    .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]*>/gi, '')
    .replace(/itemprop=["']?date(?:Published|Created)["']?/gi, '')
    .replace(/<link[^>]*canonical[^>]*>/gi, '');
const read = (p: (typeof pages)[number]) => {
  const html = decodeHtml(p.bytes).html;
  return readHtmlPage(withoutMetadata ? stripMetadata(html) : html, withUrl ? { url: p.url } : {});
};

mkdirSync(outDir, { recursive: true });
const predPath = join(outDir, 'pipeline.jsonl');
const rules = new Map<string, number>();
const predictions = pages.map((p) => {
  const article = read(p);
  const value = article.published?.value ?? null;
  rules.set(article.publishedRule ?? 'none', (rules.get(article.publishedRule ?? 'none') ?? 0) + 1);
  return { id: p.id, date: value && DAY.test(value) ? value : null };
});
writeFileSync(predPath, predictions.map((r) => JSON.stringify(r) + '\n').join(''));

// Wall time and this process's CPU time: on a shared, loaded machine the CPU time is the steadier figure.
let best = Infinity;
let bestCpu = Infinity;
for (let pass = 0; pass <= repeat; pass++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const p of pages) read(p);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  if (pass > 0) {
    // pass 0 warms up
    best = Math.min(best, seconds);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
  }
}

const score = (pred: string): string => execFileSync(process.execPath, [scorer, goldPath, pred, '--errors', errors], { encoding: 'utf8' });
console.log(`pipeline reader (${withUrl ? 'with' : 'without'} the URL${withoutMetadata ? ', metadata removed' : ''}), predictions in ${predPath}`);
console.log(score(predPath).trimEnd());
console.log(`rules: ${[...rules].map(([r, n]) => `${r} ${n}`).join(', ')}`);
console.log(
  `throughput: ${(pages.length / best).toFixed(1)} pages/s wall, ${(pages.length / bestCpu).toFixed(1)} pages/s CPU, ` +
    `${(megabytes / best).toFixed(1)} MB/s wall (${pages.length} pages, ${megabytes.toFixed(1)} MB, best of ${repeat}; load average ${loadavg()[0]!.toFixed(1)})`,
);

const deps = join(root, 'bench');
if (!noBaseline && !withoutMetadata && existsSync(join(deps, 'node_modules', 'metascraper-date'))) {
  const msOut = join(outDir, 'metascraper');
  const summary = execFileSync(process.execPath, [join(benchDir, 'baseline-metascraper.mjs'), goldPath, join(benchDir, 'pages'), msOut, '--repeat', '1'], {
    encoding: 'utf8',
    env: { ...process.env, METASCRAPER_DEPS: deps },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const throughput = (JSON.parse(summary) as { throughput: Record<string, { pages_per_s: number }> }).throughput;
  console.log('\nmetascraper (datePublished, else date; same pages, same scorer)');
  console.log(score(join(msOut, 'metascraper-published-or-date.jsonl')).trimEnd());
  console.log(`throughput: ${Object.entries(throughput).map(([k, v]) => `${k} ${v.pages_per_s} pages/s`).join(', ')}`);
} else if (!noBaseline && !withoutMetadata) {
  console.log('\nmetascraper not installed in bench/ (npm run bench:install): baseline skipped');
}
