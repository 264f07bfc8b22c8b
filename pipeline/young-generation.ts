// The main thread's young generation. After extraction the main thread takes the snapshot's
// records, normalizes and writes: phases that allocate much short-lived garbage beside a growing
// old generation, where V8's default semi-space (16 MB) made ~170 scavenges of a rerun of 10,000
// sources. `npm run pipeline` starts node with `--max-semi-space-size=64`, which V8 reads once,
// when a heap is set up: the main thread's is set by then, and at run time the flag only decides
// the young generation of threads started later.
import { setFlagsFromString } from 'node:v8';

/**
 * Lets threads started from now on take V8's default young generation whatever node's command
 * line gave the main thread (0: no size set, V8's own). The extraction workers hold little between
 * two sources, and their larger young generation added ~100 MB to a full run's peak for no CPU
 * gained; `resourceLimits.maxYoungGenerationSizeMb` cannot undo the flag, which V8 applies after it.
 */
export function defaultYoungGenerationForThreads(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
