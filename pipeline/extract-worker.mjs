// Worker threads start without the TypeScript loader the main thread runs under: register tsx,
// then load the worker's TypeScript. The pool uses this only when the esbuild bundle of the
// worker (extract-worker-bundle.ts) cannot be built; bench/worker-startup.ts compares the two.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
