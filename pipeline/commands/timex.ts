// npm run --silent timex < in.jsonl > out.jsonl
// Each input line {doc, dct, text}; each output line {doc, timex: [{start, end, value, type}]} with
// TimeML TIMEX3 types and values, as TempEval-3 scores them.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { tagTimexes } from '../extract/dates/index.js';

const InputLine = z.object({ doc: z.string(), dct: z.string().nullable().optional(), text: z.string() });

async function main(): Promise<void> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = InputLine.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${lineNumber}: expected {doc, dct, text}: ${parsed.error.message}`);
    const { doc, dct, text } = parsed.data;
    const timex = tagTimexes(text, { dct: dct ?? null }).map(({ start, end, value, type }) => ({ start, end, value, type }));
    process.stdout.write(`${JSON.stringify({ doc, timex })}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`timex: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
