// A build's tail alone, normalize and the write, as build.ts runs it after extraction: with the
// mentions table written in a thread of its own started before normalize ("thread"), and all in
// the main thread ("main"), alternately in one process. For each round: the clock, the CPU of all
// threads and of the main thread alone (/proc/thread-self/stat), and at the end whether the two
// wrote the same bytes. The extractions come from a snapshot of bench/phase-profile.ts; their
// mention rows are first put in files, as a build's spool holds them.
//   node --expose-gc --import tsx bench/tail-phase.ts --snapshot FILE [--rounds 3] [--out DIR]
import { createReadStream, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { collectGarbage } from '../pipeline/build.js';
import { ExtractionCompactor } from '../pipeline/extract-pool.js';
import { writeRelease } from '../pipeline/emit/index.js';
import type { MentionBlock } from '../pipeline/emit/mention-block.js';
import { byteBaseline } from '../pipeline/emit/mention-table.js';
import { startMentionTable } from '../pipeline/emit/mention-table-thread.js';
import { sha256Hex } from '../pipeline/lib/hash.js';
import { normalize, renderedMentionTable, type NormalizeInput } from '../pipeline/normalize/index.js';
import { cpuMs, threadCpuMs } from './cpu-time.js';

const { values } = parseArgs({ options: { snapshot: { type: 'string' }, rounds: { type: 'string' }, out: { type: 'string' } } });
const out = values.out ?? '/tmp/perf/write-phase';
await fs.rm(out, { recursive: true, force: true });
const spool = path.join(out, 'spool');
await fs.mkdir(spool, { recursive: true });
const compactor = new ExtractionCompactor();
const xs: NormalizeInput[] = [];
for await (const line of readline.createInterface({ input: createReadStream(values.snapshot!) })) {
  const x = compactor.compact(JSON.parse(line)) as NormalizeInput;
  const block = x.mentionBlock as (MentionBlock & { csv: { text: string }; json: { text: string } }) | null;
  if (block) {
    const fragment = async (part: 'csv' | 'json') => {
      const bytes = Buffer.from(block[part].text);
      const file = path.join(spool, `${xs.length}.${part}`);
      await fs.writeFile(file, bytes);
      return { file, sha256: sha256Hex(bytes), bytes: bytes.length, offset: 0 };
    };
    x.mentionBlock = { ...block, csv: await fragment('csv'), json: await fragment('json') };
  }
  xs.push(x);
}
collectGarbage();

/** This thread's CPU ms (utime + stime, in clock ticks of 10 ms). */
const rows: string[] = [];
const rounds = Number(values.rounds ?? 3);
for (let round = 0; round < rounds; round++) {
  const modes = round % 2 ? [false, true] : [true, false];
  for (const thread of modes) {
    const dir = path.join(out, thread ? 'thread' : 'main');
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir);
    collectGarbage(0);
    const [t0, c0, m0] = [performance.now(), cpuMs(), threadCpuMs()];
    // As build.ts: the thread started before normalize, normalize, the write.
    const rendered = thread ? renderedMentionTable(xs) : null;
    const started = rendered && startMentionTable(dir, rendered, byteBaseline(null));
    const normalized = normalize(xs, null, { betweenSteps: collectGarbage });
    collectGarbage();
    await writeRelease(dir, normalized, null, { sourcesFound: xs.length, readProblems: [], previousChangesJson: null }, { betweenTables: collectGarbage, mentionsThread: started });
    const s = (ms: number) => +(ms / 1000).toFixed(2);
    rows.push(JSON.stringify({ round, thread, seconds: s(performance.now() - t0), cpuSeconds: s(cpuMs() - c0), mainThreadCpuSeconds: s(threadCpuMs() - m0), load: +readFileSync('/proc/loadavg', 'utf8').split(' ')[0]! }));
    console.log(rows.at(-1));
  }
}
// Both modes' last releases, file by file.
const files = async (dir: string): Promise<string[]> => (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
const [a, b] = [path.join(out, 'thread'), path.join(out, 'main')];
const names = await files(a);
const same = JSON.stringify(names) === JSON.stringify(await files(b)) && names.every((n) => readFileSync(path.join(a, n)).equals(readFileSync(path.join(b, n))));
console.log(JSON.stringify({ sources: xs.length, same }));
await fs.rm(out, { recursive: true, force: true });
