// Worker threads start without the TypeScript loader the main thread runs under: register tsx,
// then load the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
