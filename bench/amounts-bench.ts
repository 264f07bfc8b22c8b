// npm run bench:amounts [-- FILE] [--scorer PATH]
// Scores the amounts recogniser on the numbers bench (default ../shared/bench/numbers/dev.jsonl:
// the English Number, Currency and Dimension specs of Microsoft Recognizers-Text) with
// ../shared/tools/numscore.mjs, scores @microsoft/recognizers-text-suite (bench/package.json) in
// the same run, and measures throughput on the seed articles (raw/*.txt) repeated to ~200 KB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recognizeAmounts } from '../pipeline/extract/amounts/index.js';
import { benchUnit } from '../pipeline/commands/amounts.js';

interface Case { id: string; suite: string; input: string }
interface Found { text: string; value: number | null; unit: string | null }

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args.splice(i, 2)[1]! : dflt;
};
const scorer = opt('--scorer', '../shared/tools/numscore.mjs');
const goldPath = args[0] ?? '../shared/bench/numbers/dev.jsonl';
const cases: Case[] = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
const out = mkdtempSync(path.join(tmpdir(), 'amounts-bench-'));

function run(name: string, extract: (c: Case) => Found[]): string {
  const lines = cases.map((c) => JSON.stringify({ id: c.id, found: extract(c) }));
  const file = path.join(out, `${name}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

type Suites = Record<string, { cases: number; case_acc: number; exact_acc: number; precision: number; recall: number; f1: number }>;
function score(pred: string): Suites {
  return (JSON.parse(execFileSync('node', [scorer, goldPath, pred, '--json'], { encoding: 'utf8' })) as { suites: Suites }).suites;
}

// ours
const ours = run('ours', (c) => recognizeAmounts(c.input).map((a) => ({ text: a.text, value: a.value, unit: benchUnit(a) })));

// Recognizers-Text, adapted as in ../shared/bench/numbers/baselines.mjs
const req = createRequire(path.resolve('bench/package.json'));
let rtFile: string | null = null;
let rt: any = null;
try {
  rt = req('@microsoft/recognizers-text-suite');
} catch {
  console.error('(@microsoft/recognizers-text-suite not installed: npm run bench:install)');
}
const num = (v: unknown) => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
if (rt) {
  const C = rt.Culture.English;
  rtFile = run('recognizers-text', (c) => {
    const fn = c.suite === 'number' ? rt.recognizeNumber : c.suite === 'currency' ? rt.recognizeCurrency : rt.recognizeDimension;
    return fn(c.input, C, 0, false).map((r: any) => ({
      text: r.text,
      value: num(r.resolution?.value),
      unit: c.suite === 'number' ? null : (r.resolution?.isoCurrency || r.resolution?.unit || null),
    }));
  });
}

const f3 = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
console.log(`numbers bench: ${goldPath} (${cases.length} cases)\n`);
console.log('system                 suite       cases  case_acc  exact_acc      P      R     F1');
for (const [name, file] of [['ours', ours], ['recognizers-text', rtFile]] as const) {
  if (!file) continue;
  for (const [suite, s] of Object.entries(score(file))) {
    console.log(`${name.padEnd(22)} ${suite.padEnd(10)} ${String(s.cases).padStart(6)}  ${f3(s.case_acc).padStart(8)}  ${f3(s.exact_acc).padStart(9)}  ${f3(s.precision)}  ${f3(s.recall)}  ${f3(s.f1)}`);
  }
}

// throughput on news text: the seed articles repeated to ~200 KB
const raw = readdirSync('raw').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join('raw', f), 'utf8')).join('\n');
let text = '';
while (text.length < 200_000) text += raw + '\n';
const paras = text.split('\n').filter((p) => p.trim());
const time = (fn: () => void) => {
  fn(); // warm-up
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const whole = time(() => recognizeAmounts(text));
console.log(`\nthroughput (${text.length} chars of news text):`);
console.log(`ours, one call on the whole text   ${Math.round(text.length / whole).toLocaleString('en')} chars/s`);
if (rt) {
  const sreq = createRequire(req.resolve('@microsoft/recognizers-text-suite'));
  const C = rt.Culture.English;
  const numberModel = new (sreq('@microsoft/recognizers-text-number').NumberRecognizer)(C).getNumberModel(C, false);
  const currencyModel = new (sreq('@microsoft/recognizers-text-number-with-unit').NumberWithUnitRecognizer)(C).getCurrencyModel(C, false);
  const sample = paras.slice(0, Math.ceil(paras.length / 4)); // a quarter: it is slow
  const chars = sample.reduce((n, p) => n + p.length, 0);
  const t = time(() => sample.forEach((p) => { numberModel.parse(p); currencyModel.parse(p); }));
  console.log(`recognizers-text, number + currency models, one call per paragraph   ${Math.round(chars / t).toLocaleString('en')} chars/s`);
}
