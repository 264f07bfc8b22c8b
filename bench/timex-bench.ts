// npm run bench:timex [-- FILE]
// Runs our temporal tagger and chrono-node on TempEval-3 documents ({doc, dct, text, timex} JSON
// lines, default ../shared/bench/tempeval3/train.jsonl) and scores both with ../shared/tools/te3.mjs:
// strict span F1, relaxed span F1 and value F1, for all types and for DATE alone.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tagTimexes } from '../pipeline/extract/dates/index.js';

const root = resolve(import.meta.dirname, '..');
const goldFile = resolve(process.argv[2] ?? join(root, '../shared/bench/tempeval3/train.jsonl'));
const scorerFile = join(root, '../shared/tools/te3.mjs');

interface GoldDoc { doc: string; dct: string | null; text: string }
interface Prediction { doc: string; timex: Array<{ start: number; end: number; value: string; type: string }> }
interface Score { strict: { f1: number }; relaxed: { f1: number }; value: { f1: number } }
type Scorer = { score(gold: unknown[], pred: Prediction[], opts?: { type?: string }): Score };

const docs: GoldDoc[] = readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);

function ours(): Prediction[] {
  return docs.map((d) => ({ doc: d.doc, timex: tagTimexes(d.text, { dct: d.dct }).map(({ start, end, value, type }) => ({ start, end, value, type })) }));
}

// chrono-node's parse results as TIMEX3: a DATE at the precision chrono marks as known.
async function chrono(): Promise<Prediction[] | null> {
  let lib: { parse(text: string, ref: Date): Array<{ index: number; text: string; start: { isCertain(c: string): boolean; get(c: string): number | null } }> };
  try {
    lib = (await import(pathToFileURL(join(root, 'bench/node_modules/chrono-node/dist/esm/index.js')).href)) as typeof lib;
  } catch {
    return null;
  }
  const pad = (n: number | null, w = 2): string => String(n ?? 0).padStart(w, '0');
  return docs.map((d) => {
    const ref = d.dct ? new Date(`${d.dct.slice(0, 10)}T12:00:00Z`) : new Date(0);
    const timex = lib.parse(d.text, ref).map((r) => {
      const s = r.start;
      let value = pad(s.get('year'), 4);
      if (s.isCertain('month') || s.isCertain('day') || s.isCertain('weekday')) value += `-${pad(s.get('month'))}`;
      if (s.isCertain('day') || s.isCertain('weekday')) value += `-${pad(s.get('day'))}`;
      return { start: r.index, end: r.index + r.text.length, value, type: 'DATE' };
    });
    return { doc: d.doc, timex };
  });
}

const scorer = (await import(pathToFileURL(scorerFile).href)) as Scorer;
const systems: Array<[string, Prediction[] | null]> = [['ours', ours()], ['chrono-node', await chrono()]];
const out = mkdtempSync(join(tmpdir(), 'timex-bench-'));
const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
console.log(`TempEval-3 Task A on ${goldFile} (${docs.length} documents)`);
console.log('system        type   strict  relaxed   value');
for (const [name, pred] of systems) {
  if (!pred) {
    console.log(`${name.padEnd(13)} (not installed: npm run bench:install)`);
    continue;
  }
  writeFileSync(join(out, `${name}.jsonl`), pred.map((p) => JSON.stringify(p)).join('\n') + '\n');
  for (const type of ['ALL', 'DATE']) {
    const r = scorer.score(docs, pred, type === 'ALL' ? {} : { type });
    console.log(`${name.padEnd(13)} ${type.padEnd(5)} ${pct(r.strict.f1)}  ${pct(r.relaxed.f1)}  ${pct(r.value.f1)}`);
  }
}
console.log(`predictions written to ${out}`);
