// The explorer's data files alone: the layout and every file's text (emit/site/chunks.ts) of a
// release's events, evidence and figures, ROUNDS times in one process, CPU ms each. With `--code
// DIR` (another checkout) the same with that version's chunks.ts, to compare two versions:
//   tsx bench/site-chunks.ts --release DIST [--rounds 5] [--code DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({ options: { release: { type: 'string' }, rounds: { type: 'string' }, code: { type: 'string' } } });
const code = path.resolve(values.code ?? path.join(import.meta.dirname, '..'));
const { layoutChunks } = (await import(pathToFileURL(path.join(code, 'pipeline/emit/site/chunks.ts')).href)) as typeof import('../pipeline/emit/site/chunks.js');
const table = (name: string) => JSON.parse(readFileSync(path.join(values.release!, 'json', `${name}.json`), 'utf8'));
const [events, evidence, figures] = [table('events'), table('evidence'), table('figures')];
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
const rounds: number[] = [];
let characters = 0;
for (let round = 0; round < Number(values.rounds ?? 5); round++) {
  const start = cpuMs();
  characters = 0;
  for (const [, text] of layoutChunks(events, evidence, figures).files()) characters += text.length;
  rounds.push(Math.round(cpuMs() - start));
}
console.log(JSON.stringify({ events: events.length, evidence: evidence.length, figures: figures.length, characters, cpuMs: rounds }));
