// npx tsx bench/timex-errors.ts [FILE] [--type DATE]
// Lists the tagger's errors on TempEval-3 documents by category, to study them: missed (gold
// extent not found), spurious (found, not in gold), value (extents overlap, values differ) and
// type (values agree or not, types differ). One tab-separated line per error, then counts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tagTimexes } from '../pipeline/extract/dates/index.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const typeAt = args.indexOf('--type');
const type = typeAt >= 0 ? args[typeAt + 1] : undefined;
const file = resolve(args.find((a, i) => !a.startsWith('--') && i !== typeAt + 1) ?? join(root, '../shared/bench/tempeval3/train.jsonl'));

interface T { start: number; end: number; value: string; type: string; rule?: string }
interface Doc { doc: string; dct: string | null; text: string; timex: T[] }
type Align = (gold: T[], sys: T[]) => Array<{ g: number; s: number; strict: boolean }>;
const { align } = (await import(pathToFileURL(join(root, '../shared/tools/te3.mjs')).href)) as { align: Align };

const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);
const counts: Record<string, number> = {};
const clean = (s: string): string => s.replace(/\s+/g, ' ');
for (const d of docs) {
  const keep = (t: T): boolean => !type || t.type === type;
  const gold = d.timex.filter(keep);
  const sys: T[] = tagTimexes(d.text, { dct: d.dct }).filter(keep);
  const pairs = align(gold, sys);
  const context = (t: T): string => clean(`${d.text.slice(Math.max(0, t.start - 40), t.start)}[${d.text.slice(t.start, t.end)}]${d.text.slice(t.end, t.end + 30)}`);
  const out = (category: string, g: T | null, s: T | null): void => {
    counts[category] = (counts[category] ?? 0) + 1;
    const ref = g ?? s;
    console.log([category, d.doc, d.dct, g ? `${g.type} ${g.value}` : '-', s ? `${s.type} ${s.value} (${s.rule})` : '-',
      g && s && !(g.start === s.start && g.end === s.end) ? `ours [${clean(d.text.slice(s.start, s.end))}]` : '', ref ? context(ref) : ''].join('\t'));
  };
  const matchedG = new Set(pairs.map((p) => p.g));
  const matchedS = new Set(pairs.map((p) => p.s));
  gold.forEach((g, i) => { if (!matchedG.has(i)) out('missed', g, null); });
  sys.forEach((s, j) => { if (!matchedS.has(j)) out('spurious', null, s); });
  for (const p of pairs) {
    const g = gold[p.g];
    const s = sys[p.s];
    if (!g || !s) continue;
    if (g.value.toLowerCase() !== s.value.toLowerCase()) out('value', g, s);
    else if (g.type !== s.type) out('type', g, s);
    else if (!p.strict) out('span', g, s);
  }
}
console.log(counts);
