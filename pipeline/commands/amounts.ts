// npm run --silent amounts < in.jsonl > out.jsonl
// Each input line {id, input}; each output line {id, found: [{text, value, unit}]}: every number
// the recogniser finds. unit is the ISO 4217 code for a currency, else the unit's name
// ("Kilometer", "Ton", "Cent"), or null.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Amount } from '../model.js';
import { recognizeAmounts } from '../extract/amounts/index.js';

const Line = z.object({ id: z.union([z.string(), z.number()]), input: z.string() });

/** The unit as the numbers bench names it: a currency code, else the unit's name. */
export function benchUnit(a: Amount): string | null {
  if (a.unit && /^[A-Z]{3}$/.test(a.unit)) return a.unit;
  return a.unitName ?? a.unit;
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    const parsed = Line.safeParse(JSON.parse(line));
    if (!parsed.success) {
      process.stderr.write(`amounts: line ${lineNo}: expected {id, input}: ${parsed.error.issues[0]?.message}\n`);
      process.exitCode = 1;
      continue;
    }
    const found = recognizeAmounts(parsed.data.input).map((a) => ({ text: a.text, value: a.value, unit: benchUnit(a) }));
    process.stdout.write(JSON.stringify({ id: parsed.data.id, found }) + '\n');
  }
}

await main();
